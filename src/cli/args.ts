/** Command-line arguments, parsed into options or a usage error (a message key and its parameters). */
import { columnIndex } from "../core/grid";
import { COLUMN_ROLES, type ColumnRole } from "../core/layout/vocabulary";
import type { Lang, MessageKey, Params } from "../i18n";

export type Format = "text" | "json" | "csv";

export interface CliOptions {
  files: string[];
  sheet?: string;
  asOf?: string;
  format: Format;
  /** A checked copy of the plan (one file), or the consolidated workbook (a folder or several files). */
  out?: string;
  lang?: Lang;
  /** The plan period, where the title does not say it or says it wrong. */
  period?: { start: string; end: string };
  /** A file of executor names, one a line: the directory the executors are checked against. */
  directory?: string;
  /** An earlier checked copy (or workbook with a Plan Check summary): what changed since its data table. */
  since?: string;
  help: boolean;
  // --- the layout the user gives, and adding a status column (issue 13) ---
  /** `--header-row N`: the 1-based sheet row that is the plan's header. */
  headerRow?: number;
  /** `--columns measure=C,…`: roles by column (0-based); -1 for a role set to `none`. */
  columns?: Partial<Record<ColumnRole, number>>;
  /** `--columns none=F`: columns no role is read from. */
  unusedColumns?: number[];
  /** `--add-status`: the copy gets a status column right of the table. */
  addStatus?: boolean;
  /** `--with-notes`: and a progress notes column beside it. */
  withNotes?: boolean;
}

export type ParseResult =
  { ok: true; options: CliOptions } | { ok: false; key: MessageKey; params: Params };

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30, no month 13). */
export function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function parseArgs(argv: string[]): ParseResult {
  const o: CliOptions = { files: [], format: "text", help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const [name, inline] =
      a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case "--json":
        o.format = "json";
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json" && v !== "csv")
          return { ok: false, key: "error.bad-format", params: { value: v ?? "" } };
        o.format = v;
        break;
      }
      case "--period": {
        // "2021-2025" or "2021-01-01:2025-12-31"
        const v = value() ?? "";
        const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(v);
        const dates = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(v);
        if (years && years[1] <= years[2])
          o.period = { start: `${years[1]}-01-01`, end: `${years[2]}-12-31` };
        else if (dates && isRealDate(dates[1]) && isRealDate(dates[2]) && dates[1] <= dates[2])
          o.period = { start: dates[1], end: dates[2] };
        else return { ok: false, key: "error.bad-period", params: { value: v } };
        break;
      }
      case "--directory":
        o.directory = value();
        if (!o.directory) return { ok: false, key: "error.usage", params: {} };
        break;
      case "--since":
        o.since = value();
        if (!o.since) return { ok: false, key: "error.usage", params: {} };
        break;
      case "--out":
        o.out = value();
        if (!o.out) return { ok: false, key: "error.usage", params: {} };
        // a checked copy keeps the workbook's kind: .xlsx, or .xlsm for a plan with macros (never an old .xls)
        if (!/\.xls[xm]$/i.test(o.out))
          return { ok: false, key: "error.out-not-xlsx", params: { file: o.out } };
        break;
      case "--sheet":
        o.sheet = value();
        if (o.sheet === undefined) return { ok: false, key: "error.usage", params: {} };
        break;
      case "--as-of": {
        // 2023-06-30, or as people write it: 30.06.2023
        const v = value();
        const dotted = v ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v) : null;
        const iso = dotted
          ? `${dotted[3]}-${dotted[2].padStart(2, "0")}-${dotted[1].padStart(2, "0")}`
          : v;
        const year = Number(iso?.slice(0, 4));
        if (!iso || !isRealDate(iso) || year < 2000 || year > 2100) {
          return { ok: false, key: "error.bad-as-of", params: { value: v ?? "" } };
        }
        o.asOf = iso;
        break;
      }
      case "--lang": {
        const v = value();
        if (v !== "uk" && v !== "en") return { ok: false, key: "error.usage", params: {} };
        o.lang = v;
        break;
      }
      // --- the layout the user gives, and adding a status column (issue 13) ---
      case "--header-row": {
        const v = value() ?? "";
        if (!/^\d{1,7}$/.test(v) || Number(v) < 1 || Number(v) > MAX_ROWS)
          return { ok: false, key: "error.bad-header-row", params: { value: v } };
        o.headerRow = Number(v);
        break;
      }
      case "--columns": {
        const parsed = parseColumns(value() ?? "");
        if (!parsed.ok) return parsed;
        o.columns = parsed.columns;
        if (parsed.unused.length) o.unusedColumns = parsed.unused;
        break;
      }
      case "--add-status":
        o.addStatus = true;
        break;
      case "--with-notes":
        o.withNotes = true;
        break;
      // --- end of issue 13's options ---
      case "-h":
      case "--help":
        o.help = true;
        break;
      default:
        if (a.startsWith("-") && a !== "-")
          return { ok: false, key: "error.unknown-option", params: { option: a } };
        o.files.push(a);
    }
  }
  if ((o.addStatus || o.withNotes) && !o.out)
    return { ok: false, key: "error.add-status-needs-out", params: {} };
  if (o.withNotes) o.addStatus = true;
  return { ok: true, options: o };
}

// --- the layout the user gives (issue 13) ---

const MAX_ROWS = 1048576;
const MAX_COLUMN = columnIndex("XFD");

/** "C", "ab": a column of a sheet (A to XFD), 0-based; null for anything else. */
function columnOf(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  const c = columnIndex(letters);
  return c <= MAX_COLUMN ? c : null;
}

/**
 * `measure=C,executors=D,deadline=E`: each role (as the JSON's layout names them) and its column; `status=none`
 * says the plan has no status column whatever a header says; `none=F` (or `none=F+G`) says column F holds
 * nothing to read. A column given two roles, or a role given twice, is refused: the user meant one of them.
 */
export function parseColumns(
  v: string
):
  | { ok: true; columns: Partial<Record<ColumnRole, number>>; unused: number[] }
  | { ok: false; key: MessageKey; params: Params } {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const unused: number[] = [];
  const taken = new Map<number, string>();
  const pairs = v.split(",").map((p) => p.trim());
  if (!v.trim() || pairs.some((p) => !p))
    return { ok: false, key: "error.bad-columns", params: { value: v } };
  for (const pair of pairs) {
    const m = /^([A-Za-z]+)\s*=\s*(.+)$/.exec(pair);
    if (!m) return { ok: false, key: "error.bad-columns", params: { value: pair } };
    const [, name, target] = m;
    const take = (col: number, what: string) => {
      const before = taken.get(col);
      taken.set(col, what);
      return before;
    };
    if (name.toLowerCase() === "none") {
      for (const letters of target.split("+").map((x) => x.trim())) {
        const col = columnOf(letters);
        if (col === null)
          return { ok: false, key: "error.bad-column-letter", params: { value: letters, pair } };
        if (take(col, name))
          return {
            ok: false,
            key: "error.column-twice",
            params: { column: letters.toUpperCase() },
          };
        unused.push(col);
      }
      continue;
    }
    const role = COLUMN_ROLES.find((r) => r.toLowerCase() === name.toLowerCase());
    if (!role)
      return {
        ok: false,
        key: "error.unknown-role",
        params: { role: name, roles: [...COLUMN_ROLES, "none"].join(", ") },
      };
    if (columns[role] !== undefined)
      return { ok: false, key: "error.role-twice", params: { role } };
    if (target.toLowerCase() === "none") {
      columns[role] = -1;
      continue;
    }
    const col = columnOf(target);
    if (col === null)
      return { ok: false, key: "error.bad-column-letter", params: { value: target, pair } };
    if (take(col, role))
      return { ok: false, key: "error.column-twice", params: { column: target.toUpperCase() } };
    columns[role] = col;
  }
  return { ok: true, columns, unused };
}

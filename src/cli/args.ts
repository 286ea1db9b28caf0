/** Command-line arguments, parsed into options or a usage error (a message key and its parameters). */
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
  return { ok: true, options: o };
}

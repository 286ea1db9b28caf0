/** What the add-in keeps in the workbook (Excel's workbook settings), so it travels with the file. */
import type { ColumnRole } from "../core/layout/vocabulary";
import type { SheetKey } from "../core/sheets";

export const SETTINGS_KEY = "PlanCheck";
export { MARKS_SHEET } from "../core/names";

export interface AddinState {
  version: 1;
  /** The sheet the user chose, or the one last recognized. */
  planSheet?: string;
  /** Column roles the user corrected, role → column letter; "" for a role in no column ("not used"). */
  columns?: Partial<Record<ColumnRole, string>>;
  /** The header row the user chose on the plan sheet, as the sheet numbers it (1-based). */
  headerRow?: number;
  asOf?: string;
  directory?: string[];
  period?: { start: string; end: string };
  /**
   * Ids of the add-in's own sheets, as this session of Excel numbers them: found anew at every run from the
   * sheets' marks (`SHEET_MARK`), never trusted from an earlier session (an id may change when the workbook
   * is reopened, in Excel 2016 even to the id of another sheet).
   */
  owned: Partial<Record<OwnKind, string>>;
  /** Where the highlights are: each plan sheet and its marked area. */
  marks?: { sheet: string; address: string }[];
  /** Ids of the comments the add-in added. */
  comments?: string[];
}

export function emptyState(): AddinState {
  return { version: 1, owned: {} };
}

export function parseState(value: unknown): AddinState {
  const raw = typeof value === "string" ? safeJson(value) : value;
  if (!raw || typeof raw !== "object") return emptyState();
  const s = raw as Partial<AddinState> & { marks?: unknown };
  // before issue 12 one plan sheet was marked: { sheet, address }
  const marks = Array.isArray(s.marks)
    ? s.marks
    : s.marks
      ? [s.marks as { sheet: string; address: string }]
      : undefined;
  // `created` (sheets known by name until their ids came back) and ids saved in an earlier session are
  // not trusted: the sheets' marks say which are ours
  const rest: Partial<AddinState> & { created?: unknown } = { ...s, marks };
  delete rest.created;
  return { ...emptyState(), ...rest, owned: {}, version: 1 };
}

/** The kinds of sheet the add-in makes: the hidden helper of the highlights and the sheets of its specs. */
export type OwnKind = SheetKey | "marks";
export const OWN_KINDS: readonly OwnKind[] = [
  "marks",
  "findings",
  "summary",
  "data",
  "pivot",
  "overdue",
  "changes",
];

/**
 * Every sheet the add-in creates carries a workbook-scoped defined name, `PlanCheck_Sheet_findings` and so
 * on, that refers to it. The name follows its sheet when the sheet is renamed or moved, and turns into #REF!
 * when the sheet is deleted: a sheet the user makes afterwards, under the same name, is not marked, and the
 * add-in never writes into a sheet without its mark.
 */
export const SHEET_MARK = "PlanCheck_Sheet_";

/** The sheet a mark's formula refers to ("='Перевірка'!$A$1:$XFD$1048576" → "Перевірка"), or null. */
export function markedSheet(formula: string | null | undefined): string | null {
  const f = (formula ?? "").replace(/^=/, "");
  const at = f.lastIndexOf("!");
  if (at <= 0 || f.startsWith("#REF!")) return null;
  const sheet = f.slice(0, at);
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheet);
  if (quoted) return quoted[1].replace(/''/g, "'");
  return /^[^'[\]:*?/\\]+$/.test(sheet) ? sheet : null;
}

/** The add-in's own sheets, by kind: each the sheet its mark refers to, where that sheet is in the workbook. */
export function ownedByMarks(
  marks: { kind: OwnKind; type: string | null; formula: string | null }[],
  sheets: { name: string; id: string }[]
): AddinState["owned"] {
  const owned: AddinState["owned"] = {};
  const claimed = new Set<string>();
  for (const m of marks) {
    // a type of null is no answer (Excel on Windows gives it while another Excel window has the focus,
    // office-js #5504): the formula alone then says, a deleted sheet's being "=#REF!…"
    const name = m.type === "Range" || m.type == null ? markedSheet(m.formula) : null;
    const sheet = name && sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    // one sheet is one kind: a mark the user pointed at a sheet already claimed makes nothing ours
    if (sheet && !claimed.has(sheet.id)) owned[m.kind] = sheet.id;
    if (sheet) claimed.add(sheet.id);
  }
  return owned;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

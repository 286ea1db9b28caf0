/**
 * The sheets Plan Check writes into a workbook (the findings, the summary, the data tables, the helper of the
 * highlights…), known when the workbook is read again so that none of them is taken for a plan: a checked
 * copy reports the same plan as the original. Each carries a workbook name that refers to it
 * (`PlanCheck_Sheet_findings`…), written by the add-in and by the command line's copy alike; a copy written
 * before the command line wrote them is known by the sheet's name (in either language, "Зведення (2)" too)
 * together with its first cells, so a sheet of the user's under one of those names stays a sheet to read.
 */
import type { Grid } from "./grid";
import { MARKS_SHEET } from "./names";
import type { SheetKey } from "./sheets";
import { t, type Lang, type MessageKey } from "../i18n";

/** The start of each mark's name: the kind of sheet follows. */
export const SHEET_MARK = "PlanCheck_Sheet_";

/**
 * The sheets of a folder's consolidated workbook (`plan-check FOLDER --out`): marked as Plan Check's like the
 * others, so that neither the command line nor the add-in takes one for a plan, under kinds of their own, so
 * that the add-in never rewrites one as a plan's summary or findings.
 */
export const CONSOLIDATED_SHEET_KINDS = [
  "batchPlans",
  "batchGoals",
  "batchExecutors",
  "batchOverdue",
  "batchFindings",
  "batchFiles",
] as const;
export type ConsolidatedSheetKind = (typeof CONSOLIDATED_SHEET_KINDS)[number];

export type OwnSheetKind = SheetKey | "marks" | ConsolidatedSheetKind;
export const OWN_SHEET_KINDS: readonly OwnSheetKind[] = [
  "marks",
  "findings",
  "summary",
  "data",
  "pivot",
  "overdue",
  "changes",
];

const LANGS: readonly Lang[] = ["uk", "en"];

/** The kind a mark's name stands for ("PlanCheck_Sheet_summary" → "summary"), letter case ignored. */
export function markKind(name: string): OwnSheetKind | null {
  if (name.slice(0, SHEET_MARK.length).toLowerCase() !== SHEET_MARK.toLowerCase()) return null;
  const kind = name.slice(SHEET_MARK.length).toLowerCase();
  return (
    [...OWN_SHEET_KINDS, ...CONSOLIDATED_SHEET_KINDS].find((k) => k.toLowerCase() === kind) ?? null
  );
}

/** A kind of the consolidated workbook's sheets (a grid's `ownKind`, as its mark says). */
export function isConsolidatedKind(kind: string | undefined): kind is ConsolidatedSheetKind {
  return (CONSOLIDATED_SHEET_KINDS as readonly string[]).includes(kind ?? "");
}

/**
 * The formula a mark written into a copy refers to its sheet by: its first cell. The add-in's own marks
 * refer to the whole sheet; either names the sheet, but readers that expand a name's range cell by cell
 * (ExcelJS) run out of memory on a whole sheet.
 */
export function markFormula(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a mark's formula refers to ("='Перевірка'!$A$1:$XFD$1048576" → "Перевірка"), or null. */
export function markedSheet(formula: string | null | undefined): string | null {
  const f = (formula ?? "").trim().replace(/^=/, "");
  const at = f.lastIndexOf("!");
  if (at <= 0 || f.startsWith("#REF!")) return null;
  const sheet = f.slice(0, at);
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheet);
  if (quoted) return quoted[1].replace(/''/g, "'");
  return /^[^'[\]:*?/\\]+$/.test(sheet) ? sheet : null;
}

/** A sheet's name without the number a taken name gets ("Зведення (2)" → "Зведення"). */
const baseName = (name: string) => name.replace(/\s+\(\d+\)$/, "").trim();

/** The text a message starts with before its first placeholder ("Зведення: {plan}" → "Зведення:"). */
function leadOf(lang: Lang, key: MessageKey): string {
  const SENTINEL = "\u0000";
  return t(lang, key, { sheet: SENTINEL, plan: SENTINEL, since: SENTINEL, asOf: SENTINEL })
    .split(SENTINEL)[0]
    .trim();
}

const TITLES: Partial<Record<OwnSheetKind, MessageKey>> = {
  findings: "findings.title",
  summary: "summary.title",
  overdue: "overdue.title",
  changes: "changes.title",
};

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** The first cells look as Plan Check writes a sheet of this kind. */
function looksWritten(grid: Grid, kind: OwnSheetKind): boolean {
  const first = grid.values[0] ?? [];
  if (kind === "marks") return !!grid.hidden;
  if (kind === "data")
    return LANGS.some(
      (l) =>
        text(first[0]) === t(l, "data.col.strategicGoal") &&
        text(first[1]) === t(l, "data.col.operationalGoal")
    );
  const title = TITLES[kind];
  if (!title) return false;
  const a1 = text(first[0]);
  return LANGS.some((l) => {
    const lead = leadOf(l, title);
    return lead.length > 0 && a1.startsWith(lead);
  });
}

/** The kind of sheet of ours a sheet is named as, in either language; or null. */
function namedKind(name: string): OwnSheetKind | null {
  const base = baseName(name).toLowerCase();
  if (base === MARKS_SHEET.toLowerCase()) return "marks";
  for (const kind of OWN_SHEET_KINDS) {
    if (kind === "marks") continue;
    if (LANGS.some((l) => t(l, `sheet.${kind}` as MessageKey).toLowerCase() === base)) return kind;
  }
  return null;
}

/** A sheet Plan Check wrote: marked as ours, or (in an older copy) named as ours and laid out as ours. */
export function isOwnSheet(grid: Grid): boolean {
  if (grid.ownKind) return true;
  const kind = namedKind(grid.sheetName);
  return kind !== null && looksWritten(grid, kind);
}

/** The kind of sheet of ours a sheet added to a copy is, by the name it was given ("Зведення (2)"). */
export function kindOfWritten(name: string): OwnSheetKind | null {
  return namedKind(name);
}

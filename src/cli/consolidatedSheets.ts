/**
 * The sheets of a folder's consolidated workbook, by the names they are given: the kind of mark each gets
 * when written (render.ts), and how one written before the sheets carried marks is known when it is read
 * again (without ExcelJS, which a check that only reports never loads).
 */
import type { Grid } from "../core/grid";
import type { ConsolidatedSheetKind } from "../core/ownSheets";
import { t, type Lang, type MessageKey } from "../i18n";

/** The name each sheet of the consolidated workbook is given, by its kind, in the order it is written. */
const CONSOLIDATED_NAMES: Record<ConsolidatedSheetKind, MessageKey> = {
  batchPlans: "batch.sheet.plans",
  batchGoals: "batch.sheet.byGoal",
  batchExecutors: "batch.sheet.byExecutor",
  batchOverdue: "sheet.overdue",
  batchFindings: "batch.sheet.findings",
  batchFiles: "batch.sheet.files",
};
const LANGS: readonly Lang[] = ["uk", "en"];

/** The kind of a consolidated workbook's sheet, by the name its spec gives it; null for none of them. */
export function consolidatedKind(name: string): ConsolidatedSheetKind | null {
  for (const [kind, key] of Object.entries(CONSOLIDATED_NAMES) as [
    ConsolidatedSheetKind,
    MessageKey,
  ][])
    if (LANGS.some((l) => t(l, key) === name)) return kind;
  return null;
}

/**
 * A consolidated workbook written before its sheets carried marks: its sheets, and only they, named as the
 * consolidated workbook's are, in their order, in one language — which a workbook of the user's is not.
 */
export function unmarkedConsolidated(grids: Pick<Grid, "sheetName">[]): boolean {
  const keys = Object.values(CONSOLIDATED_NAMES);
  return LANGS.some(
    (l) => grids.length === keys.length && grids.every((g, i) => g.sheetName === t(l, keys[i]))
  );
}

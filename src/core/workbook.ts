/** Picking the sheet that holds a plan when a workbook has several. */
import type { Grid } from "./grid";
import { recognizePlan, type RecognizeOptions } from "./layout/recognize";
import type { NoPlanReason, Plan } from "./plan";

export interface SheetCandidate {
  sheet: string;
  measures: number;
  reason: NoPlanReason | null;
}

export type WorkbookRecognition =
  | { ok: true; plan: Plan; sheets: SheetCandidate[] }
  | { ok: false; reason: NoPlanReason | "no-such-sheet"; sheets: SheetCandidate[] };

/**
 * Recognizes every sheet and picks the one with the most measures (`largestPlan`), or the named sheet. The
 * list of sheets lets the user choose where several hold a plan.
 */
export function recognizeWorkbook(
  grids: Grid[],
  sheetName?: string,
  options: RecognizeOptions = {}
): WorkbookRecognition {
  // corrections belong to the sheet they were made on
  const results = grids.map((g) => ({
    grid: g,
    result: recognizePlan(g, g.sheetName === sheetName ? options : {}),
  }));
  const sheets: SheetCandidate[] = results.map(({ grid, result }) => ({
    sheet: grid.sheetName,
    measures: result.ok ? result.plan.measures.length : 0,
    reason: result.ok ? null : result.reason,
  }));
  if (sheetName !== undefined) {
    const found = results.find((r) => r.grid.sheetName === sheetName);
    if (!found) return { ok: false, reason: "no-such-sheet", sheets };
    return found.result.ok
      ? { ok: true, plan: found.result.plan, sheets }
      : { ok: false, reason: found.result.reason, sheets };
  }
  const best = largestPlan(
    results,
    (r) => !!r.grid.hidden,
    (r) => (r.result.ok ? r.result.plan : null)
  );
  if (best?.result.ok) return { ok: true, plan: best.result.plan, sheets };
  const reasons = sheets.map((s) => s.reason);
  const reason: NoPlanReason = reasons.includes("no-measures")
    ? "no-measures"
    : reasons.every((r) => r === "empty-sheet")
      ? "empty-sheet"
      : "no-header";
  return { ok: false, reason, sheets };
}

/**
 * The sheet whose plan has the most measures, the first on a tie; a plan on a visible sheet wins over one on
 * a hidden sheet (an old copy kept out of sight), which is taken only where no visible sheet holds a plan.
 */
export function largestPlan<T>(
  sheets: T[],
  hidden: (sheet: T) => boolean,
  planOf: (sheet: T) => Plan | null
): T | null {
  let best: { sheet: T; hidden: boolean; measures: number } | null = null;
  for (const sheet of sheets) {
    const plan = planOf(sheet);
    if (!plan) continue;
    const h = hidden(sheet);
    const n = plan.measures.length;
    if (!best || (best.hidden && !h) || (best.hidden === h && n > best.measures))
      best = { sheet, hidden: h, measures: n };
  }
  return best?.sheet ?? null;
}

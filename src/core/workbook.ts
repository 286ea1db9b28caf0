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
 * Recognizes every sheet and picks the visible one with the most measures (the first such sheet on a tie;
 * a hidden sheet only where no visible one holds a plan), or the named sheet. The list of sheets lets the user choose where several hold a plan.
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
  // a plan on a visible sheet wins over one on a hidden sheet (an old copy kept out of sight)
  let best: Plan | null = null;
  for (const hidden of [false, true]) {
    for (const { grid, result } of results)
      if (
        !!grid.hidden === hidden &&
        result.ok &&
        (!best || result.plan.measures.length > best.measures.length)
      )
        best = result.plan;
    if (best) break;
  }
  if (best) return { ok: true, plan: best, sheets };
  const reasons = sheets.map((s) => s.reason);
  const reason: NoPlanReason = reasons.includes("no-measures")
    ? "no-measures"
    : reasons.every((r) => r === "empty-sheet")
      ? "empty-sheet"
      : "no-header";
  return { ok: false, reason, sheets };
}

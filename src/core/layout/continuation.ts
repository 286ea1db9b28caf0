/**
 * A sheet that goes on with the plan of the sheet before it without repeating its header: only the row that
 * numbers the columns ("1 | 2 | 3 | 4 | 5") stands above its rows, as a table split at a page break keeps it.
 * It is read with the columns of the sheet before.
 */
import { rowCount, type Grid } from "../grid";
import type { Plan, Recognition } from "../plan";
import { recognizePlan } from "./recognize";
import { isColumnNumbersRow, rowTextsDistinct } from "./rows";
import { SheetText } from "./sheetText";

/** How far down the sheet its numbers row may stand (a blank row or two above it). */
const TOP_ROWS = 5;

export function continueOnSheet(grid: Grid, before: Plan): Recognition | null {
  const sheet = new SheetText(grid);
  const width = Object.keys(before.layout.headerText).length;
  for (let r = 0; r < Math.min(rowCount(grid), TOP_ROWS); r++) {
    if (sheet.isEmptyRow(r)) continue;
    const texts = rowTextsDistinct(sheet, r, 0, sheet.width - 1);
    if (texts.length !== width || !/^1\.?$/.test(texts[0]) || !isColumnNumbersRow(texts))
      return null;
    const read = recognizePlan(grid, { headerRow: r + 1, columns: before.layout.columns });
    if (!read.ok) return null;
    // the header it goes on with is the sheet before's: one plan's header, however the sheets show it
    const plan: Plan = {
      ...read.plan,
      layout: { ...read.plan.layout, headerText: before.layout.headerText },
    };
    return { ok: true, plan };
  }
  return null;
}

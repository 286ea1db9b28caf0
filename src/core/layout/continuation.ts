/**
 * A sheet that goes on with the plan of the sheet before it without repeating its header: only the row that
 * numbers the columns ("1 | 2 | 3 | 4 | 5") stands above its rows, as a table split at a page break keeps it;
 * or nothing at all, its first row the next measure (or goal) of the plan. It is read with the columns of the
 * sheet before.
 */
import { rowCount, type Grid } from "../grid";
import type { Layout, Plan, Recognition } from "../plan";
import { recognizePlan } from "./recognize";
import { isColumnNumbersRow, rowTextsDistinct } from "./rows";
import { SheetText } from "./sheetText";

/** How far down the sheet its numbers row (or its first row of data) may stand (a blank row or two above it). */
const TOP_ROWS = 5;

export function continueOnSheet(grid: Grid, before: Plan): Recognition | null {
  const sheet = new SheetText(grid);
  const width = Object.keys(before.layout.headerText).length;
  for (let r = 0; r < Math.min(rowCount(grid), TOP_ROWS); r++) {
    if (sheet.isEmptyRow(r)) continue;
    const texts = rowTextsDistinct(sheet, r, 0, sheet.width - 1);
    if (texts.length === 0) continue;
    if (!/^1\.?$/.test(texts[0]) || !isColumnNumbersRow(texts))
      return carriedOn(grid, sheet, r, before);
    if (texts.length !== width) return null;
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

/**
 * A sheet whose first row of anything is already data: the plan carried straight on. Only where it plainly
 * is: nothing left or right of the table's columns, the roles' cells in them, and its first row the next
 * measure or goal of the plan by number — the measure after the last one before ("3." after "2.", "1.2.5"
 * or "1.3.1" after "1.2.4") or the goal after the last goal. Another table, a notes sheet or a plan of its
 * own (numbered from 1 again) is none.
 */
function carriedOn(grid: Grid, sheet: SheetText, first: number, before: Plan): Recognition | null {
  const { columns, headerText } = before.layout;
  const cols = [...Object.keys(headerText).map(Number), ...(Object.values(columns) as number[])];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  if (sheet.width - 1 > right || firstFilled(sheet, first) < left) return null;
  const main = [columns.measure, columns.executors, columns.deadline].filter(
    (c): c is number => c !== undefined
  );
  if (main.length < 2 || sheet.width - 1 < Math.max(...main)) return null;
  const read = recognizePlan(grid, { columns, continuing: headerText });
  if (!read.ok) return null;
  const plan = read.plan;
  const kind = rowKind(plan.layout, first + 1);
  const m = plan.measures[0];
  // a measure: its executor or its deadline beside its text, as a note's numbered line has neither
  const readsAsMeasure = !!m && !!m.text && (m.executors.length > 0 || !!m.deadline.raw);
  const next =
    kind === "measure"
      ? readsAsMeasure && continuesNumber(m.number, lastNumber(before.measures))
      : kind === "strategic-goal"
        ? continuesNumber(plan.strategicGoals[0]?.number, lastNumber(before.strategicGoals))
        : kind === "operational-goal"
          ? continuesNumber(plan.operationalGoals[0]?.number, lastNumber(before.operationalGoals))
          : false;
  return next ? read : null;
}

function firstFilled(sheet: SheetText, r: number): number {
  for (let c = 0; c < sheet.width; c++) if (sheet.merged(r, c)) return c;
  return sheet.width;
}

const rowKind = (layout: Layout, row: number) => layout.rows.find((x) => x.row === row)?.kind;

function lastNumber(xs: readonly { number: string | null }[]): string | null {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i].number) return xs[i].number;
  return null;
}

/**
 * Whether `next` is the number after `last`, at the same depth: one of its places one more, the places
 * after it begun again at 1 ("3" after "2"; "1.2.5", "1.3.1" or "2.1.1" after "1.2.4").
 */
export function continuesNumber(next: string | null | undefined, last: string | null): boolean {
  if (!next || !last) return false;
  const a = next.split(".").map(Number);
  const b = last.split(".").map(Number);
  if (a.length !== b.length || a.some((x) => !Number.isInteger(x))) return false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    return a[k] === b[k] + 1 && a.slice(k + 1).every((x) => x === 1);
  }
  return false;
}

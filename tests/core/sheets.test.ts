/**
 * A plan over several sheets (one sheet per strategic goal, the header repeated on each) is one plan, read
 * the same way by the command line and the add-in; independent plans of one template stay apart.
 */
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { buildReport } from "../../src/core/report";
import { computeMarks } from "../../src/core/marks";
import { recognizeWorkbook } from "../../src/core/workbook";
import { CLEAN_PLAN, EN_HEADERS, renderPlan } from "../fixtures/planModel";
import { sheetToGrid } from "../fixtures/grid";
import { writeFixture } from "../fixtures/workbook";

/** CLEAN_PLAN split: goal 1 on the first sheet (with the title), goal 2 on the second (no title). */
function splitSheets() {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  // goal 2's first measure has no deadline: a finding on the second sheet
  two.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  return [
    renderPlan(one, { sheetName: "Ціль 1" }),
    renderPlan(two, { sheetName: "Ціль 2" }),
    { name: "Примітки", rows: [["Довідка"]] },
  ];
}

test("consecutive sheets with the same header are one plan; each measure and finding knows its sheet", async () => {
  const grids = await readWorkbookGrids(await writeFixture("one-plan-two-sheets", splitSheets()));
  const result = checkWorkbook(grids, { asOf: "2021-06-30" });
  if (!("plan" in result)) throw new Error("no plan");
  const { plan } = result;
  expect([plan.sheet, plan.planSheets]).toEqual(["Ціль 1", ["Ціль 1", "Ціль 2"]]);
  expect(plan.strategicGoals.map((g) => g.number)).toEqual(["1", "2"]);
  expect(plan.measures.map((m) => [m.sheet, m.number])).toEqual([
    ["Ціль 1", "1.1.1"],
    ["Ціль 1", "1.1.2"],
    ["Ціль 1", "1.1.3"],
    ["Ціль 1", "1.2.1"],
    ["Ціль 2", "2.1.1"],
    ["Ціль 2", "2.1.2"],
    ["Ціль 2", "2.1.3"],
  ]);
  const missing = result.findings.filter((f) => f.rule === "deadline.missing");
  expect(missing.map((f) => [f.sheet, f.measure])).toEqual([["Ціль 2", "2.1.1"]]);
  // the JSON contract names the sheets; marks for the first sheet leave the second sheet's finding out
  const report = buildReport(result, "plan.xlsx", "2021-06-30", "en");
  expect(report.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
  expect(report.measures[4]).toMatchObject({ sheet: "Ціль 2", number: "2.1.1" });
  expect(computeMarks(result.findings, "en", "Ціль 1")).toEqual([]);
  expect(computeMarks(result.findings, "en", "Ціль 2").map((m) => m.cell)).toEqual([
    missing[0].cell,
  ]);
  // asked for by its second sheet, it is the same plan
  const asked = recognizeWorkbook(grids, "Ціль 2");
  expect(asked.ok && asked.plan.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
});

test("independent plans of one template (each from goal 1, each with its title) stay apart", () => {
  const grids = [
    sheetToGrid(renderPlan(CLEAN_PLAN, { sheetName: "Громада А" })),
    sheetToGrid(renderPlan(CLEAN_PLAN, { sheetName: "Громада Б" })),
  ];
  const r = recognizeWorkbook(grids);
  expect(r.ok && [r.plan.sheet, r.plan.planSheets, r.plan.measures.length]).toEqual([
    "Громада А",
    undefined,
    7,
  ]);
});

test("a sheet with another header between them ends the plan", () => {
  const [one, two] = splitSheets();
  const other = structuredClone(CLEAN_PLAN);
  other.title = [];
  const grids = [
    sheetToGrid(one),
    sheetToGrid(renderPlan(other, { sheetName: "Інший план", headers: EN_HEADERS })),
    sheetToGrid(two),
  ];
  const r = recognizeWorkbook(grids, "Ціль 1");
  expect(r.ok && [r.plan.sheet, r.plan.planSheets]).toEqual(["Ціль 1", undefined]);
});

describe("a plan over several sheets, read the same way whatever else is there", () => {
  const grids = () =>
    splitSheets()
      .slice(0, 2)
      .map((s, i) => ({ ...sheetToGrid(s), position: i }));

  test("correcting a column of one sheet corrects the plan, never splits it", () => {
    const r = recognizeWorkbook(grids(), "Ціль 1", { columns: { status: 5 } });
    expect(r.ok && [r.plan.planSheets, r.plan.layout.columns.status]).toEqual([
      ["Ціль 1", "Ціль 2"],
      5,
    ]);
  });

  test("sheets that are not next to each other in the workbook are two plans", () => {
    const [a, b] = grids();
    const r = recognizeWorkbook([a, { ...b, position: 2 }]);
    expect(r.ok && r.plan.planSheets).toBeUndefined();
  });

  test("numbers and counts are kept apart per sheet: the same row on two sheets is two measures", () => {
    // both sheets under the same title, so their rows line up; the missing deadline is on the first sheet
    const one = structuredClone(CLEAN_PLAN);
    one.goals = one.goals.slice(0, 1);
    one.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
    const two = structuredClone(CLEAN_PLAN);
    two.goals = two.goals.slice(1);
    const result = checkWorkbook(
      [
        { ...sheetToGrid(renderPlan(one, { sheetName: "Ціль 1" })), position: 0 },
        { ...sheetToGrid(renderPlan(two, { sheetName: "Ціль 2" })), position: 1 },
      ],
      { asOf: "2021-06-30" }
    );
    if (!("plan" in result)) throw new Error("no plan");
    expect(result.plan.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
    const missing = result.findings.filter((f) => f.rule === "deadline.missing");
    expect(missing.map((f) => [f.sheet, f.row])).toEqual([["Ціль 1", 7]]);
    expect(result.plan.measures.filter((m) => m.row === 7).map((m) => m.sheet)).toEqual([
      "Ціль 1",
      "Ціль 2",
    ]);
    expect(result.findings.filter((f) => f.rule === "measure.number-duplicate")).toEqual([]);
    expect(result.summary.byStrategicGoal.map((g) => [g.strategicGoal, g.missing])).toEqual([
      ["1", 1],
      ["2", 0],
    ]);
  });
});

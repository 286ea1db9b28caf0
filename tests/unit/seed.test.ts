/**
 * The seed workbook — the Zhytomyr plan for the UNSCR 1325 National Action Plan — read as a reader of the
 * document would: 65 local measures under 5 strategic and 12 operational goals, every executor list and
 * deadline as the document has them, and the national measure that has no local measure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { recognizePlan } from "../../src/core/layout/recognize";
import type { Plan } from "../../src/core/plan";
import { recognizeWorkbook } from "../../src/core/workbook";

const ROOT = join(__dirname, "..", "..");
const expected = JSON.parse(
  readFileSync(join(ROOT, "tests/fixtures/seed-expected.json"), "utf8")
) as {
  number: string;
  cell: string;
  operationalGoal: string;
  task: string | null;
  nationalMeasure: string;
  executors: string[];
  deadline: string;
}[];

let plan: Plan;
beforeAll(async () => {
  const r = recognizeWorkbook(await readWorkbookGrids(join(ROOT, "seeds/zhytomyr-1325-plan.xlsx")));
  if (!r.ok) throw new Error(r.reason);
  plan = r.plan;
});

describe("the seed workbook", () => {
  test("has 5 strategic goals, 12 operational goals and 65 local measures", () => {
    expect(plan.strategicGoals.map((g) => g.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(plan.operationalGoals.map((g) => g.number)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
      "3.3",
      "4.2",
      "4.3",
      "4.4",
      "5.2",
    ]);
    expect(plan.measures).toHaveLength(65);
    expect(plan.layout.headerRows).toEqual([5]);
    expect(plan.title).toContain("на період до 2025 року");
  });

  test("gives every measure with its place, executors and deadline as the document has them", () => {
    expect(
      plan.measures.map((m) => ({
        number: m.number,
        cell: m.cell,
        operationalGoal: m.operationalGoal,
        task: m.task,
        nationalMeasure: m.nationalMeasure,
        executors: m.executors,
        deadline: m.deadline.raw,
      }))
    ).toEqual(expected);
  });

  test("aligns the measures of one cell with their executors and deadlines item by item", () => {
    const byNumber = Object.fromEntries(plan.measures.map((m) => [m.number, m]));
    expect([byNumber["1.1.1"].deadline.raw, byNumber["1.1.2"].deadline.raw]).toEqual([
      "2021",
      "2021-2025",
    ]);
    expect([byNumber["2.2.1"].executors, byNumber["2.2.2"].executors]).toEqual([
      ["Департамент освіти", "ЗЗСО"],
      ["Управління з питань надзвичайних ситуацій та цивільного захисту населення"],
    ]);
    expect([
      byNumber["2.2.9"].deadline.raw,
      byNumber["2.2.10"].deadline.raw,
      byNumber["2.2.11"].deadline.raw,
    ]).toEqual(["2022", "2021-2025", "2021-2025"]);
    // one executor and one deadline written once for two measures apply to both
    expect([byNumber["2.1.2"].deadline.raw, byNumber["2.1.3"].deadline.raw]).toEqual([
      "2022",
      "2022",
    ]);
  });

  test("keeps the empty deadline of 4.4.3 and the national measure 4) of 3.2 without a local measure", () => {
    const m443 = plan.measures.find((m) => m.number === "4.4.3")!;
    expect(m443.deadline).toMatchObject({ raw: "", unparsed: "empty" });
    expect(
      plan.nationalMeasures
        .filter((n) => n.measureCount === 0)
        .map((n) => [n.operationalGoal, n.task, n.number, n.cell])
    ).toEqual([["3.2", "2", "4", "B41"]]);
  });

  test("reads recurring and starting-from deadlines", () => {
    const byNumber = Object.fromEntries(plan.measures.map((m) => [m.number, m]));
    expect(byNumber["4.4.4"].deadline).toMatchObject({
      raw: "Щорічно 2021-2025",
      start: "2021-01-01",
      end: "2025-12-31",
      recurrence: "annual",
    });
    expect(byNumber["5.2.6"].deadline).toMatchObject({ start: "2022-01-01", end: "2025-12-31" });
  });

  test("the report workbook adds a status column filled in as of mid-2023", async () => {
    const r = recognizeWorkbook(
      await readWorkbookGrids(join(ROOT, "seeds/zhytomyr-1325-plan-report-2023.xlsx"))
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.measures).toHaveLength(65);
    expect(r.plan.layout.columns.status).toBe(5);
    const byNumber = Object.fromEntries(r.plan.measures.map((m) => [m.number, m]));
    expect([
      byNumber["1.1.1"].status,
      byNumber["1.1.2"].status,
      byNumber["2.2.8"].status,
      byNumber["5.2.4"].status,
    ]).toEqual(["Виконано", "Виконується", "Не виконано", null]);
  });
});

describe("the seed document's raw text", () => {
  test("pasted into a sheet as it is — run-together cells, page-break fragments, shifted cells, <p> tags — still gives the 65 measures", () => {
    const lines = readFileSync(join(ROOT, "seeds/000_ea3656e84c28b738.txt"), "utf8").split("\n");
    const r = recognizePlan({
      sheetName: "raw",
      values: lines.map((l) => l.split("\t")),
      merges: [],
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.measures.map((m) => m.number)).toEqual(expected.map((e) => e.number));
    const byNumber = Object.fromEntries(r.plan.measures.map((m) => [m.number, m]));
    expect(byNumber["2.1.3"].executors).toEqual([
      "Управління з питань надзвичайних ситуацій та цивільного захисту населення",
    ]);
    expect(byNumber["4.4.5"].deadline.raw).toBe("2021-2025");
    expect(byNumber["2.2.3"].text).toContain("@StopSextingBot");
    expect(byNumber["5.2.3"].executors).toEqual([
      "Управління у справах сім'ї, молоді та спорту міської ради",
    ]);
  });
});

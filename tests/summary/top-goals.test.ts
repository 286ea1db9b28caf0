/**
 * A plan grouped only by operational goals (a ministry's "Підціль" blocks) is summed up by those goals, in the
 * text report and in the summary sheet's chart, not in one row for the whole plan; a plan with strategic goals
 * keeps them.
 */
import { join } from "node:path";
import { readWorkbook } from "../../src/cli/read";
import { isRefusal } from "../../src/cli/read/zip";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { STATUS_BUCKETS, topGoals } from "../../src/core/summary/aggregate";
import { summarySheet } from "../../src/core/summary/sheets";
import { runCli } from "../fixtures/cli";

const ROOT = join(__dirname, "..", "..");
const MINISTRY = join(ROOT, "tests", "fixtures", "real-plans", "kmu-15.4.xlsx");
const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const O = { lang: "en" as const, asOf: "2023-06-30", builtAt: "2023-06-30 10:00" };

function checked(file: string): CheckResult {
  const grids = readWorkbook(file);
  if (isRefusal(grids)) throw new Error(`${file} was refused`);
  const r = checkWorkbook(grids, { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error(`${file} holds no plan`);
  return r;
}

test("a plan with only operational goals: each goal a row, the rows adding up to the plan", () => {
  const r = checked(MINISTRY);
  expect(r.plan.strategicGoals).toHaveLength(0);
  const goals = topGoals(r.summary.byStrategicGoal);
  // the plan's eight "Підціль" blocks
  expect(goals.map((g) => [g.kind, g.number])).toEqual(
    Array.from({ length: 8 }, (_, i) => ["operationalGoal", String(i + 1)])
  );
  expect(goals.reduce((n, g) => n + g.measures, 0)).toBe(r.summary.total.measures);
  for (const b of STATUS_BUCKETS)
    expect(goals.reduce((n, g) => n + g.byStatus[b], 0)).toBe(r.summary.total.byStatus[b]);
});

test("a plan with strategic goals keeps them at the top", () => {
  const r = checked(SEED);
  expect(topGoals(r.summary.byStrategicGoal).map((g) => [g.kind, g.number])).toEqual(
    ["1", "2", "3", "4", "5"].map((n) => ["strategicGoal", n])
  );
});

test("the summary sheet charts a ministry's plan by its operational goals", () => {
  const spec = summarySheet(checked(MINISTRY), O);
  const labels = spec.cells.map((row) => row[1]?.v).filter((v) => typeof v === "string");
  expect(spec.cells.some((row) => row[0]?.v === "Status by operational goal")).toBe(true);
  expect(labels).toEqual(expect.arrayContaining(["Operational goal 1", "Operational goal 8"]));
  expect(labels).not.toContain("(no goal)");
  expect(spec.charts.map((c) => c.title)).toEqual(["Measures by status and operational goal"]);
  // eight bars: the chart's source is the header row and the eight goals' rows
  const [from, to] = spec.charts[0].source.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
  expect(to - from).toBe(8);
});

test("the text report lists a ministry's plan by operational goal", async () => {
  const { out } = await runCli([MINISTRY, "--as-of", "2023-06-30"], { LANG: "en_US.UTF-8" });
  expect(out).toContain("By operational goal");
  expect(out).toMatch(/\n {2}Operational goal 1: \d+ measures/);
  expect(out).toMatch(/\n {2}Operational goal 8: \d+ measures/);
  expect(out).not.toContain("Strategic goal —");
  const uk = await runCli([MINISTRY, "--as-of", "2023-06-30"], { LANG: "uk_UA.UTF-8" });
  expect(uk.out).toContain("За оперативними цілями");
  expect(uk.out).toMatch(/\n {2}Оперативна ціль 8: заходів \d+/);
});

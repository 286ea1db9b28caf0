/** The consolidated workbook of a folder: files counted right, totals across plans by goal and by body. */
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { consolidatedSheets, type PlanEntry } from "../../src/core/summary/consolidated";

const SEEDS = join(__dirname, "..", "..", "seeds");

async function entry(file: string): Promise<PlanEntry> {
  const r = checkWorkbook(await readWorkbookGrids(join(SEEDS, file)), { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error("no plan");
  const s = (r as CheckResult).summary;
  return {
    file,
    ok: true,
    sheet: r.plan.sheet,
    total: s.total,
    goals: s.byStrategicGoal,
    executors: s.byExecutor,
    overdue: s.overdueByExecutor,
    counts: s.findings,
  };
}

test("checked files are counted apart from those that could not be; totals add up across plans by goal and by body", async () => {
  const entries = [
    await entry("zhytomyr-1325-plan-report-2023.xlsx"),
    await entry("zhytomyr-1325-plan.xlsx"),
    { file: "notes.xlsx", ok: false, reason: "Це не книга Excel" },
  ];
  const [plans, byGoal, byExecutor, overdue] = consolidatedSheets(entries, {
    lang: "uk",
    asOf: "2023-06-30",
  });
  expect(plans.cells[0][0]!.v).toBe(
    "Перевірка планів: перевірено файлів 2 з 3 станом на 30.06.2023"
  );

  // goal 2: 20 measures in each plan; the statuses add up to them
  const goal2 = byGoal.cells.find((r) => r[0]?.v === "2")!.map((c) => c?.v);
  expect(goal2.slice(2, 4)).toEqual([2, 40]);
  expect((goal2.slice(4, 13) as number[]).reduce((a, b) => a + b, 0)).toBe(40);
  const total = byGoal.cells[byGoal.cells.length - 1].map((c) => c?.v);
  expect(total.slice(2, 4)).toEqual([2, 130]);

  // one row per body across the plans, under one name
  const rows = byExecutor.cells.slice(3).map((r) => [r[0]?.v, r[1]?.v, r[2]?.v]);
  expect(rows.slice(0, 3)).toEqual([
    ["Управління у справах сім'ї, молоді та спорту міської ради", 2, 56],
    ["Житомирський міський центр соціальних служб міської ради", 2, 32],
    ["Департамент освіти міської ради", 2, 30],
  ]);
  expect(rows.filter((r) => /освіти/i.test(String(r[0])))).toHaveLength(1);

  // overdue across plans: a body once, its measures with their file
  const heads = overdue.cells.filter((r) => r[0]?.style === "strategicGoal").map((r) => r[0]!.v);
  expect(heads[0]).toMatch(/^Управління з питань надзвичайних ситуацій .*: \d+$/);
  expect(new Set(heads).size).toBe(heads.length);
});

/**
 * What a review of the day's recognition and status-column work found, each on a real workbook read by the
 * command line's reader: a sheet going on under the column numbers keeps its place in the plan once a status
 * column is added; a heading over a new group of measures is no
 * report; "та управління персоналом" is no second body, "та служба у справах дітей" is; "Ціль 2" after "Стратегічна ціль 1" is a goal.
 */
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { splitExecutors } from "../../src/core/executors";
import { statusColumnSpecs } from "../../src/core/statusColumn";
import { checkFixture } from "../fixtures/checked";
import { runCli } from "../fixtures/cli";
import { tempDir, type FixtureSheet } from "../fixtures/workbook";

async function check(name: string, sheets: FixtureSheet[]) {
  const { file, result } = await checkFixture(name, sheets);
  return { file, r: result };
}

const NUMBERS_ONLY: FixtureSheet[] = [
  {
    name: "Ч1",
    rows: [
      ["План заходів на 2025 рік"],
      ["№ з/п", "Найменування заходу", "Виконавець", "Термін"],
      ["1", "2", "3", "4"],
      ["1.", "Проведення засідань", "Відділ економіки", "2025"],
      ["2.", "Підготовка звітів", "Відділ економіки", "2025"],
    ],
  },
  {
    name: "Ч2",
    rows: [
      ["1", "2", "3", "4"],
      ["3.", "Проведення кампанії", "Відділ комунікацій", "2025"],
      ["4.", "Навчання", "ЦНАП", "2025"],
    ],
  },
];

test("a sheet going on under the column numbers is numbered, not headed, by the status column, and stays in the plan", async () => {
  const { file, r } = await check("review-numbers-status", NUMBERS_ONLY);
  expect(r.plan.planSheets).toEqual(["Ч1", "Ч2"]);
  const out = join(tempDir(), "review-numbers-status-copy.xlsx");
  const run = await runCli([file, "--add-status", "--out", out, "--json", "--as-of", "2025-06-30"]);
  expect(run.code).toBeLessThan(2);
  const copy = checkWorkbook(await readWorkbookGrids(out), { asOf: "2025-06-30" });
  if (!("plan" in copy)) throw new Error("no plan in the copy");
  expect(copy.plan.planSheets).toEqual(["Ч1", "Ч2"]);
  expect(copy.plan.measures.map((m) => m.number)).toEqual(["1", "2", "3", "4"]);
  // the continuation sheet's numbers row numbers the new column: 5, beside 1–4
  const grids = await readWorkbookGrids(out);
  const ch2 = grids.find((g) => g.sheetName === "Ч2")!;
  expect(ch2.values[0].slice(0, 5).map(String)).toEqual(["1", "2", "3", "4", "5"]);
  const ch1 = grids.find((g) => g.sheetName === "Ч1")!;
  expect(ch1.values[1][4]).toBe("Стан виконання");
  // and a status column once there on any sheet of the plan is not added again
  const again = statusColumnSpecs(copy.plan, grids);
  expect(again.ok).toBe(false);
});

test("a finished sentence merged across over a new group of measures heads that group: no report of the measure above", async () => {
  const { r } = await check("review-heading-not-report", [
    {
      name: "Звіт",
      rows: [
        ["№", "Захід", "Виконавець", "Термін", "Стан виконання"],
        ["1.1", "Проведення навчань для жінок", "Відділ освіти", "2025", "Виконано"],
        ["Забезпечення участі жінок у процесах миробудування та відновлення."],
        ["2.1", "Проведення форуму жінок-лідерок", "Відділ молоді", "2025", "Виконується"],
        ["Проведено 5 навчань для 120 жінок у трьох громадах області."],
        ["2.2", "Створення ради жінок", "Секретар ради", "2025", "Не розпочато"],
      ],
      merges: ["A3:E3", "A5:E5"],
    },
  ]);
  const [first, second] = r.plan.measures;
  // the band over 2.1 is no report of 1.1: it heads the measures below
  expect(first.extra.report).toBeUndefined();
  // the sentence under 2.1, before 2.2 of the same group, is 2.1's report
  expect(second.extra.report).toBe("Проведено 5 навчань для 120 жінок у трьох громадах області.");
});

test("a verbal noun with its object is no second body; a head word in lower case after “і” is", () => {
  expect(splitExecutors("Відділ кадрової роботи та управління персоналом")).toEqual([
    "Відділ кадрової роботи та управління персоналом",
  ]);
  expect(splitExecutors("Департамент економічного розвитку та управління майном")).toEqual([
    "Департамент економічного розвитку та управління майном",
  ]);
  expect(splitExecutors("Відділ освіти і відділ культури")).toEqual([
    "Відділ освіти",
    "відділ культури",
  ]);
});

test("“Ціль 2” after “Стратегічна ціль 1” is the next strategic goal, not an objective under the first", async () => {
  const { r } = await check("review-goal-words", [
    {
      name: "План",
      rows: [
        ["№", "Захід", "Виконавець", "Термін"],
        ["Стратегічна ціль 1. Безпека"],
        ["1.1", "Облаштування укриттів", "Управління ЖКГ", "2025"],
        ["Ціль 2. Участь"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2025"],
      ],
      merges: ["A2:D2", "A4:D4"],
    },
  ]);
  expect(r.plan.measures.map((m) => [m.number, m.strategicGoal])).toEqual([
    ["1.1", "1"],
    ["2.1", "2"],
  ]);
});

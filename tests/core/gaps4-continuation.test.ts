/**
 * A sheet that carries the plan straight on: no header, no row of column numbers, its first row the next
 * measure (or the next goal) in the columns of the sheet before. It is the same plan; a sheet numbered from
 * 1 again, a wider table, or a sheet of numbered notes without executors or deadlines is not. Each workbook
 * is written to a real .xlsx and read back by the command line's reader.
 */
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { continuesNumber } from "../../src/core/layout/continuation";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import { runCli } from "../fixtures/cli";
import { tempDir, type FixtureSheet } from "../fixtures/workbook";

const FIRST: FixtureSheet = {
  name: "Ч1",
  rows: [
    ["План заходів на 2025 рік"],
    PLAN_HEADER,
    ["1.", "Проведення засідань", "Відділ економіки", "2025", "Засідання"],
    ["2.", "Підготовка звітів", "Відділ економіки", "2025", "Звіти"],
  ],
};

test("a second and a third sheet going straight on with the next measures, no header above them, are the same plan; a sheet numbered from 1 again, a wider table or numbered notes are not", async () => {
  const { result: r } = await checkFixture("gaps4-carried-on", [
    FIRST,
    {
      name: "Ч2",
      rows: [
        ["3.", "Проведення кампанії", "Відділ комунікацій", null, "Кампанія"],
        ["4.", "Навчання", "ЦНАП", "2025", "Навчання"],
      ],
    },
    {
      name: "Ч3",
      rows: [[], ["5.", "Проведення форуму", "Відділ молоді", "2025", "Форум"]],
    },
  ]);
  expect(r.plan.planSheets).toEqual(["Ч1", "Ч2", "Ч3"]);
  expect(r.plan.measures.map((m) => [m.sheet, m.row, m.number, m.executors])).toEqual([
    ["Ч1", 3, "1", ["Відділ економіки"]],
    ["Ч1", 4, "2", ["Відділ економіки"]],
    ["Ч2", 1, "3", ["Відділ комунікацій"]],
    ["Ч2", 2, "4", ["ЦНАП"]],
    ["Ч3", 2, "5", ["Відділ молоді"]],
  ]);
  expect(
    r.findings.filter((f) => f.rule === "deadline.missing").map((f) => [f.sheet, f.cell])
  ).toEqual([["Ч2", "D1"]]);
  expect(r.plan.sheetLayouts?.map((s) => [s.sheet, s.layout.headerRows])).toEqual([
    ["Ч1", [2]],
    ["Ч2", []],
    ["Ч3", []],
  ]);

  const apart = (rows: FixtureSheet["rows"]) =>
    checkFixture("gaps4-not-carried-on", [FIRST, { name: "Інше", rows }]);
  const sheets = [
    // another plan of the same template, numbered from 1
    [
      ["1.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія"],
      ["2.", "Навчання", "ЦНАП", "2025", "Навчання"],
    ],
    // a table wider than the plan's
    [["3.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія", "100", "200"]],
    // notes numbered on, with nothing in the executors' and the deadline's columns
    [
      ["3.", "Примітка щодо фінансування заходів"],
      ["4.", "Примітка щодо звітування"],
    ],
  ];
  for (const rows of sheets) {
    const { result } = await apart(rows);
    expect(result.plan.planSheets).toBeUndefined();
    expect(result.plan.measures.map((m) => m.number)).toEqual(["1", "2"]);
  }
});

test("a sheet going straight on with the next strategic goal row over its measures is the same plan", async () => {
  const { result: r } = await checkFixture("gaps4-carried-on-goal", [
    {
      name: "Ціль 1",
      rows: [
        PLAN_HEADER,
        ["Стратегічна ціль 1. Безпека"],
        ["1.1", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
      ],
      merges: ["A2:E2"],
    },
    {
      name: "Ціль 2",
      rows: [
        ["Стратегічна ціль 2. Участь"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
      ],
      merges: ["A1:E1"],
    },
  ]);
  expect(r.plan.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
  expect(r.plan.measures.map((m) => [m.sheet, m.number, m.strategicGoal])).toEqual([
    ["Ціль 1", "1.1", "1"],
    ["Ціль 2", "2.1", "2"],
  ]);
  expect(r.summary.byStrategicGoal.map((g) => [g.strategicGoal, g.title])).toEqual([
    ["1", "Безпека"],
    ["2", "Участь"],
  ]);
});

test("the number after another: one place one more, the places after it begun again at 1", () => {
  expect(
    (
      [
        ["3", "2"],
        ["1.2.5", "1.2.4"],
        ["1.3.1", "1.2.4"],
        ["2.1.1", "1.2.4"],
        ["1", "7"],
        ["1.3.2", "1.2.4"],
        ["4", "2"],
        ["2.1", "1.2.4"],
        ["3", null],
      ] as const
    ).map(([next, last]) => continuesNumber(next, last))
  ).toEqual([true, true, true, true, false, false, false, false, false]);
});

test("a status column added to such a plan goes on both sheets, with no header cell on the second, and the copy is one plan", async () => {
  const { file } = await checkFixture("gaps4-carried-on-status", [
    FIRST,
    {
      name: "Ч2",
      rows: [
        ["3.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія"],
        ["4.", "Навчання", "ЦНАП", "2025", "Навчання"],
      ],
    },
  ]);
  const out = join(tempDir(), "gaps4-carried-on-status-copy.xlsx");
  const run = await runCli([file, "--add-status", "--out", out, "--as-of", "2025-06-30"]);
  expect(run.code).toBeLessThan(2);
  const grids = await readWorkbookGrids(out);
  expect(grids.find((g) => g.sheetName === "Ч1")!.values[1][5]).toBe("Стан виконання");
  expect(grids.find((g) => g.sheetName === "Ч2")!.values.map((row) => row[5] ?? null)).toEqual([
    null,
    null,
  ]);
  const copy = checkWorkbook(grids, { asOf: "2025-06-30" });
  if (!("plan" in copy)) throw new Error("no plan in the copy");
  expect(copy.plan.planSheets).toEqual(["Ч1", "Ч2"]);
  expect(copy.plan.layout.columns.status).toBe(5);
  expect(copy.plan.measures.map((m) => [m.sheet, m.number])).toEqual([
    ["Ч1", "1"],
    ["Ч1", "2"],
    ["Ч2", "3"],
    ["Ч2", "4"],
  ]);
});

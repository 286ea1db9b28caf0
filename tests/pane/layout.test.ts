/**
 * The manual layout: the rows a header is chosen from, the roles a header row suggests, what the workbook
 * keeps, and the core reading a plan with the header row and roles the user gave ("not used" included).
 */
import { columnLetter } from "../../src/core/grid";
import { recognizePlan } from "../../src/core/layout/recognize";
import { COLUMN_ROLES } from "../../src/core/layout/vocabulary";
import { recognizeWorkbook } from "../../src/core/workbook";
import { keptColumns, rowLabel, sheetRows, suggestedRoles } from "../../src/taskpane/layoutView";
import { sheetToGrid } from "../fixtures/grid";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";

const ODD_HEADERS = {
  nationalTask: "Напрям",
  nationalMeasure: "Підстава",
  measure: "Що робимо",
  executors: "Хто робить",
  deadline: "Коли",
};

test("the rows to choose the header from are the sheet's rows with text, merged text read across", () => {
  const sheet = renderPlan(CLEAN_PLAN);
  const rows = sheetRows(sheetToGrid(sheet));
  // the title merged across the table reads in each of its columns, and is said once
  expect(rows[0].row).toBe(1);
  expect(new Set(rows[0].cells.map((c) => c.text))).toEqual(new Set([CLEAN_PLAN.title[0]]));
  expect(rowLabel(rows[0])).toBe(`1: ${CLEAN_PLAN.title[0].slice(0, 90)}`);
  const header = rows.find((r) => r.cells.some((c) => c.text === "Термін виконання"))!;
  expect(header.cells.map((c) => c.col)).toEqual([0, 1, 2, 3, 4]);
  expect(rowLabel(header)).toMatch(
    new RegExp(`^${header.row}: Найменування завдання Національного плану \\| `)
  );
  // a section row merged across the table is one text, said once
  const goal = rows.find((r) => r.cells[0].text.startsWith("СТРАТЕГІЧНА ЦІЛЬ 1"))!;
  expect(rowLabel(goal).split(" | ")).toHaveLength(1);
});

test("a header row suggests the roles its words say, each role for its first column only", () => {
  const grid = sheetToGrid(renderPlan(CLEAN_PLAN));
  const header = sheetRows(grid).find((r) => r.cells.some((c) => c.text === "Термін виконання"))!;
  expect(suggestedRoles(header)).toEqual({
    0: "nationalTask",
    1: "nationalMeasure",
    2: "measure",
    3: "executors",
    4: "deadline",
  });
  expect(
    suggestedRoles({
      row: 1,
      cells: [
        { col: 0, text: "Термін виконання" },
        { col: 1, text: "Термін виконання" },
      ],
    })
  ).toEqual({ 0: "deadline", 1: null });
});

test("the workbook keeps every role of a manual layout: each in its column, the rest in none", () => {
  const kept = keptColumns({ 2: "measure", 3: "executors", 4: null }, COLUMN_ROLES, columnLetter);
  expect(Object.keys(kept).sort()).toEqual([...COLUMN_ROLES].sort());
  expect(kept).toMatchObject({ measure: "C", executors: "D", deadline: "", status: "" });
});

test("a header the recognizer does not know is read from the row and roles the user gives", () => {
  const sheet = renderPlan(CLEAN_PLAN, { headers: ODD_HEADERS });
  const grid = sheetToGrid(sheet);
  expect(recognizePlan(grid)).toMatchObject({ ok: false, reason: "no-header" });
  const headerRow = sheet.rows.findIndex((r) => r.includes("Що робимо")) + 1;
  const none = Object.fromEntries(COLUMN_ROLES.map((r) => [r, -1]));
  const r = recognizeWorkbook([grid], sheet.name, {
    headerRow,
    columns: {
      ...none,
      nationalTask: 0,
      nationalMeasure: 1,
      measure: 2,
      executors: 3,
      deadline: 4,
    },
  });
  if (!r.ok) throw new Error(r.reason);
  const known = recognizePlan(sheetToGrid(renderPlan(CLEAN_PLAN)));
  if (!known.ok) throw new Error(known.reason);
  expect(r.plan.layout.headerRows).toEqual([headerRow]);
  expect(r.plan.layout.columns).toEqual(known.plan.layout.columns);
  expect(r.plan.measures.map((m) => [m.number, m.executors, m.deadline.raw])).toEqual(
    known.plan.measures.map((m) => [m.number, m.executors, m.deadline.raw])
  );
});

test("“not used” takes a recognized column out of the plan, whatever its header says", () => {
  const grid = sheetToGrid(renderPlan(CLEAN_PLAN));
  const r = recognizePlan(grid, { columns: { deadline: -1 } });
  if (!r.ok) throw new Error(r.reason);
  expect(r.plan.layout.columns.deadline).toBeUndefined();
  expect(r.plan.layout.columns.executors).toBe(3);
  expect(r.plan.measures.length).toBeGreaterThan(0);
  expect(r.plan.measures.every((m) => m.deadline.raw === "" && m.deadlineCell === null)).toBe(true);
});

/**
 * Numbers that restart where the plan restarts them: "1.", "2.", "3." under task 1, then "1.", "2." under
 * task 2 are no duplicates, whether the task is a heading across the table or a cell of its own merged down;
 * a number written twice under one task is. A plan that numbers on across its sections restarts nowhere, and
 * a number written twice across them is a duplicate. Each plan is written to a real .xlsx and read back.
 */
import type { CheckResult } from "../../src/core/check";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureSheet } from "../fixtures/workbook";

const check = async (name: string, sheets: FixtureSheet[]) =>
  (await checkFixture(name, sheets)).result;
const duplicates = (r: CheckResult) =>
  r.findings
    .filter((f) => f.rule === "measure.number-duplicate")
    .map((f) => [f.cell, f.params.measure, f.params.other]);

const H = PLAN_HEADER;

describe("measure numbers restarted under each task", () => {
  const rows = [
    ["План заходів на 2025 рік"],
    H,
    [null, "Завдання 1. Забезпечити участь жінок у прийнятті рішень"],
    ["1.", "Проведення тренінгів", "Відділ освіти", "2025", "Тренінги"],
    ["2.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія"],
    ["3.", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
    [null, "Завдання 2. Забезпечити безпеку громади"],
    ["1.", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
    ["2.", "Навчання з безпеки", "ДСНС (за згодою)", "2025", "Навчання"],
  ];

  test("under task headings across the table (and direction rows) are no duplicates; a number written twice under one task is", async () => {
    const r = await check("gaps4-task-headings", [
      { name: "План", rows, merges: ["B3:E3", "B7:E7"] },
    ]);
    expect(r.plan.measures.map((m) => [m.row, m.number, m.path.map((l) => l.number)])).toEqual([
      [4, "1", ["1"]],
      [5, "2", ["1"]],
      [6, "3", ["1"]],
      [8, "1", ["2"]],
      [9, "2", ["2"]],
    ]);
    expect(duplicates(r)).toEqual([]);
    const twice = [...rows, ["2.", "Проведення конкурсу", "Відділ молоді", "2025", "Конкурс"]];
    const again = await check("gaps4-task-headings-twice", [
      { name: "План", rows: twice, merges: ["B3:E3", "B7:E7"] },
    ]);
    expect(duplicates(again)).toEqual([["B10", "2", "B9"]]);

    // under direction rows the same: a number written twice under one direction is a duplicate
    const directions = await check("gaps4-directions", [
      {
        name: "План",
        rows: [
          H,
          ["Напрям 1. Безпека"],
          ["1.", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
          ["2.", "Навчання з безпеки", "ДСНС (за згодою)", "2025", "Навчання"],
          ["Напрям 2. Участь"],
          ["1.", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
          ["1.", "Створення ради жінок", "Секретар ради", "2025", "Рада"],
        ],
        merges: ["A2:E2", "A5:E5"],
      },
    ]);
    expect(directions.plan.measures.map((m) => m.strategicGoal)).toEqual(["1", "1", "2", "2"]);
    expect(duplicates(directions)).toEqual([["B7", "1", "B6"]]);
  });

  test("under a task kept in a column of its own, merged down, are no duplicates", async () => {
    const r = await check("gaps4-task-column", [
      {
        name: "План",
        rows: [
          ["План заходів на 2025 рік"],
          [
            "Завдання",
            "№ з/п",
            "Найменування заходу",
            "Відповідальні виконавці",
            "Термін виконання",
          ],
          ["1. Забезпечити участь жінок", "1", "Проведення тренінгів", "Відділ освіти", "2025"],
          [null, "2", "Проведення кампанії", "Відділ комунікацій", "2025"],
          ["2. Забезпечити безпеку", "1", "Облаштування укриттів", "Управління ЖКГ", "2025"],
          [null, "2", "Навчання з безпеки", "ДСНС (за згодою)", "2025"],
          [null, "3", "Створення мапи укриттів", "Управління ЖКГ", "2025"],
        ],
        merges: ["A3:A4", "A5:A7"],
      },
    ]);
    expect(r.plan.measures.map((m) => [m.number, m.task])).toEqual([
      ["1", "1"],
      ["2", "1"],
      ["1", "2"],
      ["2", "2"],
      ["3", "2"],
    ]);
    expect(duplicates(r)).toEqual([]);
  });
});

test("a plan that numbers on across its sections restarts nowhere: a number written twice across them is a duplicate; numbers begun again in the first section, after measures above it, are none", async () => {
  const r = await check("gaps4-sections-numbered-on", [
    {
      name: "План",
      rows: [
        H,
        ["Організаційні заходи"],
        ["1.", "Проведення засідань", "Відділ", "щокварталу", "Засідання"],
        ["2.", "Підготовка звітів", "Відділ", "2025", "Звіти"],
        ["Інформаційні заходи"],
        ["3.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія"],
        ["4.", "Випуск буклетів", "Відділ комунікацій", "2025", "Буклети"],
        ["Навчання"],
        ["5.", "Проведення тренінгів", "Відділ освіти", "2025", "Тренінги"],
        ["4.", "Навчання посадовців", "Відділ кадрів", "2025", "Навчання"],
      ],
      merges: ["A2:E2", "A5:E5", "A8:E8"],
    },
  ]);
  expect(r.plan.measures.map((m) => m.path.map((l) => `${l.kind} ${l.title}`)[0])).toEqual([
    "section Організаційні заходи",
    "section Організаційні заходи",
    "section Інформаційні заходи",
    "section Інформаційні заходи",
    "section Навчання",
    "section Навчання",
  ]);
  expect(duplicates(r)).toEqual([["B10", "4", "B7"]]);

  const before = await check("gaps4-before-sections", [
    {
      name: "План",
      rows: [
        H,
        ["1.", "Затвердження плану", "Виконавчий комітет", "2025", "Рішення"],
        ["2.", "Створення робочої групи", "Виконавчий комітет", "2025", "Розпорядження"],
        ["Інформаційні заходи"],
        ["1.", "Проведення кампанії", "Відділ комунікацій", "2025", "Кампанія"],
        ["2.", "Випуск буклетів", "Відділ комунікацій", "2025", "Буклети"],
        ["Навчання"],
        ["1.", "Проведення тренінгів", "Відділ освіти", "2025", "Тренінги"],
      ],
      merges: ["A4:E4", "A7:E7"],
    },
  ]);
  expect(before.plan.measures.map((m) => m.path.length)).toEqual([0, 0, 1, 1, 1]);
  expect(duplicates(before)).toEqual([]);
});

/**
 * The levels of a plan: goals kept in columns (merged down, written once with blanks below, or repeated on
 * every row), bands across the table that are not worded as goals, numbering that restarts within a level,
 * totals rows, and a number column that is never the measure.
 */
import { checkPlan } from "../../src/core/check";
import { columnLetter, ERROR_VALUES } from "../../src/core/grid";
import { recognizePlan } from "../../src/core/layout/recognize";
import type { Plan } from "../../src/core/plan";
import { sheetToGrid } from "../fixtures/grid";
import type { FixtureSheet } from "../fixtures/workbook";

function recognize(sheet: FixtureSheet): Plan {
  const r = recognizePlan(sheetToGrid(sheet));
  if (!r.ok) throw new Error(`no plan: ${r.reason}`);
  return r.plan;
}

const paths = (plan: Plan) =>
  plan.measures.map((m) => [m.text, m.path.map((l) => `${l.kind} ${l.number}: ${l.title}`)]);

const HEADER = ["Пріоритет", "Напрям", "Захід", "Виконавець", "Термін виконання"];
/** Two priorities, three directions, five measures: the expected levels of every layout below. */
const EXPECTED = [
  ["Аналіз", ["strategicGoal 1: Безпека громади", "operationalGoal 1.1: Цивільний захист"]],
  ["Навчання", ["strategicGoal 1: Безпека громади", "operationalGoal 1.1: Цивільний захист"]],
  ["Укриття", ["strategicGoal 1: Безпека громади", "operationalGoal 1.2: Укриття"]],
  ["Квоти", ["strategicGoal 2: Рівні можливості", "operationalGoal 2.1: Участь жінок"]],
  ["Звіт", ["strategicGoal 2: Рівні можливості", "operationalGoal 2.1: Участь жінок"]],
];
const ROWS: [string, string, string][] = [
  ["Безпека громади", "Цивільний захист", "Аналіз"],
  ["Безпека громади", "Цивільний захист", "Навчання"],
  ["Безпека громади", "Укриття", "Укриття"],
  ["Рівні можливості", "Участь жінок", "Квоти"],
  ["Рівні можливості", "Участь жінок", "Звіт"],
];
const body = (rows: [string, string, string][]) =>
  rows.map(([p, d, m]) => [p, d, m, "Відділ освіти", "2024"]);

describe("levels kept in columns left of the measure", () => {
  test("repeated on every row", () => {
    expect(paths(recognize({ name: "P", rows: [HEADER, ...body(ROWS)] }))).toEqual(EXPECTED);
  });

  test("written once, with blanks below", () => {
    const rows = body(ROWS).map((r, i) => [
      i === 0 || ROWS[i - 1][0] !== ROWS[i][0] ? r[0] : null,
      i === 0 || ROWS[i - 1][1] !== ROWS[i][1] ? r[1] : null,
      ...r.slice(2),
    ]);
    expect(paths(recognize({ name: "P", rows: [HEADER, ...rows] }))).toEqual(EXPECTED);
  });

  test("merged down", () => {
    const rows = body(ROWS).map((r, i) => [
      i === 0 || ROWS[i - 1][0] !== ROWS[i][0] ? r[0] : null,
      i === 0 || ROWS[i - 1][1] !== ROWS[i][1] ? r[1] : null,
      ...r.slice(2),
    ]);
    const plan = recognize({
      name: "P",
      rows: [HEADER, ...rows],
      merges: ["A2:A4", "B2:B3", "A5:A6", "B5:B6"],
    });
    expect(paths(plan)).toEqual(EXPECTED);
    expect([plan.measures[4].strategicGoal, plan.measures[4].operationalGoal]).toEqual([
      "2",
      "2.1",
    ]);
  });

  test("a sub-goal column alone is the operational goal, numbered 1, 2… with no strategic goal invented", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["Підціль", "Завдання", "Захід", "Початок", "Закінчення", "Відповідальний орган влади"],
        ["Якісна освіта", "Стандарт", "Затвердження стандарту", "01-11-2019", "30-04-2020", "МОН"],
        [null, null, "Типова програма", "01-09-2020", "31-03-2021", "МОН"],
        [null, "Підручники", "Конкурс підручників", "01-01-2020", "31-12-2020", "МОН; Мінфін"],
        ["Доступна освіта", "Інклюзія", "Ресурсні центри", "01-03-2020", "31-12-2021", "МОН"],
      ],
      merges: ["A2:A4", "B2:B3"],
    });
    expect(
      plan.measures.map((m) => [
        m.strategicGoal,
        m.operationalGoal,
        m.task,
        m.deadline.start,
        m.deadline.end,
      ])
    ).toEqual([
      [null, "1", "1", "2019-11-01", "2020-04-30"],
      [null, "1", "1", "2020-09-01", "2021-03-31"],
      [null, "1", "2", "2020-01-01", "2020-12-31"],
      [null, "2", "1", "2020-03-01", "2021-12-31"],
    ]);
  });
});

describe("bands across the table that are not goals", () => {
  test("are sections of the goal they sit in, numbered as written or in order", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["№", "Зміст заходу", "Виконавець", "Строк"],
        ["Стратегічна ціль 1. Безпека"],
        ["Організаційна робота"],
        ["1.", "Засідання комісії", "Виконком", "щокварталу"],
        ["2.", "Звіт", "Виконком", "2024"],
        ["Нормативне забезпечення"],
        ["1.", "Положення", "Юридичний відділ", "2024"],
        ["Стратегічна ціль 2. Участь"],
        ["Інформаційна робота"],
        ["1.", "Кампанія", "Відділ комунікацій", "2025"],
      ],
      merges: ["A2:D2", "A3:D3", "A6:D6", "A8:D8", "A9:D9"],
    });
    expect(paths(plan)).toEqual([
      ["Засідання комісії", ["strategicGoal 1: Безпека", "section 1: Організаційна робота"]],
      ["Звіт", ["strategicGoal 1: Безпека", "section 1: Організаційна робота"]],
      ["Положення", ["strategicGoal 1: Безпека", "section 2: Нормативне забезпечення"]],
      ["Кампанія", ["strategicGoal 2: Участь", "section 1: Інформаційна робота"]],
    ]);
    expect(plan.layout.rows.filter((r) => r.kind === "section").map((r) => r.row)).toEqual([
      3, 6, 9,
    ]);
    // numbers that restart in every section are not duplicates
    const { findings } = checkPlan(plan, [], { asOf: "2024-01-01" });
    expect(findings.filter((f) => f.rule === "measure.number-duplicate")).toEqual([]);
  });

  test("a number written twice within one goal is a duplicate", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["№", "Зміст заходу", "Виконавець", "Строк"],
        ["Стратегічна ціль 1. Безпека"],
        ["7.", "Засідання комісії", "Виконком", "2024"],
        ["7.", "Звіт", "Виконком", "2024"],
        ["Стратегічна ціль 2. Участь"],
        ["7.", "Кампанія", "Відділ комунікацій", "2025"],
      ],
      merges: ["A2:D2", "A5:D5"],
    });
    const { findings } = checkPlan(plan, [], { asOf: "2024-01-01" });
    expect(
      findings.filter((f) => f.rule === "measure.number-duplicate").map((f) => f.cell)
    ).toEqual(["B4"]);
  });
});

describe("rows and columns that are not measures", () => {
  test("a totals row is not a measure", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["№", "Захід", "Виконавець", "Термін", "Обсяг фінансування, тис. грн"],
        ["1", "Навчання", "Відділ освіти", "2024", 120],
        ["2", "Укриття", "Відділ з питань НС", "2025", 300],
        ["Разом за розділом:", null, null, null, 420],
        ["3", "Кампанія", "Відділ комунікацій", "2025", 50],
        ["Усього", null, null, null, 470],
      ],
    });
    expect(plan.measures.map((m) => m.text)).toEqual(["Навчання", "Укриття", "Кампанія"]);
    expect(plan.layout.rows.filter((r) => r.kind === "total").map((r) => r.row)).toEqual([4, 6]);
  });

  test("the № column under a group label is the number, never the measure", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["Заходи", null, "Виконавці", "Термін"],
        ["№", "Зміст", null, null],
        ["1.1.1", "Аналіз документів", "Відділ кадрів", "2024"],
        ["1.1.2", "Навчання", "Відділ освіти", "2025"],
      ],
      merges: ["A1:B1", "C1:C2", "D1:D2"],
    });
    const cols = Object.fromEntries(
      Object.entries(plan.layout.columns).map(([role, c]) => [role, columnLetter(c as number)])
    );
    expect(cols).toMatchObject({ number: "A", measure: "B", executors: "C", deadline: "D" });
    expect(plan.measures.map((m) => [m.number, m.text])).toEqual([
      ["1.1.1", "Аналіз документів"],
      ["1.1.2", "Навчання"],
    ]);
  });

  test("a column holding only numbers is not the measure column, whatever its header", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["Захід", null, "Виконавець", "Термін"],
        ["1", "Аналіз документів", "Відділ кадрів", "2024"],
        ["2", "Навчання", "Відділ освіти", "2025"],
        ["3", "Кампанія", "Відділ комунікацій", "2025"],
      ],
    });
    expect(plan.measures.map((m) => [m.number, m.text])).toEqual([
      ["1", "Аналіз документів"],
      ["2", "Навчання"],
      ["3", "Кампанія"],
    ]);
  });
});

describe("cells and columns that cannot be taken at their word", () => {
  test("an error value in a cell is a finding, never an executor or a deadline", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["№", "Захід", "Виконавець", "Термін"],
        ["1.1.1", "Навчання", "#REF!", "2024"],
        ["1.1.2", "Укриття", "Відділ з питань НС", "#N/A"],
      ],
    });
    expect(plan.measures.map((m) => [m.executors, m.deadline.raw])).toEqual([
      [[], "2024"],
      [["Відділ з питань НС"], ""],
    ]);
    const { findings } = checkPlan(plan, [], { asOf: "2023-01-01" });
    expect(
      findings.filter((f) => f.rule === "cell.error").map((f) => [f.cell, f.measure, f.params])
    ).toEqual([
      ["C2", "1.1.1", { value: "#REF!", column: "Виконавець" }],
      ["D3", "1.1.2", { value: "#N/A", column: "Термін" }],
    ]);
    // the empty cells are still missing data
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["executor.missing", "deadline.missing"])
    );
  });

  test("every error value Excel shows is one, the longest too; a text that merely starts with # is text", () => {
    const rows = ERROR_VALUES.map((e, i) => [`1.1.${i + 1}`, "Навчання", e, "2024"]);
    rows.push(["1.1.99", "Навчання", "#1 відділ", "2024"]);
    const plan = recognize({ name: "P", rows: [["№", "Захід", "Виконавець", "Термін"], ...rows] });
    const { findings } = checkPlan(plan, [], { asOf: "2023-01-01" });
    expect(findings.filter((f) => f.rule === "cell.error").map((f) => f.params.value)).toEqual([
      ...ERROR_VALUES,
    ]);
    expect(ERROR_VALUES).toContain("#GETTING_DATA");
    expect(plan.measures.at(-1)!.executors).toEqual(["#1 відділ"]);
  });

  test("a hidden, outdated deadline column loses to the visible one, and the layout says it chose", () => {
    const grid = sheetToGrid({
      name: "P",
      rows: [
        ["Захід", "Виконавець", "Термін виконання", "Термін виконання (уточнений)"],
        ["Навчання", "Відділ освіти", "2022", "2024"],
        ["Укриття", "Відділ з питань НС", "2022", "2025"],
      ],
    });
    grid.hiddenColumns = [2];
    const r = recognizePlan(grid);
    if (!r.ok) throw new Error("no plan");
    expect(r.plan.measures.map((m) => m.deadline.raw)).toEqual(["2024", "2025"]);
    const { findings } = checkPlan(r.plan, [], { asOf: "2023-01-01" });
    expect(
      findings.filter((f) => f.rule === "layout.ambiguous").map((f) => [f.cell, f.params])
    ).toEqual([["D1", { role: "deadline", chosen: "D", other: "C" }]]);
  });

  test("a column headed as the measure that holds only numbers: the guess is told", () => {
    const plan = recognize({
      name: "P",
      rows: [
        ["Захід", null, "Виконавець", "Термін"],
        ["1", "Аналіз документів", "Відділ кадрів", "2024"],
        ["2", "Навчання", "Відділ освіти", "2025"],
      ],
    });
    const { findings } = checkPlan(plan, [], { asOf: "2023-01-01" });
    expect(findings.filter((f) => f.rule === "layout.ambiguous").map((f) => f.params)).toEqual([
      { role: "measure", chosen: "B", other: "A" },
    ]);
  });
});

test("a header in two languages, row under row, is one header and no measure", () => {
  const plan = recognize({
    name: "P",
    rows: [
      ["№", "Захід", "Відповідальний виконавець", "Термін виконання"],
      ["No.", "Measure", "Responsible", "Deadline"],
      ["1.1.1", "Навчання", "Відділ освіти", "2024"],
      ["1.1.2", "Укриття", "Відділ з питань НС", "2025"],
    ],
  });
  expect(plan.layout.headerRows).toEqual([1, 2]);
  expect(plan.measures.map((m) => m.text)).toEqual(["Навчання", "Укриття"]);
});

test("a goal numbered before its words keeps its number, also where the plan skips one", () => {
  const plan = recognize({
    name: "P",
    rows: [
      ["№", "Захід", "Виконавець", "Термін"],
      ["II. Стратегічна ціль: Безпека"],
      ["2.1. Оперативна ціль: Цивільний захист"],
      ["1", "Навчання", "Відділ освіти", "2024"],
      ["2.3. Оперативна ціль: Укриття"],
      ["1", "Укриття", "Відділ з питань НС", "2025"],
    ],
    merges: ["A2:D2", "A3:D3", "A5:D5"],
  });
  expect(plan.strategicGoals.map((g) => g.number)).toEqual(["2"]);
  expect(plan.operationalGoals.map((g) => [g.number, g.title])).toEqual([
    ["2.1", "Цивільний захист"],
    ["2.3", "Укриття"],
  ]);
  expect(plan.measures.map((m) => m.operationalGoal)).toEqual(["2.1", "2.3"]);
});

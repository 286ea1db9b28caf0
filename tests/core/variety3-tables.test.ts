/**
 * Plans as other offices lay them out, each written to a real .xlsx here and read back by the command line's
 * reader: a plan over one sheet a year with a reference table below it, a second table under the plan, work
 * plans and plans of meetings, a strategy's action plan with its goals in a column of their own.
 */
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import type { Plan } from "../../src/core/plan";
import { join } from "node:path";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import { runCli } from "../fixtures/cli";
import { tempDir, type FixtureSheet } from "../fixtures/workbook";

let file = "";
async function check(name: string, sheets: FixtureSheet[], asOf?: string) {
  const checked = await checkFixture(name, sheets, asOf);
  file = checked.file;
  return checked.result;
}
const kinds = (p: Plan) => p.layout.rows.map((x) => `${x.row}:${x.kind}`);
const rules = (r: CheckResult) => [...new Set(r.findings.map((f) => f.rule))].sort();

const H = PLAN_HEADER;

test("a plan kept one sheet a year, its title on the first only, a reference table below the last", async () => {
  const r = await check("variety3-years", [
    {
      name: "2025",
      rows: [
        ["План заходів з реалізації Резолюції 1325 на 2025-2026 роки"],
        [],
        H,
        ["1", "Стратегічна ціль 1. Безпека"],
        ["1.1", "Проведення навчань для жінок", "Відділ освіти", "2025 рік", "Навчено 50 осіб"],
        ["1.2", "Облаштування укриттів", "Управління ЖКГ", "І півріччя 2025 року", "5 укриттів"],
      ],
      merges: ["B4:E4"],
    },
    {
      name: "2026",
      rows: [
        H,
        ["2", "Стратегічна ціль 2. Участь"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2026 рік", "Форум"],
        ["2.2", "Створення ради жінок", "Секретар ради", "ІІ квартал 2026 року", "Рада"],
        [],
        ["Довідково:"],
        ["Показник", "2025", "2026"],
        ["Кількість заходів", "2", "2"],
        ["Обсяг фінансування, тис. грн", "100", "200"],
      ],
      merges: ["B2:E2"],
    },
  ]);
  const p = r.plan;
  expect(p.planSheets).toEqual(["2025", "2026"]);
  expect(p.title).toBe("План заходів з реалізації Резолюції 1325 на 2025-2026 роки");
  expect(p.measures.map((m) => [m.sheet, m.row, m.number, m.text])).toEqual([
    ["2025", 5, "1.1", "Проведення навчань для жінок"],
    ["2025", 6, "1.2", "Облаштування укриттів"],
    ["2026", 3, "2.1", "Проведення форуму"],
    ["2026", 4, "2.2", "Створення ради жінок"],
  ]);
  expect(p.strategicGoals.map((g) => [g.number, g.title])).toEqual([
    ["1", "Безпека"],
    ["2", "Участь"],
  ]);
  // the reference table's rows are no measures without executors or deadlines
  expect(rules(r)).toEqual(["deadline.due-soon"]);
});

describe("a second table below the plan, under its own header", () => {
  const sheet: FixtureSheet = {
    name: "План",
    rows: [
      ["План роботи відділу на 2025 рік"],
      H,
      ["1", "Підготовка звіту", "Відділ економіки", "до 1 березня", "Звіт"],
      ["2", "Проведення наради", "Відділ економіки", "щоквартально", "Нарада"],
      [],
      ["Зведена таблиця фінансування"],
      ["№", "Джерело", "Обсяг, тис. грн", "Виконавець", "Строк"],
      ["1", "Місцевий бюджет", "100", "Фінансове управління", "2025"],
      ["2", "Державний бюджет", "50", "ОДА", "2025"],
    ],
  };

  test("ends the plan: its heading is no section, its rows no measures; a row naming a role or two does not", async () => {
    const r = await check("variety3-second-table", [sheet]);
    expect(r.plan.measures.map((m) => [m.row, m.number, m.text])).toEqual([
      [3, "1", "Підготовка звіту"],
      [4, "2", "Проведення наради"],
    ]);
    expect(r.plan.measures.every((m) => m.path.length === 0)).toBe(true);
    expect(kinds(r.plan)).toEqual([
      "1:title",
      "2:header",
      "3:measure",
      "4:measure",
      "6:footer",
      "7:footer",
      "8:footer",
      "9:footer",
    ]);
    expect(r.plan.layout.lastRow).toBe(4);
    expect(rules(r)).not.toContain("deadline.unparsed");
    // a row of the plan that names a role in a cell or two is still a measure
    const plain = structuredClone(sheet);
    plain.rows.splice(5, 4, [
      "3",
      "Проведення інформаційних заходів",
      "Виконавчий комітет",
      "протягом строку дії програми",
      "Звіт",
    ]);
    const one = await check("variety3-second-table-none", [plain]);
    expect(one.plan.measures.map((m) => m.row)).toEqual([3, 4, 6]);
  });
});

test("a work plan: “Зміст роботи | Термін виконання | Відповідальний | Відмітка про виконання”", async () => {
  const r = await check("variety3-work-plan", [
    {
      name: "План роботи",
      rows: [
        ["ЗАТВЕРДЖУЮ"],
        ["Начальник управління"],
        ["План роботи управління соціального захисту населення на 2025 рік"],
        ["№ п/п", "Зміст роботи", "Термін виконання", "Відповідальний", "Відмітка про виконання"],
        ["1", "Підготовка звіту про роботу управління", "до 15 січня", "Петренко О.О.", "Виконано"],
        ["2", "Організація прийому громадян", "протягом року", "Заступник начальника", null],
      ],
    },
  ]);
  expect(r.plan.layout.headerRows).toEqual([4]);
  expect(r.plan.layout.columns).toEqual({
    number: 0,
    measure: 1,
    deadline: 2,
    executors: 3,
    status: 4,
  });
  expect(r.plan.measures.map((m) => [m.number, m.text, m.deadline.end, m.status])).toEqual([
    ["1", "Підготовка звіту про роботу управління", "2025-01-15", "Виконано"],
    ["2", "Організація прийому громадян", "2025-12-31", null],
  ]);
});

test("a plan of meetings: “Питання, що виносяться на розгляд | Хто готує | Дата розгляду”", async () => {
  const r = await check("variety3-meetings", [
    {
      name: "План",
      rows: [
        ["План засідань виконавчого комітету на 2025 рік"],
        ["№", "Питання, що виносяться на розгляд", "Хто готує", "Дата розгляду"],
        ["1", "Про підсумки роботи за 2024 рік", "Відділ економіки", "січень"],
        ["2", "Про стан виконання бюджету", "Фінансове управління", "лютий"],
      ],
    },
  ]);
  expect(r.plan.layout.columns).toEqual({ number: 0, measure: 1, executors: 2, deadline: 3 });
  expect(r.plan.measures.map((m) => [m.text, m.executors, m.deadline.end])).toEqual([
    ["Про підсумки роботи за 2024 рік", ["Відділ економіки"], "2025-01-31"],
    ["Про стан виконання бюджету", ["Фінансове управління"], "2025-02-28"],
  ]);
});

test("a strategy's action plan: “Найменування операційної цілі” is the goals' column", async () => {
  const r = await check("variety3-strategy", [
    {
      name: "План дій",
      rows: [
        ["План заходів на 2025–2027 роки з реалізації Стратегії розвитку громади"],
        [
          "Найменування стратегічної цілі",
          "Найменування операційної цілі",
          "Найменування завдання",
          "Назва заходу",
          "Строк виконання",
          "Відповідальні за виконання",
          "Орієнтовна вартість, тис. грн",
        ],
        [
          "1. Розвинена інфраструктура",
          "1.1. Якісні дороги",
          "1. Ремонт доріг",
          "Капітальний ремонт вулиці Шевченка",
          "2025-2026",
          "Управління капітального будівництва",
          "5000",
        ],
        [null, null, null, "Поточний ремонт доріг", "щороку", "КП «Шляхбуд»", "1000"],
        [
          null,
          "1.2. Освітлені вулиці",
          "1. Освітлення",
          "Встановлення ліхтарів",
          "2026",
          "КП «Міськсвітло»",
          "500",
        ],
      ],
      merges: ["A3:A5", "B3:B4", "C3:C4"],
    },
  ]);
  const p = r.plan;
  expect(p.layout.columns).toMatchObject({ strategicGoal: 0, operationalGoal: 1, measure: 3 });
  expect(p.strategicGoals.map((g) => [g.number, g.title])).toEqual([
    ["1", "Розвинена інфраструктура"],
  ]);
  expect(p.operationalGoals.map((g) => [g.number, g.title])).toEqual([
    ["1.1", "Якісні дороги"],
    ["1.2", "Освітлені вулиці"],
  ]);
  expect(p.measures.map((m) => [m.strategicGoal, m.operationalGoal])).toEqual([
    ["1", "1.1"],
    ["1", "1.1"],
    ["1", "1.2"],
  ]);
});

test("an English report: “Progress to date” is the report, goals and objectives as rows, a Roman pillar a band", async () => {
  const r = await check("variety3-english-report", [
    {
      name: "Progress",
      rows: [
        ["Implementation report on the Local Action Plan 1325, as of 30 June 2025"],
        [
          "#",
          "Activity",
          "Responsible",
          "Timeline",
          "Indicators",
          "Budget (UAH)",
          "Status",
          "Progress to date",
        ],
        ["Goal 1: Safer communities"],
        ["Objective 1.1: Safe spaces"],
        [
          "1.1.1",
          "Open two safe spaces for women",
          "Social Services Department",
          "Q1–Q2 2025",
          "2 spaces",
          "200000",
          "Partially completed",
          "One space opened in March.",
        ],
        [
          "1.1.2",
          "Train 20 police officers on GBV",
          "Police (by agreement)",
          "by 31.05.2025",
          "20 officers",
          null,
          "Completed",
          "Done in April.",
        ],
      ],
      merges: ["A3:H3", "A4:H4"],
    },
  ]);
  const p = r.plan;
  expect(r.asOf).toMatchObject({ date: "2025-06-30" });
  expect(p.layout.columns).toEqual({
    number: 0,
    measure: 1,
    executors: 2,
    deadline: 3,
    indicator: 4,
    funding: 5,
    status: 6,
    report: 7,
  });
  expect(p.measures.map((m) => [m.number, m.operationalGoal, m.extra.report])).toEqual([
    ["1.1.1", "1.1", "One space opened in March."],
    ["1.1.2", "1.1", "Done in April."],
  ]);
});

test("“Прогнозований результат” is the expected result, not a column nobody reads", async () => {
  const r = await check("variety3-forecast", [
    {
      name: "Програма",
      rows: [
        ["№", "Зміст заходу", "Виконавці", "Строк", "Прогнозований результат"],
        ["1", "Облаштування укриттів", "Управління освіти", "2025", "10 укриттів"],
      ],
    },
  ]);
  expect(r.plan.measures[0].extra).toEqual({ expectedResult: "10 укриттів" });
});

test("a row of group labels merged over the header's columns is part of the header, never the title", async () => {
  const r = await check("variety3-groups-above", [
    {
      name: "План",
      rows: [
        ["План заходів на 2025-2026 роки"],
        ["Заходи", null, null, "Виконання", null, null, null],
        [
          "№",
          "Зміст заходу",
          "Відповідальний виконавець",
          "Строк виконання",
          null,
          "Обсяг фінансування, тис. грн",
          null,
        ],
        [null, null, null, "початок", "закінчення", "2025", "2026"],
        ["1", "Навчання", "Відділ освіти", "01.01.2025", "31.12.2025", "10", "20"],
      ],
      merges: ["A2:C2", "D2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"],
    },
  ]);
  const p = r.plan;
  expect(p.title).toBe("План заходів на 2025-2026 роки");
  expect(p.layout.headerRows).toEqual([2, 3, 4]);
  expect(p.layout.columns).toMatchObject({ measure: 1, deadline: 3, deadlineEnd: 4 });
  expect(p.measures.map((m) => [m.text, m.deadline.start, m.deadline.end])).toEqual([
    ["Навчання", "2025-01-01", "2025-12-31"],
  ]);
  // the status column Plan Check adds spans the three header rows, and is read back as the status
  const out = join(tempDir(), "variety3-groups-above-status.xlsx");
  const { code } = await runCli([file, "--add-status", "--out", out]);
  expect(code).toBe(0);
  const copy = checkWorkbook(await readWorkbookGrids(out), { asOf: "2025-06-30" });
  if (!("plan" in copy)) throw new Error("no plan in the copy");
  expect([copy.plan.layout.headerRows, copy.plan.layout.columns.status]).toEqual([[2, 3, 4], 7]);
});

test("a sheet that goes on under the column numbers alone, without the header, is the same plan", async () => {
  const r = await check("variety3-numbers-only", [
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
        ["3.", "Проведення кампанії", "Відділ комунікацій", null],
        ["4.", "Навчання", "ЦНАП", "2025"],
      ],
    },
    // a sheet of notes is no part of it
    {
      name: "Примітки",
      rows: [
        ["1", "2", "3"],
        ["Довідка", "про", "виконання"],
      ],
    },
  ]);
  expect(r.plan.planSheets).toEqual(["Ч1", "Ч2"]);
  expect(r.plan.measures.map((m) => [m.sheet, m.row, m.number, m.executors])).toEqual([
    ["Ч1", 4, "1", ["Відділ економіки"]],
    ["Ч1", 5, "2", ["Відділ економіки"]],
    ["Ч2", 2, "3", ["Відділ комунікацій"]],
    ["Ч2", 3, "4", ["ЦНАП"]],
  ]);
  expect(
    r.findings.filter((f) => f.rule === "deadline.missing").map((f) => [f.sheet, f.cell])
  ).toEqual([["Ч2", "D2"]]);
});

test("a measure's number on a line of its own above its text is the measure's number", async () => {
  const r = await check("variety3-number-line", [
    {
      name: "План",
      rows: [
        ["Захід", "Виконавець", "Термін"],
        ["1.1.1.\nПроведення навчань для жінок", "Відділ освіти", "2025"],
        ["1.1.2.\nВипуск буклетів\n1.1.3.\nПроведення форуму", "Відділ комунікацій", "2025\n2026"],
      ],
    },
  ]);
  expect(r.plan.measures.map((m) => [m.number, m.text, m.deadline.raw])).toEqual([
    ["1.1.1", "Проведення навчань для жінок", "2025"],
    ["1.1.2", "Випуск буклетів", "2025"],
    ["1.1.3", "Проведення форуму", "2026"],
  ]);
});

test("a report with “Стан виконання” over prose and “Виконано / не виконано” over the statuses: each is what its cells say", async () => {
  const r = await check("variety3-two-status", [
    {
      name: "Звіт",
      rows: [
        ["Звіт про виконання плану за І півріччя 2025 року"],
        ["№", "Захід", "Виконавець", "Термін", "Стан виконання", "Виконано / не виконано"],
        [
          "1",
          "Проведення навчань",
          "Відділ освіти",
          "І квартал 2025 року",
          "Протягом І кварталу проведено 3 навчання для 60 осіб",
          "Виконано",
        ],
        [
          "2",
          "Інформаційна кампанія",
          "Відділ комунікацій",
          "І квартал 2025 року",
          "Кампанію перенесено на ІІ півріччя через брак коштів",
          "Не виконано",
        ],
      ],
    },
  ]);
  expect(r.plan.layout.columns).toMatchObject({ status: 5, report: 4 });
  expect(r.plan.measures.map((m) => [m.status, m.extra.report])).toEqual([
    ["Виконано", "Протягом І кварталу проведено 3 навчання для 60 осіб"],
    ["Не виконано", "Кампанію перенесено на ІІ півріччя через брак коштів"],
  ]);
  expect(rules(r)).toEqual(["deadline.overdue"]);
});

describe("English plans: “Objective 1:” rows", () => {
  const row = (n: string, activity: string) => [
    n,
    activity,
    "Department of Education",
    "2025",
    "Report",
    null,
    "Completed",
  ];
  const header = ["No.", "Activity", "Responsible", "Timeline", "Indicators", "Budget", "Status"];

  test("alone, they are the plan's goals; under “Goal 1:” they are its objectives", async () => {
    const alone = await check("variety3-objectives", [
      {
        name: "Plan",
        rows: [
          header,
          ["Objective 1: Women take part in decisions"],
          row("1.1", "Train women leaders"),
          ["Objective 2: Survivors are protected"],
          row("2.1", "Open a shelter"),
        ],
        merges: ["A2:G2", "A4:G4"],
      },
    ]);
    expect(alone.plan.strategicGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Women take part in decisions"],
      ["2", "Survivors are protected"],
    ]);
    expect(alone.plan.measures.map((m) => m.strategicGoal)).toEqual(["1", "2"]);

    const under = await check("variety3-goal-objectives", [
      {
        name: "Plan",
        rows: [
          header,
          ["Goal 1: Participation"],
          ["Objective 1: Women take part in decisions"],
          row("1.1.1", "Train women leaders"),
          ["Objective 2: Youth take part"],
          row("1.2.1", "Hold a youth forum"),
          ["Goal 2: Protection"],
          ["Objective 1: Survivors are protected"],
          row("2.1.1", "Open a shelter"),
        ],
        merges: ["A2:G2", "A3:G3", "A5:G5", "A7:G7", "A8:G8"],
      },
    ]);
    const p = under.plan;
    expect(p.strategicGoals.map((g) => g.number)).toEqual(["1", "2"]);
    expect(p.operationalGoals.map((g) => [g.number, g.title])).toEqual([
      ["1.1", "Women take part in decisions"],
      ["1.2", "Youth take part"],
      ["2.1", "Survivors are protected"],
    ]);
    expect(p.measures.map((m) => [m.number, m.strategicGoal, m.operationalGoal])).toEqual([
      ["1.1.1", "1", "1.1"],
      ["1.2.1", "1", "1.2"],
      ["2.1.1", "2", "2.1"],
    ]);
    expect(under.findings.filter((f) => f.rule === "measure.number-mismatch")).toEqual([]);
  });
});

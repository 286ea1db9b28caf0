/**
 * The layout engine on real .xlsx files of the layouts communities use: each fixture is the same small plan
 * laid out another way, written with ExcelJS and read back through the command line's adapter.
 */
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkPlan } from "../../src/core/check";
import { columnLetter } from "../../src/core/grid";
import type { Plan } from "../../src/core/plan";
import { recognizePlan, withCorrections } from "../../src/core/layout/recognize";
import { recognizeWorkbook } from "../../src/core/workbook";
import { sheetToGrid } from "../fixtures/grid";
import {
  allMeasures,
  CLEAN_PLAN,
  EN_HEADERS,
  EN_SECTIONS,
  renderPlan,
  type LayoutOptions,
} from "../fixtures/planModel";
import { writeFixture, type FixtureSheet } from "../fixtures/workbook";

const EXPECTED_NUMBERS = allMeasures(CLEAN_PLAN).map((m) => m.number);

async function recognize(name: string, sheets: FixtureSheet[], sheet?: string): Promise<Plan> {
  const file = await writeFixture(name, sheets);
  const result = recognizeWorkbook(await readWorkbookGrids(file), sheet);
  if (!result.ok) throw new Error(`${name}: no plan (${result.reason})`);
  return result.plan;
}

/** The five columns of the plan in their usual order. */
const FIVE_COLUMNS = {
  nationalTask: "A",
  nationalMeasure: "B",
  measure: "C",
  executors: "D",
  deadline: "E",
};

/** The engine on a sheet given as rows, without a file: for the small layouts below. */
function recognizeRows(sheet: FixtureSheet): Plan {
  const r = recognizePlan(sheetToGrid(sheet));
  if (!r.ok) throw new Error(`${sheet.name}: no plan (${r.reason})`);
  return r.plan;
}

function columns(plan: Plan): Record<string, string> {
  return Object.fromEntries(
    Object.entries(plan.layout.columns).map(([role, c]) => [role, columnLetter(c as number)])
  );
}

/** What every layout of the clean plan must give: the same goals, measures, executors and deadlines. */
function expectCleanPlan(plan: Plan) {
  expect(plan.strategicGoals.map((g) => g.number)).toEqual(["1", "2"]);
  expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal])).toEqual([
    ["1.1", "1"],
    ["1.2", "1"],
    ["2.1", "2"],
  ]);
  expect(plan.measures.map((m) => m.number)).toEqual(EXPECTED_NUMBERS);
  const byNumber = Object.fromEntries(plan.measures.map((m) => [m.number, m]));
  expect(byNumber["1.1.1"].text).toBe(
    "Надання пропозицій щодо включення гендерних аспектів до Регламенту"
  );
  expect(byNumber["1.1.3"].executors).toEqual([
    "Управління у справах сім'ї, молоді та спорту міської ради",
    "департамент освіти міської ради",
  ]);
  expect(byNumber["2.1.3"].executors).toEqual([
    "Житомирський міський центр соціальних служб міської ради",
    "ГО «Ла Страда-Україна» (за згодою)",
  ]);
  expect([
    byNumber["1.1.3"].deadline.start,
    byNumber["1.1.3"].deadline.end,
    byNumber["1.1.3"].deadline.recurrence,
  ]).toEqual(["2021-01-01", "2025-12-31", "annual"]);
  expect([byNumber["1.2.1"].deadline.start, byNumber["1.2.1"].deadline.end]).toEqual([
    "2024-10-01",
    "2024-12-31",
  ]);
  expect(
    plan.measures.map((m) => [m.number, m.operationalGoal, m.task, m.nationalMeasure])
  ).toEqual([
    ["1.1.1", "1.1", "1", "1"],
    ["1.1.2", "1.1", "1", "1"],
    ["1.1.3", "1.1", "1", "2"],
    ["1.2.1", "1.2", "1", "1"],
    ["2.1.1", "2.1", "1", "1"],
    ["2.1.2", "2.1", "1", "2"],
    ["2.1.3", "2.1", "2", "1"],
  ]);
  expect(plan.nationalMeasures.every((n) => n.measureCount > 0)).toBe(true);
}

describe("the layout engine reads the plan however the table is laid out", () => {
  test("the plain layout: one header row, merged sections, merged national cells", async () => {
    const plan = await recognize("plain", [renderPlan(CLEAN_PLAN)]);
    expectCleanPlan(plan);
    expect(columns(plan)).toEqual(FIVE_COLUMNS);
    expect(plan.layout.headerRows).toEqual([4]);
  });

  test("under approval and title rows, further down and to the right, with signatures below", async () => {
    const sheet = renderPlan(CLEAN_PLAN, {
      startRow: 2,
      startCol: 1,
      approval: [
        "ЗАТВЕРДЖЕНО",
        "рішенням виконавчого комітету міської ради",
        "Додаток до рішення від 12.03.2021 № 245",
      ],
      footer: [
        "* Виконавці, позначені «за згодою», не є структурними підрозділами ради.",
        "Секретар міської ради                    Г. М. Кондратюк",
      ],
    });
    const plan = await recognize("approval", [
      {
        name: "Інструкція",
        rows: [["Як заповнювати план"], ["Вносьте стан виконання щокварталу."]],
      },
      sheet,
    ]);
    expectCleanPlan(plan);
    expect(plan.sheet).toBe("План");
    expect(columns(plan).nationalTask).toBe("B");
    const kinds = plan.layout.rows.map((r) => r.kind);
    // the two blank rows above are not listed
    expect(plan.layout.rows[0].row).toBe(3);
    expect(kinds.filter((k) => k === "blank")).toEqual([]);
    expect(kinds.filter((k) => k === "title").length).toBe(5);
    expect(kinds.slice(-2)).toEqual(["footer", "footer"]);
    expect(plan.title).toContain("ЗАТВЕРДЖЕНО");
  });

  test("English headers and sections, columns in another order, a status column with English values", async () => {
    const withStatus = { ...CLEAN_PLAN };
    const plan = await recognize("english", [
      renderPlan(withStatus, {
        sheetName: "Action plan",
        columns: ["measure", "deadline", "executors", "status", "nationalTask", "nationalMeasure"],
        headers: EN_HEADERS,
        sectionStyle: "first-cell",
        ...EN_SECTIONS,
      }),
    ]);
    expectCleanPlan(plan);
    expect(columns(plan)).toEqual({
      measure: "A",
      deadline: "B",
      executors: "C",
      status: "D",
      nationalTask: "E",
      nationalMeasure: "F",
    });
    expect(plan.measures[0].status).toBe("Виконується");
  });

  test("a grouped two-row header with column numbers, repeated after page breaks", async () => {
    const plan = await recognize("grouped", [
      renderPlan(CLEAN_PLAN, { headerStyle: "grouped", columnNumbers: true, repeatHeaderEvery: 3 }),
    ]);
    expectCleanPlan(plan);
    expect(plan.layout.headerRows).toEqual([4, 5]);
    expect(columns(plan)).toEqual(FIVE_COLUMNS);
    const kinds = plan.layout.rows.map((r) => r.kind);
    expect(kinds.filter((k) => k === "column-numbers").length).toBe(3);
    expect(kinds.filter((k) => k === "header").length).toBe(2 + 2 * 2);
  });

  test("numbers in a column of their own, extra columns, lower-case sections in the first cell, national cells written once", async () => {
    const plan = await recognize("numbered-column", [
      renderPlan(CLEAN_PLAN, {
        columns: [
          "number",
          "nationalTask",
          "nationalMeasure",
          "measure",
          "executors",
          "deadline",
          "indicator",
          "funding",
          "status",
          "note",
        ],
        headers: { deadline: "Строк виконання", executors: "Відповідальні за виконання" },
        numberIn: "column",
        nationalCells: "once",
        sectionStyle: "first-cell",
        strategicFormat: (n, t) => `Стратегічна ціль ${n}: ${t}`,
        operationalFormat: (n, t) => `оперативна ціль ${n}. ${t}`,
      }),
    ]);
    expectCleanPlan(plan);
    expect(columns(plan)).toEqual({
      number: "A",
      nationalTask: "B",
      nationalMeasure: "C",
      measure: "D",
      executors: "E",
      deadline: "F",
      indicator: "G",
      funding: "H",
      status: "I",
      note: "J",
    });
  });

  test("several measures in one cell, line by line, with their executors and deadlines", async () => {
    const plan = await recognize("multi-lines", [
      renderPlan(CLEAN_PLAN, { multiPerCell: "lines" }),
    ]);
    expectCleanPlan(plan);
    const m112 = plan.measures.find((m) => m.number === "1.1.2")!;
    expect([m112.item, m112.items, m112.cell, m112.executors, m112.deadline.raw]).toEqual([
      2,
      2,
      "C7",
      ["Департамент соціальної політики міської ради"],
      "2022",
    ]);
  });

  test("several measures run together on one line, with run-together executors and deadlines", async () => {
    const plan = await recognize("run-together", [
      renderPlan(CLEAN_PLAN, { multiPerCell: "run-together" }),
    ]);
    expectCleanPlan(plan);
    expect(plan.measures.find((m) => m.number === "1.1.1")!.executors).toEqual([
      "Управління у справах сім'ї, молоді та спорту міської ради",
    ]);
  });

  test("page-break fragments, blank rows after sections, and deadlines stored as real dates", async () => {
    const spec = structuredClone(CLEAN_PLAN);
    spec.goals[1].operationalGoals[0].tasks[0].nationalMeasures[1].measures[0].deadline = new Date(
      Date.UTC(2025, 11, 31)
    );
    const plan = await recognize("fragments", [
      renderPlan(spec, { fragments: ["1.1.1", "2.1.1"], blankRowAfterSections: true }),
    ]);
    expect(plan.measures.map((m) => m.number)).toEqual(EXPECTED_NUMBERS);
    expect(plan.measures[0].text).toBe(
      "Надання пропозицій щодо включення гендерних аспектів до Регламенту"
    );
    expect(plan.layout.rows.filter((r) => r.kind === "continuation").length).toBe(2);
    const m212 = plan.measures.find((m) => m.number === "2.1.2")!;
    expect([m212.deadline.start, m212.deadline.end, m212.deadline.precision]).toEqual([
      "2025-12-31",
      "2025-12-31",
      "day",
    ]);
  });

  test("several sheets with plans: the largest is picked, the others are listed, --sheet chooses", async () => {
    const small = structuredClone(CLEAN_PLAN);
    small.goals = small.goals.slice(0, 1);
    const sheets = [
      renderPlan(small, { sheetName: "Громада А" }),
      renderPlan(CLEAN_PLAN, { sheetName: "Громада Б" }),
      { name: "Нотатки", rows: [["нічого"]] },
    ];
    const file = await writeFixture("several", sheets);
    const grids = await readWorkbookGrids(file);
    const best = recognizeWorkbook(grids);
    expect(best.ok && best.plan.sheet).toBe("Громада Б");
    expect(best.sheets.map((s) => [s.sheet, s.measures, s.reason])).toEqual([
      ["Громада А", 4, null],
      ["Громада Б", 7, null],
      ["Нотатки", 0, "no-header"],
    ]);
    const chosen = recognizeWorkbook(grids, "Громада А");
    expect(chosen.ok && chosen.plan.measures.length).toBe(4);
    expect(recognizeWorkbook(grids, "Немає").ok).toBe(false);
  });

  test("a sheet without a plan says why", async () => {
    const file = await writeFixture("no-plan", [
      {
        name: "Бюджет",
        rows: [
          ["Стаття", "Сума"],
          ["Зарплата", 100],
        ],
      },
    ]);
    const r = recognizeWorkbook(await readWorkbookGrids(file));
    expect(r).toMatchObject({ ok: false, reason: "no-header" });
  });
});

export type { LayoutOptions };

describe("column roles the user corrected", () => {
  test("win over the header: a column named in no known way becomes the executors' column", async () => {
    const sheet = renderPlan(CLEAN_PLAN, { headers: { executors: "Хто робить" } });
    const before = recognizePlan(sheetToGrid(sheet));
    expect(before.ok && before.plan.layout.columns.executors).toBeUndefined();
    const after = recognizePlan(sheetToGrid(sheet), { columns: { executors: 3 } });
    if (!after.ok) throw new Error(after.reason);
    expectCleanPlan(after.plan);
  });

  test("a corrected column loses the role the header gave it", async () => {
    expect(withCorrections({ measure: 2, executors: 3, deadline: 4 }, { status: 4 })).toEqual({
      measure: 2,
      executors: 3,
      status: 4,
    });
  });
});

describe("headings the way some communities write them", () => {
  const header = [
    "№",
    "Захід Національного плану",
    "Захід місцевого плану",
    "Відповідальні",
    "Термін",
  ];
  const sheet = {
    name: "План",
    rows: [
      ["План заходів громади на 2021-2025 роки"],
      header,
      ["Стратегічна ціль 1", "Жінки і чоловіки беруть рівноправну участь у прийнятті рішень"],
      ["Оперативна ціль: Створено нормативно-правові умови"],
      ["Завдання 1. Забезпечити інституційні механізми"],
      [
        "1.1.1",
        "1) аналіз документів",
        "Надання пропозицій до Регламенту",
        "Відділ культури",
        "2021",
      ],
      ["1.1.2", null, "Проведення аналізу договорів", "Департамент освіти", "2022"],
      ["Стратегічна ціль: Створено гендерно чутливу систему"],
      ["Оперативна ціль: Наявний механізм взаємодії"],
      ["Завдання 2. Визначити механізм взаємодії"],
      [
        "2.1.1",
        "1) розроблення інструментарію",
        "Здійснення аналізу причин",
        "Управління з питань надзвичайних ситуацій",
        "2021-2025",
      ],
    ],
    merges: ["A1:E1", "B3:E3", "A4:E4", "A5:E5", "A8:E8", "A9:E9", "A10:E10"],
  };

  test("a goal's number apart from its title, goals without numbers, national tasks as headings across the table", async () => {
    const plan = await recognize("headings", [sheet]);
    expect(plan.strategicGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Жінки і чоловіки беруть рівноправну участь у прийнятті рішень"],
      ["2", "Створено гендерно чутливу систему"],
    ]);
    expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal, g.title])).toEqual([
      ["1.1", "1", "Створено нормативно-правові умови"],
      ["2.1", "2", "Наявний механізм взаємодії"],
    ]);
    expect(
      plan.measures.map((m) => [m.number, m.operationalGoal, m.task, m.nationalMeasure, m.text])
    ).toEqual([
      ["1.1.1", "1.1", "1", "1", "Надання пропозицій до Регламенту"],
      ["1.1.2", "1.1", "1", "1", "Проведення аналізу договорів"],
      ["2.1.1", "2.1", "2", "1", "Здійснення аналізу причин"],
    ]);
    expect(plan.nationalTasks.map((t) => [t.number, t.text])).toEqual([
      ["1", "1. Забезпечити інституційні механізми"],
      ["2", "2. Визначити механізм взаємодії"],
    ]);
  });
});

describe("a flat layout: the goals in columns of their own", () => {
  test("reads each measure's strategic and operational goal from its row, merged down or repeated", async () => {
    const sheet = {
      name: "Реєстр",
      rows: [
        [
          "Стратегічна ціль",
          "Оперативна ціль",
          "Захід",
          "Відповідальний виконавець",
          "Термін виконання",
          "Стан виконання",
        ],
        [
          "1. Жінки і чоловіки беруть участь у рішеннях",
          "1.1. Створено умови",
          "1.1.1. Надання пропозицій",
          "Відділ культури",
          "2021",
          "Виконано",
        ],
        [
          null,
          "1.1. Створено умови",
          "1.1.2. Проведення аналізу",
          "Департамент освіти",
          "2022",
          "Виконується",
        ],
        [
          null,
          "1.2. Забезпечено представництво",
          "1.2.1. Поширення пам'ятки",
          "Відділ культури",
          "2023",
          "Виконується",
        ],
        [
          "2. Створено систему реагування",
          "2.1. Наявний механізм",
          "2.1.1. Здійснення аналізу",
          "Управління з питань надзвичайних ситуацій",
          "2021-2025",
          "Виконується",
        ],
      ],
      merges: ["A2:A4"],
    };
    const plan = await recognize("flat", [sheet]);
    expect(plan.layout.columns).toMatchObject({
      strategicGoal: 0,
      operationalGoal: 1,
      measure: 2,
      executors: 3,
      deadline: 4,
      status: 5,
    });
    expect(plan.strategicGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Жінки і чоловіки беруть участь у рішеннях"],
      ["2", "Створено систему реагування"],
    ]);
    expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
    ]);
    expect(plan.measures.map((m) => [m.number, m.strategicGoal, m.operationalGoal])).toEqual([
      ["1.1.1", "1", "1.1"],
      ["1.1.2", "1", "1.1"],
      ["1.2.1", "1", "1.2"],
      ["2.1.1", "2", "2.1"],
    ]);
  });
});

describe("plans without goal rows, or with operational goals only", () => {
  test("measures take their goals from their numbers; numbered executor and deadline cells are aligned by number", async () => {
    const plan = await recognize("numbers-only", [
      {
        name: "План",
        rows: [
          ["План заходів громади на 2022-2025 роки"],
          ["№ з/п", "Зміст заходу", "Відповідальні за виконання", "Строк виконання"],
          ["Операційна ціль 1.1. Забезпечено безпеку"],
          [
            null,
            "1.1.1. Провести аудит. 1.1.2. Облаштувати освітлення.",
            "1.1.1. Відділ ЖКГ 1.1.2. Відділ благоустрою",
            "1.1.1 – 2022\n1.1.2 – 2023",
          ],
          ["2.1.1", "Створити притулок", "Центр соціальних служб", "2024"],
        ],
        merges: ["A1:D1", "A3:D3"],
      },
    ]);
    expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal, g.title])).toEqual([
      ["1.1", "1", "Забезпечено безпеку"],
    ]);
    expect(plan.strategicGoals).toEqual([]);
    expect(
      plan.measures.map((m) => [
        m.number,
        m.strategicGoal,
        m.operationalGoal,
        m.executors,
        m.deadline.raw,
      ])
    ).toEqual([
      ["1.1.1", "1", "1.1", ["Відділ ЖКГ"], "2022"],
      ["1.1.2", "1", "1.1", ["Відділ благоустрою"], "2023"],
      // after the last goal row a measure of another goal is still counted under its own number's goals
      ["2.1.1", "1", "1.1", ["Центр соціальних служб"], "2024"],
    ]);
  });
});

describe("a grouped header over both plans, goal titles in rows of their own", () => {
  test("the group row is part of the header, the titles belong to their goals, the repeated sub-row is a header", async () => {
    const plan = await recognize("titles-below", [
      {
        name: "Лист1",
        rows: [
          ["Національний план дій", null, "Місцевий план", null, null],
          ["Завдання", "Захід", "Захід", "Відповідальний", "Термін"],
          ["СТРАТЕГІЧНА ЦІЛЬ 1."],
          ["Жінки і чоловіки беруть участь у прийнятті рішень"],
          ["Оперативна ціль 1.1."],
          ["Створено умови"],
          [
            "1. Забезпечити",
            "1) аналіз",
            "1.1.1. Аналіз регламенту",
            "Відділ культури",
            "2021-2025",
          ],
          [null, null, "1.1.2. Навчання депутатів", null, null],
          [null, "2) навчання", "1.1.3. Навчання посадовців", "Відділ кадрів", "2022"],
          ["Завдання", "Захід", "Захід", "Відповідальний", "Термін"],
          [null, null, "1.1.4. Опитування", "Відділ кадрів", "2023"],
        ],
        merges: [
          "A1:B1",
          "C1:E1",
          "A3:E3",
          "A4:E4",
          "A5:E5",
          "A6:E6",
          "A7:A9",
          "B7:B8",
          "D7:D8",
          "E7:E8",
        ],
      },
    ]);
    expect(plan.layout.headerRows).toEqual([1, 2]);
    expect(columns(plan)).toEqual(FIVE_COLUMNS);
    expect(plan.strategicGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Жінки і чоловіки беруть участь у прийнятті рішень"],
    ]);
    expect(plan.operationalGoals.map((g) => [g.number, g.title])).toEqual([
      ["1.1", "Створено умови"],
    ]);
    expect(plan.layout.rows.map((r) => r.kind)).toEqual([
      "header",
      "header",
      "strategic-goal",
      "other",
      "operational-goal",
      "other",
      "measure",
      "measure",
      "measure",
      "header",
      "measure",
    ]);
    expect(
      plan.measures.map((m) => [m.number, m.nationalMeasure, m.executors, m.deadline.raw])
    ).toEqual([
      ["1.1.1", "1", ["Відділ культури"], "2021-2025"],
      ["1.1.2", "1", ["Відділ культури"], "2021-2025"],
      ["1.1.3", "2", ["Відділ кадрів"], "2022"],
      ["1.1.4", "2", ["Відділ кадрів"], "2023"],
    ]);
  });
});

describe("goals numbered in Roman numerals or by an enumerator before the words", () => {
  test("Стратегічна ціль II is goal 2; 2.1. Оперативна ціль is objective 2.1", async () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["Захід", "Виконавець", "Термін"],
        ["Стратегічна ціль I. Участь"],
        ["1.1. Оперативна ціль: Умови"],
        ["1.1.1. Аналіз", "Відділ культури", "2022"],
        ["Стратегічна ціль ІІ. Безпека"],
        ["2.1. Оперативна ціль: Притулки"],
        ["2.1.1. Притулок", "Центр соціальних служб", "2023"],
      ],
      merges: ["A2:C2", "A3:C3", "A5:C5", "A6:C6"],
    });
    expect(plan.strategicGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Участь"],
      ["2", "Безпека"],
    ]);
    expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal, g.title])).toEqual([
      ["1.1", "1", "Умови"],
      ["2.1", "2", "Притулки"],
    ]);
    expect(plan.measures.map((m) => [m.number, m.operationalGoal])).toEqual([
      ["1.1.1", "1.1"],
      ["2.1.1", "2.1"],
    ]);
  });
});

describe("people named in executor cells are not signatures", () => {
  test("a measure whose executor is a person, without a deadline, is a measure; the signature below is a footer", async () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["Захід", "Відповідальний", "Термін"],
        ["Оперативна ціль 1.1. Умови"],
        ["Навчання", "Відділ кадрів", "2023"],
        ["Аналіз регламенту", "Заступник міського голови О.В. Петренко"],
        ["Опитування", "Відділ кадрів", "2024"],
        [],
        ["Секретар міської ради", null, "Галина КИСІЛЬ"],
        ["Олена ПЕТРИШИНА"],
      ],
      merges: ["A2:C2"],
    });
    expect(plan.measures.map((m) => [m.text, m.executors])).toEqual([
      ["Навчання", ["Відділ кадрів"]],
      ["Аналіз регламенту", ["Заступник міського голови О.В. Петренко"]],
      ["Опитування", ["Відділ кадрів"]],
    ]);
    expect(plan.layout.rows.slice(5).map((x) => x.kind)).toEqual(["footer", "footer"]);
  });
});

describe("a dash or 'не передбачено' says there is nothing in a cell", () => {
  test("a national measure with a dash for its local measure has none; a dash for a deadline is a missing deadline", async () => {
    const plan = recognizeRows({
      name: "P",
      rows: [
        [
          "Завдання Національного плану",
          "Захід Національного плану",
          "Захід місцевого плану",
          "Виконавець",
          "Термін",
        ],
        ["Оперативна ціль 1.1. Умови"],
        ["1. Забезпечити", "1) аналіз", "1.1.1. Аналіз", "Відділ кадрів", "2023"],
        [null, "2) навчання", "-", "-", "-"],
        [null, "3) опитування", "—", null, null],
        [null, "4) моніторинг", "Не передбачено", null, null],
        [null, "5) звіт", "1.1.2. Звіт", "Відділ кадрів", "–"],
      ],
      merges: ["A2:E2", "A3:A7"],
    });
    expect(plan.measures.map((m) => m.number)).toEqual(["1.1.1", "1.1.2"]);
    expect(
      checkPlan(plan, [], { asOf: "2023-06-30" }).findings.map((f) => [f.rule, f.cell])
    ).toEqual([
      ["national-measure.without-local", "B4"],
      ["national-measure.without-local", "B5"],
      ["national-measure.without-local", "B6"],
      ["deadline.missing", "E7"],
    ]);
  });
});

describe("funding broken down by year under a group header", () => {
  test.each([
    [
      "the other header cells merged down over both rows",
      ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"],
    ],
    ["the other header cells left blank in the sub-row", []],
  ])("%s: both rows are the header, the years are not data", async (_, downMerges) => {
    const plan = recognizeRows({
      name: "P",
      rows: [
        ["План заходів на 2022-2024 роки"],
        [
          "№ з/п",
          "Захід",
          "Виконавець",
          "Термін",
          "Обсяг фінансування, тис. грн",
          null,
          null,
          "Очікуваний результат",
        ],
        [null, null, null, null, "2022", "2023", "2024", null],
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        ["Стратегічна ціль 1. Участь"],
        ["1.1.1", "Аналіз", "Відділ кадрів", "2022", 10, 0, 0, "Звіт"],
        ["1.1.2", "Навчання", "Відділ освіти", "2023-2024", 0, 5, 5, "Навчено 50 осіб"],
        // amounts that happen to read like the years above them are still data
        ["1.1.3", "Курси", "Відділ освіти", "2022-2023", 2022, 2023, 0, "Курси для 30 осіб"],
      ],
      merges: ["A1:H1", "E2:G2", "A5:H5", ...downMerges],
    });
    expect(plan.layout.headerRows).toEqual([2, 3]);
    expect(plan.layout.columns).toMatchObject({
      number: 0,
      measure: 1,
      executors: 2,
      deadline: 3,
      funding: 4,
    });
    expect(plan.layout.rows.map((x) => x.kind)).toEqual([
      "title",
      "header",
      "header",
      "column-numbers",
      "strategic-goal",
      "measure",
      "measure",
      "measure",
    ]);
    expect(plan.measures.map((m) => [m.number, m.deadline.raw])).toEqual([
      ["1.1.1", "2022"],
      ["1.1.2", "2023-2024"],
      ["1.1.3", "2022-2023"],
    ]);
  });
});

describe("a plan for one year writes its deadlines without the year", () => {
  test("І квартал, травень, до 1 березня, протягом року are that year's; the text stays as written", () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["План заходів громади на 2024 рік"],
        ["Захід", "Виконавець", "Термін"],
        ["Оперативна ціль 1.1. Умови"],
        ["1.1.1. Аналіз", "Відділ кадрів", "І квартал"],
        ["1.1.2. Навчання", "Відділ освіти", "травень"],
        ["1.1.3. Звіт", "Відділ кадрів", "до 1 березня"],
        ["1.1.4. Кампанія", "Відділ комунікацій", "Протягом року"],
        ["1.1.5. Притулок", "Центр соціальних служб", "-"],
      ],
      merges: ["A1:C1", "A3:C3"],
    });
    expect(
      plan.measures.map((m) => [
        m.deadline.raw,
        m.deadline.start,
        m.deadline.end,
        m.deadline.unparsed,
      ])
    ).toEqual([
      ["І квартал", "2024-01-01", "2024-03-31", null],
      ["травень", "2024-05-01", "2024-05-31", null],
      ["до 1 березня", null, "2024-03-01", null],
      ["Протягом року", "2024-01-01", "2024-12-31", null],
      // a dash: no deadline, reported as written
      ["-", null, null, "empty"],
    ]);
    const { period } = checkPlan(plan, [], { asOf: "2024-06-30" });
    expect(period).toEqual({ start: "2024-01-01", end: "2024-12-31", source: "title" });
  });

  test("in a plan for several years a quarter without its year is that quarter of every year", () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["План заходів громади на 2022-2025 роки"],
        ["Захід", "Виконавець", "Термін"],
        ["1.1.1. Аналіз", "Відділ кадрів", "І квартал"],
      ],
      merges: ["A1:C1"],
    });
    expect(plan.measures[0].deadline).toEqual({
      raw: "І квартал",
      start: null,
      end: null,
      recurrence: "annual",
      precision: "open",
      unparsed: null,
    });
  });
});

describe("operational goals numbered within their strategic goal", () => {
  test("Оперативна ціль 2 under Стратегічна ціль 3 is objective 3.2", () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["Захід", "Виконавець", "Термін"],
        ["Стратегічна ціль 3. Відновлення"],
        ["Оперативна ціль 1. Житло"],
        ["3.1.1. Аналіз", "Відділ кадрів", "2023"],
        ["Оперативна ціль 2. Робота"],
        ["3.2.1. Курси", "Центр зайнятості (за згодою)", "2024"],
      ],
      merges: ["A2:C2", "A3:C3", "A5:C5"],
    });
    expect(plan.operationalGoals.map((g) => [g.number, g.strategicGoal, g.title])).toEqual([
      ["3.1", "3", "Житло"],
      ["3.2", "3", "Робота"],
    ]);
    expect(plan.measures.map((m) => [m.number, m.operationalGoal])).toEqual([
      ["3.1.1", "3.1"],
      ["3.2.1", "3.2"],
    ]);
  });
});

describe("a deadline kept in two columns: start and end", () => {
  test("under a group header, with years, real dates and one side empty", async () => {
    const plan = await recognize("deadline-two-columns", [
      {
        name: "План",
        rows: [
          ["План заходів на 2022-2025 роки"],
          ["Захід", "Виконавець", "Термін виконання", null],
          [null, null, "початок", "завершення"],
          ["Оперативна ціль 1.1. Умови"],
          ["1.1.1. Аналіз", "Відділ кадрів", "2022", "2025"],
          [
            "1.1.2. Навчання",
            "Відділ освіти",
            new Date(Date.UTC(2022, 2, 1)),
            new Date(Date.UTC(2022, 5, 30)),
          ],
          ["1.1.3. Звіт", "Відділ кадрів", null, "31.12.2023"],
          ["1.1.4. Опитування", "Відділ кадрів", "2024", "2023"],
        ],
        merges: ["A1:D1", "A2:A3", "B2:B3", "C2:D2", "A4:D4"],
      },
    ]);
    expect(plan.layout.headerRows).toEqual([2, 3]);
    expect(columns(plan)).toMatchObject({
      measure: "A",
      executors: "B",
      deadline: "C",
      deadlineEnd: "D",
    });
    expect(
      plan.measures.map((m) => [m.number, m.deadline.start, m.deadline.end, m.deadline.unparsed])
    ).toEqual([
      ["1.1.1", "2022-01-01", "2025-12-31", null],
      ["1.1.2", "2022-03-01", "2022-06-30", null],
      ["1.1.3", "2023-12-31", "2023-12-31", null],
      ["1.1.4", null, null, "reversed-range"],
    ]);
  });
});

describe("co-executors in a column of their own", () => {
  test("the responsible executor is checked; co-executors stay with the measure", () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["Захід", "Відповідальний виконавець", "Співвиконавці", "Термін"],
        ["1.1.1. Аналіз", "Відділ кадрів", "ГО «Ла Страда-Україна» (за згодою)", "2023"],
        ["1.1.2. Навчання", "", "Центр соціальних служб", "2024"],
      ],
    });
    expect(columns(plan)).toMatchObject({
      measure: "A",
      executors: "B",
      coExecutors: "C",
      deadline: "D",
    });
    expect(plan.measures.map((m) => [m.executors, m.extra.coExecutors])).toEqual([
      [["Відділ кадрів"], "ГО «Ла Страда-Україна» (за згодою)"],
      [[], "Центр соціальних служб"],
    ]);
    expect(
      checkPlan(plan, [], { asOf: "2023-06-30" }).findings.filter(
        (f) => f.rule === "executor.missing"
      ).length
    ).toBe(1);
  });
});

describe("a hidden sheet", () => {
  test("a plan on a visible sheet wins over a larger one on a hidden sheet; a hidden plan alone is still read", async () => {
    const big = renderPlan(CLEAN_PLAN, { sheetName: "Стара редакція" });
    const small = {
      name: "План",
      rows: [
        ["Захід", "Виконавець", "Термін"],
        ["1.1.1. Аналіз", "Відділ кадрів", "2023"],
      ],
    };
    const file = await writeFixture("hidden-sheet", [big, small]);
    const grids = await readWorkbookGrids(file);
    // hide the first sheet as a user would
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Стара редакція")!.state = "hidden";
    await wb.xlsx.writeFile(file);
    const hidden = await readWorkbookGrids(file);
    expect(grids.map((g) => !!g.hidden)).toEqual([false, false]);
    expect(hidden.map((g) => !!g.hidden)).toEqual([true, false]);
    const visible = recognizeWorkbook(hidden);
    expect(visible.ok && visible.plan.sheet).toBe("План");
    const alone = recognizeWorkbook([hidden[0]]);
    expect(alone.ok && alone.plan.sheet).toBe("Стара редакція");
  });
});

describe("a goal row without a title, followed by a measure alone in its row", () => {
  test("the measure stays a measure: only a band across the table or in its first column is the title", () => {
    const plan = recognizeRows({
      name: "План",
      rows: [
        ["Завдання", "Захід", "Захід місцевого плану", "Виконавець", "Термін"],
        ["Оперативна ціль 1.1."],
        [null, null, "Проведення навчань для працівників"],
        [null, null, "1.1.2. Опитування", "Відділ кадрів", "2023"],
      ],
      merges: ["A2:E2"],
    });
    expect(plan.operationalGoals.map((g) => [g.number, g.title])).toEqual([["1.1", ""]]);
    expect(plan.measures.map((m) => m.text)).toEqual([
      "Проведення навчань для працівників",
      "Опитування",
    ]);
  });
});

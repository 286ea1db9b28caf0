/**
 * Tables as programmes, strategies and English plans lay them out, each built here: a programme's annex with
 * its directions in a merged column, English headers, levels repeated on every row, totals broken down by
 * funding source, directions written as rows.
 */
import { recognizePlan } from "../../src/core/layout/recognize";
import type { Plan } from "../../src/core/plan";
import { sheetToGrid } from "../fixtures/grid";
import type { FixtureSheet } from "../fixtures/workbook";

function plan(sheet: FixtureSheet): Plan {
  const r = recognizePlan(sheetToGrid(sheet));
  if (!r.ok) throw new Error(`no plan: ${r.reason}`);
  return r.plan;
}
const kinds = (p: Plan) => p.layout.rows.map((x) => `${x.row}:${x.kind}`);
const paths = (p: Plan) =>
  p.measures.map((m) => m.path.map((l) => `${l.kind} ${l.number}`).join(" > "));

describe("a programme's annex: directions in a merged column, the № numbering the direction", () => {
  const sheet: FixtureSheet = {
    name: "Додаток 2",
    rows: [
      [null, null, null, null, null, null, null, null, null, "Додаток 2 до Програми"],
      ["Напрями діяльності та заходи міської програми «Безпечна громада» на 2024-2026 роки"],
      [],
      [
        "№ з/п",
        "Назва напряму діяльності (пріоритетні завдання)",
        "Перелік заходів Програми",
        "Строк виконання заходу",
        "Виконавці",
        "Джерела фінансування",
        "Орієнтовні обсяги фінансування (вартість), тис. гривень, у тому числі:",
        null,
        null,
        "Очікуваний результат",
      ],
      [null, null, null, null, null, null, "2024 рік", "2025 рік", "2026 рік", null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [
        "1.",
        "Забезпечення громадської безпеки",
        "1.1. Облаштування системи відеоспостереження",
        "2024-2026 роки",
        "Управління ЖКГ, КП «Житлосервіс»",
        "Місцевий бюджет",
        100,
        120,
        150,
        "Зменшення злочинності",
      ],
      [
        null,
        null,
        "1.2. Проведення навчань з цивільного захисту",
        "щорічно",
        "Відділ з питань цивільного захисту",
        "Не потребує фінансування",
        null,
        null,
        null,
        "Підвищення готовності",
      ],
      [
        "2.",
        "Соціальний захист",
        "2.1. Надання допомоги внутрішньо переміщеним особам",
        "2024 рік",
        "Управління соціального захисту населення",
        "Місцевий бюджет",
        50,
        null,
        null,
        "Підтримано 200 осіб",
      ],
      [
        null,
        null,
        "2.2 Створення центру",
        "ІІ півріччя 2025 року",
        "Управління соціального захисту населення, Центр надання соціальних послуг",
        "Місцевий бюджет",
        null,
        300,
        null,
        "Створено центр",
      ],
      [null, "Усього за Програмою", null, null, null, null, 150, 420, 150, null],
      [],
      ["Секретар міської ради", null, null, null, null, null, null, null, "Іван ПЕТРЕНКО"],
    ],
    merges: [
      ...["A", "B", "C", "D", "E", "F", "J"].map((c) => `${c}4:${c}5`),
      "G4:I4",
      "A7:A8",
      "B7:B8",
      "A9:A10",
      "B9:B10",
    ],
  };

  test("each direction is a goal; the measures keep their own numbers “1.1.”, “2.2”", () => {
    const p = plan(sheet);
    expect(p.layout.columns).toMatchObject({
      number: 0,
      operationalGoal: 1,
      measure: 2,
      executors: 4,
    });
    expect(p.operationalGoals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Забезпечення громадської безпеки"],
      ["2", "Соціальний захист"],
    ]);
    expect(p.measures.map((m) => [m.row, m.number, m.text])).toEqual([
      [7, "1.1", "Облаштування системи відеоспостереження"],
      [8, "1.2", "Проведення навчань з цивільного захисту"],
      [9, "2.1", "Надання допомоги внутрішньо переміщеним особам"],
      [10, "2.2", "Створення центру"],
    ]);
    expect(paths(p)).toEqual([
      "operationalGoal 1",
      "operationalGoal 1",
      "operationalGoal 2",
      "operationalGoal 2",
    ]);
    expect(p.measures[3].executors).toEqual([
      "Управління соціального захисту населення",
      "Центр надання соціальних послуг",
    ]);
    expect(kinds(p).filter((k) => !k.endsWith("measure"))).toEqual([
      "1:title",
      "2:title",
      "4:header",
      "5:header",
      "6:column-numbers",
      "11:total",
      "13:footer",
    ]);
  });

  test("where the measures carry no numbers, the direction's № is no measure's number", () => {
    const bare = structuredClone(sheet);
    for (const r of [6, 7, 8, 9])
      bare.rows[r][2] = String(bare.rows[r][2]).replace(/^[\d.]+\s*/, "");
    expect(plan(bare).measures.map((m) => [m.row, m.number])).toEqual([
      [7, null],
      [8, null],
      [9, null],
      [10, null],
    ]);
  });
});

test("an English plan's “Lead agency” is the executors' column", () => {
  const p = plan({
    name: "Plan",
    rows: [
      ["Local Action Plan on UNSCR 1325 for 2024-2026"],
      ["#", "Activity", "Lead agency", "Partners", "Timeline", "Cost (UAH)", "Expected output"],
      [
        "1",
        "Train women leaders",
        "Department of Social Protection",
        "UN Women",
        "Q1 2024",
        1000,
        "50 trained",
      ],
      ["2", "Publish a guide", "City Council, Youth Centre", "", "by 31 Dec 2024", null, "A guide"],
    ],
    merges: ["A1:G1"],
  });
  expect(p.layout.columns).toEqual({
    number: 0,
    measure: 1,
    executors: 2,
    coExecutors: 3,
    deadline: 4,
    funding: 5,
    expectedResult: 6,
  });
  expect(p.measures.map((m) => m.executors)).toEqual([
    ["Department of Social Protection"],
    ["City Council", "Youth Centre"],
  ]);
});

describe("tasks", () => {
  test("a task written again on every row of its measures is one task, numbered as written", () => {
    const p = plan({
      name: "План",
      rows: [
        ["Ціль", "Завдання", "Захід", "Відповідальні", "Строк"],
        [
          "Ціль 1. Безпека",
          "Завдання 1.1 Освітлення",
          "Встановити ліхтарі",
          "КП «Міськсвітло»",
          "2024",
        ],
        [
          "Ціль 1. Безпека",
          "Завдання 1.1 Освітлення",
          "Відремонтувати мережі",
          "КП «Міськсвітло»",
          "2025",
        ],
        [
          "Ціль 1. Безпека",
          "Завдання 1.2 Камери",
          "Встановити камери",
          "Управління ЖКГ",
          "2024-2026",
        ],
        [
          "Ціль 2. Здоров'я",
          "Завдання 2.1 Медицина",
          "Закупити обладнання",
          "КНП «Лікарня»",
          "2025",
        ],
      ],
    });
    expect(p.nationalTasks.map((t) => [t.number, t.row])).toEqual([
      ["1.1", 2],
      ["1.2", 4],
      ["2.1", 5],
    ]);
    expect(paths(p)).toEqual([
      "strategicGoal 1 > nationalTask 1.1",
      "strategicGoal 1 > nationalTask 1.1",
      "strategicGoal 1 > nationalTask 1.2",
      "strategicGoal 2 > nationalTask 2.1",
    ]);
  });

  test("“Завдання 1.1.1.” rows across the table are tasks 1.1.1 and 1.1.2", () => {
    const p = plan({
      name: "План",
      rows: [
        ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання"],
        ["Стратегічна ціль 1. Конкурентоспроможна економіка"],
        ["Операційна ціль 1.1. Розвиток МСП"],
        ["Завдання 1.1.1. Підтримка підприємців"],
        ["1", "Консультування підприємців", "Відділ економіки", "2024–2026 роки"],
        ["2", "Проведення форуму", "Відділ економіки", "2024 рік"],
        ["Завдання 1.1.2. Залучення інвестицій"],
        ["3", "Оновлення інвестиційного паспорта", "Відділ інвестицій", "2025"],
      ],
      merges: ["A2:D2", "A3:D3", "A4:D4", "A7:D7"],
    });
    expect(paths(p)).toEqual([
      "strategicGoal 1 > operationalGoal 1.1 > nationalTask 1.1.1",
      "strategicGoal 1 > operationalGoal 1.1 > nationalTask 1.1.1",
      "strategicGoal 1 > operationalGoal 1.1 > nationalTask 1.1.2",
    ]);
  });
});

test("totals broken down by funding source are totals; a measure's own source row is not", () => {
  const p = plan({
    name: "План",
    rows: [
      [
        "№ з/п",
        "Найменування заходу",
        "Виконавці",
        "Строк виконання",
        "Джерела фінансування",
        "Обсяг, тис. грн",
      ],
      ["1.1.", "Облаштування укриттів", "Управління освіти", "2024-2025", "Державний бюджет", 100],
      [null, null, null, null, "Місцевий бюджет", 50],
      ["1.2.", "Навчання населення", "Відділ цивільного захисту", "2024", "Місцевий бюджет", 10],
      [null, "Загальний обсяг фінансування", null, null, null, 160],
      [null, "у тому числі:", null, null, null, null],
      [null, "державний бюджет", null, null, null, 100],
      [null, "місцевий бюджет", null, null, null, 60],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3"],
  });
  expect(p.measures.map((m) => [m.row, m.number, m.text])).toEqual([
    [2, "1.1", "Облаштування укриттів"],
    [4, "1.2", "Навчання населення"],
  ]);
  expect(kinds(p).filter((k) => !k.endsWith("measure"))).toEqual([
    "1:header",
    "3:other",
    "5:total",
    "6:total",
    "7:total",
    "8:total",
  ]);
});

test("directions written as rows across the table, “Напрям 1.”, are the plan's goals", () => {
  const p = plan({
    name: "План",
    rows: [
      ["План роботи на 2025 рік"],
      ["№ з/п", "Зміст заходу", "Відповідальний виконавець", "Термін виконання, роки"],
      ["Напрям 1. Безпека"],
      ["1", "Проведення навчань", "Відділ цивільного захисту", "грудень 2025"],
      ["Напрям 2. Освіта"],
      ["2", "Проведення уроків безпеки", "Відділ освіти", "2025 рік"],
      ["Усього за напрямом 2", null, null, null],
    ],
    merges: ["A1:D1", "A3:D3", "A5:D5"],
  });
  expect(p.strategicGoals.map((g) => [g.number, g.title])).toEqual([
    ["1", "Безпека"],
    ["2", "Освіта"],
  ]);
  expect(paths(p)).toEqual(["strategicGoal 1", "strategicGoal 2"]);
  expect(kinds(p)).toEqual([
    "1:title",
    "2:header",
    "3:strategic-goal",
    "4:measure",
    "5:strategic-goal",
    "6:measure",
    "7:total",
  ]);
});

describe("a report without a status column", () => {
  const report = (texts: string[]): FixtureSheet => ({
    name: "Звіт",
    rows: [
      [
        "№ з/п",
        "Найменування заходу",
        "Відповідальний виконавець",
        "Строк виконання",
        "Інформація про виконання",
      ],
      ...texts.map((t, i) => [String(i + 1), `Захід ${i + 1}`, "Відділ освіти", "2024", t]),
    ],
  });

  test("the report column says the status where its reports open with one, never where they tell in prose", () => {
    const p = plan(
      report([
        "Виконано. Проведено 5 навчань",
        "Захід виконується",
        "Не виконано у зв'язку з відсутністю фінансування",
        "Проведено засідання",
      ])
    );
    expect(p.layout.columns.status).toBe(4);
    expect(p.layout.columns.report).toBeUndefined();
    expect(p.measures.map((m) => m.status)).toEqual([
      "Виконано. Проведено 5 навчань",
      "Захід виконується",
      "Не виконано у зв'язку з відсутністю фінансування",
      "Проведено засідання",
    ]);
    const prose = plan(report(["Проведено 5 навчань", "Підготовлено звіт", "Виконано"]));
    expect(prose.layout.columns).toMatchObject({ report: 4 });
    expect(prose.layout.columns.status).toBeUndefined();
    expect(prose.measures.map((m) => m.status)).toEqual([null, null, null]);
  });
});

test("a deadline marked under its years, “Строк виконання” over 2024 | 2025 | 2026, is the years marked", () => {
  const p = plan({
    name: "План",
    rows: [
      ["№", "Захід", "Виконавець", "Строк виконання", null, null],
      [null, null, null, "2024", "2025", "2026 рік"],
      ["1", "Проведення навчань", "Відділ освіти", "+", "+", null],
      ["2", "Оновлення сайту", "Відділ комунікацій", null, "-", "+"],
      ["3", "Моніторинг", "Відділ соціального захисту", "х", "х", "х"],
      ["4", "Звіт", "Відділ економіки", null, null, null],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"],
  });
  expect(p.measures.map((m) => [m.row, m.deadline.raw, m.deadline.start, m.deadline.end])).toEqual([
    [3, "2024, 2025", "2024-01-01", "2025-12-31"],
    [4, "2026", "2026-01-01", "2026-12-31"],
    [5, "2024, 2025, 2026", "2024-01-01", "2026-12-31"],
    [6, "", null, null],
  ]);
});

describe("bands that are not merged across the table, or stand beside their number", () => {
  const H = ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання"];
  const bands = (p: Plan) =>
    p.measures.map((m) => m.path.map((l) => `${l.kind} ${l.number} ${l.title}`).join(" > "));

  test("one text alone in the № column, the measure's cell empty, is a band", () => {
    const p = plan({
      name: "План",
      rows: [
        H,
        ["І. Організаційні заходи"],
        ["1", "Створення робочої групи", "Виконавчий комітет", "2024"],
        ["ІІ. Інформаційні заходи"],
        ["2", "Проведення кампанії", "Відділ комунікацій", "2025"],
      ],
    });
    expect(bands(p)).toEqual(["section 1 Організаційні заходи", "section 2 Інформаційні заходи"]);
    expect(kinds(p)).toEqual(["1:header", "2:section", "3:measure", "4:section", "5:measure"]);
  });

  test("a title merged across the table beside its number in the № cell is a band, never a measure", () => {
    const p = plan({
      name: "План",
      rows: [
        H,
        ["1", "Безпечне середовище"],
        ["1.1", "Облаштування укриттів", "Управління освіти", "2024"],
        ["2", "Освіта"],
        ["2.1", "Проведення уроків безпеки", "Відділ освіти", "2025"],
      ],
      merges: ["B2:D2", "B4:D4"],
    });
    expect(p.measures.map((m) => [m.row, m.number, m.executors])).toEqual([
      [3, "1.1", ["Управління освіти"]],
      [5, "2.1", ["Відділ освіти"]],
    ]);
    expect(bands(p)).toEqual(["section 1 Безпечне середовище", "section 2 Освіта"]);
  });

  test("a heading alone in the measure's cell, in capitals or ending in a colon, is a band; a measure is not", () => {
    const p = plan({
      name: "План",
      rows: [
        H,
        [null, "ОРГАНІЗАЦІЙНІ ЗАХОДИ"],
        ["1", "Створення робочої групи", "Виконавчий комітет", "2024"],
        [null, "Інформаційні заходи:"],
        ["2", "Проведення кампанії", "Відділ комунікацій", "2025"],
        [null, "Проведення семінару"],
      ],
    });
    expect(kinds(p)).toEqual([
      "1:header",
      "2:section",
      "3:measure",
      "4:section",
      "5:measure",
      "6:measure",
    ]);
    expect(bands(p)).toEqual([
      "section 1 ОРГАНІЗАЦІЙНІ ЗАХОДИ",
      "section 2 Інформаційні заходи",
      "section 2 Інформаційні заходи",
    ]);
  });

  test("“Розділ I.”, “Section 3:” bands take the number they write, without the word", () => {
    const p = plan({
      name: "План",
      rows: [
        H,
        ["Розділ II. Організаційні заходи"],
        ["1", "Створення робочої групи", "Виконавчий комітет", "2024"],
        ["Section 3: Prevention"],
        ["2", "Проведення кампанії", "Відділ комунікацій", "2025"],
      ],
      merges: ["A2:D2", "A4:D4"],
    });
    expect(bands(p)).toEqual(["section 2 Організаційні заходи", "section 3 Prevention"]);
  });
});

test("“Відповідальні” over “виконавець | співвиконавці”: the executors' column and the co-executors'", () => {
  const p = plan({
    name: "План",
    rows: [
      ["№", "Захід", "Відповідальні", null, "Строк"],
      [null, null, "виконавець", "співвиконавці", null],
      ["1", "Проведення навчань", "Відділ освіти", "ГО «Жіноча громада» (за згодою)", "2024"],
      ["2", "Оновлення сайту", "Відділ комунікацій", "", "2025"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
  });
  expect(p.layout.columns).toEqual({
    number: 0,
    measure: 1,
    executors: 2,
    coExecutors: 3,
    deadline: 4,
  });
  expect(p.ambiguities).toEqual([]);
  expect(p.measures.map((m) => [m.executors, m.extra.coExecutors ?? null])).toEqual([
    [["Відділ освіти"], "ГО «Жіноча громада» (за згодою)"],
    [["Відділ комунікацій"], null],
  ]);
});

test("the rest of an executor cell after a page break, “директори закладів освіти”, is no footer; the signer's lines are", () => {
  const p = plan({
    name: "План",
    rows: [
      ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання"],
      ["1", "Проведення уроків безпеки", "Відділ освіти,", "2024"],
      [null, null, "директори закладів освіти", null],
      ["2", "Оновлення сайту", "Відділ комунікацій", "2025"],
      [],
      ["Підготувала: О. Коваль, тел. 12-34-56"],
      ["____________ Іванов І.І."],
      ["Prepared by: the Department of Social Protection"],
    ],
  });
  expect(p.measures.map((m) => [m.row, m.executors])).toEqual([
    [2, ["Відділ освіти", "директори закладів освіти"]],
    [4, ["Відділ комунікацій"]],
  ]);
  expect(kinds(p)).toEqual([
    "1:header",
    "2:measure",
    "3:continuation",
    "4:measure",
    "6:footer",
    "7:footer",
    "8:footer",
  ]);
});

test("a footnote's sentence in the first column below the table stays a footer, not a band", () => {
  const p = plan({
    name: "План",
    rows: [
      ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання"],
      ["І. Організаційні заходи"],
      ["1", "Створення робочої групи", "Виконавчий комітет", "2024"],
      [],
      ["1. Заходи фінансуються в межах бюджетних призначень."],
    ],
  });
  expect(kinds(p)).toEqual(["1:header", "2:section", "3:measure", "5:footer"]);
});

test("“Activity 1.1.1:”, “Захід 1.2.”: the number after the word is the measure's", () => {
  const p = plan({
    name: "Plan",
    rows: [
      ["Activity", "Responsible", "Deadline"],
      ["Activity 1.1.1: Train women leaders", "Department of Education", "2024"],
      [
        "Захід 1.2. Оновлення сайту\nЗахід 1.3. Моніторинг",
        "Відділ комунікацій\nВідділ економіки",
        "2025\n2026",
      ],
    ],
  });
  expect(p.measures.map((m) => [m.number, m.text, m.executors, m.deadline.raw])).toEqual([
    ["1.1.1", "Train women leaders", ["Department of Education"], "2024"],
    ["1.2", "Оновлення сайту", ["Відділ комунікацій"], "2025"],
    ["1.3", "Моніторинг", ["Відділ економіки"], "2026"],
  ]);
});

test("a measure merged down over rows of its executors is one measure with all of them, not a measure without text", () => {
  const p = plan({
    name: "План",
    rows: [
      ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання"],
      ["1", "Проведення навчань", "Відділ освіти", "2024"],
      [null, null, "Відділ культури", "2025"],
      ["2", "Оновлення сайту", "Відділ комунікацій", "2025"],
    ],
    merges: ["A2:A3", "B2:B3"],
  });
  expect(
    p.measures.map((m) => [m.row, m.number, m.text, m.executors, m.deadline.start, m.deadline.end])
  ).toEqual([
    [
      2,
      "1",
      "Проведення навчань",
      ["Відділ освіти", "Відділ культури"],
      "2024-01-01",
      "2025-12-31",
    ],
    [4, "2", "Оновлення сайту", ["Відділ комунікацій"], "2025-01-01", "2025-12-31"],
  ]);
  expect(kinds(p)).toEqual(["1:header", "2:measure", "3:continuation", "4:measure"]);
});

test("a results framework, “Outcome | Output | Activity”, keeps its levels in its columns", () => {
  const p = plan({
    name: "LAP",
    rows: [
      ["Outcome", "Output", "Activity", "Responsible", "Timeframe", "Expected result"],
      [
        "Outcome 1: Women take part in decisions",
        "Output 1.1: Leaders trained",
        "Train leaders",
        "Department of Education",
        "2024",
        "50 trained",
      ],
      [null, null, "Mentor leaders", "Youth Council", "2025", "20 mentored"],
      [
        null,
        "Output 1.2: Councils balanced",
        "Review committees",
        "City Council",
        "2025",
        "Review",
      ],
    ],
    merges: ["A2:A4", "B2:B3"],
  });
  expect(p.layout.columns).toEqual({
    strategicGoal: 0,
    operationalGoal: 1,
    measure: 2,
    executors: 3,
    deadline: 4,
    expectedResult: 5,
  });
  expect(paths(p)).toEqual([
    "strategicGoal 1 > operationalGoal 1.1",
    "strategicGoal 1 > operationalGoal 1.1",
    "strategicGoal 1 > operationalGoal 1.2",
  ]);
});

/**
 * Headings as plans nobody here wrote put them: alone in the measure's cell, marked ("Завдання 1.1.", "А.",
 * "ІІІ."), in capitals, or in plain words; and the reverse, a measure written alone in its cell without its
 * executor and deadline. What follows tells them apart: a heading has measures under it and takes no place in
 * their numbering. Each plan is written to a real .xlsx and read back by the command line's reader.
 */
import type { Plan } from "../../src/core/plan";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureSheet } from "../fixtures/workbook";

const check = async (name: string, sheets: FixtureSheet[], asOf?: string) =>
  (await checkFixture(name, sheets, asOf)).result;
const kinds = (p: Plan) => p.layout.rows.map((x) => `${x.row}:${x.kind}`);
const paths = (p: Plan) =>
  p.measures.map(
    (m) => `${m.row} ${m.path.map((l) => `${l.kind} ${l.number} ${l.title}`).join(" > ")}`
  );

const H = PLAN_HEADER;

test("“Завдання 1.1.”, “А.”, “Б.”, “ІІІ.” alone in the measure's cell are a task and bands, whatever their case", async () => {
  const r = await check("variety3-marked-headings", [
    {
      name: "План",
      rows: [
        ["План заходів"],
        H,
        [null, "Стратегічна ціль 1. Забезпечення участі жінок"],
        [null, "Завдання 1.1. Провести навчання"],
        ["1", "Проведення тренінгів", "Відділ освіти", "2025", "Тренінги"],
        [null, "А. Інформаційні заходи"],
        ["2", "Проведення кампанії", "Відділ комунікацій", "2026", "Кампанія"],
        [null, "Б. Організаційні заходи"],
        ["3", "Проведення засідання", "Секретар ради", "2026", "Засідання"],
        [null, "ІІІ. Моніторинг"],
        ["4", "Моніторинг виконання плану", "Відділ економіки", "2026", "Звіт"],
      ],
    },
  ]);
  const p = r.plan;
  expect(p.measures.map((m) => m.number)).toEqual(["1", "2", "3", "4"]);
  expect(p.nationalTasks.map((t) => [t.row, t.number])).toEqual([[4, "1.1"]]);
  expect(paths(p)).toEqual([
    "5 strategicGoal 1 Забезпечення участі жінок > nationalTask 1.1 1.1. Провести навчання",
    "7 strategicGoal 1 Забезпечення участі жінок > section А Інформаційні заходи",
    "9 strategicGoal 1 Забезпечення участі жінок > section Б Організаційні заходи",
    "11 strategicGoal 1 Забезпечення участі жінок > section 3 Моніторинг",
  ]);
  // none of the headings is a measure without an executor or a deadline
  expect(r.findings.filter((f) => f.rule === "executor.missing")).toEqual([]);
});

test("a band merged across the table numbered by a letter takes the letter as its number", async () => {
  const r = await check("variety3-letter-bands", [
    {
      name: "План",
      rows: [
        H,
        ["А. Інформаційні заходи"],
        ["1", "Проведення кампанії", "Відділ комунікацій", "2026", "Кампанія"],
        ["Б) Організаційні заходи"],
        ["2", "Проведення засідання", "Секретар ради", "2026", "Засідання"],
      ],
      merges: ["A2:E2", "A4:E4"],
    },
  ]);
  expect(paths(r.plan)).toEqual([
    "3 section А Інформаційні заходи",
    "5 section Б Організаційні заходи",
  ]);
});

test("a heading in plain words over numbered measures is a band, lower case too; it takes no place in their numbers; a text where a number is missing is a measure", async () => {
  const r = await check("variety3-plain-headings", [
    {
      name: "План",
      rows: [
        ["План заходів"],
        ["№", "Зміст заходу", "Виконавець", "Термін"],
        [null, "організаційні заходи"],
        ["1", "Проведення засідань", "Відділ", "2025"],
        ["2", "Підготовка звітів", "Відділ", "2025"],
        [null, "Інформаційно-просвітницькі заходи"],
        ["3", "Проведення кампанії", "Відділ", "2025"],
        ["4", "ПРОВЕДЕННЯ ФОРУМУ ЖІНОК-ЛІДЕРОК"],
        ["5", "Проведення акції", "Відділ", "2025"],
      ],
    },
  ]);
  const p = r.plan;
  expect(kinds(p)).toEqual([
    "1:title",
    "2:header",
    "3:section",
    "4:measure",
    "5:measure",
    "6:section",
    "7:measure",
    "8:measure",
    "9:measure",
  ]);
  expect(paths(p)).toEqual([
    "4 section 1 організаційні заходи",
    "5 section 1 організаційні заходи",
    "7 section 2 Інформаційно-просвітницькі заходи",
    "8 section 2 Інформаційно-просвітницькі заходи",
    "9 section 2 Інформаційно-просвітницькі заходи",
  ]);
  // the measure in capitals keeps its number and is reported for what it lacks
  expect(r.findings.filter((f) => f.rule === "executor.missing").map((f) => f.measure)).toEqual([
    "4",
  ]);
  // where a measure's number is missing, the text alone in its cell is that measure, not a heading
  const gap = await check("variety3-gap", [
    {
      name: "План",
      rows: [
        ["№", "Зміст заходу", "Виконавець", "Термін"],
        ["1.1.1", "Проведення засідань", "Відділ", "2025"],
        [null, "Проведення навчань для працівників"],
        ["1.1.3", "Підготовка звітів", "Відділ", "2025"],
      ],
    },
  ]);
  expect(kinds(gap.plan)).toEqual(["1:header", "2:measure", "3:measure", "4:measure"]);
  expect(gap.plan.measures.every((m) => m.path.length === 0)).toBe(true);
});

test("a measure in capitals with no measure under it stays a measure; the heading after it is a band", async () => {
  const r = await check("variety3-caps", [
    {
      name: "План",
      rows: [
        ["План заходів"],
        ["Зміст заходу", "Відповідальні", "Термін"],
        ["ОРГАНІЗАЦІЙНІ ЗАХОДИ"],
        ["Проведення засідань робочої групи", "Відділ", "щокварталу"],
        ["ПРОВЕДЕННЯ ФОРУМУ ЖІНОК-ЛІДЕРОК"],
        ["ІНФОРМАЦІЙНІ ЗАХОДИ"],
        ["Випуск буклетів", "Відділ", "2025"],
      ],
    },
  ]);
  const p = r.plan;
  expect(kinds(p)).toEqual([
    "1:title",
    "2:header",
    "3:section",
    "4:measure",
    "5:measure",
    "6:section",
    "7:measure",
  ]);
  expect(p.measures.map((m) => [m.row, m.text, m.path.map((l) => l.title)])).toEqual([
    [4, "Проведення засідань робочої групи", ["ОРГАНІЗАЦІЙНІ ЗАХОДИ"]],
    [5, "ПРОВЕДЕННЯ ФОРУМУ ЖІНОК-ЛІДЕРОК", ["ОРГАНІЗАЦІЙНІ ЗАХОДИ"]],
    [7, "Випуск буклетів", ["ІНФОРМАЦІЙНІ ЗАХОДИ"]],
  ]);
});

test("“1. | Організаційні заходи” with nothing else in its row heads the measures “1.1”, “1.2”; “2.” before “3.” is a measure", async () => {
  const r = await check("variety3-numbered-bands", [
    {
      name: "План",
      rows: [
        ["№ з/п", "Найменування заходу", "Виконавець", "Термін"],
        ["1.", "Організаційні заходи"],
        ["1.1", "Проведення засідань", "Відділ", "2025"],
        ["1.2", "Підготовка звітів", "Відділ", "2025"],
        ["ІІ.", "Інформаційні заходи"],
        ["2.1", "Проведення кампанії", "Відділ", "2025"],
        ["3.", "Проведення форуму"],
        ["4.", "Випуск буклетів", "Відділ", "2025"],
      ],
    },
  ]);
  const p = r.plan;
  expect(kinds(p)).toEqual([
    "1:header",
    "2:section",
    "3:measure",
    "4:measure",
    "5:section",
    "6:measure",
    "7:measure",
    "8:measure",
  ]);
  expect(paths(p)).toEqual([
    "3 section 1 Організаційні заходи",
    "4 section 1 Організаційні заходи",
    "6 section 2 Інформаційні заходи",
    "7 section 2 Інформаційні заходи",
    "8 section 2 Інформаційні заходи",
  ]);
  expect(p.measures.map((m) => m.number)).toEqual(["1.1", "1.2", "2.1", "3", "4"]);
});

test("a report merged across the table under its measure is that measure's report, never a band; in a plan such a sentence is a band", async () => {
  const r = await check("variety3-report-rows", [
    {
      name: "Звіт",
      rows: [
        ["Звіт про виконання плану за 2025 рік"],
        ["№", "Захід", "Виконавець", "Термін", "Стан виконання"],
        ["1", "Проведення навчань", "Відділ освіти", "2025", "Виконано"],
        [
          null,
          "Протягом звітного періоду проведено 5 навчань для 120 жінок, зокрема для внутрішньо переміщених осіб.",
        ],
        ["2", "Створення центру", "Управління соціального захисту", "2025", "Виконується"],
        [null, "Триває ремонт приміщення."],
        ["ІНФОРМАЦІЙНІ ЗАХОДИ"],
        ["3", "Випуск буклетів", "Відділ комунікацій", "2025", "Виконано"],
      ],
      merges: ["B4:E4", "B6:E6", "A7:E7"],
    },
  ]);
  const p = r.plan;
  expect(kinds(p)).toEqual([
    "1:title",
    "2:header",
    "3:measure",
    "4:continuation",
    "5:measure",
    "6:continuation",
    "7:section",
    "8:measure",
  ]);
  expect(p.measures.map((m) => [m.number, m.extra.report ?? null, m.path.length])).toEqual([
    [
      "1",
      "Протягом звітного періоду проведено 5 навчань для 120 жінок, зокрема для внутрішньо переміщених осіб.",
      0,
    ],
    ["2", "Триває ремонт приміщення.", 0],
    ["3", null, 1],
  ]);
  // in a plan, not a report, a title written as a sentence across the table is still a band
  const plan = await check("variety3-sentence-band", [
    {
      name: "План",
      rows: [
        ["№", "Зміст заходу", "Виконавець", "Термін"],
        ["1", "Проведення засідань робочої групи", "Відділ економіки", "2025"],
        ["Забезпечення рівних прав та можливостей жінок і чоловіків."],
        ["2", "Випуск буклетів", "Відділ комунікацій", "2025"],
      ],
      merges: ["A3:D3"],
    },
  ]);
  expect(kinds(plan.plan)).toEqual(["1:header", "2:measure", "3:section", "4:measure"]);
});

test("directions numbered in Roman numerals, “Напрям І.”, “Напрям ІІ:”, “Напрям діяльності 3.”, are the plan's goals", async () => {
  const r = await check("variety3-roman-directions", [
    {
      name: "Програма",
      rows: [
        H,
        ["Напрям І. Безпечна громада"],
        ["1.1", "Облаштування укриттів", "Управління освіти", "2025", "10 укриттів"],
        ["Напрям ІІ: Участь жінок"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
        ["Напрям діяльності 3. Освіта"],
        ["3.1", "Проведення уроків безпеки", "Відділ освіти", "2026", "Уроки"],
      ],
      merges: ["A2:E2", "A4:E4", "A6:E6"],
    },
  ]);
  expect(r.plan.strategicGoals.map((g) => [g.row, g.number, g.title])).toEqual([
    [2, "1", "Безпечна громада"],
    [4, "2", "Участь жінок"],
    [6, "3", "Освіта"],
  ]);
  expect(r.plan.measures.map((m) => [m.number, m.strategicGoal])).toEqual([
    ["1.1", "1"],
    ["2.1", "2"],
    ["3.1", "3"],
  ]);
});

test("a note or a legend right of the table does not make a heading's row a measure", async () => {
  const r = await check("variety3-notes-right", [
    {
      name: "План",
      rows: [
        ["План заходів"],
        ["№", "Зміст заходу", "Виконавець", "Термін", "Стан виконання", null, "Умовні позначення"],
        [null, "ОРГАНІЗАЦІЙНІ ЗАХОДИ", null, null, null, null, "В — виконано, Н — не виконано"],
        [
          "1",
          "Проведення засідань",
          "Відділ економіки",
          "2025",
          "Виконано",
          null,
          "уточнити склад",
        ],
        [null, "Інформаційні заходи", null, null, null, null, "перевірено 01.02.2025"],
        ["2", "Випуск буклетів", "Відділ комунікацій", "2025", "Виконується"],
      ],
    },
  ]);
  expect(kinds(r.plan)).toEqual([
    "1:title",
    "2:header",
    "3:section",
    "4:measure",
    "5:section",
    "6:measure",
  ]);
  expect(paths(r.plan)).toEqual([
    "4 section 1 ОРГАНІЗАЦІЙНІ ЗАХОДИ",
    "6 section 2 Інформаційні заходи",
  ]);
});

test("a lower-case text after a measure goes on with it where its sentence goes on, and heads the measures below where it ended", async () => {
  const r = await check("variety3-after-sentence", [
    {
      name: "План",
      rows: [
        ["№", "Зміст заходу", "Виконавець", "Термін"],
        ["1", "Проведення засідань робочої групи.", "Відділ економіки", "2025"],
        [null, "інформаційні заходи"],
        ["2", "Випуск буклетів про права жінок для", "Відділ комунікацій", "2025"],
        [null, "внутрішньо переміщених осіб"],
        ["3", "Проведення форуму", "Відділ молоді", "2025"],
      ],
    },
  ]);
  expect(kinds(r.plan)).toEqual([
    "1:header",
    "2:measure",
    "3:section",
    "4:measure",
    "5:continuation",
    "6:measure",
  ]);
  expect(r.plan.measures.map((m) => [m.number, m.text, m.path.map((l) => l.title)])).toEqual([
    ["1", "Проведення засідань робочої групи.", []],
    [
      "2",
      "Випуск буклетів про права жінок для внутрішньо переміщених осіб",
      ["інформаційні заходи"],
    ],
    ["3", "Проведення форуму", ["інформаційні заходи"]],
  ]);
});

/**
 * Several measures in one cell, as plans list them: "1) …; 2) …" run together, "1. …" a line, bullet lines
 * ("- …", "• …", "– …"), beside executor and deadline cells that give one line a measure. Where the list is
 * the measure's own sub-items — a text before it, items in lower case, one executor and one deadline beside
 * it, a count the cells beside it do not share — it stays one measure. Each plan is written to a real .xlsx
 * and read back by the command line's reader.
 */
import type { CheckResult } from "../../src/core/check";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureSheet } from "../fixtures/workbook";

const check = async (name: string, sheets: FixtureSheet[]) =>
  (await checkFixture(name, sheets)).result;
const read = (r: CheckResult) =>
  r.plan.measures.map((m) => [m.row, m.item, m.number, m.text, m.executors, m.deadline.raw]);

const H = PLAN_HEADER;

test("a cell listing measures “1) …; 2) …” or “1. …” a line, beside executors and deadlines a line each, is that many measures under the row's number", async () => {
  const r = await check("gaps4-numbered-lists", [
    {
      name: "План",
      rows: [
        ["План заходів на 2025-2026 роки"],
        H,
        [
          "1",
          "1) Проведення тренінгів для жінок; 2) Проведення інформаційної кампанії",
          "Відділ освіти\nВідділ комунікацій",
          "2025\n2026",
          "Тренінги",
        ],
        [
          "2",
          "1. Облаштування укриттів у закладах освіти\n2. Навчання з безпеки\nдля працівників\n3. Створення мапи укриттів",
          "Управління ЖКГ\nДСНС (за згодою)\nВідділ цифровізації",
          "І квартал 2025 року\nІІ квартал 2025 року\n2026",
          "Укриття",
        ],
        ["3", "Створення ради жінок", "Секретар ради", "2026", "Рада"],
      ],
    },
  ]);
  expect(read(r)).toEqual([
    [3, 1, "1", "Проведення тренінгів для жінок", ["Відділ освіти"], "2025"],
    [3, 2, "1", "Проведення інформаційної кампанії", ["Відділ комунікацій"], "2026"],
    [
      4,
      1,
      "2",
      "Облаштування укриттів у закладах освіти",
      ["Управління ЖКГ"],
      "І квартал 2025 року",
    ],
    [4, 2, "2", "Навчання з безпеки для працівників", ["ДСНС (за згодою)"], "ІІ квартал 2025 року"],
    [4, 3, "2", "Створення мапи укриттів", ["Відділ цифровізації"], "2026"],
    [5, 1, "3", "Створення ради жінок", ["Секретар ради"], "2026"],
  ]);
  expect(r.plan.layout.rows.filter((x) => x.kind === "measure").map((x) => x.reason)).toEqual([
    "2 measures in one cell",
    "3 measures in one cell",
    "a local measure",
  ]);
  // the measures of one cell share its number: no duplicate, none without a number
  expect(r.findings.map((f) => f.rule)).not.toContain("measure.number-duplicate");
  expect(r.findings.map((f) => f.rule)).not.toContain("measure.number-missing");
});

test("bullet lines (“- ”, “• ”, “– ”) beside executors a line each are measures, the deadline shared; a status a line goes with each", async () => {
  const r = await check("gaps4-bullet-lists", [
    {
      name: "План",
      rows: [
        [...H, "Стан виконання"],
        [
          "1",
          "- Проведення форуму жінок-лідерок\n- Створення ради жінок",
          "Відділ молоді\nСекретар ради",
          "2025",
          "Форум",
          "Виконано\nНе виконано",
        ],
        [
          "2",
          "• Випуск буклетів\n• Розміщення соціальної реклами",
          "Відділ комунікацій\nВідділ комунікацій",
          "І півріччя 2025 року\n2025",
          "Буклети",
          "Виконано",
        ],
        [
          "3",
          "– Проведення навчань для поліцейських\n– Проведення навчань для соціальних працівників",
          "ГУНП (за згодою)\nЦентр соціальних служб",
          "2025",
          "Навчання",
          "",
        ],
      ],
    },
  ]);
  expect(read(r)).toEqual([
    [2, 1, "1", "Проведення форуму жінок-лідерок", ["Відділ молоді"], "2025"],
    [2, 2, "1", "Створення ради жінок", ["Секретар ради"], "2025"],
    [3, 1, "2", "Випуск буклетів", ["Відділ комунікацій"], "І півріччя 2025 року"],
    [3, 2, "2", "Розміщення соціальної реклами", ["Відділ комунікацій"], "2025"],
    [4, 1, "3", "Проведення навчань для поліцейських", ["ГУНП (за згодою)"], "2025"],
    [
      4,
      2,
      "3",
      "Проведення навчань для соціальних працівників",
      ["Центр соціальних служб"],
      "2025",
    ],
  ]);
  expect(r.plan.measures.map((m) => m.status)).toEqual([
    "Виконано",
    "Не виконано",
    "Виконано",
    "Виконано",
    null,
    null,
  ]);
});

test("an English plan's numbered list beside deadlines a line each is several activities", async () => {
  const r = await check("gaps4-english-list", [
    {
      name: "Plan",
      rows: [
        ["No.", "Activity", "Responsible", "Deadline"],
        [
          "1.1",
          "1) Train women mediators; 2) Hold a community forum",
          "Department of Social Policy",
          "March 2025\nJune 2025",
        ],
      ],
    },
  ]);
  expect(read(r)).toEqual([
    [2, 1, "1.1", "Train women mediators", ["Department of Social Policy"], "March 2025"],
    [2, 2, "1.1", "Hold a community forum", ["Department of Social Policy"], "June 2025"],
  ]);
});

test("a list that is the measure's own sub-items stays one measure; the same list beside cells a line a measure does not", async () => {
  const cells: [string, string, string][] = [
    // a text before the list
    [
      "Проведення навчань:\n1) для вчителів;\n2) для батьків",
      "Відділ освіти\nСлужба у справах дітей",
      "2025\n2026",
    ],
    // items in lower case
    ["- для вчителів;\n- для батьків", "Відділ освіти\nСлужба у справах дітей", "2025\n2026"],
    // one executor and one deadline beside it
    ["1. Тренінги для вчителів\n2. Тренінги для батьків", "Відділ освіти", "2025"],
    // executors a line each, but the deadline's lines another count
    [
      "1) Тренінги; 2) Кампанія; 3) Форум",
      "Відділ освіти\nВідділ комунікацій\nВідділ молоді",
      "2025\n2026",
    ],
    // not numbered from 1 in sequence
    ["1. Тренінги\n3. Кампанія", "Відділ освіти\nВідділ комунікацій", "2025\n2026"],
    // two kinds of bullet: a list within a list
    ["- Тренінги\n• Кампанія", "Відділ освіти\nВідділ комунікацій", "2025\n2026"],
  ];
  const listed: [string, string, string] = [
    "1. Тренінги для вчителів\n2. Тренінги для батьків",
    "Відділ освіти\nСлужба у справах дітей",
    "2025",
  ];
  const r = await check("gaps4-sub-items", [
    {
      name: "План",
      rows: [H, ...[...cells, listed].map(([m, e, d], i) => [String(i + 1), m, e, d, "Результат"])],
    },
  ]);
  expect(r.plan.measures.map((m) => [m.row, m.item, m.items, m.text])).toEqual([
    ...cells.map(([m], i) => [i + 2, 1, 1, m.replace(/\n/g, " ")]),
    [8, 1, 2, "Тренінги для вчителів"],
    [8, 2, 2, "Тренінги для батьків"],
  ]);
});

test("a list beside its numbers a line in the number column loses its own marks; a wrong number a listed cell shares is reported once", async () => {
  const r = await check("gaps4-list-numbers", [
    {
      name: "План",
      rows: [
        H,
        ["Оперативна ціль 1.1. Безпека громади"],
        [
          "1.1.1\n1.1.2",
          "1) Проведення тренінгів\n2) Проведення кампанії",
          "Відділ освіти\nВідділ комунікацій",
          "2025",
          "Тренінги",
        ],
        [
          "1.2.3",
          "- Облаштування укриттів\n- Створення мапи укриттів",
          "Управління ЖКГ\nВідділ цифровізації",
          "2025",
          "Укриття",
        ],
      ],
      merges: ["A2:E2"],
    },
  ]);
  expect(read(r)).toEqual([
    [3, 1, "1.1.1", "Проведення тренінгів", ["Відділ освіти"], "2025"],
    [3, 2, "1.1.2", "Проведення кампанії", ["Відділ комунікацій"], "2025"],
    [4, 1, "1.2.3", "Облаштування укриттів", ["Управління ЖКГ"], "2025"],
    [4, 2, "1.2.3", "Створення мапи укриттів", ["Відділ цифровізації"], "2025"],
  ]);
  expect(
    r.findings.filter((f) => f.rule === "measure.number-mismatch").map((f) => [f.cell, f.item])
  ).toEqual([["B4", 1]]);
});

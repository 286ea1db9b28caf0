/**
 * Funding kept in more than one column keeps every column: its amount beside its source ("Обсяг
 * фінансування | Джерела фінансування"), or its amounts by year under a group header ("Обсяг фінансування,
 * тис. грн" over "2025 | 2026 | 2027"). Before, only the first column was read and the others were lost.
 */
import { recognizePlan } from "../../src/core/layout/recognize";
import { groupParts } from "../../src/core/layout/groups";
import type { Plan } from "../../src/core/plan";
import { sheetToGrid } from "../fixtures/grid";
import type { FixtureSheet } from "../fixtures/workbook";

function planOf(sheet: FixtureSheet, options = {}): Plan {
  const r = recognizePlan(sheetToGrid(sheet), options);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

const AMOUNT_AND_SOURCE: FixtureSheet = {
  name: "План",
  rows: [
    ["№", "Захід", "Виконавець", "Термін", "Обсяг фінансування, тис. грн", "Джерела фінансування"],
    ["1", "Аналіз", "Відділ кадрів", "2022", 10, "Місцевий бюджет"],
    ["2", "Навчання", "Відділ освіти", "2023", null, "Не потребує фінансування"],
    ["3", "Звіт", "Відділ освіти", "2023", null, null],
  ],
};

const BY_YEAR: FixtureSheet = {
  name: "План",
  rows: [
    [
      "№",
      "Захід",
      "Виконавець",
      "Термін",
      "Обсяг фінансування, тис. грн",
      null,
      null,
      "Джерела фінансування",
      "Очікуваний результат",
    ],
    [null, null, null, null, "2025", "2026", "2027", null, null],
    ["1", "Аналіз", "Відділ кадрів", "2025-2027", 10, 20, 0, "Місцевий бюджет", "Звіт"],
    ["2", "Навчання", "Відділ освіти", "2026", null, 5, null, "Обласний бюджет", "50 осіб"],
  ],
  merges: ["E1:G1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "H1:H2", "I1:I2"],
};

describe("funding in several columns", () => {
  test("its amount and its source are both kept, each named by its header", () => {
    const plan = planOf(AMOUNT_AND_SOURCE);
    expect(plan.layout.columns).toMatchObject({
      measure: 1,
      executors: 2,
      deadline: 3,
      funding: 4,
    });
    expect(plan.measures.map((m) => m.extra)).toEqual([
      { funding: "Обсяг фінансування, тис. грн: 10; Джерела фінансування: Місцевий бюджет" },
      { funding: "Джерела фінансування: Не потребує фінансування" },
      {},
    ]);
  });

  test("amounts by year under a group header are all kept, each with its year", () => {
    const plan = planOf(BY_YEAR);
    expect(plan.layout.headerRows).toEqual([1, 2]);
    expect(plan.measures.map((m) => m.extra)).toEqual([
      {
        funding:
          "Обсяг фінансування, тис. грн: 10 (2025), 20 (2026), 0 (2027); Джерела фінансування: Місцевий бюджет",
        expectedResult: "Звіт",
      },
      {
        funding: "Обсяг фінансування, тис. грн: 5 (2026); Джерела фінансування: Обласний бюджет",
        expectedResult: "50 осіб",
      },
    ]);
  });

  test("a column the user says is not used, or gives another role, leaves the group", () => {
    expect(planOf(BY_YEAR, { unusedColumns: [7] }).measures[0].extra.funding).toBe(
      "Обсяг фінансування, тис. грн: 10 (2025), 20 (2026), 0 (2027)"
    );
    expect(planOf(BY_YEAR, { columns: { note: 5 } }).measures[0].extra).toEqual({
      funding:
        "Обсяг фінансування, тис. грн: 10 (2025), 0 (2027); Джерела фінансування: Місцевий бюджет",
      note: "20",
      expectedResult: "Звіт",
    });
  });

  test("a single funding column is read as written", () => {
    const plan = planOf({
      name: "План",
      rows: [
        ["№", "Захід", "Виконавець", "Термін", "Джерела фінансування"],
        ["1", "Аналіз", "Відділ кадрів", "2022", "Місцевий бюджет"],
      ],
    });
    expect(plan.measures[0].extra).toEqual({ funding: "Місцевий бюджет" });
  });
});

describe("the parts of a group's headers", () => {
  test.each([
    [
      [
        "Обсяг фінансування, тис. грн 2025",
        "Обсяг фінансування, тис. грн 2026",
        "Джерела фінансування",
      ],
      [
        ["Обсяг фінансування, тис. грн", ["2025", "2026"]],
        ["Джерела фінансування", [""]],
      ],
    ],
    [["Фінансування", "Фінансування"], [["Фінансування", ["", ""]]]],
    [
      ["Індикатор виконання", "Показник"],
      [
        ["Індикатор виконання", [""]],
        ["Показник", [""]],
      ],
    ],
  ])("%j", (texts, expected) => {
    expect(groupParts(texts).map((p) => [p.label, p.at.map((a) => a.rest)])).toEqual(expected);
  });
});

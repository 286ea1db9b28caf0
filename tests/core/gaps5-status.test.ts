/**
 * Statuses written as codes ("В", "Н", "Ч") that the plan explains in a legend above, below or beside its
 * table ("Умовні позначення: В – виконано; Н – не виконано; Ч – виконано частково"): each code reads as its
 * legend says; without a legend, a lone letter is no status Plan Check can read.
 */
import { measureStatus, readStatusLegend, statusKind } from "../../src/core/status";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureCell } from "../fixtures/workbook";

describe("reading a legend", () => {
  test.each([
    ["Умовні позначення: В – виконано; Н – не виконано; Ч – виконано частково"],
    ["В – виконано, Н – не виконано, Ч – частково"],
    ["Умовні позначення:\nВ - виконано\nН - не виконано\nЧ - частково виконано"],
    ["В — виконано; Н — не виконано; Ч — частково."],
    ["Примітка. Умовні позначення: В = виконано, Н = не виконано, Ч = виконується частково"],
  ])("%j", (text) =>
    expect(readStatusLegend(text)).toEqual({
      В: "done",
      Н: "notDone",
      Ч: "partial",
    })
  );

  test("codes of two letters and other states", () =>
    expect(
      readStatusLegend("ВК – виконується; НР – не розпочато; С – скасовано; П – перенесено")
    ).toEqual({ ВК: "inProgress", НР: "notStarted", С: "cancelled", П: "postponed" }));

  test("an English legend", () =>
    expect(readStatusLegend("Legend: D – done, P – in progress")).toEqual({
      D: "done",
      P: "inProgress",
    }));

  test.each([
    "Відділ освіти – виконавець",
    "В – виконано",
    "2021 – 2025",
    "Н – населення, В – вибірка",
    "Проведено 5 навчань – виконано, звіт – подано",
  ])("%j is no legend", (text) => expect(readStatusLegend(text)).toBeNull());

  test("a single code is a legend where the text says it is one", () =>
    expect(readStatusLegend("Умовні позначення: В – виконано")).toEqual({
      В: "done",
    }));
});

describe("a status read with its legend", () => {
  const legend = readStatusLegend("В – виконано; Н – не виконано; Ч – частково")!;
  test.each([
    ["В", "done"],
    ["в", "done"],
    ["Н", "notDone"],
    [" Ч. ", "partial"],
    ["Виконано", "done"],
    ["Х", null],
  ])("%j is %s", (status, kind) =>
    expect(measureStatus({ status, statusLegend: legend })).toBe(kind)
  );

  test("a code typed on the other keyboard is the same code", () => {
    expect(measureStatus({ status: "B", statusLegend: legend })).toBe("done");
    expect(measureStatus({ status: "H", statusLegend: legend })).toBe("notDone");
    const latin = readStatusLegend("D – done, P – in progress")!;
    expect(measureStatus({ status: "Р", statusLegend: latin })).toBe("inProgress");
    expect(measureStatus({ status: "Z", statusLegend: legend })).toBeNull();
  });

  test("without a legend a lone letter is not guessed", () => {
    expect(statusKind("В")).toBeNull();
    expect(measureStatus({ status: "В" })).toBeNull();
  });

  test("a code written with its meaning says its status without a legend", () => {
    expect(statusKind("В – виконано")).toBe("done");
    expect(statusKind("Н - не виконано")).toBe("notDone");
    expect(statusKind("Ч — частково")).toBe("partial");
  });
});

const HEADER = [...PLAN_HEADER.slice(0, 4), "Стан виконання"];
const MEASURES: FixtureCell[][] = [
  ["1.", "Проведення навчань", "Відділ освіти", "до 01.03.2025", "В"],
  ["2.", "Підготовка звіту", "Відділ освіти", "до 01.04.2025", "Н"],
  ["3.", "Інформаційна кампанія", "ЦНАП", "до 01.05.2025", "Ч"],
];
const LEGEND = "Умовні позначення: В – виконано; Н – не виконано; Ч – виконано частково";

const statusRules = (findings: { rule: string; measure: string | null }[]) =>
  findings
    .filter((f) => f.rule.startsWith("status.") || f.rule.startsWith("deadline.o"))
    .map((f) => [f.rule, f.measure]);

describe("a plan whose status column holds codes", () => {
  test.each([
    ["below the table", [["План заходів на 2025 рік"], HEADER, ...MEASURES, [], [LEGEND]]],
    ["above the table", [["План заходів на 2025 рік"], [LEGEND], HEADER, ...MEASURES]],
    [
      "beside the table",
      [
        ["План заходів на 2025 рік"],
        HEADER,
        [...MEASURES[0], null, "В – виконано"],
        [...MEASURES[1], null, "Н – не виконано"],
        [...MEASURES[2], null, "Ч – частково"],
      ],
    ],
    [
      "in the status column's header",
      [
        ["План заходів на 2025 рік"],
        [...HEADER.slice(0, 4), "Стан виконання (В – виконано, Н – не виконано, Ч – частково)"],
        ...MEASURES,
      ],
    ],
  ] as [string, FixtureCell[][]][])("reads them by the legend %s", async (where, rows) => {
    const { result } = await checkFixture(`gaps5-legend-${where.replace(/\W+/g, "-")}`, [
      { name: "План", rows },
    ]);
    expect(result.plan.measures.map((m) => [m.status, measureStatus(m)])).toEqual([
      ["В", "done"],
      ["Н", "notDone"],
      ["Ч", "partial"],
    ]);
    // the measure not done and the one partly done are overdue; none is an unknown status
    expect(statusRules(result.findings)).toEqual([
      ["deadline.overdue", "2"],
      ["deadline.overdue", "3"],
    ]);
    expect(result.summary.total.byStatus).toMatchObject({ done: 1, overdue: 2 });
  });

  test("without a legend the codes are statuses not understood, as before", async () => {
    const { result } = await checkFixture("gaps5-legend-none", [
      { name: "План", rows: [["План заходів на 2025 рік"], HEADER, ...MEASURES] },
    ]);
    expect(statusRules(result.findings)).toEqual([
      ["status.unknown", "1"],
      ["status.unknown", "2"],
      ["status.unknown", "3"],
    ]);
  });
});

test("a plan over two sheets reads the codes of both by the legend under the second", async () => {
  const { result } = await checkFixture("gaps5-legend-two-sheets", [
    {
      name: "Ч1",
      rows: [
        ["План заходів на 2025 рік"],
        HEADER,
        ["1", "2", "3", "4", "5"],
        ...MEASURES.slice(0, 2),
      ],
    },
    {
      name: "Ч2",
      rows: [
        ["1", "2", "3", "4", "5"],
        MEASURES[2],
        ["4.", "Нарада", "ЦНАП", "до 01.05.2025", "В"],
        [],
        [LEGEND],
      ],
    },
  ]);
  expect(result.plan.planSheets).toEqual(["Ч1", "Ч2"]);
  expect(result.plan.measures.map((m) => [m.status, measureStatus(m)])).toEqual([
    ["В", "done"],
    ["Н", "notDone"],
    ["Ч", "partial"],
    ["В", "done"],
  ]);
  expect(result.findings.filter((f) => f.rule === "status.unknown")).toEqual([]);
});

/**
 * The layout the user gives: the header row and each column's role, for a plan whose header the recognizer
 * does not know, or to set a guess right; "not used" for a role or a column. In the core and on the command
 * line (`--header-row N --columns measure=C,executors=D,deadline=E`), with plain refusals for bad values.
 */
import { parseArgs, parseColumns } from "../../src/cli/args";
import { recognizePlan } from "../../src/core/layout/recognize";
import { recognizeWorkbook } from "../../src/core/workbook";
import { sheetToGrid } from "../fixtures/grid";
import { runCli, runCliUk } from "../fixtures/cli";
import { writeFixture, type FixtureSheet } from "../fixtures/workbook";

/** A plan whose header says nothing the vocabulary knows: the recognizer cannot find it alone. */
const UNKNOWN_HEADER: FixtureSheet = {
  name: "Дії",
  rows: [
    ["Що плануємо зробити у громаді"],
    [],
    ["№", "Що робимо", "Хто", "Коли", "Примітки редактора"],
    ["1", "Провести навчання для працівників", "Відділ кадрів", "2022", "перевірено"],
    ["2", "Оновити сторінку на сайті", "Відділ інформації", "2023", ""],
    ["3", "Зібрати дані про учасниць", "Відділ соціальної політики", "2024", ""],
  ],
};

describe("a header row and columns chosen by the user", () => {
  test("the recognizer alone finds no header in the sheet", () => {
    expect(recognizePlan(sheetToGrid(UNKNOWN_HEADER))).toMatchObject({
      ok: false,
      reason: "no-header",
    });
  });

  test("with the header row and the columns given, every measure is read with its executor and deadline", () => {
    const r = recognizePlan(sheetToGrid(UNKNOWN_HEADER), {
      headerRow: 3,
      columns: { number: 0, measure: 1, executors: 2, deadline: 3 },
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.layout.headerRows).toEqual([3]);
    // the roles the user gave, and what the header row's own words say ("Примітки" is a note)
    expect(r.plan.layout.columns).toEqual({
      number: 0,
      measure: 1,
      executors: 2,
      deadline: 3,
      note: 4,
    });
    expect(
      r.plan.measures.map((m) => [m.row, m.number, m.text, m.executors, m.deadline.end])
    ).toEqual([
      [4, "1", "Провести навчання для працівників", ["Відділ кадрів"], "2022-12-31"],
      [5, "2", "Оновити сторінку на сайті", ["Відділ інформації"], "2023-12-31"],
      [6, "3", "Зібрати дані про учасниць", ["Відділ соціальної політики"], "2024-12-31"],
    ]);
    expect(r.plan.title).toBe("Що плануємо зробити у громаді");
  });

  test("a header row with no measure column given or found is no plan", () => {
    expect(
      recognizePlan(sheetToGrid(UNKNOWN_HEADER), { headerRow: 3, columns: { executors: 2 } })
    ).toMatchObject({ ok: false, reason: "no-header" });
    expect(
      recognizePlan(sheetToGrid(UNKNOWN_HEADER), { headerRow: 300, columns: { measure: 1 } })
    ).toMatchObject({ ok: false, reason: "no-header" });
  });

  const KNOWN: FixtureSheet = {
    name: "План",
    rows: [
      ["План заходів"],
      ["Захід", "Виконавець", "Термін виконання", "Стан виконання"],
      ["1.1.1. Провести навчання", "Відділ кадрів", "2022", "Виконано"],
      ["1.1.2. Оновити сайт", "Відділ інформації", "2023", ""],
    ],
  };

  test("a role set to not used is read from no column, whatever the header says", () => {
    const r = recognizePlan(sheetToGrid(KNOWN), { columns: { status: -1 } });
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.layout.columns).toEqual({ measure: 0, executors: 1, deadline: 2 });
    expect(r.plan.measures.map((m) => m.status)).toEqual([null, null]);
  });

  test("a column set to not used gives no role, and the others stay as recognized", () => {
    const r = recognizePlan(sheetToGrid(KNOWN), { unusedColumns: [2] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.layout.columns).toEqual({ measure: 0, executors: 1, status: 3 });
    expect(r.plan.measures.map((m) => m.deadline.unparsed)).toEqual(["empty", "empty"]);
  });

  test("the header row the recognizer finds itself is kept whole when the user names it", () => {
    const auto = recognizePlan(sheetToGrid(KNOWN));
    const chosen = recognizePlan(sheetToGrid(KNOWN), { headerRow: 2 });
    if (!auto.ok || !chosen.ok) throw new Error("no plan");
    expect(chosen.plan.layout).toEqual(auto.plan.layout);
  });

  test("in a workbook the layout is for the plan's sheet, the first sheet with anything on it where no plan is found", () => {
    const r = recognizeWorkbook(
      [sheetToGrid({ name: "Порожній", rows: [] }), sheetToGrid(UNKNOWN_HEADER)],
      undefined,
      { headerRow: 3, columns: { measure: 1, executors: 2, deadline: 3 } }
    );
    if (!r.ok) throw new Error(r.reason);
    expect([r.plan.sheet, r.plan.measures.length]).toEqual(["Дії", 3]);
  });
});

describe("--header-row and --columns", () => {
  test("are parsed into the header row, the roles by column and the columns not used", () => {
    const r = parseArgs([
      "plan.xlsx",
      "--header-row",
      "3",
      "--columns",
      "measure=B,executors=c,deadline=D,status=none,none=E+F",
    ]);
    expect(r).toMatchObject({
      ok: true,
      options: {
        headerRow: 3,
        columns: { measure: 1, executors: 2, deadline: 3, status: -1 },
        unusedColumns: [4, 5],
      },
    });
  });

  test.each([
    ["", "error.bad-columns"],
    ["measure", "error.bad-columns"],
    ["measure=C,", "error.bad-columns"],
    ["measure=3", "error.bad-column-letter"],
    ["measure=XFE", "error.bad-column-letter"],
    ["task=C", "error.unknown-role"],
    ["measure=C,measure=D", "error.role-twice"],
    ["measure=C,deadline=c", "error.column-twice"],
    ["measure=C,none=C", "error.column-twice"],
  ])("--columns %j is refused (%s)", (value, key) => {
    expect(parseColumns(value)).toMatchObject({ ok: false, key });
  });

  test.each(["0", "-1", "3.5", "три", "2000000"])("--header-row %j is refused", (v) => {
    expect(parseArgs(["--header-row", v])).toMatchObject({
      ok: false,
      key: "error.bad-header-row",
    });
  });

  test("the command line reads a plan whose header it does not know, as the user lays it out", async () => {
    const file = await writeFixture("manual-layout", [UNKNOWN_HEADER]);
    const alone = await runCli([file, "--json", "--as-of", "2023-06-30"]);
    expect(alone.code).toBe(2);
    const r = await runCli([
      file,
      "--json",
      "--as-of",
      "2023-06-30",
      "--header-row",
      "3",
      "--columns",
      "number=A,measure=B,executors=C,deadline=D,none=E",
    ]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out);
    expect(doc.layout.headerRows).toEqual([3]);
    expect(doc.layout.columns).toEqual({
      number: "A",
      measure: "B",
      executors: "C",
      deadline: "D",
    });
    expect(doc.measures.map((m: { number: string }) => m.number)).toEqual(["1", "2", "3"]);
    // the deadline of 2022 has passed: the plan has no status column, so it is no error
    expect(doc.findings.map((f: { rule: string; measure: string }) => [f.rule, f.measure])).toEqual(
      [
        ["plan.no-status-column", null],
        ["deadline.passed-no-status", "1"],
      ]
    );
  });

  test("refusals are said in the user's language, and a layout without a measure column says what is missing", async () => {
    const file = await writeFixture("manual-layout-uk", [UNKNOWN_HEADER]);
    const bad = await runCliUk([file, "--columns", "захід=B"]);
    expect(bad).toMatchObject({ code: 2, out: "" });
    expect(bad.err).toContain("--columns приймає пари роль=стовпець");
    const role = await runCliUk([file, "--columns", "task=B"]);
    expect(role.err).toContain("Ролі стовпця «task» немає. Ролі: number, strategicGoal");
    const noMeasure = await runCli([file, "--header-row", "3", "--columns", "executors=C"]);
    expect(noMeasure.code).toBe(2);
    expect(noMeasure.err).toContain("say which column holds the measures (--columns measure=C)");
  });
});

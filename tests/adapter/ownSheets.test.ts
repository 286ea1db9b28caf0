/**
 * The add-in's own sheets and highlights, told apart from the user's by more than a name: what the user may
 * do between two runs (delete a name, delete our sheet and make one of the same name, rename) never makes
 * Plan Check write over a sheet that is not its own or leave highlights behind.
 */
import { join } from "node:path";
import { MARK_ORDER } from "../../src/core/marks";
import type { Capabilities } from "../../src/excel/read";
import {
  buildSummary,
  clearHighlights,
  validate,
  type RunOptions,
} from "../../src/excel/operations";
import { AREA_NAME } from "../../src/excel/read";
import { MARKS_SHEET, markedSheet, ownedByMarks, SHEET_MARK } from "../../src/excel/state";
import { t } from "../../src/i18n";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { cellsOf, writeFixture } from "../fixtures/workbook";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS: RunOptions = { lang: "uk", asOf: "2023-06-30", caps: ALL, builtAt: "2023-06-30 10:00" };

const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const cfsOf = (d: ExcelDouble, sheet: string) => d.metaOf(d.sheet(sheet)!).cfs;
const areaNames = (d: ExcelDouble) =>
  [...d.names.keys()].filter((n) => n.startsWith(AREA_NAME)).sort();

/** A plan over two sheets, a deadline missing on each, so both are highlighted. */
async function twoSheetPlan(name: string): Promise<string> {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  one.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  two.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  return writeFixture(name, [
    renderPlan(one, { sheetName: "Ціль 1" }),
    renderPlan(two, { sheetName: "Ціль 2" }),
  ]);
}

describe("the names of the highlighted areas", () => {
  test("the user deleted PlanCheck_Marks_1 and kept _2: each sheet's highlights are still found, replaced and cleared", async () => {
    const d = await ExcelDouble.fromFile(await twoSheetPlan("marks-name-deleted"));
    await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(areaNames(d)).toEqual([`${AREA_NAME}1`, `${AREA_NAME}2`]);
    d.names.delete(`${AREA_NAME}1`);

    const again = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(again.ok).toBe(true);
    // one set of formats a sheet: the first sheet's old ones found by address, the second's by its name
    expect(cfsOf(d, "Ціль 1")).toHaveLength(MARK_ORDER.length);
    expect(cfsOf(d, "Ціль 2")).toHaveLength(MARK_ORDER.length);
    expect(areaNames(d)).toEqual([`${AREA_NAME}1`, `${AREA_NAME}2`]);

    d.names.delete(`${AREA_NAME}1`);
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: true,
      key: "excel.cleared",
    });
    expect(cfsOf(d, "Ціль 1")).toEqual([]);
    expect(cfsOf(d, "Ціль 2")).toEqual([]);
    expect(areaNames(d)).toEqual([]);
  });

  test("a marked sheet renamed by the user keeps its highlights found through its name", async () => {
    const d = await ExcelDouble.fromFile(await twoSheetPlan("marks-sheet-renamed"));
    await runIn(d, (ctx) => validate(ctx, OPTS));
    d.sheet("Ціль 2")!.name = "Ціль друга";
    expect((await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).ok).toBe(true);
    expect(cfsOf(d, "Ціль 1")).toEqual([]);
    expect(cfsOf(d, "Ціль друга")).toEqual([]);
  });
});

describe("the add-in's sheets are known by their mark, not by their name", () => {
  test("the user deleted our findings sheet and made one of the same name before the next run: it is left alone, ours comes back beside it", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(markedSheets(d)).toEqual({ marks: MARKS_SHEET, findings: "Перевірка" });
    d.wb.removeWorksheet(d.sheet("Перевірка")!.id);
    const mine = d.wb.addWorksheet("Перевірка");
    mine.getCell("A1").value = "мої нотатки до перевірки";
    d.metaOf(mine);
    const before = cellsOf(mine);

    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(out).toMatchObject({ ok: true, sheets: { findings: "Перевірка (2)" } });
    expect(cellsOf(d.sheet("Перевірка")!)).toEqual(before);
    expect(d.sheet("Перевірка")!.getCell("A1").value).toBe("мої нотатки до перевірки");
    expect(d.sheet("Перевірка (2)")!.getCell("A6").value).toBe(out.result!.findings[0].cell);
    // the stale mark (#REF!) is replaced by one on the new sheet
    expect(markedSheets(d)).toEqual({ marks: MARKS_SHEET, findings: "Перевірка (2)" });
  });

  test("sheet ids given anew when the workbook is reopened (Excel 2016 numbers them by position): an id that now names the user's sheet does not make it ours", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    // a second run, which knows the sheets of the first by their ids
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    const notes = d.wb.addWorksheet("Нотатки");
    notes.getCell("B2").value = "до засідання";
    d.metaOf(notes);
    const before = cellsOf(notes);
    // reopened: the user's sheet has the id our summary sheet had, and ours new ones
    const summary = d.metaOf(d.sheet("Зведення")!);
    const old = summary.id;
    summary.id = "{reopened-summary}";
    d.metaOf(notes).id = old;

    const out = await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    expect(out).toMatchObject({ ok: true, sheets: { summary: "Зведення" } });
    expect(cellsOf(d.sheet("Нотатки")!)).toEqual(before);
    expect(d.metaOf(d.sheet("Зведення")!).id).toBe("{reopened-summary}");
    expect(d.wb.worksheets.filter((w) => w.name.startsWith("Зведення ("))).toEqual([]);
  });

  test("a renamed sheet of ours stays ours under its new name; a sheet whose mark the user deleted is left as it is", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    d.sheet("Зведення")!.name = "Зведення для комісії";
    d.names.delete(`${SHEET_MARK}overdue`);
    const overdue = cellsOf(d.sheet("Прострочені за виконавцями")!);
    const out = await runIn(d, (ctx) => buildSummary(ctx, { ...OPTS, asOf: "2024-06-30" }));
    expect(out.sheets).toMatchObject({
      summary: "Зведення для комісії",
      overdue: "Прострочені за виконавцями (2)",
    });
    expect(cellsOf(d.sheet("Прострочені за виконавцями")!)).toEqual(overdue);
    expect(d.sheet("Зведення (2)")).toBeUndefined();
  });

  test("the mark is a workbook name Excel checks: valid, with a comment in the user's language", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, { ...OPTS, lang: "en" }));
    const mark = d.names.get(`${SHEET_MARK}findings`)!;
    expect(mark.comment).toBe(t("en", "excel.sheet-mark"));
    expect(mark.ws.name).toBe("Validation");
  });
});

describe("reading a mark's formula", () => {
  test.each([
    ["='Перевірка'!$A$1:$XFD$1048576", "Перевірка"],
    ["=Перевірка!$1:$1048576", "Перевірка"],
    ["='Plan''s check'!$A:$XFD", "Plan's check"],
    ["='Звіт!2023'!$A$1", "Звіт!2023"],
    ["=#REF!$A$1:$XFD$1048576", null],
    ["=#REF!", null],
    ["=TRUE", null],
    [null, null],
  ])("%s → %s", (formula, sheet) => {
    expect(markedSheet(formula)).toBe(sheet);
  });
});

test("one sheet is one kind: two marks pointed at the same sheet make it the first one's only, and a mark of another type none", () => {
  const sheets = [
    { name: "Перевірка", id: "{1}" },
    { name: "Зведення", id: "{2}" },
  ];
  expect(
    ownedByMarks(
      [
        { kind: "findings", type: "Range", formula: "='Перевірка'!$A$1" },
        { kind: "summary", type: "Range", formula: "='Перевірка'!$A$1" },
        { kind: "data", type: "String", formula: "='Зведення'!$A$1" },
        { kind: "pivot", type: "Range", formula: "='Немає'!$A$1" },
        // no type (office-js #5504): the formula says
        { kind: "overdue", type: null, formula: "=Зведення!$1:$1048576" },
        { kind: "changes", type: null, formula: "=#REF!$1:$1048576" },
      ],
      sheets
    )
  ).toEqual({ findings: "{1}", overdue: "{2}" });
});

/** Each kind of the add-in's sheet → the name of the sheet its mark refers to. */
function markedSheets(d: ExcelDouble): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, r] of d.names)
    if (name.startsWith(SHEET_MARK) && d.wb.worksheets.includes(r.ws))
      out[name.slice(SHEET_MARK.length)] = r.ws.name;
  return out;
}

test("the helper sheet renamed by the user is still ours: Validate writes into it and Clear removes the formats that read it", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const helper = d.sheet(MARKS_SHEET)!;
  helper.name = "Службовий";
  // the formats follow the rename, as Excel rewrites references to a renamed sheet
  for (const cf of d.metaOf(d.sheet("План заходів")!).cfs)
    cf.formula = cf.formula.replace(`'${MARKS_SHEET}'`, "Службовий");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(d.sheet(`${MARKS_SHEET} (2)`)).toBeUndefined();
  expect(d.metaOf(d.sheet("План заходів")!).cfs.map((c) => c.formula.split("!")[0])).toEqual(
    MARK_ORDER.map(() => "='Службовий'")
  );
  for (const cf of d.metaOf(d.sheet("План заходів")!).cfs)
    cf.formula = cf.formula.replace("'Службовий'", "Службовий");
  expect((await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).ok).toBe(true);
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toEqual([]);
});

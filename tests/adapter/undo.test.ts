/**
 * Excel clears its undo list when a sheet is deleted or hidden: the add-in keeps its sheets and rewrites
 * them. These tests hold it to that, and to leaving nothing of a previous run on a sheet it rewrites.
 */
import { join } from "node:path";
import { MARK_ORDER } from "../../src/core/marks";
import type { Capabilities } from "../../src/excel/read";
import { clearHighlights, validate, type RunOptions } from "../../src/excel/operations";
import { MARKS_SHEET, SETTINGS_KEY } from "../../src/excel/state";
import { ExcelDouble } from "../double/excelDouble";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS: RunOptions = { lang: "uk", asOf: "2023-06-30", caps: ALL, builtAt: "2023-06-30 10:00" };

const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const names = (d: ExcelDouble) => d.wb.worksheets.map((w) => w.name);

describe("Clear highlights keeps the user's undo history", () => {
  test("the helper sheet is emptied and kept hidden, in two round trips; the next Validate writes into it again", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    const helper = d.sheet(MARKS_SHEET)!;
    const id = d.metaOf(helper).id;
    const sheets = names(d);
    // the first Validate adds and hides the helper sheet: that once clears undo
    expect(d.undoCleared).toBe(1);
    expect(d.usedArea(helper)).not.toBeNull();

    d.resetCounts();
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: true,
      key: "excel.cleared",
    });
    expect(d.syncs).toBe(2);
    expect(d.undoCleared).toBe(1);
    expect(names(d)).toEqual(sheets);
    expect(d.metaOf(d.sheet(MARKS_SHEET)!)).toMatchObject({ id, visibility: "Hidden" });
    expect(d.usedArea(d.sheet(MARKS_SHEET)!)).toBeNull();
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toEqual([]);
    expect(d.comments).toEqual([]);
    expect(JSON.parse(d.settings.get(SETTINGS_KEY) as string).marks).toBeUndefined();
    // a second Clear finds nothing of ours and writes nothing
    const settings = d.settings.get(SETTINGS_KEY);
    d.resetCounts();
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: true,
      key: "excel.nothing-to-clear",
    });
    expect(d.requestBytes.at(-1)).toBe(0);
    expect(d.settings.get(SETTINGS_KEY)).toBe(settings);

    d.resetCounts();
    const again = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(again.ok).toBe(true);
    expect(d.syncs).toBe(3);
    expect(d.undoCleared).toBe(1);
    expect(names(d)).toEqual(sheets);
    expect(d.metaOf(d.sheet(MARKS_SHEET)!).id).toBe(id);
    expect(d.usedArea(d.sheet(MARKS_SHEET)!)).not.toBeNull();
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(MARK_ORDER.length);
  });

  test("Clear works in a workbook whose structure is protected: no sheet is added or deleted", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    d.structureProtected = true;
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: true,
      key: "excel.cleared",
    });
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toEqual([]);
  });

  test("a helper sheet the user protected: Clear says so and changes nothing", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    d.protect(MARKS_SHEET);
    expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
      ok: false,
      key: "excel.protected",
      params: { sheet: MARKS_SHEET },
    });
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(MARK_ORDER.length);
  });
});

describe("a sheet the add-in rewrites keeps nothing of the run before", () => {
  test("Validate again with fewer findings: the rows below them lose the last run's heights; rows and columns the user hid are shown; widths are the spec's or standard", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const first = await runIn(d, (ctx) => validate(ctx, OPTS));
    const ws = d.sheet("Перевірка")!;
    const lastRow = 5 + first.result!.findings.length;
    const tall = rowsWithHeight(ws);
    expect(tall.length).toBeGreaterThan(0);
    // the user hid a column and a row of our sheet, and widened a column past the spec's
    ws.getColumn(3).hidden = true;
    ws.getRow(7).hidden = true;
    ws.getColumn(9).width = 40;

    const second = await runIn(d, (ctx) => validate(ctx, { ...OPTS, asOf: "2021-01-01" }));
    const newLast = 5 + second.result!.findings.length;
    expect(newLast).toBeLessThan(lastRow);
    expect(d.sheet("Перевірка")).toBe(ws);
    // only the rows this run's text needs are tall, and none below its last finding
    expect(rowsWithHeight(ws).every((r) => r <= newLast)).toBe(true);
    expect(tall.some((r) => r > newLast)).toBe(true);
    expect(ws.getColumn(3).hidden).toBe(false);
    expect(ws.getRow(7).hidden).toBe(false);
    expect(ws.getColumn(9).width).toBeUndefined();
    // what this run's spec sets is set again: the rule ids' column hidden, the message column wide
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.getColumn(5).width).toBeGreaterThan(20);
  });

  test("the double reads back through the API what the reset leaves: standard heights and widths, nothing hidden", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    await runIn(d, (ctx) => validate(ctx, { ...OPTS, asOf: "2021-01-01" }));
    const ctx = d.context() as unknown as Excel.RequestContext;
    const below = ctx.workbook.worksheets.getItem("Перевірка").getRange("A30:Z2000");
    below.load("rowHidden,columnHidden");
    below.format.load("useStandardHeight,rowHeight");
    const past = ctx.workbook.worksheets.getItem("Перевірка").getRange("G:XFD");
    past.format.load("useStandardWidth");
    await ctx.sync();
    expect({
      rowHidden: below.rowHidden,
      standardHeight: below.format.useStandardHeight,
      height: below.format.rowHeight,
      standardWidth: past.format.useStandardWidth,
    }).toEqual({ rowHidden: false, standardHeight: true, height: 15, standardWidth: true });
    // A:Z holds the hidden rule-id column: mixed, as Excel answers
    expect(below.columnHidden).toBeNull();
  });
});

/** The rows (from 1) that have a height of their own. */
function rowsWithHeight(ws: import("exceljs").Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) out.push(r);
  });
  return out;
}

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

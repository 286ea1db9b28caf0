/** The strict double refuses what Excel refuses, with Excel's error codes, and counts what Excel counts. */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ExcelDouble } from "../../src/excel-double";
import { renderPlan, syntheticPlan } from "../fixtures/planModel";
import { writeFixture } from "../fixtures/workbook";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const PLAN = "План заходів";
type Ctx = Excel.RequestContext;
const ctxOf = (d: ExcelDouble) => d.context() as unknown as Ctx;

async function refusal(d: ExcelDouble, queue: (ctx: Ctx) => void): Promise<string> {
  const ctx = ctxOf(d);
  queue(ctx);
  return ctx.sync().then(
    () => "none",
    (e: { code?: string }) => e.code ?? "no code"
  );
}

test("loading the custom rule over a colour scale fails the request; type and customOrNullObject do not", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = ctxOf(d);
  const range = ctx.workbook.worksheets.getItem(PLAN).getRange("E6:E20");
  range.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
  await ctx.sync();
  expect(
    await refusal(d, (c) =>
      c.workbook.worksheets
        .getItem(PLAN)
        .getRange("E6")
        .conditionalFormats.load("items/custom/rule/formula")
    )
  ).toBe("InvalidOperation");
  const cfs = ctxOf(d).workbook.worksheets.getItem(PLAN).getRange("E6").conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  await d.sync();
  expect(cfs.items.map((c) => [c.type, c.customOrNullObject.isNullObject])).toEqual([
    ["ColorScale", true],
  ]);
});

test("more than 512 merged areas in one query fail it", async () => {
  const file = await writeFixture("double-merges", [
    renderPlan(syntheticPlan(3_000), { sheetName: "План" }),
  ]);
  const d = await ExcelDouble.fromFile(file);
  expect(d.merges(d.sheet("План")!).length).toBeGreaterThan(512);
  expect(
    await refusal(d, (c) =>
      c.workbook.worksheets
        .getItem("План")
        .getRange("A:Z")
        .getMergedAreasOrNullObject()
        .load("address")
    )
  ).toBe("InvalidOperation");
}, 60_000);

test("a second table of a name, letter case ignored, and a PivotTable of a table's name are refused", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = ctxOf(d);
  const ws = ctx.workbook.worksheets.add("Дані");
  ws.tables.add("A1:B3", true).name = "PlanData";
  await ctx.sync();
  expect(
    await refusal(d, (c) => {
      c.workbook.worksheets.getItem("Дані").tables.add("D1:E3", true).name = "plandata";
    })
  ).toBe("ItemAlreadyExists");
  expect(
    await refusal(d, (c) => {
      const s = c.workbook.worksheets.getItem("Дані");
      const t = s.tables.add("G1:H3", true);
      s.pivotTables.add("PlanData", t, s.getRange("K1"));
    })
  ).toBe("ItemAlreadyExists");
});

test("writes to a protected sheet and sheet changes under a protected workbook structure are AccessDenied", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  d.protect(PLAN);
  expect(
    await refusal(d, (c) => {
      c.workbook.worksheets.getItem(PLAN).getRange("A1").values = [["x"]];
    })
  ).toBe("AccessDenied");
  d.structureProtected = true;
  expect(await refusal(d, (c) => void c.workbook.worksheets.add("Нове"))).toBe("AccessDenied");
  expect(await refusal(d, (c) => c.workbook.worksheets.getItem(PLAN).delete())).toBe(
    "AccessDenied"
  );
});

test("number-like text in a General cell becomes a number, as Excel parses it; under '@' it stays text", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = ctxOf(d);
  const ws = ctx.workbook.worksheets.add("T");
  ws.getRange("A1:E1").values = [["1.10", "10%", "2021-12-31", "TRUE", "E8"]];
  ws.getRange("A2").numberFormat = [["@"]];
  ws.getRange("A2").values = [["1.10"]];
  await ctx.sync();
  const t = d.sheet("T")!;
  expect([1, 2, 3, 4, 5].map((c) => t.getRow(1).getCell(c).value)).toEqual([
    1.1,
    0.1,
    44561,
    true,
    "E8",
  ]);
  expect(t.getCell("A2").value).toBe("1.10");
});

test("a request over 5 MB is refused, and the closing round trip of Excel.run is counted", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const big = Array.from({ length: 3000 }, () => ["ж".repeat(1000)]);
  expect(
    await refusal(d, (c) => {
      c.workbook.worksheets.getItem(PLAN).getRange("K1:K3000").values = big;
    })
  ).toBe("RequestPayloadSizeLimitExceeded");
  d.resetCounts();
  await d.run(async (ctx) => {
    ctx.workbook.settings.add("k", "v");
  });
  expect(d.syncs).toBe(1);
  expect(d.settings.get("k")).toBe("v");
});

test("deleting a sheet or hiding one clears the undo history; writing to it does not", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await d.run(async (ctx) => void ctx.workbook.worksheets.add("A"));
  await d.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("A").getRange("A1").values = [["x"]];
  });
  expect(d.undoCleared).toBe(0);
  await d.run(async (ctx) => void (ctx.workbook.worksheets.getItem("A").visibility = "Hidden"));
  await d.run(async (ctx) => ctx.workbook.worksheets.getItem("A").delete());
  expect(d.undoCleared).toBe(2);
});

test("row heights, widths and hidden rows and columns: set at sync, read only when loaded, refused past Excel's limits", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = ctxOf(d);
  const ws = ctx.workbook.worksheets.getItem(PLAN);
  ws.getRange("3:4").format.rowHeight = 40;
  ws.getRange("C:C").columnHidden = true;
  // queued, not applied
  expect(d.sheet(PLAN)!.getRow(3).height).not.toBe(40);
  await ctx.sync();
  expect(d.sheet(PLAN)!.getRow(3).height).toBe(40);
  expect(d.sheet(PLAN)!.getColumn(3).hidden).toBe(true);

  const mixed = ctxOf(d).workbook.worksheets.getItem(PLAN).getRange("A2:E4");
  expect(() => mixed.format.rowHeight).toThrow(/PropertyNotLoaded/);
  mixed.format.load("rowHeight,useStandardHeight");
  mixed.load("columnHidden");
  await d.sync();
  // rows 2, 3 and 4 differ; columns A:E are some hidden, some not: Excel answers null
  expect([mixed.format.rowHeight, mixed.format.useStandardHeight, mixed.columnHidden]).toEqual([
    null,
    null,
    null,
  ]);

  expect(
    await refusal(d, (c) => {
      c.workbook.worksheets.getItem(PLAN).getRange("5:5").format.rowHeight = 410;
    })
  ).toBe("InvalidArgument");
  expect(
    await refusal(d, (c) => {
      c.workbook.worksheets.getItem(PLAN).getRange("A1").format.verticalAlignment =
        "Middle" as Excel.VerticalAlignment;
    })
  ).toBe("InvalidArgument");

  const all = ctxOf(d).workbook.worksheets.getItem(PLAN).getRange();
  all.format.useStandardHeight = true;
  all.columnHidden = false;
  await d.sync();
  expect(d.sheet(PLAN)!.getRow(3).height).toBeUndefined();
  expect(d.sheet(PLAN)!.getColumn(3).hidden).toBe(false);
});

test("a property the double does not model cannot be set: it throws instead of being kept unread", () => {
  const d = new ExcelDouble(new ExcelJS.Workbook());
  d.wb.addWorksheet("S");
  const range = ctxOf(d).workbook.worksheets.getItem("S").getRange("A1") as unknown as Record<
    string,
    unknown
  > & { format: Record<string, unknown> & { font: Record<string, unknown> } };
  expect(() => (range.format.shrinkToFit = true)).toThrow(TypeError);
  expect(() => (range.format.font.underline = "Single")).toThrow(TypeError);
  expect(() => (range.formulasLocal = [["=1"]])).toThrow(TypeError);
});

test("a defined name follows its sheet: renamed it still refers to it, deleted it is #REF!, and a new sheet of the old name is not it", async () => {
  const d = new ExcelDouble(new ExcelJS.Workbook());
  d.wb.addWorksheet("Ours");
  const ctx = ctxOf(d);
  ctx.workbook.names.add("Mark", ctx.workbook.worksheets.getItem("Ours").getRange("A1:B2"), "why");
  await ctx.sync();
  const read = async () => {
    const item = ctxOf(d).workbook.names.getItemOrNullObject("mark");
    item.load("type,formula,comment");
    await d.sync();
    return item.isNullObject ? null : [item.type, item.formula, item.comment];
  };
  expect(await read()).toEqual(["Range", "=Ours!$A$1:$B$2", "why"]);
  d.sheet("Ours")!.name = "Renamed";
  expect(await read()).toEqual(["Range", "=Renamed!$A$1:$B$2", "why"]);
  d.wb.removeWorksheet(d.sheet("Renamed")!.id);
  d.wb.addWorksheet("Renamed");
  expect(await read()).toEqual(["Error", "=#REF!$A$1:$B$2", "why"]);
  // a name in use, one Excel would take for a cell, and a name that is not there to delete
  const range = () => ctxOf(d).workbook.worksheets.getItem("Renamed").getRange("A1");
  expect(await refusal(d, (c) => c.workbook.names.add("MARK", range()))).toBe("ItemAlreadyExists");
  expect(await refusal(d, (c) => c.workbook.names.add("AB12", range()))).toBe("InvalidArgument");
  expect(await refusal(d, (c) => c.workbook.names.getItem("Other").delete())).toBe("ItemNotFound");
});

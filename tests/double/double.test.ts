/** The strict double refuses what Excel refuses, with Excel's error codes, and counts what Excel counts. */
import { join } from "node:path";
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

/**
 * @jest-environment node
 *
 * The double sizes requests as Office.js serializes them: the same calls queued on Office.js's own client
 * library (node_modules/@microsoft/office-js, Excel on the web, run in jsdom with its request sender replaced)
 * and on the double give request bodies within 10% of each other.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { ExcelDouble } from "../../src/excel-double";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const OFFICE_JS = join(
  ROOT,
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js"
);

/** What the add-in queues in a write round trip, at a small scale: values, formats, styles, links, comments. */
function script(ctx: Excel.RequestContext, n: number): void {
  const ws = ctx.workbook.worksheets.getItem("План заходів");
  ws.getRange("A1:C2").values = [
    ["Захід", "1.1", 3],
    ["Відділ освіти", "2021", ""],
  ];
  for (let i = 0; i < n; i++) ws.getRangeByIndexes(i, 0, 1, 1).numberFormat = [["@"]];
  for (let i = 0; i < n; i++) {
    const r = ws.getRange(`A${i + 6}:G${i + 6}`);
    r.format.fill.color = "#F8CBAD";
    r.format.font.bold = true;
    r.format.wrapText = true;
  }
  for (let i = 0; i < n; i++)
    ws.getRange(`A${i + 6}`).hyperlink = {
      documentReference: `'План заходів'!E${i + 8}`,
      textToDisplay: `E${i + 8}`,
    };
  for (let i = 0; i < n; i++)
    ctx.workbook.comments.add(
      `'План заходів'!E${i + 8}`,
      "Plan Check:\n1.1.1: Термін «2021» минув 2021-12-31, а захід не виконано (стан: не зазначено)."
    );
  const cf = ws.getRange("A5:E77").conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = "='PlanCheck_Marks'!A5=1";
  cf.custom.format.fill.color = "#F8CBAD";
  ctx.workbook.settings.add("PlanCheck", JSON.stringify({ version: 1, owned: {} }));
  const added = ctx.workbook.worksheets.add("Перевірка");
  added.getRange("A1:B1").values = [["Клітинка", "Повідомлення"]];
  added.visibility = Excel.SheetVisibility.hidden;
  ws.getUsedRangeOrNullObject(true).load("address,values,numberFormat");
}

/** The same calls on the items of a loaded sheet list: Office.js names each item by its id. */
function onItems(ctx: Excel.RequestContext, sheets: Excel.WorksheetCollection, n: number): void {
  for (let i = 0; i < n; i++) {
    const ws = sheets.items[i % sheets.items.length];
    ws.getRangeByIndexes(i, 0, 1, 3).values = [["Захід", `1.${i}`, i]];
    ws.getUsedRangeOrNullObject(true).load("address");
  }
  ctx.workbook.settings.add("PlanCheck", "{}");
}

async function officeJsBytes(n: number, items = false): Promise<number> {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const w = dom.window as unknown as {
    eval: (s: string) => void;
    Excel: typeof Excel & { RequestContext: new (url: string) => Excel.RequestContext };
    OfficeExtension: {
      HttpUtility: {
        setCustomSendRequestFunc: (f: (r: { body: unknown }) => Promise<unknown>) => void;
      };
    };
  };
  w.eval(readFileSync(OFFICE_JS, "utf8"));
  let bytes = 0;
  w.OfficeExtension.HttpUtility.setCustomSendRequestFunc((req) => {
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    bytes = Buffer.byteLength(text, "utf8");
    // a sheet list's answer, as Excel on the web gives it: items by id
    const query = (
      JSON.parse(text) as { Actions: { Id: number; ActionType: number }[] }
    ).Actions.find((a) => a.ActionType === 2);
    const sheetList = {
      _Items: ["{S1}", "{S2}"].map((id, i) => ({
        _Id: id,
        Id: id,
        Name: i ? "Звіт" : "План заходів",
      })),
    };
    const results = items && query ? [{ ActionId: query.Id, Value: sheetList }] : [];
    return Promise.resolve({
      statusCode: 200,
      headers: {},
      body: JSON.stringify({ Results: results }),
    });
  });
  const g = globalThis as unknown as { Excel?: unknown };
  g.Excel = w.Excel;
  try {
    const ctx = new w.Excel.RequestContext("https://localhost/workbook");
    if (items) {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/id");
      await ctx.sync();
      onItems(ctx, sheets, n);
    } else script(ctx, n);
    await ctx.sync().catch(() => undefined);
  } finally {
    delete g.Excel;
  }
  return bytes;
}

async function doubleBytes(n: number, items = false): Promise<number> {
  const d = await ExcelDouble.fromFile(SEED);
  if (items) {
    d.wb.addWorksheet("Звіт");
    const ctx = d.context() as unknown as Excel.RequestContext;
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    await ctx.sync();
    onItems(ctx, sheets, n);
    return d.request.size;
  }
  const g = globalThis as unknown as { Excel?: unknown };
  g.Excel = { ConditionalFormatType: { custom: "Custom" }, SheetVisibility: { hidden: "Hidden" } };
  try {
    script(d.context() as unknown as Excel.RequestContext, n);
  } finally {
    delete g.Excel;
  }
  return d.request.size;
}

test.each([10, 200])(
  "a write round trip of %i rows is sized within 10%% of Office.js's own serializer",
  async (n) => {
    const real = await officeJsBytes(n);
    const ours = await doubleBytes(n);
    expect(real).toBeGreaterThan(1000);
    expect(Math.abs(ours - real) / real).toBeLessThan(0.1);
  },
  60_000
);

test.each([10, 200])(
  "calls on %i items of a loaded sheet list are sized within 10%% of Office.js's own serializer",
  async (n) => {
    const real = await officeJsBytes(n, true);
    const ours = await doubleBytes(n, true);
    expect(real).toBeGreaterThan(500);
    expect(Math.abs(ours - real) / real).toBeLessThan(0.1);
  },
  60_000
);

/**
 * What the pane asks of the Excel adapter, against the Excel API double: the as-of date the workbook keeps,
 * else the title's, else today's; only a date the user gave is kept; Validate leaves the plan sheet in view;
 * a header row and roles set by hand (a role in no column included) are read back from the workbook.
 */
import { inspect, saveChoices, validate } from "../../src/excel/operations";
import type { Capabilities } from "../../src/excel/read";
import { SETTINGS_KEY } from "../../src/excel/state";
import { errorMessage } from "../../src/taskpane/hooks/usePlanCheck";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { writeFixture } from "../fixtures/workbook";

const ALL: Capabilities = { mergedAreas: true, comments: true };
/** An operation as the add-in runs it: in Excel.run, whose closing round trip sends what was queued. */
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const OPTS = { lang: "uk" as const, caps: ALL, today: "2026-12-01", builtAt: "2026-12-01 10:00" };
const state = (d: ExcelDouble) => JSON.parse(d.settings.get(SETTINGS_KEY) as string);

async function titled(): Promise<ExcelDouble> {
  const sheet = renderPlan(
    { ...CLEAN_PLAN, title: [...CLEAN_PLAN.title, "Звіт про виконання станом на 30.06.2023"] },
    { sheetName: "План" }
  );
  return ExcelDouble.fromFile(await writeFixture("titled-as-of", [sheet]));
}

test("a plan titled “станом на 30.06.2023” is read as of that date, and the date is not kept as the user's", async () => {
  const d = await titled();
  const seen = await runIn(d, (ctx) => inspect(ctx, OPTS));
  expect(seen.result!.asOf).toEqual({ date: "2023-06-30", source: "title" });
  const out = await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(out.result!.asOf).toEqual({ date: "2023-06-30", source: "title" });
  expect(state(d).asOf).toBeUndefined();
  // the findings sheet says the date it was checked as of (written the user's way or as ISO)
  expect(String(d.sheet("Перевірка")!.getCell("A2").value)).toMatch(/30\.06\.2023|2023-06-30/);
});

test("a date the user keeps wins over the title's, and Validate keeps it", async () => {
  const d = await titled();
  await runIn(d, (ctx) => saveChoices(ctx, ALL, { asOf: "2024-01-01" }));
  const out = await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(out.result!.asOf).toEqual({ date: "2024-01-01", source: "user" });
  expect(state(d).asOf).toBe("2024-01-01");
});

test("Validate leaves the plan sheet in view: the findings sheet is written, not shown", async () => {
  const d = await titled();
  d.activeSheet = "План";
  await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(d.sheet("Перевірка")).toBeDefined();
  expect(d.activeSheet).toBe("План");
});

test("a header row and roles set by hand are read back from the workbook, a role in no column left out", async () => {
  const sheet = renderPlan(CLEAN_PLAN, {
    sheetName: "План",
    headers: { measure: "Що робимо", executors: "Хто робить", deadline: "Коли" },
  });
  const d = await ExcelDouble.fromFile(await writeFixture("by-hand", [sheet]));
  expect((await runIn(d, (ctx) => inspect(ctx, OPTS))).key).toBe("excel.no-plan");
  const headerRow = sheet.rows.findIndex((r) => r.includes("Що робимо")) + 1;
  await runIn(d, (ctx) =>
    saveChoices(ctx, ALL, {
      planSheet: "План",
      headerRow,
      columns: {
        measure: "C",
        executors: "D",
        deadline: "",
        nationalTask: "A",
        nationalMeasure: "B",
      },
    })
  );
  const out = await runIn(d, (ctx) => inspect(ctx, OPTS));
  expect(out.ok).toBe(true);
  expect(out.result!.plan.layout.headerRows).toEqual([headerRow]);
  expect(out.result!.plan.layout.columns).toEqual({
    nationalTask: 0,
    nationalMeasure: 1,
    measure: 2,
    executors: 3,
  });
});

test("Excel's errors are said in the user's words, with Excel's own only where there are none", () => {
  const excel = (code: string, message = "raw") => Object.assign(new Error(message), { code });
  expect(errorMessage(excel("AccessDenied"))).toEqual({
    ok: false,
    key: "pane.error.access-denied",
    params: {},
  });
  expect(errorMessage(excel("ResponsePayloadSizeLimitExceeded")).key).toBe("pane.error.too-large");
  expect(errorMessage(excel("InvalidOperationInCellEditMode")).key).toBe("excel.cell-edit");
  expect(errorMessage(excel("GeneralException", "Something odd"))).toEqual({
    ok: false,
    key: "excel.error",
    params: { message: "Something odd" },
  });
});

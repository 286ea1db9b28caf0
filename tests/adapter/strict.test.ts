/**
 * The adapter where real Excel is stricter than a kind double (issue 12): each test names a breakage the
 * strict double (src/excel-double) now refuses as Excel does, and what the adapter does about it. Counts
 * come from the engine's own result, never pinned.
 */
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { computeMarks, MARK_ORDER } from "../../src/core/marks";
import type { Capabilities } from "../../src/excel/read";
import {
  buildSummary,
  clearHighlights,
  validate,
  type RunOptions,
} from "../../src/excel/operations";
import { MARKS_SHEET, SETTINGS_KEY, SHEET_MARK } from "../../src/excel/state";
import { ExcelDouble } from "../double/excelDouble";
import { runCliUk } from "../fixtures/cli";
import { CLEAN_PLAN, renderPlan, syntheticPlan } from "../fixtures/planModel";
import { tempDir, writeFixture } from "../fixtures/workbook";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS: RunOptions = { lang: "uk", asOf: "2023-06-30", caps: ALL, builtAt: "2023-06-30 10:00" };

const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const names = (d: ExcelDouble) => d.wb.worksheets.map((w) => w.name);

async function engineOf(file: string) {
  const r = checkWorkbook(await readWorkbookGrids(file), { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error("no plan");
  return r;
}

test("a colour scale of the user's over the marked area does not break validating again or clearing", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const ctx = d.context() as unknown as Excel.RequestContext;
  ctx.workbook.worksheets
    .getItem("План заходів")
    .getRange("E6:E77")
    .conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
  await ctx.sync();
  const again = await runIn(d, (c) => validate(c, OPTS));
  expect(again.ok).toBe(true);
  expect(await runIn(d, (c) => clearHighlights(c, OPTS))).toMatchObject({
    ok: true,
    key: "excel.cleared",
  });
  // the user's format stays; ours are gone
  expect(d.metaOf(d.sheet("План заходів")!).cfs.map((c) => c.type)).toEqual(["ColorScale"]);
});

test("a plan with more merged areas than one query may return is read whole, its merges included", async () => {
  const file = await writeFixture("many-merges", [
    renderPlan(syntheticPlan(3_000), { sheetName: "План" }),
  ]);
  const d = await ExcelDouble.fromFile(file);
  const merges = d.merges(d.sheet("План")!).length;
  expect(merges).toBeGreaterThan(512);
  const out = await runIn(d, (ctx) => validate(ctx, OPTS));
  const engine = await engineOf(file);
  expect(out.result!.plan.measures).toHaveLength(engine.plan.measures.length);
  expect(out.result!.findings).toEqual(engine.findings);
  expect(out.notices).toEqual([]);
}, 120_000);

test("a copy written by plan-check --out goes through Validate, Build summary and Clear without a duplicate name", async () => {
  const copy = join(tempDir(), "checked-copy.xlsx");
  const res = await runCliUk([SEED, "--as-of", "2023-06-30", "--out", copy]);
  expect(res.code).not.toBe(2);
  const d = await ExcelDouble.fromFile(copy);
  const before = [...d.tableNames()];
  expect(before).toContain("plandata");
  expect((await runIn(d, (ctx) => validate(ctx, OPTS))).ok).toBe(true);
  const summary = await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  expect(summary.ok).toBe(true);
  expect((await runIn(d, (ctx) => validate(ctx, OPTS))).ok).toBe(true);
  expect((await runIn(d, (ctx) => buildSummary(ctx, OPTS))).ok).toBe(true);
  expect((await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).ok).toBe(true);
  const sheetNames = names(d).map((n) => n.toLowerCase());
  expect(new Set(sheetNames).size).toBe(sheetNames.length);
  const tables = d.wb.worksheets.flatMap((w) => [
    ...d.metaOf(w).tables.map((t) => t.name.toLowerCase()),
    ...d.metaOf(w).pivots.map((p) => p.name.toLowerCase()),
  ]);
  expect(new Set(tables).size).toBe(tables.length);
  const pivot = d.wb.worksheets.flatMap((w) => d.metaOf(w).pivots)[0];
  expect(pivot.source).not.toBe("PlanData");
  expect(tables).toContain(pivot.source.toLowerCase());
}, 60_000);

test("goal numbers and other number-like text are written as text: '1' stays '1' in the data table", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const out = await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  const data = d.sheet(out.sheets!.data!)!;
  const header = data.getRow(1).values as unknown[];
  const col = header.indexOf("Стратегічна ціль");
  expect(col).toBeGreaterThan(0);
  const firstMeasure = out.result!.plan.measures[0];
  expect(data.getCell(2, col).value).toBe(firstMeasure.strategicGoal);
  expect(typeof data.getCell(2, col).value).toBe("string");
  // the double parses such text in a General cell, as Excel does
  const ws = d.wb.addWorksheet("scratch");
  d.writeValue(ws, 0, 0, "1.10");
  expect(ws.getCell("A1").value).toBe(1.1);
});

test("a workbook whose structure is protected: a clear message and nothing written; once the sheets exist, validating again works", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  d.structureProtected = true;
  expect(await runIn(d, (ctx) => validate(ctx, OPTS))).toMatchObject({
    ok: false,
    key: "excel.structure-protected",
  });
  expect(names(d)).toEqual(["План заходів"]);
  expect(d.settings.size).toBe(0);
  d.structureProtected = false;
  await runIn(d, (ctx) => validate(ctx, OPTS));
  d.structureProtected = true;
  expect((await runIn(d, (ctx) => validate(ctx, OPTS))).ok).toBe(true);
  // Clear adds and deletes no sheet
  expect((await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).ok).toBe(true);
});

test("a comment of the user's on the same cell of another sheet does not keep the plan's cell from its message", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  d.wb.addWorksheet("Нотатки");
  d.metaOf(d.sheet("Нотатки")!);
  const ctx = d.context() as unknown as Excel.RequestContext;
  ctx.workbook.comments.add("'Нотатки'!E63", "my own note");
  await ctx.sync();
  await runIn(d, (c) => validate(c, OPTS));
  expect(
    d.comments
      .filter((c) => c.cell === "E63")
      .map((c) => c.sheet)
      .sort()
  ).toEqual(["Нотатки", "План заходів"]);
});

test("a plan over several sheets is highlighted on every one of them", async () => {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  one.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  two.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  const file = await writeFixture("plan-two-sheets-marks", [
    renderPlan(one, { sheetName: "Ціль 1" }),
    renderPlan(two, { sheetName: "Ціль 2" }),
  ]);
  const d = await ExcelDouble.fromFile(file);
  const out = await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(out.result!.plan.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
  for (const sheet of ["Ціль 1", "Ціль 2"]) {
    const marks = computeMarks(out.result!.findings, "uk", sheet);
    expect(marks.length).toBeGreaterThan(0);
    const cfs = d.metaOf(d.sheet(sheet)!).cfs;
    expect(cfs.length).toBeGreaterThan(0);
    // each mark's code is in the helper cell its sheet's formats read
    const formula = cfs[0].formula;
    const at = /!([A-Z]+)(\d+)=/.exec(formula)!;
    const area = cfs[0].range.split(":")[0];
    const [, areaCol, areaRow] = /^([A-Z]+)(\d+)$/.exec(area)!;
    const helper = d.sheet(MARKS_SHEET)!;
    const colShift = letters(at[1]) - letters(areaCol);
    const rowShift = Number(at[2]) - Number(areaRow);
    for (const m of marks)
      expect(helper.getCell(m.row + 1 + rowShift, m.col + 1 + colShift).value).toBeGreaterThan(0);
  }
  expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({ ok: true });
  expect(d.metaOf(d.sheet("Ціль 2")!).cfs).toEqual([]);
});

function letters(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

test("where the host has notes (ExcelApi 1.18) the messages are notes; elsewhere threaded comments with the user's name", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const out = await runIn(d, (ctx) => validate(ctx, { ...OPTS, caps: { ...ALL, notes: true } }));
  const marks = computeMarks(out.result!.findings, "uk", "План заходів");
  expect(d.notes).toHaveLength(marks.length);
  expect(d.comments).toEqual([]);
  await runIn(d, (ctx) => clearHighlights(ctx, { caps: { ...ALL, notes: true } }));
  expect(d.notes).toEqual([]);
  const e = await ExcelDouble.fromFile(SEED);
  await runIn(e, (ctx) => validate(ctx, OPTS));
  expect(e.comments).toHaveLength(marks.length);
  expect(new Set(e.comments.map((c) => c.author))).toEqual(new Set([e.userName]));
});

test("validating and rebuilding again reuse the add-in's sheets: the user's undo history is kept", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  // the second summary adds the sheet of what changed since the first: only a first run creates sheets
  await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  const ids = d.wb.worksheets.map((w) => d.metaOf(w).id);
  const cleared = d.undoCleared;
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(d.undoCleared).toBe(cleared);
  expect(d.wb.worksheets.map((w) => d.metaOf(w).id)).toEqual(ids);
  // every sheet of ours is known by its mark; the state names none (ids do not last past a session)
  const marked = [...d.names].filter(
    ([n, r]) => n.startsWith(SHEET_MARK) && d.wb.worksheets.includes(r.ws)
  );
  expect(marked.map(([n]) => n.slice(SHEET_MARK.length)).sort()).toEqual([
    "changes",
    "data",
    "findings",
    "marks",
    "overdue",
    "pivot",
    "summary",
  ]);
  expect(JSON.parse(d.settings.get(SETTINGS_KEY) as string).owned).toEqual({});
  // the rewritten sheets hold this run's contents only
  const data = d.metaOf(d.sheet("Дані плану")!);
  expect(data.tables.map((t) => t.name)).toEqual(["PlanData", "PlanExecutors"]);
  expect(d.wb.worksheets.flatMap((w) => d.metaOf(w).pivots)).toHaveLength(1);
});

// every request at 10,000 measures and 2,000 findings under 5 MB: in excel.test.ts, beside the round trips

test("Clear on a plan sheet protected since Validate, and Build summary over a protected sheet of ours: a clear message, nothing changed", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) => buildSummary(ctx, OPTS));
  d.protect("План заходів");
  const cfs = d.metaOf(d.sheet("План заходів")!).cfs.length;
  expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
    ok: false,
    key: "excel.protected",
    params: { sheet: "План заходів" },
  });
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(cfs);
  d.protect("Зведення");
  expect(await runIn(d, (ctx) => buildSummary(ctx, OPTS))).toMatchObject({
    ok: false,
    key: "excel.protected",
    params: { sheet: "Зведення" },
  });
});

test("Validate again over its own findings sheet that the user protected: a clear message, the highlights kept", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const cfs = d.metaOf(d.sheet("План заходів")!).cfs.length;
  d.protect("Перевірка");
  expect(await runIn(d, (ctx) => validate(ctx, { ...OPTS, asOf: "2024-06-30" }))).toMatchObject({
    ok: false,
    key: "excel.protected",
    params: { sheet: "Перевірка" },
  });
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(cfs);
  expect(d.sheet("Перевірка")!.getCell("A2").value).toContain("30.06.2023");
});

test("highlights left by an earlier version (no area names, one marked sheet in the state) are replaced and cleared", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = d.context() as unknown as Excel.RequestContext;
  const helper = ctx.workbook.worksheets.add(MARKS_SHEET);
  // hidden, as that version left it
  helper.visibility = "Hidden" as Excel.SheetVisibility;
  helper.load("id");
  const cf = ctx.workbook.worksheets
    .getItem("План заходів")
    .getRange("A5:E77")
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  cf.custom.rule.formula = `='${MARKS_SHEET}'!A5=1`;
  await ctx.sync();
  d.settings.set(
    SETTINGS_KEY,
    JSON.stringify({
      version: 1,
      owned: { marks: helper.id },
      marks: { sheet: "План заходів", address: "A5:E77" },
    })
  );
  const sheets = d.wb.worksheets.map((w) => w.name);
  await runIn(d, (c) => validate(c, OPTS));
  // that version's helper sheet is ours again, and marked: no second one, only the findings sheet added
  expect(d.wb.worksheets.map((w) => w.name)).toEqual([...sheets, "Перевірка"]);
  expect(d.names.get(`${SHEET_MARK}marks`)!.ws.name).toBe(MARKS_SHEET);
  const formulas = d.metaOf(d.sheet("План заходів")!).cfs.map((c) => c.formula);
  expect(new Set(formulas).size).toBe(formulas.length);
  expect(formulas.every((f) => f.startsWith(`='${MARKS_SHEET}'!`))).toBe(true);
  await runIn(d, (c) => clearHighlights(c, OPTS));
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toEqual([]);
  expect(d.wb.worksheets.map((w) => w.name)).toEqual([...sheets, "Перевірка"]);
});

test("with notes, a threaded comment of the user's keeps its cell: no note is added over it", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  const ctx = d.context() as unknown as Excel.RequestContext;
  ctx.workbook.comments.add("'План заходів'!E63", "my own comment");
  await ctx.sync();
  const caps = { ...ALL, notes: true };
  const out = await runIn(d, (c) => validate(c, { ...OPTS, caps }));
  expect(out.ok).toBe(true);
  expect(d.notes.some((n) => n.cell === "E63")).toBe(false);
  expect(d.comments.map((c) => c.content)).toEqual(["my own comment"]);
});

test("a window of rows holding more than 512 merged areas is asked again in halves, and the plan is read as the engine reads it", async () => {
  const sheet = renderPlan(CLEAN_PLAN, { sheetName: "План" });
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const merges = [...(sheet.merges ?? [])];
  // three merged pairs a row beside the plan, over 300 rows: 900 areas in the first window of rows
  const col = (i: number) => String.fromCharCode(65 + width + 1 + i);
  for (let r = 0; r < 300; r++) {
    const row = (sheet.rows[r] ??= []);
    for (let k = 0; k < 3; k++) {
      row[width + 1 + 2 * k] = "·";
      merges.push(`${col(2 * k)}${r + 1}:${col(2 * k + 1)}${r + 1}`);
    }
  }
  const file = await writeFixture("dense-merges", [{ ...sheet, merges }]);
  const d = await ExcelDouble.fromFile(file);
  const out = await runIn(d, (ctx) => validate(ctx, OPTS));
  const engine = await engineOf(file);
  expect(out.ok).toBe(true);
  expect(out.result!.findings).toEqual(engine.findings);
  expect(out.notices).toEqual([]);
  expect(d.syncs).toBeGreaterThan(3);
}, 60_000);

test("a host that fails the chain through a missing name still validates, rebuilds and clears (the areas found by address)", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  d.missingNameChainFails = true;
  expect((await runIn(d, (ctx) => validate(ctx, OPTS))).ok).toBe(true);
  // no area names; the sheets' marks need no chain through a name and are given
  expect([...d.names.keys()].sort()).toEqual([`${SHEET_MARK}findings`, `${SHEET_MARK}marks`]);
  expect((await runIn(d, (ctx) => validate(ctx, OPTS))).ok).toBe(true);
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(MARK_ORDER.length);
  expect(await runIn(d, (ctx) => clearHighlights(ctx, OPTS))).toMatchObject({
    ok: true,
    key: "excel.cleared",
  });
  expect(d.metaOf(d.sheet("План заходів")!).cfs).toEqual([]);
});

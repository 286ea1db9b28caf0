/**
 * The Excel adapter against the Excel API double (tests/double): round trips, highlights that leave the
 * user's cells alone, sheets that are ours and only ours, summaries that equal the engine's numbers.
 */
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { MAX_CELLS_PER_SYNC, type Capabilities } from "../../src/excel/read";
import {
  buildSummary,
  clearHighlights,
  inspect,
  saveChoices,
  validate,
  type RunOptions,
} from "../../src/excel/operations";
import { findingMessage } from "../../src/core/report";
import { computeMarks, MARK_CODES, MARK_FILLS, MARK_ORDER } from "../../src/core/marks";
import { MARKS_SHEET, SETTINGS_KEY, SHEET_MARK } from "../../src/excel/state";
import { ExcelDouble } from "../double/excelDouble";
import { renderPlan, syntheticPlan, CLEAN_PLAN } from "../fixtures/planModel";
import { cellsOf, fixtureWorkbook, tempDir, writeFixture } from "../fixtures/workbook";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS: RunOptions = { lang: "uk", asOf: "2023-06-30", caps: ALL, builtAt: "2023-06-30 10:00" };

const ctxOf = (d: ExcelDouble) => d.context() as unknown as Excel.RequestContext;
/** An operation as the add-in runs it: in Excel.run, whose closing round trip sends what was queued. */
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));

let synthetic: string;
beforeAll(async () => {
  synthetic = join(tempDir(), "synthetic-10000.xlsx");
  await fixtureWorkbook([renderPlan(syntheticPlan(10_000), { sheetName: "План" })]).xlsx.writeFile(
    synthetic
  );
}, 60_000);

describe("round trips", () => {
  test("the same number of context.sync() calls for the 65-measure seed and the 10,000-measure plan", async () => {
    const counts = [];
    for (const file of [SEED, synthetic]) {
      const d = await ExcelDouble.fromFile(file);
      const v1 = await runIn(d, (ctx) => validate(ctx, OPTS));
      const validateSyncs = d.syncs;
      let maxBytes = d.maxRequestBytes;
      let maxResponse = d.maxResponseBytes;
      d.resetCounts();
      await runIn(d, (ctx) => validate(ctx, OPTS));
      const revalidateSyncs = d.syncs;
      maxBytes = Math.max(maxBytes, d.maxRequestBytes);
      maxResponse = Math.max(maxResponse, d.maxResponseBytes);
      d.resetCounts();
      await runIn(d, (ctx) => buildSummary(ctx, OPTS));
      const summarySyncs = d.syncs;
      maxBytes = Math.max(maxBytes, d.maxRequestBytes);
      maxResponse = Math.max(maxResponse, d.maxResponseBytes);
      d.resetCounts();
      await runIn(d, (ctx) => clearHighlights(ctx, OPTS));
      counts.push({
        ok: v1.ok,
        findings: v1.result?.findings.length ?? 0,
        validateSyncs,
        revalidateSyncs,
        summarySyncs,
        clearSyncs: d.syncs,
        maxBytes: Math.max(maxBytes, d.maxRequestBytes),
        maxResponse: Math.max(maxResponse, d.maxResponseBytes),
      });
    }
    // the closing round trip of every Excel.run counted; more only where a request would pass 5 MB
    for (const c of counts) {
      expect(c.ok).toBe(true);
      expect(c.validateSyncs).toBeLessThanOrEqual(3);
      expect(c.revalidateSyncs).toBeLessThanOrEqual(3);
      expect(c.clearSyncs).toBeLessThanOrEqual(2);
      // 10,000 measures' data table sits at the 4.5 MB budget of a request: a label a few bytes longer costs one more
      expect(c.summarySyncs).toBeLessThanOrEqual(5);
    }
    expect(counts[0]).toMatchObject({ validateSyncs: 3, revalidateSyncs: 3, clearSyncs: 2 });
    // Excel on the web rejects requests or responses over 5 MB: every one of Validate, Build summary and
    // Clear stays under, at 10,000 measures and 2,000 findings
    expect(counts[1].findings).toBeGreaterThanOrEqual(2_000);
    expect(counts[1].maxBytes).toBeLessThan(5_000_000);
    expect(counts[1].maxResponse).toBeLessThan(5_000_000);
  }, 120_000);

  test("a sheet beyond one response is read in row blocks, and still gives the whole plan, each request and answer under 5 MB", async () => {
    const measures = Math.ceil((MAX_CELLS_PER_SYNC * 1.5) / 5);
    // the workbook as ExcelJS holds it, not written to a file and read back: the blocks are the point here
    const d = new ExcelDouble(
      fixtureWorkbook([renderPlan(syntheticPlan(measures), { sheetName: "План" })])
    );
    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(out.result!.plan.measures).toHaveLength(measures);
    // the whole used range refused once, then its size, the merged areas and the blocks
    expect(d.responseBytes.filter((b) => b > 5 * 1024 * 1024)).toHaveLength(1);
    expect(d.syncs).toBeGreaterThan(3);
    expect(d.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(d.responseBytes.filter((b) => b <= 5 * 1024 * 1024)).toHaveLength(d.syncs - 1);
  }, 120_000);

  test("a response Excel refuses as too large is read again in smaller blocks", async () => {
    const d = await ExcelDouble.fromFile(synthetic);
    d.payloadLimit = 2 * 1024 * 1024;
    const out = await runIn(d, (ctx) => inspect(ctx, OPTS));
    expect(out.result!.plan.measures).toHaveLength(10_000);
    // the same workbook without the limit (inspecting writes nothing: one read of the file serves both)
    expect(out.result!.findings).toEqual(
      (await runIn(new ExcelDouble(d.wb), (ctx) => inspect(ctx, OPTS))).result!.findings
    );
    // the whole used range was refused, then blocks in halves until they fitted
    const limit = 2 * 1024 * 1024;
    const lastRefused = d.responseBytes.map((b) => b > limit).lastIndexOf(true);
    expect(lastRefused).toBeGreaterThan(0);
    expect(d.responseBytes.slice(lastRefused + 1).every((b) => b <= limit)).toBe(true);
  }, 120_000);
});

describe("validate", () => {
  test("finds what the engine finds and lists it on the findings sheet, with a link to each cell", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    const engine = checkWorkbook(await readWorkbookGrids(SEED), { asOf: "2023-06-30" });
    if (!("plan" in engine)) throw new Error("no plan");
    expect(out).toMatchObject({
      ok: true,
      key: "excel.validated",
      params: {
        errors: engine.summary.findings.error,
        warnings: engine.summary.findings.warning,
        sheet: "Перевірка",
      },
    });
    expect(out.result!.findings).toEqual(engine.findings);
    const ws = d.sheet("Перевірка")!;
    expect(ws.getCell("A6").value).toBe(engine.findings[0].cell);
    expect(d.metaOf(ws).hyperlinks.get("A6")).toBe(`'План заходів'!${engine.findings[0].cell}`);
    expect(ws.getCell("E6").value).toBe(findingMessage(engine.findings[0], "uk"));
    // the rule's id beside its title, in a hidden column, for filtering
    expect(ws.getCell("F6").value).toBe(engine.findings[0].rule);
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.rowCount).toBe(5 + engine.findings.length);
    // the highlights stay in view: the findings sheet is written, the plan sheet shown
    expect(d.activeSheet).toBe("План заходів");
    const state = JSON.parse(d.settings.get(SETTINGS_KEY) as string);
    expect(state).toMatchObject({
      planSheet: "План заходів",
      asOf: "2023-06-30",
      marks: [{ sheet: "План заходів", address: "A5:E77" }],
    });
    // the sheets made in this request carry the add-in's marks: workbook names that refer to them
    expect(
      [...d.names.entries()]
        .filter(([n]) => n.startsWith(SHEET_MARK))
        .map(([n, r]) => [n, r.ws.name])
        .sort()
    ).toEqual([
      [`${SHEET_MARK}findings`, "Перевірка"],
      [`${SHEET_MARK}marks`, MARKS_SHEET],
    ]);
  });

  test("highlights overdue and missing entries with conditional formats driven by a hidden helper range", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    const plan = d.sheet("План заходів")!;
    const cfs = d.metaOf(plan).cfs;
    // one format per mark kind, in the core's order and colours
    expect(cfs.map((c) => [c.type, c.range, c.formula, c.fill])).toEqual(
      MARK_ORDER.map((kind) => [
        "Custom",
        "A5:E77",
        `='${MARKS_SHEET}'!A5=${MARK_CODES[kind]}`,
        MARK_FILLS[kind],
      ])
    );
    const helper = d.sheet(MARKS_SHEET)!;
    expect(d.metaOf(helper).visibility).toBe("Hidden");
    // every mark's code in its cell of the helper, and 0 elsewhere
    const out = await runIn(await ExcelDouble.fromFile(SEED), (ctx) => validate(ctx, OPTS));
    const marks = computeMarks(out.result!.findings, "uk", "План заходів");
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(helper.getCell(m.cell).value).toBe(MARK_CODES[m.kind]);
    const marked = new Set(marks.map((m) => m.cell));
    expect(
      ["C8", "A6", "B5"].filter((c) => !marked.has(c)).map((c) => helper.getCell(c).value)
    ).toEqual(["C8", "A6", "B5"].filter((c) => !marked.has(c)).map(() => 0));
  });

  test("puts each message on its cell as a comment, where the host has comments", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    const c = d.comments.find((x) => x.cell === "E63")!;
    expect(c).toMatchObject({
      sheet: "План заходів",
      content: "Plan Check:\n4.4.3: Захід 4.4.3 не має терміну виконання.",
    });
    expect(d.comments).toHaveLength(new Set(d.comments.map((x) => x.cell)).size);
  });

  test("validating again replaces the highlights instead of stacking them", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    const comments = d.comments.length;
    await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(MARK_ORDER.length);
    expect(d.comments).toHaveLength(comments);
    expect(d.wb.worksheets.map((w) => w.name)).toEqual(["План заходів", MARKS_SHEET, "Перевірка"]);
  });

  test("then Clear highlights leaves every cell's value and format exactly as before", async () => {
    const original = await ExcelDouble.fromFile(REPORT);
    const before = cellsOf(original.sheet("Звіт 2023")!);
    const d = await ExcelDouble.fromFile(REPORT);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    const out = await runIn(d, (ctx) => clearHighlights(ctx, OPTS));
    expect(out).toMatchObject({ ok: true, key: "excel.cleared" });
    expect(cellsOf(d.sheet("Звіт 2023")!)).toEqual(before);
    expect(d.metaOf(d.sheet("Звіт 2023")!).cfs).toEqual([]);
    expect(d.comments).toEqual([]);
    // the helper sheet stays, empty: deleting it would clear the user's undo history
    expect(d.usedArea(d.sheet(MARKS_SHEET)!)).toBeNull();
  });

  test("keeps the user's own conditional formats and comments", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const ctx = ctxOf(d);
    const plan = ctx.workbook.worksheets.getItem("План заходів");
    const mine = plan.getRange("E6:E77").conditionalFormats.add("Custom");
    mine.custom.rule.formula = '=E6="2021"';
    mine.custom.format.fill.color = "#00FF00";
    ctx.workbook.comments.add("'План заходів'!E63", "my own note");
    await ctx.sync();
    await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(d.comments.filter((c) => c.cell === "E63").map((c) => c.content)).toEqual([
      "my own note",
    ]);
    await runIn(d, (ctx) => clearHighlights(ctx, OPTS));
    expect(d.metaOf(d.sheet("План заходів")!).cfs.map((c) => c.formula)).toEqual(['=E6="2021"']);
    expect(d.comments.map((c) => c.content)).toEqual(["my own note"]);
  });
});

describe("build summary", () => {
  test("writes the summary, the data tables and a PivotTable whose numbers equal the engine's", async () => {
    const d = await ExcelDouble.fromFile(REPORT);
    const out = await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    expect(out).toMatchObject({
      ok: true,
      key: "excel.summary-built",
      sheets: { summary: "Зведення", data: "Дані плану", pivot: "Зведена таблиця" },
    });
    const s = out.result!.summary;
    const ws = d.sheet("Зведення")!;
    // the first strategic goal's row and the total row: measures, then one column per status, adding up
    const statuses = Array.from({ length: 9 }, (_, i) => i + 4);
    const g1 = s.byStrategicGoal[0];
    expect(ws.getRow(6).getCell(1).value).toBe("1");
    expect([3, ...statuses].map((c) => ws.getRow(6).getCell(c).value)).toEqual([
      g1.measures,
      ...Object.values(g1.byStatus),
    ]);
    let totalRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "Усього") totalRow = r;
    });
    const total = [3, ...statuses].map((c) => ws.getRow(totalRow).getCell(c).value as number);
    expect(total).toEqual([s.total.measures, ...Object.values(s.total.byStatus)]);
    expect(total.slice(1).reduce((a, b) => a + b, 0)).toBe(total[0]);
    expect(s.total.measures).toBe(65);
    const chart = d.metaOf(ws).charts[0];
    expect(chart).toMatchObject({
      type: "ColumnStacked",
      seriesBy: "Columns",
      title: "Заходи за станом виконання і стратегічними цілями",
    });
    const data = d.metaOf(d.sheet("Дані плану")!);
    // one row per measure and canonical body (a body named twice in a cell is one pair)
    const pairs = out.result!.plan.measures.reduce(
      (n, m) => n + new Set(m.executors.map((e) => s.executorNames[e])).size,
      0
    );
    expect(data.tables.map((t) => [t.name, t.range])).toEqual([
      ["PlanData", "A1:N66"],
      ["PlanExecutors", `P1:S${1 + pairs}`],
    ]);
    expect(d.metaOf(d.sheet("Зведена таблиця")!).pivots).toEqual([
      {
        name: "PlanCheckPivot",
        source: "PlanData",
        destination: "A3:A3",
        rows: ["Стратегічна ціль"],
        columns: ["Стан"],
        data: [{ field: "Захід", summarizeBy: "Count" }],
      },
    ]);
  });

  test("rebuilding replaces the add-in's sheets and leaves a user's sheet of the same name alone", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const mine = d.wb.addWorksheet("Зведення");
    mine.getCell("A1").value = "my notes for the meeting";
    d.metaOf(mine);
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    expect(d.sheet("Зведення")!.getCell("A1").value).toBe("my notes for the meeting");
    expect(d.wb.worksheets.map((w) => w.name)).toEqual([
      "План заходів",
      "Зведення",
      "Зведення (2)",
      "Дані плану",
      "Зведена таблиця",
      "Прострочені за виконавцями",
      "Зміни",
    ]);
  });
});

describe("bad input: a clear message and nothing written", () => {
  test("a protected plan sheet", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    d.protect("План заходів");
    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(out).toMatchObject({
      ok: false,
      key: "excel.protected",
      params: { sheet: "План заходів" },
    });
    expect(d.wb.worksheets.map((w) => w.name)).toEqual(["План заходів"]);
    expect(d.settings.size).toBe(0);
    expect(d.requestBytes.every((b, i) => i < 3 || b === 0)).toBe(true);
  });

  test("a workbook without a plan", async () => {
    const file = await writeFixture("excel-no-plan", [
      {
        name: "Бюджет",
        rows: [
          ["Стаття", "Сума"],
          ["Зарплата", 100],
        ],
      },
    ]);
    const d = await ExcelDouble.fromFile(file);
    expect(await runIn(d, (ctx) => validate(ctx, OPTS))).toMatchObject({
      ok: false,
      key: "excel.no-plan",
    });
    expect(await runIn(d, (ctx) => buildSummary(ctx, OPTS))).toMatchObject({
      ok: false,
      key: "excel.no-plan",
    });
    expect(d.wb.worksheets.map((w) => w.name)).toEqual(["Бюджет"]);
    expect(d.settings.size).toBe(0);
  });

  test("a host without merged-area queries or comments (ExcelApi 1.8): the plan is still read, the messages stay on the findings sheet", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const out = await runIn(d, (ctx) =>
      validate(ctx, {
        ...OPTS,
        caps: { mergedAreas: false, comments: false },
      })
    );
    expect(out.result!.plan.measures).toHaveLength(65);
    expect(d.comments).toEqual([]);
    expect(d.metaOf(d.sheet("План заходів")!).cfs).toHaveLength(MARK_ORDER.length);
  });

  test("text that starts with =, +, - or @ stays text wherever the add-in writes it", async () => {
    const spec = structuredClone(CLEAN_PLAN);
    const m = spec.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0];
    m.text = '=HYPERLINK("http://example.org")';
    m.executors = "-Відділ культури";
    m.deadline = "@завтра";
    const file = await writeFixture("formula-text", [renderPlan(spec)]);
    const d = await ExcelDouble.fromFile(file);
    await runIn(d, (ctx) => validate(ctx, OPTS));
    await runIn(d, (ctx) => buildSummary(ctx, OPTS));
    const formulas: string[] = [];
    for (const ws of d.wb.worksheets) {
      if (ws.name === "План") continue;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (
            cell.formula ||
            (typeof cell.value === "object" && cell.value && "formula" in cell.value)
          )
            formulas.push(`${ws.name}!${cell.address}`);
        })
      );
    }
    expect(formulas).toEqual([]);
    const data = d.sheet("Дані плану")!;
    expect(data.getCell("F2").value).toBe('=HYPERLINK("http://example.org")');
    expect(data.getCell("F2").numFmt).toBe("@");
  });
});

describe("choosing the plan", () => {
  test("where several sheets hold plans, they are listed with their measures, and the user's choice is kept", async () => {
    const small = structuredClone(CLEAN_PLAN);
    small.goals = small.goals.slice(0, 1);
    const file = await writeFixture("two-plans", [
      renderPlan(small, { sheetName: "Громада А" }),
      renderPlan(CLEAN_PLAN, { sheetName: "Громада Б" }),
    ]);
    const d = await ExcelDouble.fromFile(file);
    const first = await runIn(d, (ctx) => inspect(ctx, OPTS));
    expect(first.result!.plan.sheet).toBe("Громада Б");
    expect(first.result!.sheets).toEqual([
      { sheet: "Громада А", measures: 4, reason: null },
      { sheet: "Громада Б", measures: 7, reason: null },
    ]);
    await runIn(d, (ctx) => saveChoices(ctx, ALL, { planSheet: "Громада А" }));
    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    expect(out.result!.plan.sheet).toBe("Громада А");
    expect(JSON.parse(d.settings.get(SETTINGS_KEY) as string).planSheet).toBe("Громада А");
  });

  test("a plan over two sheets is read as the command line reads it; its findings link to their own sheet", async () => {
    const one = structuredClone(CLEAN_PLAN);
    one.goals = one.goals.slice(0, 1);
    const two = structuredClone(CLEAN_PLAN);
    two.goals = two.goals.slice(1);
    two.title = [];
    two.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
    const file = await writeFixture("plan-two-sheets", [
      renderPlan(one, { sheetName: "Ціль 1" }),
      renderPlan(two, { sheetName: "Ціль 2" }),
    ]);
    const d = await ExcelDouble.fromFile(file);
    const out = await runIn(d, (ctx) => validate(ctx, OPTS));
    const engine = checkWorkbook(await readWorkbookGrids(file), { asOf: "2023-06-30" });
    if (!("plan" in engine)) throw new Error("no plan");
    expect(out.result!.plan.planSheets).toEqual(["Ціль 1", "Ціль 2"]);
    expect(out.result!.findings).toEqual(engine.findings);
    const missing = engine.findings.find((f) => f.rule === "deadline.missing")!;
    expect(missing.sheet).toBe("Ціль 2");
    const ws = d.sheet("Перевірка")!;
    const row = engine.findings.indexOf(missing) + 6;
    expect(d.metaOf(ws).hyperlinks.get(`A${row}`)).toBe(`'Ціль 2'!${missing.cell}`);
  });

  test("a plan on a visible sheet wins over a larger one on a hidden sheet", async () => {
    const small = structuredClone(CLEAN_PLAN);
    small.goals = small.goals.slice(0, 1);
    const file = await writeFixture("hidden-plan", [
      renderPlan(CLEAN_PLAN, { sheetName: "Стара редакція" }),
      renderPlan(small, { sheetName: "Чинна редакція" }),
    ]);
    const d = await ExcelDouble.fromFile(file);
    expect((await runIn(d, (ctx) => inspect(ctx, OPTS))).result!.plan.sheet).toBe("Стара редакція");
    d.metaOf(d.sheet("Стара редакція")!).visibility = "Hidden";
    expect((await runIn(d, (ctx) => inspect(ctx, OPTS))).result!.plan.sheet).toBe("Чинна редакція");
  });

  test("a host without newer API sets says which features are off", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const out = await runIn(d, (ctx) =>
      validate(ctx, {
        ...OPTS,
        caps: { mergedAreas: false, comments: false },
      })
    );
    expect(out.notices).toEqual(["excel.no-merges", "excel.no-comments"]);
    expect((await runIn(d, (ctx) => validate(ctx, OPTS))).notices).toEqual([]);
  });
});

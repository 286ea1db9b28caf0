/**
 * The consolidated workbook of a folder (`plan-check FOLDER --out`) marks its sheets as Plan Check's, as a
 * checked copy does: read again — checked as a plan, lying in the folder checked next time, opened in Excel
 * with the add-in — its lists of measures and findings are never taken for a plan. On the two seed
 * workbooks, whose consolidated workbook was read before as a plan of 119 measures with 177 errors.
 */
import JSZip from "jszip";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { attrs, childrenOf, rootOf } from "../../src/cli/package/xml";
import { readWorkbook } from "../../src/cli/read";
import { inspect, validate } from "../../src/excel/operations";
import type { Capabilities } from "../../src/excel/read";
import { SETTINGS_KEY } from "../../src/excel/state";
import { isOwnSheet, markedSheet } from "../../src/core/ownSheets";
import type { Grid } from "../../src/core/grid";
import { ExcelDouble } from "../double/excelDouble";
import { runCli, runCliUk } from "../fixtures/cli";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { tempDir, writeFixture } from "../fixtures/workbook";

const SEEDS = join(__dirname, "..", "..", "seeds");
const PLANS = ["zhytomyr-1325-plan.xlsx", "zhytomyr-1325-plan-report-2023.xlsx"];

let root: string;
let consolidated: string;

/** A folder of the two seed plans, and the folder with a consolidated workbook of them beside them. */
function folder(name: string, withConsolidated: boolean): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const p of PLANS) copyFileSync(join(SEEDS, p), join(dir, p));
  if (withConsolidated) copyFileSync(consolidated, join(dir, "зведення.xlsx"));
  return dir;
}

/** The workbook part's defined names: name → formula, the names of one sheet apart. */
async function definedNames(file: string): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const root = rootOf(xml);
  const names = childrenOf(xml, root).find((e) => e.name === "definedNames");
  if (!names) return [];
  return childrenOf(xml, names)
    .filter((e) => e.name === "definedName")
    .map((e) => ({ a: attrs(xml.slice(e.start, e.tagEnd)), text: xml.slice(e.tagEnd, e.end) }))
    .filter(({ a }) => a.localSheetId === undefined)
    .map(({ a, text }) => [a.name ?? "", text.replace(/<\/[^>]+>$/, "").replace(/&apos;/g, "'")]);
}

beforeAll(async () => {
  root = join(tempDir(), "consolidated-marks");
  mkdirSync(root, { recursive: true });
  consolidated = join(root, "зведення.xlsx");
  const r = await runCliUk([
    folder("plans", false),
    "--as-of",
    "2023-06-30",
    "--out",
    consolidated,
  ]);
  expect(r.code).toBe(1);
}, 60000);

test("each sheet of the consolidated workbook carries a mark of its own kind, a workbook name referring to it", async () => {
  const marks = await definedNames(consolidated);
  expect(marks.map(([name, formula]) => [markedSheet(formula), name])).toEqual([
    ["Плани", "PlanCheck_Sheet_batchPlans"],
    ["Підсумки за цілями", "PlanCheck_Sheet_batchGoals"],
    ["Підсумки за виконавцями", "PlanCheck_Sheet_batchExecutors"],
    ["Прострочені за виконавцями", "PlanCheck_Sheet_batchOverdue"],
    ["Зауваження", "PlanCheck_Sheet_batchFindings"],
    ["Файли", "PlanCheck_Sheet_batchFiles"],
  ]);
  // read back, every sheet is known as Plan Check's: none is left to be taken for a plan
  const grids = readWorkbook(consolidated) as Grid[];
  expect(grids.map((g) => [g.sheetName, g.ownKind, isOwnSheet(g)])).toEqual([
    ["Плани", "batchPlans", true],
    ["Підсумки за цілями", "batchGoals", true],
    ["Підсумки за виконавцями", "batchExecutors", true],
    ["Прострочені за виконавцями", "batchOverdue", true],
    ["Зауваження", "batchFindings", true],
    ["Файли", "batchFiles", true],
  ]);
});

test("in English too, every sheet the consolidated workbook holds is marked", async () => {
  const out = join(root, "consolidated-en.xlsx");
  await runCli([join(root, "plans"), "--as-of", "2023-06-30", "--out", out]);
  const grids = readWorkbook(out) as Grid[];
  expect(grids.map((g) => g.sheetName)).toEqual([
    "Plans",
    "Totals by goal",
    "Totals by executor",
    "Overdue by executor",
    "Findings",
    "Files",
  ]);
  expect(grids.filter((g) => !isOwnSheet(g))).toEqual([]);
  expect((await definedNames(out)).map(([, f]) => markedSheet(f))).toEqual(
    grids.map((g) => g.sheetName)
  );
});

test("checked as a plan, the consolidated workbook is said to be one, with no findings and exit 2", async () => {
  const uk = await runCliUk([consolidated]);
  expect(uk).toEqual({
    code: 2,
    out: "",
    err: `plan-check: ${consolidated} — зведена книга, яку Перевірка плану записала для теки планів: плану в ній немає, перевіряти нічого.\n`,
  });
  const en = await runCli([consolidated, "--format", "json"]);
  expect(en).toEqual({
    code: 2,
    out: "",
    err: `plan-check: ${consolidated} is the consolidated workbook Plan Check wrote for a folder of plans: it holds no plan to check.\n`,
  });
});

test("a folder holding last run's consolidated workbook: the plans' report is as without it, and it is listed as no plan, with the reason", async () => {
  const without = JSON.parse(
    (await runCliUk([join(root, "plans"), "--as-of", "2023-06-30", "--format", "json"])).out
  );
  const dir = folder("plans-and-summary", true);
  const r = await runCliUk([dir, "--as-of", "2023-06-30", "--format", "json"]);
  const doc = JSON.parse(r.out);
  expect(doc.totals).toEqual({ ...without.totals, files: 3, failed: 1 });
  expect(doc.totals.checked).toBe(2);
  const entry = doc.files.find((f: { file: string }) => f.file === "зведення.xlsx");
  expect(entry).toMatchObject({
    ok: false,
    measures: null,
    findings: null,
    reason: `${join(dir, "зведення.xlsx")} — зведена книга, яку Перевірка плану записала для теки планів: плану в ній немає, перевіряти нічого.`,
  });
  // the exit code answers for the plans alone
  expect(r.code).toBe(1);
  expect(r.err.trim().split("\n").slice(-2)).toEqual([
    "Не перевірено файлів: 1 з 3 (звіт про інші надруковано):",
    `  зведення.xlsx: ${entry.reason}`,
  ]);
}, 60000);

test("the consolidated workbook written again from that folder lists the earlier one among its files, and counts only the plans", async () => {
  const dir = join(root, "plans-and-summary");
  const out = join(root, "again.xlsx");
  await runCliUk([dir, "--as-of", "2023-06-30", "--out", out]);
  const grids = readWorkbook(out) as Grid[];
  const files = grids.find((g) => g.sheetName === "Файли")!;
  const rows = files.values.slice(1).map((r) => [r[0], r[2], r[3] ?? null]);
  expect(rows).toEqual([
    ["zhytomyr-1325-plan-report-2023.xlsx", "перевірено", 65],
    ["zhytomyr-1325-plan.xlsx", "перевірено", 65],
    [
      "зведення.xlsx",
      `не перевірено: ${join(dir, "зведення.xlsx")} — зведена книга, яку Перевірка плану записала для теки планів: плану в ній немає, перевіряти нічого.`,
      null,
    ],
  ]);
  expect(grids.filter((g) => !isOwnSheet(g))).toEqual([]);
}, 60000);

test("a consolidated workbook written before its sheets carried marks is known by all its sheets' names; a plan on a sheet named “Плани” is still a plan", async () => {
  const zip = await JSZip.loadAsync(readFileSync(consolidated));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const unmarked = xml.replace(
    /<definedName name="PlanCheck_Sheet_[^"]*">[^<]*<\/definedName>/g,
    ""
  );
  expect(unmarked).not.toContain("PlanCheck_Sheet_");
  zip.file("xl/workbook.xml", unmarked);
  const old = join(root, "written-before.xlsx");
  writeFileSync(old, await zip.generateAsync({ type: "nodebuffer" }));
  expect((readWorkbook(old) as Grid[]).filter((g) => g.ownKind)).toEqual([]);
  expect(await runCliUk([old])).toEqual({
    code: 2,
    out: "",
    err: `plan-check: ${old} — зведена книга, яку Перевірка плану записала для теки планів: плану в ній немає, перевіряти нічого.\n`,
  });
  // known by all its sheets' names, in order: a workbook of the user's with some of those names is a plan
  const file = await writeFixture("plans-sheet", [
    renderPlan(CLEAN_PLAN, { sheetName: "Плани" }),
    { name: "Файли", rows: [["Файл"], ["план.xlsx"]] },
  ]);
  const r = await runCli([file, "--as-of", "2021-06-30", "--format", "json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).sheet).toBe("Плани");
});

const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS = { lang: "uk" as const, caps: ALL, today: "2026-12-01", builtAt: "2026-12-01 10:05" };
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));

/**
 * The consolidated workbook as Excel opens it: the double reads a file's cells, not its defined names, so
 * the marks the file holds are given to it as Excel would have them.
 */
async function openedInExcel(file: string): Promise<ExcelDouble> {
  const d = await ExcelDouble.fromFile(file);
  const marks = await definedNames(file);
  await runIn(d, async (ctx) => {
    for (const [name, formula] of marks)
      ctx.workbook.names.add(
        name,
        ctx.workbook.worksheets.getItem(markedSheet(formula)!).getRange("A1")
      );
  });
  return d;
}

test("opened in Excel with the add-in, the consolidated workbook is no plan: said so, and Validate writes nothing", async () => {
  const d = await openedInExcel(consolidated);
  const sheetNames = () => d.wb.worksheets.map((w) => w.name);
  const sheets = sheetNames();
  expect(await runIn(d, (ctx) => inspect(ctx, OPTS))).toMatchObject({
    ok: false,
    key: "excel.consolidated-workbook",
  });
  expect(await runIn(d, (ctx) => validate(ctx, OPTS))).toMatchObject({
    ok: false,
    key: "excel.consolidated-workbook",
  });
  expect(d.settings.get(SETTINGS_KEY)).toBeUndefined();
  expect(sheetNames()).toEqual(sheets);
});

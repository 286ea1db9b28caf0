/**
 * A checked copy re-checked reports the same plan as the original: the sheets Plan Check wrote into it (the
 * findings, the summary, the data tables, the overdue list, the helper of the highlights) carry the marks
 * the add-in gives its own sheets, and the reader passes over them; a copy written before the marks is known
 * by the sheets' names and first cells, and a sheet of the user's under one of those names is still read.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEED_WORKBOOK } from "../../src/cli/plan-check";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { isOwnSheet, SHEET_MARK } from "../../src/core/ownSheets";
import { recognizeWorkbook } from "../../src/core/workbook";
import { SHEET_MARK as ADDIN_SHEET_MARK } from "../../src/excel/state";
import { t, type MessageKey } from "../../src/i18n";
import { earlierFromRows } from "../../src/core/summary/changes";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { tempDir, writeFixture } from "../fixtures/workbook";
import { runCli, runCliUk } from "../fixtures/cli";

const AS_OF = ["--as-of", "2024-06-30"];

/** The JSON report without the file's name, which is all a copy and its original may differ in. */
async function report(file: string, uk = true): Promise<Record<string, unknown>> {
  const r = await (uk ? runCliUk : runCli)([file, ...AS_OF, "--json"]);
  const json = JSON.parse(r.out) as Record<string, unknown>;
  delete json.file;
  return json;
}

async function copyOf(input: string, name: string, uk = true): Promise<string> {
  const out = join(tempDir(), `${name}.xlsx`);
  const r = await (uk ? runCliUk : runCli)([input, ...AS_OF, "--out", out]);
  expect(r.err).toMatch(/^(Записано|Written): /);
  return out;
}

/** The workbook's defined names, name → formula. */
async function definedNames(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<definedName name="([^"]+)"(?![^>]*localSheetId)[^>]*>([^<]*)</g))
    out[m[1]] = m[2].replace(/&apos;/g, "'");
  return out;
}

describe("a checked copy checked again", () => {
  jest.setTimeout(60_000);

  test("the summary's label for a passed deadline is the rule's title, in both languages", () => {
    for (const lang of ["uk", "en"] as const)
      expect(t(lang, "status.bucket.passedNoStatus")).toBe(
        t(lang, "ruleTitle.deadline.passed-no-status")
      );
  });

  test("reports the same plan, sheets and findings as the original (uk and en copies)", async () => {
    const original = await report(SEED_WORKBOOK);
    const uk = await copyOf(SEED_WORKBOOK, "seed-checked-uk");
    expect(await report(uk)).toEqual(original);
    const en = await copyOf(SEED_WORKBOOK, "seed-checked-en", false);
    expect(await report(en)).toEqual(original);
    // and a copy of the copy, whose own sheets are "Перевірка (2)"…
    expect(await report(await copyOf(uk, "seed-checked-twice"))).toEqual(original);
  });

  test("each sheet the copy adds carries the add-in's mark, a copy of a copy's marks its newest sheets", async () => {
    expect(SHEET_MARK).toBe(ADDIN_SHEET_MARK);
    const copy = await copyOf(SEED_WORKBOOK, "seed-marked");
    const mark = (sheet: string) => `'${sheet}'!$A$1`;
    const ours = (names: Record<string, string>) =>
      Object.fromEntries(Object.entries(names).filter(([n]) => n.startsWith(SHEET_MARK)));
    expect(ours(await definedNames(copy))).toEqual({
      PlanCheck_Sheet_marks: mark("PlanCheck_Marks"),
      PlanCheck_Sheet_findings: mark("Перевірка"),
      PlanCheck_Sheet_summary: mark("Зведення"),
      PlanCheck_Sheet_data: mark("Дані плану"),
      PlanCheck_Sheet_overdue: mark("Прострочені за виконавцями"),
    });
    // a reader that expands a name's range cell by cell (ExcelJS) still reads the copy
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(copy);
    expect(read.getWorksheet("Зведення")).toBeDefined();
    const twice = await copyOf(copy, "seed-marked-twice");
    expect(ours(await definedNames(twice))).toEqual({
      PlanCheck_Sheet_marks: mark("PlanCheck_Marks (2)"),
      PlanCheck_Sheet_findings: mark("Перевірка (2)"),
      PlanCheck_Sheet_summary: mark("Зведення (2)"),
      PlanCheck_Sheet_data: mark("Дані плану (2)"),
      PlanCheck_Sheet_overdue: mark("Прострочені за виконавцями (2)"),
    });
    const grids = await readWorkbookGrids(twice);
    expect(grids.map((g) => [g.sheetName, g.ownKind ?? null])).toEqual([
      ["План заходів", null],
      ["PlanCheck_Marks", null],
      ["Перевірка", null],
      ["Зведення", null],
      ["Дані плану", null],
      ["Прострочені за виконавцями", null],
      ["PlanCheck_Marks (2)", "marks"],
      ["Перевірка (2)", "findings"],
      ["Зведення (2)", "summary"],
      ["Дані плану (2)", "data"],
      ["Прострочені за виконавцями (2)", "overdue"],
    ]);
    // the first copy's sheets lost their marks and are still known as ours, by name and first cells
    expect(grids.map(isOwnSheet)).toEqual([false, ...Array(10).fill(true)]);
  });

  test("a copy written before the marks is known by its sheets' names and first cells", async () => {
    const copy = await copyOf(SEED_WORKBOOK, "seed-unmarked");
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const stripped = xml.replace(
      /<definedName name="PlanCheck_Sheet_[^"]+">[^<]*<\/definedName>/g,
      ""
    );
    expect(stripped).not.toContain(SHEET_MARK);
    zip.file("xl/workbook.xml", stripped);
    const old = join(tempDir(), "seed-unmarked-old.xlsx");
    writeFileSync(old, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await report(old)).toEqual(await report(SEED_WORKBOOK));
  });

  test("a sheet of the user's named as one of ours, holding a plan, is read as the plan", async () => {
    const plan = renderPlan(CLEAN_PLAN);
    const file = await writeFixture("user-sheet-named-summary", [{ ...plan, name: "Зведення" }]);
    const grids = await readWorkbookGrids(file);
    expect(grids.map(isOwnSheet)).toEqual([false]);
    const rec = recognizeWorkbook(grids);
    expect(rec.ok && rec.plan.sheet).toBe("Зведення");
  });
});

describe("a data table written before the label was the rule's title", () => {
  test.each(["uk", "en"] as const)(
    "its passed-deadline status is still read back as such (%s)",
    (lang) => {
      const header = ["strategicGoal", "number", "measure", "executors", "status", "overdue"].map(
        (k) => t(lang, `data.col.${k}` as MessageKey)
      );
      const earlier = earlierFromRows([
        header,
        [
          "1",
          "1.1.1",
          "A measure",
          "A body",
          t(lang, "status.bucket.earlier.passedNoStatus"),
          t(lang, "yes"),
        ],
      ]);
      expect(earlier?.measures.map((m) => m.status)).toEqual(["passedNoStatus"]);
    }
  );
});

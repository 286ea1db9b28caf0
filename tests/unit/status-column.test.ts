/**
 * Adding a status column on request: the core's spec (where it goes, how its header looks, the dropdown in the
 * plan's language, the refusals), and `plan-check FILE --add-status --out COPY.xlsx`, which adds only the new
 * cells: every original cell keeps its value, formula, merge and format, and a check of the copy reads the
 * new column as the plan's status.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Package } from "../../src/cli/package/opc";
import * as reader from "../../src/cli/read";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { recognizePlan } from "../../src/core/layout/recognize";
import { statusKind } from "../../src/core/status";
import {
  statusColumnPreview,
  statusColumnSpec,
  validationFormula,
} from "../../src/core/statusColumn";
import { sheetToGrid } from "../fixtures/grid";
import { runCli } from "../fixtures/cli";
import { CLEAN_PLAN, EN_HEADERS, renderPlan, type LayoutOptions } from "../fixtures/planModel";
import { cellsOf, fixtureWorkbook, tempDir, writeFixture } from "../fixtures/workbook";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const REPORT = join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx");

function planOf(layout: LayoutOptions = {}) {
  const sheet = renderPlan(CLEAN_PLAN, layout);
  const grid = sheetToGrid(sheet);
  const r = recognizePlan(grid);
  if (!r.ok) throw new Error(r.reason);
  return { plan: r.plan, grid, sheet };
}

describe("the status column spec", () => {
  test("goes right of the table, its header on the header row in the plan's language, with the dropdown over the data rows", () => {
    const { plan, grid } = planOf();
    const r = statusColumnSpec(plan, grid);
    if (!r.ok) throw new Error(r.reason);
    expect(r.spec).toEqual({
      sheet: plan.sheet,
      lang: "uk",
      columns: [{ role: "status", col: 5, letter: "F", header: "Стан виконання" }],
      cells: [{ address: "F4", row: 3, col: 5, value: "Стан виконання", styleFrom: "E4" }],
      merges: [],
      validation: {
        range: `F5:F${plan.layout.lastRow}`,
        list: [
          "Виконано",
          "Виконується",
          "Частково виконано",
          "Не виконано",
          "Не розпочато",
          "Перенесено",
          "Скасовано",
        ],
      },
      body: { first: 4, last: plan.layout.lastRow - 1, borderFrom: 4 },
      range: `F4:F${plan.layout.lastRow}`,
    });
  });

  test("every status offered is one the vocabulary reads, in both languages", () => {
    for (const [layout, lang] of [
      [{}, "uk"],
      [{ headers: EN_HEADERS }, "en"],
    ] as const) {
      const { plan, grid } = planOf(layout);
      const r = statusColumnSpec(plan, grid);
      if (!r.ok) throw new Error(r.reason);
      expect([r.spec.lang, r.spec.columns[0].header]).toEqual([
        lang,
        lang === "uk" ? "Стан виконання" : "Status",
      ]);
      expect(r.spec.validation.list.map((s) => statusKind(s))).toEqual([
        "done",
        "inProgress",
        "partial",
        "notDone",
        "notStarted",
        "postponed",
        "cancelled",
      ]);
    }
  });

  test("a header of two rows: the new header is merged over both, each row styled from the table's last header cell; a numbers row numbers it; notes go beside it", () => {
    const { plan, grid } = planOf({ headerStyle: "grouped", columnNumbers: true });
    expect(plan.layout.headerRows).toHaveLength(2);
    const [top, sub] = plan.layout.headerRows;
    const r = statusColumnSpec(plan, grid, { withNotes: true });
    if (!r.ok) throw new Error(r.reason);
    const right = r.spec.columns[0].col - 1;
    const L = (c: number) => String.fromCharCode(65 + c);
    expect(r.spec.columns.map((c) => [c.role, c.letter, c.header])).toEqual([
      ["status", L(right + 1), "Стан виконання"],
      ["report", L(right + 2), "Інформація про виконання"],
    ]);
    expect(r.spec.merges).toEqual([
      `${L(right + 1)}${top}:${L(right + 1)}${sub}`,
      `${L(right + 2)}${top}:${L(right + 2)}${sub}`,
    ]);
    const numbers = plan.layout.rows.find((x) => x.kind === "column-numbers")!.row;
    expect(
      r.spec.cells.filter((c) => c.row === numbers - 1).map((c) => [c.address, c.value])
    ).toEqual([
      [`${L(right + 1)}${numbers}`, right + 2],
      [`${L(right + 2)}${numbers}`, right + 3],
    ]);
    expect(r.spec.cells.filter((c) => c.row === top - 1).map((c) => c.styleFrom)).toEqual([
      `${L(right)}${top}`,
      `${L(right)}${top}`,
    ]);
    expect(r.spec.validation.range.startsWith(`${L(right + 1)}${numbers + 1}:`)).toBe(true);
  });

  test("refuses a plan with a status column, a protected sheet, and a column right of the table that holds anything", () => {
    const withStatus = planOf({
      columns: ["nationalTask", "nationalMeasure", "measure", "executors", "deadline", "status"],
    });
    expect(statusColumnSpec(withStatus.plan, withStatus.grid)).toEqual({
      ok: false,
      reason: "has-status",
      params: { column: "F" },
    });
    const { plan, grid } = planOf();
    expect(statusColumnSpec(plan, grid, { protected: true })).toEqual({
      ok: false,
      reason: "protected",
      params: { sheet: plan.sheet },
    });
    const busy = structuredClone(grid);
    busy.values[9] = [...(busy.values[9] ?? [])];
    busy.values[9][5] = "примітка";
    expect(statusColumnSpec(plan, busy)).toEqual({
      ok: false,
      reason: "not-free",
      params: { cell: "F10", sheet: plan.sheet },
    });
  });

  test("says what it will do before it is done, in the user's language", () => {
    const { plan, grid } = planOf();
    const r = statusColumnSpec(plan, grid);
    if (!r.ok) throw new Error(r.reason);
    expect(statusColumnPreview(r.spec, "en")).toBe(
      `Plan Check will add the column “Стан виконання” at F on the sheet “${plan.sheet}” (cells ${r.spec.range}), its header styled like the table's, with a dropdown list: Виконано, Виконується, Частково виконано, Не виконано, Не розпочато, Перенесено, Скасовано. Nothing else in the sheet changes.`
    );
    expect(validationFormula(["Done", "In progress"])).toBe('"Done,In progress"');
  });
});

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("plan-check FILE --add-status --out COPY.xlsx", () => {
  test("on the seed: only the new header cell, the dropdown and the width are added; a check of the copy reads the status column", async () => {
    const out = join(tempDir(), "seed-with-status.xlsx");
    const before = readFileSync(SEED);
    const r = await runCli([SEED, "--add-status", "--out", out, "--json", "--as-of", "2026-12-01"]);
    expect(readFileSync(SEED).equals(before)).toBe(true);
    expect(r.err).toContain("The column “Стан виконання” is at F on the sheet “План заходів”");
    const original = (await open(SEED)).getWorksheet("План заходів")!;
    const copy = (await open(out)).getWorksheet("План заходів")!;
    const a = cellsOf(original);
    const b = cellsOf(copy);
    // every original cell's value, formula, merge and format as it was
    expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual([]);
    expect(
      Object.keys(b).filter((k) => a[k] === undefined && JSON.parse(b[k])[0] !== null)
    ).toEqual(["5:6"]);
    const merges = (ws: ExcelJS.Worksheet) =>
      Object.keys((ws as unknown as { _merges: object })._merges).sort();
    expect(merges(copy)).toEqual(merges(original));
    // the header cell looks like the table's last header cell
    expect([copy.getCell("F5").value, copy.getCell("F5").style]).toEqual([
      "Стан виконання",
      original.getCell("E5").style,
    ]);
    expect(copy.getColumn(6).width).toBe(original.getColumn(5).width);
    // the dropdown over the data rows
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain(
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="F6:F77"><formula1>&quot;Виконано,Виконується,Частково виконано,Не виконано,Не розпочато,Перенесено,Скасовано&quot;</formula1></dataValidation>'
    );
    expect(
      (copy.getCell("F40") as unknown as { dataValidation: unknown }).dataValidation
    ).toMatchObject({
      type: "list",
      formulae: [
        '"Виконано,Виконується,Частково виконано,Не виконано,Не розпочато,Перенесено,Скасовано"',
      ],
    });
    // the report printed is the copy's: the new column is the status, so no notice, and each ended
    // measure has no status yet
    const doc = JSON.parse(r.out);
    expect(doc.layout.columns.status).toBe("F");
    const count = (rule: string) =>
      doc.findings.filter((f: { rule: string }) => f.rule === rule).length;
    expect([
      count("plan.no-status-column"),
      count("deadline.overdue"),
      count("deadline.passed-no-status"),
      count("status.missing"),
    ]).toEqual([0, 0, 64, 64]);
    const again = checkWorkbook(await readWorkbookGrids(out), { asOf: "2026-12-01" });
    if (!("plan" in again)) throw new Error("no plan");
    expect([again.plan.layout.columns.status, again.plan.measures.length]).toEqual([5, 65]);
  });

  test("refuses a plan that has a status column, and a sheet protected in the file, writing nothing", async () => {
    const out = join(tempDir(), "report-with-status.xlsx");
    const has = await runCli([REPORT, "--add-status", "--out", out]);
    expect(has).toMatchObject({ code: 2, out: "" });
    expect(has.err).toBe(
      "plan-check: The plan already has a status column (F): no column was added.\n"
    );

    const wb = fixtureWorkbook([renderPlan(CLEAN_PLAN)]);
    await wb.worksheets[0].protect("", {});
    const locked = join(tempDir(), "locked-plan.xlsx");
    await wb.xlsx.writeFile(locked);
    const lockedOut = join(tempDir(), "locked-with-status.xlsx");
    const refused = await runCli([locked, "--add-status", "--out", lockedOut]);
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toContain("is protected: no column was added");
    expect(() => readFileSync(lockedOut)).toThrow();
  });

  test("--with-notes adds the progress notes column beside the status, read as the progress report", async () => {
    const file = await writeFixture("add-status-notes", [renderPlan(CLEAN_PLAN)]);
    const out = join(tempDir(), "add-status-notes-out.xlsx");
    const r = await runCli([file, "--add-status", "--with-notes", "--out", out, "--json"]);
    expect(r.err).toContain("The column “Стан виконання” is at F");
    const ws = (await open(out)).worksheets[0];
    expect([ws.getCell("F4").value, ws.getCell("G4").value]).toEqual([
      "Стан виконання",
      "Інформація про виконання",
    ]);
    expect(JSON.parse(r.out).layout.columns).toMatchObject({ status: "F", report: "G" });
    // Excel wants each row's cells in column order: F before G in the sheet's XML
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    for (const row of xml.match(/<row [^>]*>.*?<\/row>/gs) ?? []) {
      const cols = [...row.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]);
      const key = (c: string) => c.length * 100 + c.charCodeAt(c.length - 1);
      expect(cols).toEqual([...cols].sort((x, y) => key(x) - key(y)));
    }
  });

  test("the new column's data cells take the borders of the table's cell beside them, and nothing else of its format", async () => {
    const out = join(tempDir(), "seed-status-borders.xlsx");
    const r = await runCli([
      SEED,
      "--add-status",
      "--with-notes",
      "--out",
      out,
      "--as-of",
      "2026-12-01",
    ]);
    expect(r.code).toBeLessThan(2);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1];
    const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs)].map((m) => m[0]);
    expect(styles).toContain(`<cellXfs count="${xfs.length}"`);
    const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
    const styleAt = (ref: string) => {
      const cell = new RegExp(`<c r="${ref}"(?: [^>]*)?/?>`).exec(sheet)?.[0];
      return cell === undefined ? undefined : Number(attr(cell, "s") ?? 0);
    };
    // every data row of the table: F and G bordered as E is; number format and fill the workbook's default
    const rows = Array.from({ length: 77 - 6 + 1 }, (_, i) => i + 6);
    const bordered = rows.filter((row) => attr(xfs[styleAt(`E${row}`)!], "borderId") !== "0");
    expect(bordered.length).toBeGreaterThan(60);
    for (const row of bordered)
      for (const col of ["F", "G"]) {
        const xf = xfs[styleAt(`${col}${row}`)!];
        expect([attr(xf, "borderId"), attr(xf, "numFmtId"), attr(xf, "fillId")]).toEqual([
          attr(xfs[styleAt(`E${row}`)!], "borderId"),
          "0",
          "0",
        ]);
      }
    // below the table nothing is added
    expect(styleAt("F78")).toBeUndefined();
  });

  test("reads the plan once: the cells from the first check, the package once; the copy is read back for the report", async () => {
    const file = await writeFixture("add-status-once", [renderPlan(CLEAN_PLAN)]);
    const out = join(tempDir(), "add-status-once-out.xlsx");
    const reads = jest.spyOn(reader, "readWorkbook");
    const loads = jest.spyOn(Package, "load");
    try {
      const r = await runCli([file, "--add-status", "--out", out, "--json"]);
      expect(JSON.parse(r.out).layout.columns.status).toBe("F");
      expect(reads.mock.calls.map(([f]) => basename(f))).toEqual([
        "add-status-once.xlsx",
        "add-status-once-out.xlsx",
      ]);
      expect(loads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
      loads.mockRestore();
    }
  });

  test("with --columns status=none the check of the copy reads the new column as the status", async () => {
    // the 2023 report has its status in F; the user says F is no status, so G is added and read
    const out = join(tempDir(), "report-status-none.xlsx");
    const r = await runCli([
      REPORT,
      "--columns",
      "status=none",
      "--add-status",
      "--out",
      out,
      "--json",
      "--as-of",
      "2023-06-30",
    ]);
    expect(r.code).toBeLessThan(2);
    expect(r.err).toContain("The column “Стан виконання” is at G");
    const doc = JSON.parse(r.out);
    expect(doc.layout.columns.status).toBe("G");
    expect(
      doc.findings.filter((f: { rule: string }) => f.rule === "plan.no-status-column")
    ).toEqual([]);
    // the new column is empty: every measure begun has no status yet, each found in G
    const missing = doc.findings.filter((f: { rule: string }) => f.rule === "status.missing");
    const undated = doc.findings.filter((f: { rule: string }) => f.rule === "deadline.missing");
    expect(missing.length).toBe(doc.measures.length - undated.length);
    expect(missing.every((f: { cell: string }) => /^G\d+$/.test(f.cell))).toBe(true);
  });

  test("--add-status without --out is a usage problem", async () => {
    const file = await writeFixture("add-status-no-out", [renderPlan(CLEAN_PLAN)]);
    const r = await runCli([file, "--add-status"]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("--add-status writes a copy of the plan with a status column");
  });
});

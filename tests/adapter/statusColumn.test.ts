/**
 * Adding a status column in Excel, against the double of the Excel API: the preview says what will be done
 * and writes nothing; the change adds only the new header cells (formatted like the table's header), the
 * dropdown of statuses, and the merges of a two-row header; a protected sheet, a plan with a status column
 * and a column right of the table that is not empty are refused with nothing written.
 */
import { join } from "node:path";
import { recognizeWorkbook } from "../../src/core/workbook";
import { readWorkbook, type Capabilities } from "../../src/excel/read";
import { addStatusColumn, previewStatusColumn } from "../../src/excel/statusColumn";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { cellsOf, writeFixture } from "../fixtures/workbook";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const REPORT = join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const ctxOf = (d: ExcelDouble) => d.context() as unknown as Excel.RequestContext;
/** A sheet's cells that hold a value, a format or a merge (the double's reads make empty cells appear). */
const cellsOfSheet = (ws: Parameters<typeof cellsOf>[0]) =>
  Object.fromEntries(Object.entries(cellsOf(ws)).filter(([, v]) => v !== "[null,{},null]"));
const STATUSES = [
  "Виконано",
  "Виконується",
  "Частково виконано",
  "Не виконано",
  "Не розпочато",
  "Перенесено",
  "Скасовано",
];

describe("the preview", () => {
  test("says where the column goes and what it offers, and writes nothing", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const before = cellsOfSheet(d.sheet("План заходів")!);
    const p = await previewStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    if (!p.ok) throw new Error(p.message);
    expect(p.specs[0].columns.map((c) => [c.letter, c.header])).toEqual([["F", "Стан виконання"]]);
    expect(p.specs[0].validation).toEqual({ range: "F6:F77", list: STATUSES });
    expect(p.message).toBe(
      `Plan Check will add the column “Стан виконання” at F on the sheet “План заходів” (cells F5:F77), its header styled like the table's, with a dropdown list: ${STATUSES.join(", ")}. Nothing else in the sheet changes.`
    );
    expect(cellsOfSheet(d.sheet("План заходів")!)).toEqual(before);
    expect(d.requestBytes.every((b, i) => i < 3 || b === 0)).toBe(true);
  });

  test("with progress notes, names the column beside it", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const p = await previewStatusColumn(ctxOf(d), { lang: "uk", caps: ALL, withNotes: true });
    if (!p.ok) throw new Error(p.message);
    expect(p.specs[0].columns.map((c) => [c.letter, c.header])).toEqual([
      ["F", "Стан виконання"],
      ["G", "Інформація про виконання"],
    ]);
    expect(p.message).toContain("Поруч, у G: «Інформація про виконання».");
  });
});

describe("adding the column", () => {
  test("on the seed: the header cell formatted like the table's, the dropdown over the data rows, every other cell as it was; the plan is then read with its status column", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const sheet = () => d.sheet("План заходів")!;
    const before = cellsOfSheet(sheet());
    const out = await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    expect(out).toEqual({
      ok: true,
      key: "statusColumn.added",
      params: { header: "Стан виконання", letter: "F", sheet: "План заходів" },
    });
    const after = cellsOfSheet(sheet());
    expect(Object.keys(before).filter((k) => before[k] !== after[k])).toEqual([]);
    expect(Object.keys(after).filter((k) => before[k] === undefined)).toEqual(["5:6"]);
    expect(sheet().getCell("F5").value).toBe("Стан виконання");
    expect(sheet().getCell("F5").style).toEqual(sheet().getCell("E5").style);
    expect(d.metaOf(sheet()).validations).toEqual([
      { range: "F6:F77", rule: { list: { inCellDropDown: true, source: STATUSES.join(",") } } },
    ]);
    // what the add-in reads next time: the new column is the status
    const snap = await readWorkbook(ctxOf(d), ALL);
    const again = recognizeWorkbook(snap.sheets.flatMap((x) => (x.grid ? [x.grid] : [])));
    if (!again.ok) throw new Error(again.reason);
    expect([again.plan.layout.columns.status, again.plan.measures.length]).toEqual([5, 65]);
  });

  test("a host without Range.copyFrom (ExcelApi 1.8) gets the header text and the dropdown, without the header's formats", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const out = await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL, copyFormats: false });
    expect(out.ok).toBe(true);
    const ws = d.sheet("План заходів")!;
    expect([ws.getCell("F5").value, ws.getCell("F5").style]).toEqual(["Стан виконання", {}]);
    expect(d.metaOf(ws).validations).toHaveLength(1);
  });

  test("a header of two rows gets the new header merged over both", async () => {
    const file = await writeFixture("status-column-grouped", [
      renderPlan(CLEAN_PLAN, { headerStyle: "grouped" }),
    ]);
    const d = await ExcelDouble.fromFile(file);
    const p = await previewStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    if (!p.ok) throw new Error(p.message);
    expect(p.specs[0].merges).toHaveLength(1);
    await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    const ws = d.wb.worksheets[0];
    const [top] = p.specs[0].merges[0].split(":");
    expect(ws.getCell(top).value).toBe("Стан виконання");
    const bottom = p.specs[0].merges[0].split(":")[1];
    expect(ws.getCell(bottom).isMerged).toBe(true);
    expect(ws.getCell(bottom).master.address).toBe(top);
  });
});

describe("refusals: a message and nothing written", () => {
  test("a protected plan sheet", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    d.protect("План заходів");
    const before = cellsOfSheet(d.sheet("План заходів")!);
    const p = await previewStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(p).toMatchObject({ ok: false, key: "statusColumn.refused.protected" });
    expect(p.message).toBe(
      "The sheet “План заходів” is protected: no column was added. Unprotect it (Review › Unprotect Sheet) and try again."
    );
    const out = await addStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(out).toMatchObject({ ok: false, key: "statusColumn.refused.protected" });
    expect(cellsOfSheet(d.sheet("План заходів")!)).toEqual(before);
    expect(d.metaOf(d.sheet("План заходів")!).validations).toEqual([]);
  });

  test("a plan that has a status column", async () => {
    const d = await ExcelDouble.fromFile(REPORT);
    const out = await addStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(out).toEqual({
      ok: false,
      key: "statusColumn.refused.has-status",
      params: { column: "F" },
    });
  });

  test("a cell filled right of the table after the preview", async () => {
    const d = await ExcelDouble.fromFile(SEED);
    const p = await previewStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(p.ok).toBe(true);
    d.sheet("План заходів")!.getCell("F30").value = "нотатка";
    const out = await addStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(out).toEqual({
      ok: false,
      key: "statusColumn.refused.not-free",
      params: { cell: "F30", sheet: "План заходів" },
    });
    expect(d.sheet("План заходів")!.getCell("F5").value).toBeNull();
  });
});

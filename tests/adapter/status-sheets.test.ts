/**
 * A status column for a plan kept over several sheets (one sheet per strategic goal, the header repeated on
 * each): one column per plan sheet, in the same column on all of them and each under that sheet's own
 * header, previewed and confirmed as for one sheet; a protected sheet refuses it on every sheet, naming the
 * protected ones. The add-in (against the Excel API double) and `plan-check --add-status` lay it out alike,
 * from the same core spec, and both read the plan again as one plan with its status column.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { recognizeWorkbook } from "../../src/core/workbook";
import { readWorkbook, type Capabilities } from "../../src/excel/read";
import { addStatusColumn, previewStatusColumn } from "../../src/excel/statusColumn";
import { ExcelDouble } from "../double/excelDouble";
import { runCli } from "../fixtures/cli";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { cellsOf, fixtureWorkbook, tempDir, writeFixture } from "../fixtures/workbook";

const ALL: Capabilities = { mergedAreas: true, comments: true };
const ctxOf = (d: ExcelDouble) => d.context() as unknown as Excel.RequestContext;
const STATUSES =
  "Виконано, Виконується, Частково виконано, Не виконано, Не розпочато, Перенесено, Скасовано";

/**
 * CLEAN_PLAN split: goal 1 on "Ціль 1" under the plan's title, goal 2 on "Ціль 2" without a title (its
 * header higher up), and a sheet of notes that is no part of the plan.
 */
function splitSheets() {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  return [
    renderPlan(one, { sheetName: "Ціль 1" }),
    renderPlan(two, { sheetName: "Ціль 2" }),
    { name: "Примітки", rows: [["Довідка"]] },
  ];
}

/** The non-empty cells of a sheet of the double, as "A1": value. */
function values(d: ExcelDouble, sheet: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  d.sheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== "") out[cell.address] = cell.value;
    })
  );
  return out;
}

describe("in the add-in", () => {
  test("the preview names every plan sheet and its cells, and writes nothing", async () => {
    const d = await ExcelDouble.fromFile(
      await writeFixture("status-sheets-preview", splitSheets())
    );
    const before = ["Ціль 1", "Ціль 2"].map((s) => values(d, s));
    const p = await previewStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    if (!p.ok) throw new Error(p.message);
    expect(
      p.specs.map((s) => [s.sheet, s.columns[0].letter, s.cells[0].address, s.validation.range])
    ).toEqual([
      ["Ціль 1", "F", "F4", "F5:F11"],
      ["Ціль 2", "F", "F2", "F3:F7"],
    ]);
    expect(p.message).toBe(
      `Plan Check додасть стовпець «Стан виконання» у F на кожному з 2 аркушів плану («Ціль 1»: F4:F11; «Ціль 2»: F2:F7) із заголовком, оформленим як у таблиці, і списком для вибору: ${STATUSES}. Більше нічого на аркушах не зміниться.`
    );
    expect(["Ціль 1", "Ціль 2"].map((s) => values(d, s))).toEqual(before);
  });

  test("confirmed, each plan sheet gets its header and dropdown; the plan is read again as one, with its status column on both sheets", async () => {
    const d = await ExcelDouble.fromFile(await writeFixture("status-sheets-add", splitSheets()));
    const before = values(d, "Ціль 2");
    const out = await addStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(out).toEqual({
      ok: true,
      key: "statusColumn.addedSheets",
      params: { header: "Стан виконання", letter: "F", count: 2, sheets: "Ціль 1, Ціль 2" },
    });
    const two = d.sheet("Ціль 2")!;
    expect(values(d, "Ціль 2")).toEqual({ ...before, F2: "Стан виконання" });
    expect(two.getCell("F2").style).toEqual(two.getCell("E2").style);
    expect(d.metaOf(two).validations.map((v) => v.range)).toEqual(["F3:F7"]);
    expect(d.metaOf(d.sheet("Ціль 1")!).validations.map((v) => v.range)).toEqual(["F5:F11"]);
    expect(values(d, "Примітки")).toEqual({ A1: "Довідка" });
    // the status set on the second sheet is read as the status of its measure
    two.getCell("F5").value = "Виконано";
    const snap = await readWorkbook(ctxOf(d), ALL);
    const again = recognizeWorkbook(snap.sheets.flatMap((x) => (x.grid ? [x.grid] : [])));
    if (!again.ok) throw new Error(again.reason);
    expect([again.plan.planSheets, again.plan.layout.columns.status]).toEqual([
      ["Ціль 1", "Ціль 2"],
      5,
    ]);
    expect(
      again.plan.measures.filter((m) => m.status).map((m) => [m.sheet, m.number, m.status])
    ).toEqual([["Ціль 2", "2.1.1", "Виконано"]]);
  });

  test("a protected plan sheet refuses the column on every sheet, naming the protected one; nothing is written", async () => {
    const d = await ExcelDouble.fromFile(await writeFixture("status-sheets-locked", splitSheets()));
    d.protect("Ціль 2");
    const before = ["Ціль 1", "Ціль 2"].map((s) => values(d, s));
    const p = await previewStatusColumn(ctxOf(d), { lang: "en", caps: ALL });
    expect(p).toMatchObject({
      ok: false,
      key: "statusColumn.refused.protected-sheets",
      params: { sheets: "Ціль 2" },
    });
    expect(p.message).toBe(
      "The plan runs over several sheets; protected: Ціль 2. No column was added on any sheet: a column on some of them only would split the plan. Unprotect them (Review › Unprotect Sheet) and try again."
    );
    const out = await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    expect(out).toMatchObject({ ok: false, key: "statusColumn.refused.protected-sheets" });
    expect(["Ціль 1", "Ціль 2"].map((s) => values(d, s))).toEqual(before);
    expect(d.metaOf(d.sheet("Ціль 1")!).validations).toEqual([]);
  });

  test("a cell right of the table on the second sheet refuses it, saying which sheet and cell; the first sheet is left as it was", async () => {
    const d = await ExcelDouble.fromFile(await writeFixture("status-sheets-busy", splitSheets()));
    d.sheet("Ціль 2")!.getCell("F4").value = "примітка";
    const out = await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    expect(out).toEqual({
      ok: false,
      key: "statusColumn.refused.not-free",
      params: { cell: "F4", sheet: "Ціль 2" },
    });
    expect(d.sheet("Ціль 1")!.getCell("F4").value).toBeNull();
    expect(d.metaOf(d.sheet("Ціль 1")!).validations).toEqual([]);
  });
});

describe("plan-check --add-status", () => {
  test("adds the same column on each plan sheet as the add-in does, and the copy is read as one plan with its status", async () => {
    const file = await writeFixture("status-sheets-cli", splitSheets());
    const out = join(tempDir(), "status-sheets-cli-out.xlsx");
    const r = await runCli([file, "--add-status", "--out", out, "--json", "--as-of", "2021-06-30"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "The column “Стан виконання” is at F on each of the plan's 2 sheets (Ціль 1, Ціль 2), with a dropdown list of statuses."
    );
    // the add-in's column on the same workbook
    const d = await ExcelDouble.fromFile(file);
    await addStatusColumn(ctxOf(d), { lang: "uk", caps: ALL });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    for (const sheet of ["Ціль 1", "Ціль 2"]) {
      const ws = copy.getWorksheet(sheet)!;
      const cli = Object.fromEntries(
        Object.entries(cellsOf(ws))
          .filter(([k, v]) => k.endsWith(":6") && JSON.parse(v)[0] !== null)
          .map(([k, v]) => [k, JSON.parse(v)[0]])
      );
      const addin = Object.fromEntries(
        Object.entries(values(d, sheet))
          .filter(([a]) => a.startsWith("F"))
          .map(([a, v]) => [`${a.slice(1)}:6`, v])
      );
      expect(cli).toEqual(addin);
      expect(
        (ws.getCell("F5") as unknown as { dataValidation: unknown }).dataValidation
      ).toMatchObject({ type: "list" });
    }
    const doc = JSON.parse(r.out);
    expect([doc.planSheets, doc.layout.columns.status]).toEqual([["Ціль 1", "Ціль 2"], "F"]);
    const again = checkWorkbook(await readWorkbookGrids(out), { asOf: "2021-06-30" });
    if (!("plan" in again)) throw new Error("no plan");
    expect([again.plan.planSheets, again.plan.layout.columns.status]).toEqual([
      ["Ціль 1", "Ціль 2"],
      5,
    ]);
  });

  test("a protected plan sheet in the file refuses it, naming the sheet, and writes nothing", async () => {
    const wb = fixtureWorkbook(splitSheets());
    await wb.getWorksheet("Ціль 2")!.protect("", {});
    const locked = join(tempDir(), "status-sheets-locked.xlsx");
    await wb.xlsx.writeFile(locked);
    const out = join(tempDir(), "status-sheets-locked-out.xlsx");
    const r = await runCli([locked, "--add-status", "--out", out]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      "plan-check: The plan runs over several sheets; protected: Ціль 2. No column was added on any sheet: a column on some of them only would split the plan. Unprotect them (Review › Unprotect Sheet) and try again.\n"
    );
    await expect(new ExcelJS.Workbook().xlsx.readFile(out)).rejects.toThrow();
  });
});

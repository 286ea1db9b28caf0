/**
 * The command line reads workbooks with its own reader (src/cli/read); ExcelJS's reading, merges included, is
 * the oracle: the grid must be the same, but for the empty rows, which the reader leaves out (holes) where
 * ExcelJS's reading gave empty arrays.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { readWorkbookGrids, worksheetToGrid } from "../../src/cli/xlsx";
import type { Grid } from "../../src/core/grid";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { tempDir, writeFixture } from "../fixtures/workbook";

const ROOT = join(__dirname, "..", "..");

/** Rows as arrays, a hole as an empty row: the reader's sparse grid and ExcelJS's dense one compare. */
function dense<T>(rows: T[][] | undefined): T[][] {
  return Array.from(rows ?? [], (r) => r ?? []);
}

/** The list without the trailing items that `empty` says are nothing. */
function trimmed<T>(xs: T[], empty: (x: T) => boolean): T[] {
  let n = xs.length;
  while (n > 0 && empty(xs[n - 1])) n--;
  return xs.slice(0, n);
}

function key(g: Grid) {
  return {
    sheet: g.sheetName,
    values: dense(g.values),
    // a cell without a format is null in ExcelJS's reading and a hole in the reader's: both read as null
    numberFormats: trimmed(
      dense(g.numberFormats).map((r) =>
        trimmed(
          Array.from(r, (f) => f ?? null),
          (f) => f === null
        )
      ),
      (r) => r.length === 0
    ),
    merges: g.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
  };
}

async function withExcelJsMerges(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => worksheetToGrid(ws));
}

test.each([
  ["the seed plan", join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx"), 30],
  ["the seed report", join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx"), 30],
  ["a ministry's plan (kmu-1.2)", join(ROOT, "tests", "fixtures", "real-plans", "kmu-1.2.xlsx"), 0],
  ["a ministry's plan (kmu-6.2)", join(ROOT, "tests", "fixtures", "real-plans", "kmu-6.2.xlsx"), 0],
  [
    "a ministry's plan (kmu-15.4)",
    join(ROOT, "tests", "fixtures", "real-plans", "kmu-15.4.xlsx"),
    0,
  ],
])("%s reads to the same grid either way, merges included", async (_, file, merges) => {
  const fast = await readWorkbookGrids(file);
  expect(fast.map(key)).toEqual((await withExcelJsMerges(file)).map(key));
  expect(fast[0].merges.length).toBeGreaterThanOrEqual(merges);
  expect(fast[0].values.flat().length).toBeGreaterThan(50);
});

test("rows with nothing in them are holes in the grid, not empty arrays", async () => {
  const file = await writeFixture("holes", [renderPlan(CLEAN_PLAN, { startRow: 3 })]);
  const [g] = await readWorkbookGrids(file);
  expect([0, 1, 2].map((r) => r in g.values)).toEqual([false, false, false]);
  expect(3 in g.values).toBe(true);
});

test("several sheets, grouped headers and merges down and across read the same either way", async () => {
  const file = await writeFixture("two-reads", [
    renderPlan(CLEAN_PLAN, { sheetName: "Перший", headerStyle: "grouped", columnNumbers: true }),
    renderPlan(CLEAN_PLAN, { sheetName: "Другий", startRow: 3, startCol: 2 }),
  ]);
  const fast = await readWorkbookGrids(file);
  expect(fast.map((g) => g.sheetName)).toEqual(["Перший", "Другий"]);
  expect(fast.map(key)).toEqual((await withExcelJsMerges(file)).map(key));
});

test("dates, times and number formats read the same either way", async () => {
  const file = await writeFixture("formats", [
    {
      name: "Дати",
      rows: [
        [new Date(Date.UTC(2023, 0, 15)), { value: 0.25, numFmt: "0%" }],
        [
          { value: 1234.5, numFmt: "#,##0.00" },
          { value: "текст", numFmt: "@" },
        ],
        [
          { value: 44927.75, numFmt: "dd.mm.yyyy hh:mm" },
          { value: 0.5, numFmt: "h:mm" },
        ],
        [{ value: 45000, numFmt: '[$-422]d mmmm yyyy "р."' }, 3],
      ],
    },
  ]);
  const [fast] = await readWorkbookGrids(file);
  expect(key(fast)).toEqual(key((await withExcelJsMerges(file))[0]));
  expect(fast.values).toEqual([
    [44941, 0.25],
    [1234.5, "текст"],
    [44927.75, 0.5],
    [45000, 3],
  ]);
  expect(fast.numberFormats).toEqual([
    ["dd.mm.yyyy", "0%"],
    ["#,##0.00", "@"],
    ["dd.mm.yyyy hh:mm", "h:mm"],
    ['[$-422]d mmmm yyyy "р."'],
  ]);
});

test("a value left in a cell a merge covers is not read, as Excel shows only the top-left cell", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("P");
  ws.getCell("A1").value = "Зверху";
  ws.mergeCells("A1:B2");
  // written after the merge, as some generators do: ExcelJS keeps it in the file
  (ws.getCell("B2") as unknown as { _value: { model: unknown } })._value.model = {
    address: "B2",
    type: 3,
    value: "схований",
  };
  const file = join(tempDir(), "covered-cell.xlsx");
  await wb.xlsx.writeFile(file);
  const [g] = await readWorkbookGrids(file);
  expect(g.values.flat().filter((v) => v !== undefined && v !== null)).toEqual(["Зверху"]);
});

/**
 * The command line's workbook adapter: readWorkbookGrids reads an .xlsx into the core's grids with the
 * command line's own reader; loadWorkbook (ExcelJS) stays for writing the checked copy, and worksheetToGrid is
 * the ExcelJS reading the tests compare the reader against.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../core/grid";
import { parseAddress } from "../core/grid";
import { isRefusal, readWorkbook, WorkbookRefusal } from "./read";
import { excelSheetNames } from "./sheetNames";

const DATE_EPOCH = Date.UTC(1899, 11, 30);

function toSerial(d: Date): number {
  return (d.getTime() - DATE_EPOCH) / 86400000;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** The value as Excel's API would give it: strings, numbers, booleans, date serials, formula results. */
function valueOf(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return toSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return richText(o as { richText: { text: string }[] });
    if ("result" in o || "formula" in o || "sharedFormula" in o) {
      const r = o.result as unknown;
      if (r instanceof Date) return toSerial(r);
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && r && "error" in (r as object))
        return String((r as { error: string }).error);
      return r as CellValue;
    }
    if ("text" in o && "hyperlink" in o) return String(o.text);
    if ("error" in o) return String(o.error);
  }
  return String(v);
}

/**
 * The sheet as the core's Grid. `merges` are the sheet's merged ranges ("A1:E1") where the workbook was read
 * without ExcelJS's merge model (see readWorkbookGrids); otherwise ExcelJS's own are used.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, ranges?: string[]): Grid {
  const merges: MergedArea[] = [];
  if (ranges) {
    for (const ref of ranges) {
      const [a, b = a] = ref.split(":").map((x) => parseAddress(x));
      if (a && b)
        merges.push({
          top: Math.min(a.row, b.row),
          left: Math.min(a.col, b.col),
          bottom: Math.max(a.row, b.row),
          right: Math.max(a.col, b.col),
        });
    }
  } else {
    const model = (
      ws as unknown as {
        _merges: Record<
          string,
          { model: { top: number; left: number; bottom: number; right: number } }
        >;
      }
    )._merges;
    for (const key of Object.keys(model ?? {})) {
      const m = model[key].model;
      merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }
  // cells a merged area covers hold nothing of their own, as in Excel: only the top-left cell's value counts
  const covered = new Set<number>();
  const WIDTH = 16384;
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(r * WIDTH + c);

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (covered.has(r * WIDTH + colNumber - 1)) return;
      vals[colNumber - 1] = valueOf(cell);
      fmts[colNumber - 1] = cell.numFmt ?? null;
    });
    values[r] = vals;
    numberFormats[r] = fmts;
  });
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!numberFormats[i]) numberFormats[i] = [];
  }
  return { sheetName: ws.name, values, numberFormats, merges, hidden: ws.state === "hidden" };
}

interface SheetModel {
  name: string;
  mergeCells?: string[];
}

// in a module of its own, so the checked copy's writer names sheets without loading ExcelJS
export { excelSheetNames } from "./sheetNames";

export interface LoadedWorkbook {
  wb: ExcelJS.Workbook;
  /** The merged ranges of each sheet (by its name in `wb`), where the model was given none. */
  merges: Map<string, string[]>;
  /** A sheet's name as the file writes it, by its name in `wb` (they differ only where Excel's rules cut it). */
  original: Map<string, string>;
}

/**
 * Loads a workbook with ExcelJS. Sheet names that Excel would not allow (longer than 31 characters, the same
 * name twice) are made allowable before ExcelJS sees them, instead of failing the whole file. With
 * `modelMerges: false`, ExcelJS is given no merged cells: it builds its merged-cell model by checking each
 * merge against all earlier ones, which is quadratic in the number of merges (a 10,000-measure plan has
 * thousands); the grid needs only the list of ranges, taken from the parsed model.
 */
export async function loadWorkbook(
  file: string,
  o: { modelMerges: boolean }
): Promise<LoadedWorkbook> {
  const wb = new ExcelJS.Workbook();
  const merges = new Map<string, string[]>();
  const original = new Map<string, string>();
  const xlsx = wb.xlsx as unknown as {
    reconcile: (model: { worksheets: SheetModel[] }, options: unknown) => void;
  };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    reconcile(model, options);
    const sheets = model.worksheets ?? [];
    const names = excelSheetNames(sheets.map((ws) => ws.name));
    sheets.forEach((ws, i) => {
      original.set(names[i], ws.name);
      ws.name = names[i];
      if (!o.modelMerges) {
        merges.set(ws.name, ws.mergeCells ?? []);
        ws.mergeCells = [];
      }
    });
  };
  await wb.xlsx.readFile(file);
  return { wb, merges, original };
}

/**
 * Reads every sheet but the very hidden ones into a Grid, each named as the file names it, with the command
 * line's own reader (src/cli/read): memory and time follow the cells the file stores, never the size it
 * claims. What it cannot read is thrown as a WorkbookRefusal carrying the message key.
 */
export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  const grids = readWorkbook(file);
  if (isRefusal(grids)) throw new WorkbookRefusal(grids);
  return grids;
}

export { parseAddress };

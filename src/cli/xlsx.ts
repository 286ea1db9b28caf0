/** The command line's workbook adapter: an .xlsx file read with ExcelJS into the core's Grid. */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../core/grid";
import { parseAddress } from "../core/grid";

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

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
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
  const merges: MergedArea[] = [];
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
  return { sheetName: ws.name, values, numberFormats, merges };
}

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.filter((ws) => ws.state !== "veryHidden").map(worksheetToGrid);
}

export { parseAddress };

/**
 * Rendering sheet specs with the Excel JavaScript API. Everything is queued on the caller's batch: values and
 * number formats in one block per sheet, styles per run of cells, then tables, the chart and the PivotTable.
 * Text that Excel would take for a formula is written under the text format "@".
 */
import { cellAddress, columnLetter, parseAddress } from "../core/grid";
import { looksLikeFormula, MARK_COLORS, type CellStyle, type SheetSpec, type SpecValue } from "../core/sheets";
import { DATA_DATE_COLUMNS } from "../core/summary/sheets";

export const STYLE_FORMATS: Record<CellStyle, { fill?: string; bold?: boolean; italic?: boolean; size?: number; color?: string; numberFormat?: string; wrap?: boolean }> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#D9E1F2", wrap: true },
  strategicGoal: { bold: true, fill: "#FCE4D6" },
  operationalGoal: { fill: "#FFF2CC" },
  total: { bold: true, fill: "#E2EFDA" },
  percent: { numberFormat: "0%" },
  error: { color: "#C00000", bold: true },
  warning: { color: "#9C5700" },
  info: { color: "#1F4E79" },
  markOverdue: { fill: MARK_COLORS.markOverdue },
  markMissing: { fill: MARK_COLORS.markMissing },
  markWarning: { fill: MARK_COLORS.markWarning },
  wrap: { wrap: true },
};

export const DATE_FORMAT = "yyyy-mm-dd";

function a1(row: number, col: number): string {
  return cellAddress(row, col);
}

/** The values and number formats of a block: "@" keeps text that starts with =, +, - or @ as text. */
export function valueBlock(rows: SpecValue[][], width: number, formatOf: (r: number, c: number, v: SpecValue) => string | null) {
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  rows.forEach((row, r) => {
    const vr: (string | number | boolean)[] = [];
    const fr: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      vr.push(v === null ? "" : v);
      fr.push(looksLikeFormula(v) ? "@" : (formatOf(r, c, v) ?? "General"));
    }
    values.push(vr);
    formats.push(fr);
  });
  return { values, formats };
}

/** Consecutive cells of one row with the same style, as A1 ranges. */
function styleRuns(spec: SheetSpec): Map<CellStyle, string[]> {
  const runs = new Map<CellStyle, string[]>();
  spec.cells.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const list = runs.get(style) ?? [];
      list.push(end > c ? `${a1(r, c)}:${a1(r, end)}` : a1(r, c));
      runs.set(style, list);
      c = end + 1;
    }
  });
  return runs;
}

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = STYLE_FORMATS[style];
  if (f.fill) range.format.fill.color = f.fill;
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.size) range.format.font.size = f.size;
  if (f.color) range.format.font.color = f.color;
  if (f.wrap) range.format.wrapText = true;
}

export interface WrittenSheet {
  spec: SheetSpec;
  sheet: Excel.Worksheet;
  tables: Excel.Table[];
}

/** Queues one sheet: it must not exist yet under this name (the caller decided the name and removed ours). */
export function queueSheet(ctx: Excel.RequestContext, spec: SheetSpec, name: string): WrittenSheet {
  const ws = ctx.workbook.worksheets.add(name);
  const width = Math.max(0, ...spec.cells.map((r) => r.length));
  if (spec.cells.length > 0 && width > 0) {
    const rows = spec.cells.map((r) => r.map((c) => (c ? c.v : null)));
    const { values, formats } = valueBlock(rows, width, (r, c) => {
      const style = spec.cells[r][c]?.style;
      return style ? (STYLE_FORMATS[style].numberFormat ?? null) : null;
    });
    const block = ws.getRangeByIndexes(0, 0, rows.length, width);
    block.numberFormat = formats;
    block.values = values;
    for (const [style, addresses] of styleRuns(spec)) for (const address of addresses) applyStyle(ws.getRange(address), style);
    spec.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.link) {
          ws.getRange(a1(r, c)).hyperlink = { documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, textToDisplay: String(cell.v ?? cell.link.cell) };
        }
      })
    );
  }
  for (const m of spec.merges) ws.getRange(m).merge(false);
  spec.widths.forEach((w, c) => {
    ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.round(w * 6.5);
  });
  const tables: Excel.Table[] = [];
  for (const t of spec.tables) {
    const start = parseAddress(t.topLeft)!;
    const rows: SpecValue[][] = [t.columns, ...t.rows];
    const isData = spec.key === "data" && t.topLeft === "A1";
    const { values, formats } = valueBlock(rows, t.columns.length, (r, c) => (isData && r > 0 && DATA_DATE_COLUMNS.includes(c) ? DATE_FORMAT : null));
    const range = ws.getRangeByIndexes(start.row, start.col, rows.length, t.columns.length);
    range.numberFormat = formats;
    range.values = values;
    const table = ws.tables.add(range, true);
    table.name = t.name;
    tables.push(table);
  }
  for (const ch of spec.charts) {
    const chart = ws.charts.add("ColumnStacked", ws.getRange(ch.source), "Columns");
    chart.title.text = ch.title;
    chart.setPosition(ch.topLeft, ch.bottomRight);
  }
  if (spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
  ws.load("id,name");
  return { spec, sheet: ws, tables };
}

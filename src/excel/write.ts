/**
 * Rendering sheet specs with the Excel JavaScript API. Everything is queued on the caller's batch: values and
 * number formats in one block per sheet, styles per run of cells, then tables, the chart and the PivotTable.
 * Text that Excel would take for a formula, a number or a date ("1.10", "2021", "01.07.2020") is written
 * under the text format "@", so it stays the text the plan has. A sheet the add-in already owns is cleared
 * and rewritten in place (deleting it would clear the user's undo history).
 */
import { cellAddress, columnLetter, parseAddress } from "../core/grid";
import { STYLE_FORMATS } from "../core/styles";
export { STYLE_FORMATS };
import {
  looksLikeFormula,
  type CellStyle,
  type SheetSpec,
  type SpecValue,
  type TableSpec,
} from "../core/sheets";

export const DATE_FORMAT = "yyyy-mm-dd";

function a1(row: number, col: number): string {
  return cellAddress(row, col);
}

/**
 * Text Excel would not keep as typed in a General cell: a formula (=, +, -, @), or what its parser reads as
 * a number, a percentage, a date, a time or TRUE/FALSE in some locale (anything starting with a digit, a
 * sign, a point or a currency sign, "1.10", "01.07.2020", "TRUE").
 */
export function wouldBeParsed(v: SpecValue): boolean {
  return (
    typeof v === "string" &&
    (looksLikeFormula(v) || /^\s*[\d.,(+\-$€£¥₴]/u.test(v) || /^\s*(true|false)\s*$/i.test(v))
  );
}

/**
 * The values of a block, and the cells whose number format must be set first: "@" keeps text that starts
 * with =, +, - or @ as text; styles and columns may ask for others. Formats go cell by cell only where they
 * differ from General, so a large table's request stays the size of its values.
 */
export function valueBlock(
  rows: SpecValue[][],
  width: number,
  formatOf: (r: number, c: number, v: SpecValue) => string | null
) {
  const values: (string | number | boolean)[][] = [];
  const formats: { r: number; c: number; format: string }[] = [];
  rows.forEach((row, r) => {
    const vr: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      vr.push(v === null ? "" : v);
      const format = wouldBeParsed(v) ? "@" : formatOf(r, c, v);
      if (format) formats.push({ r, c, format });
    }
    values.push(vr);
  });
  return { values, formats };
}

/**
 * Cells with the same style as A1 rectangles: runs along a row, and runs of the same columns in the rows
 * below joined into one (a findings sheet's 2,000 rows of one style are one range, not 2,000 in the request).
 */
function styleRuns(spec: SheetSpec): Map<CellStyle, string[]> {
  type Run = { top: number; bottom: number; left: number; right: number };
  const open = new Map<string, Run>();
  const done = new Map<CellStyle, Run[]>();
  const close = (style: CellStyle, run: Run) => {
    const list = done.get(style) ?? [];
    list.push(run);
    done.set(style, list);
  };
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
      const key = `${style}|${c}|${end}`;
      const run = open.get(key);
      if (run && run.bottom === r - 1) run.bottom = r;
      else {
        if (run) close(style, run);
        open.set(key, { top: r, bottom: r, left: c, right: end });
      }
      c = end + 1;
    }
  });
  for (const [key, run] of open) close(key.split("|")[0] as CellStyle, run);
  const out = new Map<CellStyle, string[]>();
  for (const [style, list] of done)
    out.set(
      style,
      list
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((x) =>
          x.top === x.bottom && x.left === x.right
            ? a1(x.top, x.left)
            : `${a1(x.top, x.left)}:${a1(x.bottom, x.right)}`
        )
    );
  return out;
}

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = STYLE_FORMATS[style];
  if (f.fill) range.format.fill.color = f.fill;
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.size) range.format.font.size = f.size;
  if (f.color) range.format.font.color = f.color;
  if (f.wrap) range.format.wrapText = true;
  if (f.wrap || f.top) range.format.verticalAlignment = "Top";
}

/**
 * A write batch with a size budget: before a block that would take the queued request past the budget, it
 * syncs. A plan of ordinary size (10,000 measures included) never reaches it; a larger one is written in
 * more round trips rather than in a request Excel on the web would reject (5 MB).
 */
export class Batch {
  private used = 0;
  private reused = new Map<string, Excel.Worksheet>();
  /** Writes the sheet of this name over the add-in's own sheet (cleared first) instead of adding one. */
  reuse(name: string, ws: Excel.Worksheet): void {
    this.reused.set(name, ws);
  }
  /** The sheet to write a spec on: the one to reuse, cleared, or a new one. */
  sheetFor(name: string): Excel.Worksheet {
    const ws = this.reused.get(name);
    if (!ws) return this.ctx.workbook.worksheets.add(name);
    const all = ws.getRange();
    all.clear("All");
    // clearing keeps row heights, column widths and hidden rows and columns: the last run's (or the
    // user's) would shape a shorter or different result, so every row and column is set back
    all.format.useStandardHeight = true;
    all.format.useStandardWidth = true;
    all.columnHidden = false;
    all.rowHidden = false;
    ws.freezePanes.unfreeze();
    return ws;
  }
  constructor(
    readonly ctx: Excel.RequestContext,
    readonly limit = 4_500_000
  ) {}
  async room(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.sync();
    this.used += bytes;
  }
  async sync(): Promise<void> {
    await this.ctx.sync();
    this.used = 0;
  }
}

/** What one proxy costs a request besides its arguments: its object path and the actions naming it. */
export const PROXY_BYTES = 200;

let encoder: TextEncoder | undefined;
/** The size of a block of values in the request, as UTF-8 JSON. */
export function payloadBytes(v: unknown): number {
  // made on first use: a module that only imports this one (a pane test under jsdom) needs no TextEncoder
  encoder ??= new TextEncoder();
  return encoder.encode(JSON.stringify(v)).length;
}

/** One format down `n` cells of a column, counted in the batch's budget. */
async function formatColumn(
  batch: Batch,
  ws: Excel.Worksheet,
  row: number,
  col: number,
  n: number,
  format: string
): Promise<void> {
  const column = Array.from({ length: n }, () => [format]);
  await batch.room(PROXY_BYTES + payloadBytes(column));
  ws.getRangeByIndexes(row, col, n, 1).numberFormat = column;
}

/** Sets number formats, one range per run of cells down a column with the same format. */
async function setFormats(
  batch: Batch,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  formats: { r: number; c: number; format: string }[]
): Promise<void> {
  const sorted = [...formats].sort((a, b) => a.c - b.c || a.r - b.r);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].c === sorted[i].c &&
      sorted[j + 1].r === sorted[j].r + 1 &&
      sorted[j + 1].format === sorted[i].format
    )
      j++;
    await formatColumn(
      batch,
      ws,
      top + sorted[i].r,
      left + sorted[i].c,
      j - i + 1,
      sorted[i].format
    );
    i = j + 1;
  }
}

/** Rows per write: large tables go in blocks, so the budget can split them between round trips. */
const ROWS_PER_BLOCK = 2000;

async function writeValues(
  batch: Batch,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  values: (string | number | boolean)[][]
): Promise<void> {
  for (let r = 0; r < values.length; r += ROWS_PER_BLOCK) {
    const chunk = values.slice(r, r + ROWS_PER_BLOCK);
    await batch.room(PROXY_BYTES + payloadBytes(chunk));
    ws.getRangeByIndexes(top + r, left, chunk.length, chunk[0].length).values = chunk;
  }
}

/** Queues one sheet without its tables: it must not exist yet (the caller chose the name and removed ours). */
export async function writeSheet(
  batch: Batch,
  spec: SheetSpec,
  name: string
): Promise<Excel.Worksheet> {
  const ws = batch.sheetFor(name);
  const width = Math.max(0, ...spec.cells.map((r) => r.length));
  if (spec.cells.length > 0 && width > 0) {
    const rows = spec.cells.map((r) => r.map((c) => (c ? c.v : null)));
    const { values, formats } = valueBlock(rows, width, (r, c) => {
      const style = spec.cells[r][c]?.style;
      return style ? (STYLE_FORMATS[style].numberFormat ?? null) : null;
    });
    await setFormats(batch, ws, 0, 0, formats);
    await writeValues(batch, ws, 0, 0, values);
    for (const [style, addresses] of styleRuns(spec))
      for (const address of addresses) {
        await batch.room(PROXY_BYTES * 3);
        applyStyle(ws.getRange(address), style);
      }
    for (const [r, row] of spec.cells.entries())
      for (const [c, cell] of row.entries()) {
        if (!cell?.link) continue;
        const link = {
          documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`,
          textToDisplay: String(cell.v ?? cell.link.cell),
        };
        await batch.room(PROXY_BYTES + payloadBytes(link));
        ws.getRange(a1(r, c)).hyperlink = link;
      }
  }
  for (const m of spec.merges) ws.getRange(m).merge(false);
  spec.widths.forEach((w, c) => {
    ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.round(w * 6.5);
  });
  for (const c of spec.hiddenColumns ?? [])
    ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true;
  for (const ch of spec.charts) {
    const chart = ws.charts.add("ColumnStacked", ws.getRange(ch.source), "Columns");
    chart.title.text = ch.title;
    chart.setPosition(ch.topLeft, ch.bottomRight);
    // the status colours of the legend; a host (or double) without series formats keeps its own
    if ("series" in chart)
      ch.seriesColors?.forEach((color, i) =>
        chart.series.getItemAt(i).format.fill.setSolidColor(color)
      );
  }
  if (spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
  applyPrintLayout(ws, spec);
  ws.load("id,name");
  return ws;
}

/** Page layout is ExcelApi 1.9; a host without it prints the sheet as Excel would by default. */
function pageLayoutOf(ws: Excel.Worksheet): Excel.PageLayout | null {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!req?.isSetSupported("ExcelApi", "1.9") || !("pageLayout" in ws)) return null;
  return ws.pageLayout;
}

/**
 * The spec's row heights (runs of equal heights, one range each) and its print layout: landscape, one page
 * wide, the header rows on every page, the plan, the as-of date and the time built in the page header.
 */
export function applyPrintLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  const heights = spec.heights ?? [];
  for (let r = 0; r < heights.length;) {
    const h = heights[r];
    let end = r;
    while (end + 1 < heights.length && heights[end + 1] === h) end++;
    if (h) ws.getRangeByIndexes(r, 0, end - r + 1, 1).format.rowHeight = h;
    r = end + 1;
  }
  const p = spec.print;
  const layout = p ? pageLayoutOf(ws) : null;
  if (!p || !layout) return;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = p.title.replace(/&/g, "&&").slice(0, 240);
  hf.rightFooter = "&P / &N";
}

/** Queues one of a spec's tables on its sheet: values in blocks, date columns formatted, then the table. */
export async function writeTable(
  batch: Batch,
  ws: Excel.Worksheet,
  t: TableSpec,
  dateColumns: readonly number[] = []
): Promise<Excel.Table> {
  const start = parseAddress(t.topLeft)!;
  const rows: SpecValue[][] = [t.columns, ...t.rows];
  const { values, formats } = valueBlock(rows, t.columns.length, () => null);
  const n = rows.length - 1;
  if (n > 0)
    for (const c of dateColumns)
      await formatColumn(batch, ws, start.row + 1, start.col + c, n, DATE_FORMAT);
  // a text column is text throughout ("1.10" stays apart from "1.1" in the table and the PivotTable)
  const textColumns = new Set(formats.filter((f) => f.r > 0 && f.format === "@").map((f) => f.c));
  for (const c of textColumns)
    if (n > 0) await formatColumn(batch, ws, start.row + 1, start.col + c, n, "@");
  await setFormats(
    batch,
    ws,
    start.row,
    start.col,
    formats.filter((f) => f.r === 0 || !textColumns.has(f.c))
  );
  await writeValues(batch, ws, start.row, start.col, values);
  const table = ws.tables.add(
    ws.getRangeByIndexes(start.row, start.col, rows.length, t.columns.length),
    true
  );
  table.name = t.name;
  return table;
}

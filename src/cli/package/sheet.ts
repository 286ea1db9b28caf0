/**
 * A sheet spec written straight to SpreadsheetML, as chunks of text: cells (text as inline strings, so no text
 * ever becomes a formula and the workbook's shared strings stay as they were; numbers as numbers), styles,
 * column widths, merges, a frozen header, links to cells and tables with their filters. The data table of a
 * 200,000-measure plan is never held as one string, let alone as objects per cell.
 */
import { cellAddress, columnLetter, parseAddress } from "../../core/grid";
import type { PrintSpec, SheetSpec, SpecCell, SpecValue, TableSpec } from "../../core/sheets";
import { DATA_DATE_COLUMNS } from "../../core/summary/sheets";
import { NS } from "./opc";
import type { StyleIds } from "./styles";
import { ascii, ByteSink } from "./bytes";
import { esc, escText } from "./xml";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** A table as it is placed: its free name, workbook-wide id, range and (unique) column names. */
export interface PlacedTable {
  spec: TableSpec;
  name: string;
  id: number;
  top: number;
  left: number;
  /** The last row: the header and at least one data row, as Excel requires. */
  bottom: number;
  columns: string[];
  ref: string;
  /** The data table's date columns, written as dates. */
  dateColumns: number[];
}

export function placeTable(spec: SheetSpec, t: TableSpec, name: string, id: number): PlacedTable {
  const at = parseAddress(t.topLeft) ?? { row: 0, col: 0 };
  const seen = new Set<string>();
  const columns = t.columns.map((c, i) => {
    let n = c.trim() === "" ? `Column${i + 1}` : c;
    for (let k = 2; seen.has(n.toLowerCase()); k++) n = `${c}${k}`;
    seen.add(n.toLowerCase());
    return n;
  });
  const bottom = at.row + Math.max(1, t.rows.length);
  const right = at.col + columns.length - 1;
  return {
    spec: t,
    name,
    id,
    top: at.row,
    left: at.col,
    bottom,
    columns,
    ref: `${cellAddress(at.row, at.col)}:${cellAddress(bottom, right)}`,
    dateColumns: spec.key === "data" && t.topLeft === "A1" ? DATA_DATE_COLUMNS : [],
  };
}

export function tableXml(t: PlacedTable): string {
  const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escText(c)}"/>`);
  return (
    `${HEAD}<table xmlns="${NS.main}" id="${t.id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/><tableColumns count="${cols.length}">${cols.join("")}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

const LETTERS: string[] = [];
/** A column's letters, remembered: the data table asks for them millions of times. */
const letters = (col: number) => LETTERS[col] ?? (LETTERS[col] = columnLetter(col));
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160;

/** `<c r="` and a column's letters, as bytes, by column. */
const CELL_OPEN: Buffer[] = [];
const cellOpen = (col: number) =>
  CELL_OPEN[col] ?? (CELL_OPEN[col] = ascii(`<c r="${letters(col)}`));

/** What follows a cell's reference, by kind of value and style: `" s="7" t="inlineStr"><is><t>` and the like. */
interface CellHeads {
  text: Buffer;
  textKept: Buffer;
  number: Buffer;
  bool: Buffer;
  empty: Buffer;
  /** Short texts' whole cells after the reference, as written once: a table repeats its words on every row. */
  texts: Map<string, Buffer>;
}
/** Texts up to this long are remembered, up to this many a style. */
const CACHED_LENGTH = 48;
const CACHED_TEXTS = 4096;
const HEADS: CellHeads[] = [];
function headsFor(style: number | undefined): CellHeads {
  const key = style ?? 0;
  let h = HEADS[key];
  if (!h) {
    const s = style ? ` s="${style}"` : "";
    h = {
      text: ascii(`"${s} t="inlineStr"><is><t>`),
      textKept: ascii(`"${s} t="inlineStr"><is><t xml:space="preserve">`),
      number: ascii(`"${s}><v>`),
      bool: ascii(`"${s} t="b"><v>`),
      empty: ascii(`"${s}/>`),
      texts: new Map(),
    };
    HEADS[key] = h;
  }
  return h;
}
const TEXT_CLOSE = ascii("</t></is></c>");
const VALUE_CLOSE = ascii("</v></c>");

/** Text with nothing XML must escape, no "_x" OOXML would read as a code, and no line break to keep. */
const PLAIN =
  // eslint-disable-next-line no-control-regex
  /^[^&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF_]*(?:_(?!x)[^&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF_]*)*$/;

/** Row numbers' digits, reused for every cell of the row. */
class RowRef {
  readonly digits = new Uint8Array(10);
  length = 0;
  set(n: number): void {
    const s = String(n);
    for (let i = 0; i < s.length; i++) this.digits[i] = s.charCodeAt(i);
    this.length = s.length;
  }
}

/** Lookups in the remembered cells a column gets before it is judged, and the share of hits it must have. */
const JUDGED_AFTER = 256;
const HITS_NEEDED = 4;

/**
 * What one sheet's cells are written with: the sink, the row's reference and, per column, how often its short
 * texts were found remembered. A column of texts that never repeat (cell addresses, numbers of measures)
 * stops looking them up: a lookup that misses costs more than writing the text.
 */
class CellWriter {
  readonly row = new RowRef();
  private readonly lookups: number[] = [];
  private readonly hits: number[] = [];

  constructor(readonly sink: ByteSink) {}

  remembers(col: number): boolean {
    const n = this.lookups[col] ?? 0;
    return n < JUDGED_AFTER || (this.hits[col] ?? 0) * HITS_NEEDED >= n;
  }

  looked(col: number, hit: boolean): void {
    this.lookups[col] = (this.lookups[col] ?? 0) + 1;
    if (hit) this.hits[col] = (this.hits[col] ?? 0) + 1;
  }
}

/**
 * One cell's XML written to the sink; false (and nothing written) when it has neither value nor style.
 * Text is an inline string, escaped only where it holds something XML or OOXML would read otherwise.
 */
function writeCell(w: CellWriter, col: number, v: SpecValue, style: number | undefined): boolean {
  const isText = typeof v === "string";
  const isNumber = typeof v === "number" && Number.isFinite(v);
  if (!isText && !isNumber && typeof v !== "boolean" && !style) return false;
  const { sink, row } = w;
  sink.bytes(cellOpen(col));
  sink.room(row.length);
  const buf = sink.buf;
  let at = sink.at;
  for (let i = 0; i < row.length; i++) buf[at++] = row.digits[i];
  sink.at = at;
  const heads = headsFor(style);
  if (isText) {
    const short = v.length <= CACHED_LENGTH && w.remembers(col);
    if (short) {
      const written = heads.texts.get(v);
      w.looked(col, written !== undefined);
      if (written) {
        sink.bytes(written);
        return true;
      }
    }
    const start = sink.at;
    if (
      PLAIN.test(v) &&
      !(v.length && (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1))))
    ) {
      // nothing to escape and no space to keep: the common case, written as it is
      sink.bytes(heads.text);
      sink.plain(v);
    } else {
      const keep =
        v.length > 0 &&
        (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)) || v.includes("\n"));
      sink.bytes(keep ? heads.textKept : heads.text);
      sink.text(escText(v));
    }
    sink.bytes(TEXT_CLOSE);
    if (short && heads.texts.size < CACHED_TEXTS)
      heads.texts.set(v, Buffer.from(sink.buf.subarray(start, sink.at)));
  } else if (isNumber) {
    sink.bytes(heads.number);
    if (Number.isInteger(v) && Math.abs(v) < 1e15) sink.int(v);
    else sink.ascii(String(v));
    sink.bytes(VALUE_CLOSE);
  } else if (typeof v === "boolean") {
    sink.bytes(heads.bool);
    sink.ascii(v ? "1" : "0");
    sink.bytes(VALUE_CLOSE);
  } else sink.bytes(heads.empty);
  return true;
}

/** A location on a sheet, as a hyperlink's `location` gives it: 'Sheet name'!E63. */
export const sheetLocation = (sheet: string, cell: string) =>
  `'${sheet.replace(/'/g, "''")}'!${cell}`;

export interface SheetWriting {
  styles: StyleIds;
  tables: PlacedTable[];
  /** The relationship ids of the sheet's table parts, in the order of `tables`. */
  tableRelIds: string[];
  /** Link targets' sheet names as the copy names them (the spec's may have been made allowable). */
  sheetName?: (name: string) => string;
}

/** The sheet's XML, in chunks: markup as text, the rows as UTF-8 bytes. */
export function* worksheetXml(spec: SheetSpec, w: SheetWriting): Generator<string | Buffer> {
  const { styles, tables } = w;
  let lastRow = spec.cells.length - 1;
  let lastCol = Math.max(0, spec.widths.length - 1);
  for (const row of spec.cells) lastCol = Math.max(lastCol, row.length - 1);
  for (const t of tables) {
    lastRow = Math.max(lastRow, t.bottom);
    lastCol = Math.max(lastCol, t.left + t.columns.length - 1);
  }
  yield `${HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;
  if (spec.print) yield `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="A1:${cellAddress(Math.max(0, lastRow), lastCol)}"/>`;
  const f = spec.freezeRows;
  yield f > 0
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${f}" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${f + 1}" sqref="A${f + 1}"/></sheetView></sheetViews>`
    : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  yield `<sheetFormatPr defaultRowHeight="15"/>`;

  const dateCols = new Set(tables.flatMap((t) => t.dateColumns.map((c) => t.left + c)));
  const cols: string[] = [];
  const colCount = Math.max(spec.widths.length, ...[...dateCols].map((c) => c + 1));
  for (let c = 0; c < colCount; c++) {
    const width = spec.widths[c];
    const style = dateCols.has(c) ? ` style="${styles.date}"` : "";
    if (width === undefined && !style) continue;
    const wAttr = width !== undefined ? ` width="${width}" customWidth="1"` : ` width="9.140625"`;
    const hidden = spec.hiddenColumns?.includes(c) ? ` hidden="1"` : "";
    cols.push(`<col min="${c + 1}" max="${c + 1}"${wAttr}${style}${hidden}/>`);
  }
  if (cols.length) yield `<cols>${cols.join("")}</cols>`;

  yield "<sheetData>";
  const links: string[] = [];
  const hyperlink = (c: SpecCell, col: number, r: number) => {
    const sheet = w.sheetName ? w.sheetName(c.link!.sheet) : c.link!.sheet;
    return `<hyperlink ref="${letters(col)}${r + 1}" location="${esc(sheetLocation(sheet, c.link!.cell))}" display="${esc(String(c.v))}"/>`;
  };
  const rows = Math.max(0, lastRow + 1);
  const sink = new ByteSink();
  const cells = new CellWriter(sink);
  const row = cells.row;
  /** A row's cells by column, where a table's value overrides the sheet's own cell. */
  const values: SpecValue[] = [];
  const styled: (number | undefined)[] = [];
  /** Which columns of the row being gathered hold a cell: the arrays above are kept from row to row. */
  const present: boolean[] = [];
  for (let r = 0; r < rows; r++) {
    const specRow = spec.cells[r];
    const height = spec.heights?.[r];
    const rowStart = sink.at;
    row.set(r + 1);
    sink.ascii(
      height ? `<row r="${r + 1}" ht="${height}" customHeight="1">` : `<row r="${r + 1}">`
    );
    const cellsStart = sink.at;
    // a row of one table alone (the data table's 200,000 rows): its cells in order, nothing gathered
    const only = specRow ? null : soleTable(tables, r);
    if (only) {
      const tableRow: SpecValue[] | undefined =
        r === only.top ? only.columns : only.spec.rows[r - only.top - 1];
      if (tableRow) {
        const dates = r > only.top ? only.dateColumns : [];
        for (let i = 0; i < tableRow.length; i++) {
          if (!(i in tableRow)) continue;
          const v = tableRow[i];
          const isDate = typeof v === "number" && dates.includes(i);
          writeCell(cells, only.left + i, v, isDate ? styles.date : undefined);
        }
      }
    } else if (specRow && !inTable(tables, r)) {
      // a row of the sheet's own cells alone (the findings, a body's overdue measures): in order, as they are
      for (let col = 0; col < specRow.length; col++) {
        const c = specRow[col];
        if (!c) continue;
        writeCell(cells, col, c.v, c.style ? styles.cell[c.style] : undefined);
        if (c.link && c.v !== null) links.push(hyperlink(c, col, r));
      }
    } else {
      // the sheet's cells and the tables' beside one another (the data sheet's two tables): gathered by
      // column, a table's value over the sheet's own, then written in order
      let width = 0;
      if (specRow)
        for (let col = 0; col < specRow.length; col++) {
          const c = specRow[col];
          if (!c) continue;
          values[col] = c.v;
          styled[col] = c.style ? styles.cell[c.style] : undefined;
          present[col] = true;
          if (col + 1 > width) width = col + 1;
          if (c.link && c.v !== null) links.push(hyperlink(c, col, r));
        }
      for (const t of tables) {
        if (r < t.top || r > t.bottom) continue;
        const tableRow: SpecValue[] | undefined =
          r === t.top ? t.columns : t.spec.rows[r - t.top - 1];
        if (!tableRow) continue;
        for (let i = 0; i < tableRow.length; i++) {
          if (!(i in tableRow)) continue;
          const v = tableRow[i];
          const col = t.left + i;
          const isDate = r > t.top && typeof v === "number" && t.dateColumns.includes(i);
          values[col] = v;
          styled[col] = isDate ? styles.date : undefined;
          present[col] = true;
          if (col + 1 > width) width = col + 1;
        }
      }
      for (let col = 0; col < width; col++)
        if (present[col]) {
          writeCell(cells, col, values[col], styled[col]);
          present[col] = false;
          values[col] = undefined as unknown as SpecValue;
        }
    }
    if (sink.at === cellsStart) sink.at = rowStart;
    else sink.ascii("</row>");
    if (sink.full) yield sink.take();
  }
  if (sink.at) yield sink.take();
  yield "</sheetData>";
  if (spec.merges.length)
    yield `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join("")}</mergeCells>`;
  if (links.length) yield `<hyperlinks>${links.join("")}</hyperlinks>`;
  if (spec.print) yield* printXml(spec.print);
  else
    yield `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  if (tables.length)
    yield `<tableParts count="${tables.length}">${w.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  yield "</worksheet>";
}

/** Whether any table's rows hold row r. */
function inTable(tables: PlacedTable[], r: number): boolean {
  for (const t of tables) if (r >= t.top && r <= t.bottom) return true;
  return false;
}

/** The one table whose rows hold row r, or null where none or several do. */
function soleTable(tables: PlacedTable[], r: number): PlacedTable | null {
  let found: PlacedTable | null = null;
  for (const t of tables) {
    if (r < t.top || r > t.bottom) continue;
    if (found) return null;
    found = t;
  }
  return found;
}

/** Header and footer text: "&" is a code there, so a plan's own "&" is doubled; Excel keeps 255 characters. */
export const headerText = (s: string) => s.replace(/&/g, "&&").slice(0, 240);

/**
 * The print layout: narrow margins, landscape, one page wide and as many tall as it takes, the title in the
 * page header and page numbers in the footer. The repeated header rows are a defined name of the workbook's.
 */
function* printXml(p: PrintSpec): Generator<string> {
  yield `<printOptions horizontalCentered="1"/>`;
  yield `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`;
  yield `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>`;
  yield `<headerFooter><oddHeader>${esc(`&L${headerText(p.title)}`)}</oddHeader><oddFooter>${esc("&R&P / &N")}</oddFooter></headerFooter>`;
}

/** The hidden helper sheet: a mark's code in each marked cell of the plan's area, nothing elsewhere. */
export function* marksSheetXml(matrix: number[][], top: number, left: number): Generator<string> {
  yield `${HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;
  yield `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>`;
  for (let i = 0; i < matrix.length; i++) {
    const cells: string[] = [];
    matrix[i].forEach((code, j) => {
      if (code) cells.push(`<c r="${letters(left + j)}${top + i + 1}"><v>${code}</v></c>`);
    });
    if (cells.length) yield `<row r="${top + i + 1}">${cells.join("")}</row>`;
  }
  yield `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

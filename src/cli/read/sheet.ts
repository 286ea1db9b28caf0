/**
 * One worksheet part into the core's Grid, scanned in two passes over its bytes: first what lies outside
 * <sheetData> (hidden columns, merged areas; <dimension> is ignored, nothing is sized by what a file claims),
 * then the rows and cells. The grid is sparse: a row is there only where the file stores a value in it, and
 * a row of number formats only where a cell in it has a format other than General.
 */
import type { CellValue, Grid, MergedArea } from "../../core/grid";
import { parseAddress } from "../../core/grid";
import { MergeCover } from "./merges";
import { itemText, type SharedStrings, type Styles } from "./parts";
import { TERMINAL_CONTROL } from "../json";
import { bytes, decodeEscapes, decodeText, XmlScanner } from "./xml";

/** Excel's sheet: 1,048,576 rows of 16,384 columns; cells outside it are not cells. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface SheetContext {
  strings: SharedStrings;
  styles: Styles;
  date1904: boolean;
  /** Stored cells and merged areas this workbook may still hold; reading stops when it runs out. */
  budget: { cells: number };
  /** Set when a text of a cell not from the shared strings holds a terminal control (TERMINAL_CONTROL). */
  controls: { found: boolean };
}

const SHEET_DATA = bytes("sheetData");
const SHEET_DATA_CLOSE = bytes("sheetData>");
const MERGE_CELL = bytes("mergeCell");
const COL = bytes("col");
const ROW = bytes("row");
const C = bytes("c");
const V = bytes("v");
const F = bytes("f");
const IS = bytes("is");
const A_REF = bytes("ref");
const A_MIN = bytes("min");
const A_MAX = bytes("max");
const A_HIDDEN = bytes("hidden");

const LT = 0x3c;

// cell types by t="…"
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The sheet, or null when the workbook's budget of cells ran out in it. */
export function readSheet(
  buf: Buffer,
  sheetName: string,
  hidden: boolean,
  ctx: SheetContext
): Grid | null {
  const outside = scanOutsideData(buf, ctx.budget);
  if (!outside) return null;
  const merges = outside.merges;
  const grid: Grid = { sheetName, values: [], numberFormats: [], merges, hidden };
  if (outside.hiddenColumns.length) grid.hiddenColumns = outside.hiddenColumns;
  if (outside.dataStart < 0) return grid;
  const hiddenRows = scanData(buf, outside.dataStart, outside.dataEnd, grid, ctx);
  if (!hiddenRows) return null;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

interface Outside {
  dataStart: number;
  dataEnd: number;
  merges: MergedArea[];
  hiddenColumns: number[];
}

/** What lies outside <sheetData>; null when the merged areas alone use up the budget of cells. */
function scanOutsideData(buf: Buffer, budget: { cells: number }): Outside | null {
  const sc = new XmlScanner(buf);
  const out: Outside = { dataStart: -1, dataEnd: -1, merges: [], hiddenColumns: [] };
  let hiddenCols: Uint8Array | null = null;
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.is(SHEET_DATA)) {
      if (sc.selfClosing || out.dataStart >= 0) continue;
      out.dataStart = sc.pos;
      out.dataEnd = closingTag(buf, sc.pos);
      sc.pos = out.dataEnd;
    } else if (sc.is(MERGE_CELL)) {
      const ref = sc.attr(A_REF);
      const m = ref ? mergedArea(ref) : null;
      if (!m) continue;
      if (--budget.cells < 0) return null;
      out.merges.push(m);
    } else if (sc.is(COL)) {
      let min = NaN;
      let max = NaN;
      let hidden = false;
      while (sc.nextAttr()) {
        if (sc.attrIs(A_MIN)) min = parseInt(sc.attrValue(), 10);
        else if (sc.attrIs(A_MAX)) max = parseInt(sc.attrValue(), 10);
        else if (sc.attrIs(A_HIDDEN)) hidden = truthy(sc.attrValue());
      }
      if (!hidden || !(min >= 1)) continue;
      if (!(max >= min)) max = min;
      hiddenCols ??= new Uint8Array(MAX_COLS);
      hiddenCols.fill(1, min - 1, Math.min(max, MAX_COLS));
    }
  }
  if (hiddenCols) for (let c = 0; c < MAX_COLS; c++) if (hiddenCols[c]) out.hiddenColumns.push(c);
  return out;
}

const truthy = (v: string) => v === "1" || v === "true";

/** Where "</sheetData>" (or "</x:sheetData>") starts, searching from `from`; the part's end if it is cut. */
function closingTag(buf: Buffer, from: number): number {
  let k = buf.indexOf(SHEET_DATA_CLOSE, from);
  while (k >= 0) {
    let p = k - 1;
    if (buf[p] === 0x3a) {
      // a prefix: back over it to "</"
      while (p > from && buf[p - 1] !== 0x2f && buf[p - 1] !== LT) p--;
      p--;
    }
    if (buf[p] === 0x2f && buf[p - 1] === LT) return p - 1;
    k = buf.indexOf(SHEET_DATA_CLOSE, k + 1);
  }
  return buf.length;
}

function mergedArea(ref: string): MergedArea | null {
  const [x, y = x] = ref.split(":");
  const a = parseAddress(x);
  const b = parseAddress(y);
  if (!a || !b) return null;
  const m = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  if (m.top < 0 || m.left < 0 || m.bottom >= MAX_ROWS || m.right >= MAX_COLS) return null;
  return m;
}

/** Reads the rows and cells into the grid; the hidden rows, or null when the budget ran out. */
function scanData(
  buf: Buffer,
  start: number,
  end: number,
  grid: Grid,
  ctx: SheetContext
): number[] | null {
  const values = grid.values;
  const formats = grid.numberFormats!;
  const { strings, styles, date1904 } = ctx;
  const cover = new MergeCover(grid.merges);
  let deferred = false;
  // rows may come in any order and more than once: a mark per row, listed at the end
  let hiddenRows: Uint8Array | null = null;
  let budget = ctx.budget.cells;

  const sc = new XmlScanner(buf, start, end);
  let row = -1;
  let col = -1;
  let curRow = -1;
  let curValues: CellValue[] = [];

  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.is(ROW)) {
      let r = -1;
      let hidden = false;
      while (sc.nextAttr()) {
        const n = sc.ae - sc.an;
        if (n === 1 && buf[sc.an] === 0x72 /* r */) r = digits(buf, sc.vs, sc.ve) - 1;
        else if (n === 6 && sc.attrIs(A_HIDDEN)) {
          const v = buf[sc.vs];
          hidden = sc.ve - sc.vs === 1 ? v === 0x31 : sc.ve - sc.vs === 4 && v === 0x74;
        }
      }
      row = r >= 0 && r < MAX_ROWS ? r : row + 1;
      col = -1;
      if (hidden && row < MAX_ROWS) (hiddenRows ??= new Uint8Array(MAX_ROWS))[row] = 1;
      continue;
    }
    if (!sc.is(C)) {
      sc.skipElement();
      continue;
    }
    // a cell: its position (written, or the next one along), type and style
    let r = row < 0 ? 0 : row;
    let c = col + 1;
    let type = T_NUMBER;
    let style = 0;
    while (sc.nextAttr()) {
      if (sc.ae - sc.an !== 1) continue;
      const a = buf[sc.an];
      if (a === 0x72 /* r */) {
        const at = cellAddress(buf, sc.vs, sc.ve);
        if (at >= 0) {
          r = Math.floor(at / MAX_COLS);
          c = at % MAX_COLS;
        }
      } else if (a === 0x73 /* s */) style = digits(buf, sc.vs, sc.ve);
      else if (a === 0x74 /* t */) type = cellType(buf, sc.vs, sc.ve);
    }
    col = c;
    if (sc.selfClosing) continue;

    let vStart = -1;
    let vEnd = -1;
    let vText: string | null = null;
    let formula = false;
    let inline: string | null = null;
    while (sc.next()) {
      if (sc.closing) {
        if (sc.is(C)) break;
        continue;
      }
      if (sc.is(V)) {
        if (sc.selfClosing) continue;
        const lt = buf.indexOf(LT, sc.pos);
        const stop = lt < 0 || lt > end ? end : lt;
        if (buf[stop + 1] === 0x21 /* CDATA or a comment inside */) vText = sc.text();
        else {
          vStart = sc.pos;
          vEnd = stop;
          sc.pos = stop;
        }
      } else if (sc.is(F)) {
        formula = true;
        sc.skipElement();
      } else if (sc.is(IS)) {
        const from = sc.pos;
        sc.skipElement();
        inline = decodeEscapes(itemText(buf, from, sc.closing ? sc.start : sc.pos));
      } else if (sc.is(C) || sc.is(ROW)) {
        // a cell left open: the next one starts here
        sc.pos = sc.start;
        break;
      } else sc.skipElement();
    }
    const hasV = vStart >= 0 || vText !== null;
    if (!formula && !hasV && !inline) continue;
    if (r >= MAX_ROWS || c >= MAX_COLS) continue;

    let value: CellValue;
    if (inline && (type === T_INLINE || !hasV)) value = inline;
    else if (!hasV) value = null;
    else {
      const isDate = date1904 && style > 0 && styles.dates[style] === true;
      value = cellValue(buf, vStart, vEnd, vText, type, strings, isDate);
    }
    // the shared strings note their own, each item once
    if (
      typeof value === "string" &&
      !(type === T_SHARED && hasV) &&
      !ctx.controls.found &&
      TERMINAL_CONTROL.test(value)
    )
      ctx.controls.found = true;

    if (--budget < 0) return null;
    if (r !== curRow) {
      if (curRow >= 0) trimRow(grid, curRow);
      curRow = r;
      curValues = values[r] ??= [];
    }
    if (!cover.empty && !deferred) {
      if (r < cover.currentRow) deferred = true;
      else if (cover.covered(r, c)) continue;
    }
    curValues[c] = value;
    // formats only where there is one: most cells of a plan have none, and numberFormat() reads a hole as null
    const fmt = style > 0 ? styles.formats[style] : null;
    if (fmt) (formats[r] ??= [])[c] = fmt;
  }
  if (curRow >= 0) trimRow(grid, curRow);
  ctx.budget.cells = budget;
  if (deferred) dropCovered(grid);
  const hidden: number[] = [];
  if (hiddenRows) for (let r = 0; r < MAX_ROWS; r++) if (hiddenRows[r]) hidden.push(r);
  return hidden;
}

/**
 * A row read, copied to an array of its own length: an array grown cell by cell keeps room for a dozen more,
 * which over 200,000 rows of five cells is most of what the grid weighs.
 */
function trimRow(grid: Grid, r: number): void {
  const v = grid.values[r];
  if (v) grid.values[r] = v.slice();
  const f = grid.numberFormats![r];
  if (f) grid.numberFormats![r] = f.slice();
}

/** For a sheet whose rows are out of order: the covered cells dropped afterwards, rows taken downwards. */
function dropCovered(grid: Grid): void {
  const cover = new MergeCover(grid.merges);
  const rows = Object.keys(grid.values).map(Number);
  for (const r of rows) {
    const vr = grid.values[r];
    const fr = grid.numberFormats![r];
    for (const key of Object.keys(vr)) {
      const c = Number(key);
      if (cover.covered(r, c)) {
        delete vr[c];
        if (fr) delete fr[c];
      }
    }
  }
}

/** A non-negative decimal integer written in [a, b); -1 when it is not one. */
function digits(buf: Buffer, a: number, b: number): number {
  if (a >= b || b - a > 15) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** "AB12" in [a, b) as row × 16384 + column, 0-based; -1 when it is no cell of a sheet. */
function cellAddress(buf: Buffer, a: number, b: number): number {
  let i = a;
  let colN = 0;
  while (i < b && i - a < 3) {
    const ch = buf[i] | 0x20; // lower case
    if (ch < 0x61 || ch > 0x7a) break;
    colN = colN * 26 + (ch - 0x60);
    i++;
  }
  if (colN === 0 || colN > MAX_COLS) return -1;
  const rowN = digits(buf, i, b);
  if (rowN < 1 || rowN > MAX_ROWS) return -1;
  return (rowN - 1) * MAX_COLS + (colN - 1);
}

function cellType(buf: Buffer, a: number, b: number): number {
  const n = b - a;
  const ch = buf[a];
  if (n === 1) {
    if (ch === 0x73) return T_SHARED;
    if (ch === 0x62) return T_BOOL;
    if (ch === 0x65) return T_ERROR;
    if (ch === 0x64) return T_DATE;
    return T_NUMBER;
  }
  if (n === 3 && ch === 0x73) return T_STR;
  if (n === 9 && ch === 0x69) return T_INLINE;
  return T_NUMBER;
}

/** The value a <v> holds, as Excel's API gives it. */
function cellValue(
  buf: Buffer,
  a: number,
  b: number,
  written: string | null,
  type: number,
  strings: SharedStrings,
  date1904: boolean
): CellValue {
  if (type === T_SHARED) {
    const i = written !== null ? parseInt(written, 10) : digits(buf, a, b);
    return strings.get(i);
  }
  if (type === T_NUMBER) {
    const int = written === null ? digits(buf, a, b) : -1;
    let n = int;
    if (int < 0) {
      const s = written ?? buf.toString("latin1", a, b);
      n = parseFloat(s);
      if (!Number.isFinite(n)) return decodeText(s.trim()) || null;
    }
    return date1904 ? n + 1462 : n;
  }
  const text = written ?? decodeText(buf.toString("utf8", a, b));
  if (type === T_BOOL) return parseInt(text, 10) !== 0;
  if (type === T_ERROR) return text;
  if (type === T_DATE) return isoToSerial(text);
  return decodeEscapes(text);
}

/** An ISO 8601 date or date-time (t="d") as an Excel serial, 1900 date system; the text if it is none. */
function isoToSerial(text: string): CellValue {
  const s = text.trim();
  const local = /T.*(?:Z|[+-]\d\d:?\d\d)$/.test(s) || !s.includes("T") ? s : `${s}Z`;
  const ms = Date.parse(local);
  if (!Number.isFinite(ms)) return s || null;
  const serial = (ms - EPOCH) / DAY;
  // Excel counts a 29 February 1900 that never was: earlier dates are one less
  return serial < 61 ? serial - 1 : serial;
}

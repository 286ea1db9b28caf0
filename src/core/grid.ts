/**
 * A snapshot of one sheet as Excel gives it. Coordinates are 0-based and relative to the sheet's A1,
 * so the grid may hold empty leading rows and columns when the used range starts further down.
 */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle of merged cells, 0-based sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  /** values[row][col]; rows may be ragged, missing cells are empty. */
  values: CellValue[][];
  /** Display text as the user sees it, where the source knows it (same shape as values). */
  text?: (string | null)[][];
  /** Number formats, where the source knows them (same shape as values). */
  numberFormats?: (string | null)[][];
  merges: MergedArea[];
  /** A hidden sheet: a plan on it is taken only where no visible sheet holds one. */
  hidden?: boolean;
  /**
   * The sheet's place among the workbook's worksheets (very hidden ones included, chartsheets not), where
   * the reader knows it: only sheets next to each other can hold one plan.
   */
  position?: number;
  /** 0-based columns the user hid (a hidden column loses to a visible one for the same role). */
  hiddenColumns?: number[];
  /** 0-based rows the user hid. */
  hiddenRows?: number[];
  /**
   * Where the reader checked: no text of the workbook (cells, sheet names) holds DEL, a C1 control or a line
   * or paragraph separator, so what is made of them needs no escaping for a terminal. Absent: not known.
   */
  controlFree?: boolean;
  /** One of Plan Check's own sheets, by the workbook name that marks it (`PlanCheck_Sheet_<kind>`), where the reader found one. */
  ownKind?: string;
}

/** The error values Excel shows in a cell (and gives to add-ins as these strings). */
export const ERROR_VALUES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
];
const ERRORS = new Set(ERROR_VALUES);
const LONGEST_ERROR = Math.max(...ERROR_VALUES.map((e) => e.length));

/** A cell value that is one of Excel's error values, not text. */
export function isErrorValue(v: CellValue | undefined): boolean {
  // every error value starts with "#": most texts are ruled out by their first character
  return (
    typeof v === "string" && v.length <= LONGEST_ERROR && v.charCodeAt(0) === 35 && ERRORS.has(v)
  );
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.values) if (row && row.length > max) max = row.length;
  for (const m of grid.merges) if (m.right + 1 > max) max = m.right + 1;
  return max;
}

/** Column letters made so far: a plan's cells name a handful of columns hundreds of thousands of times. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  if (col >= 0 && col < 16384) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parses "B12" into 0-based coordinates. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Merged areas taller than this are kept in a short list instead of under each of their rows. */
const TALL = 2048;

/**
 * Index of merged areas by the rows they cover, so a merge costs its height, never its area: a full-row merge
 * (A5:XFD5) is one entry, a sheet-wide merge (A1:XFD1048576) one entry in the list of tall areas. Excel's
 * merges do not overlap; where a file's do, the first one listed wins, as its top-left cell is what shows.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, MergedArea[]>();
  private readonly tall: MergedArea[] = [];

  constructor(merges: MergedArea[]) {
    for (const m of merges) {
      if (m.bottom < m.top || m.right < m.left) continue;
      if (m.bottom - m.top + 1 > TALL) {
        this.tall.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  areaAt(row: number, col: number): MergedArea | undefined {
    const list = this.byRow.get(row);
    if (list) for (const m of list) if (col >= m.left && col <= m.right) return m;
    for (const m of this.tall)
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /**
   * The merged areas over the row (none: undefined), for a reader of the row's cells: one look-up a row, then
   * `areaIn` for each cell.
   */
  rowAreas(row: number): readonly MergedArea[] | undefined {
    const list = this.byRow.get(row);
    if (this.tall.length === 0) return list;
    const tall = this.tall.filter((m) => row >= m.top && row <= m.bottom);
    return tall.length === 0 ? list : [...(list ?? []), ...tall];
  }

  /** Whether any merged area touches the row. */
  touches(row: number): boolean {
    return this.byRow.has(row) || this.tall.some((m) => row >= m.top && row <= m.bottom);
  }

  /** True for a cell inside a merged area that is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.areaAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** True for a cell covered from a row above (a vertical merge continues here). */
  isCoveredFromAbove(row: number, col: number): boolean {
    const m = this.areaAt(row, col);
    return !!m && m.top < row;
  }
}

/** The area of `areas` (a row's, from `rowAreas`) the column lies in: what `areaAt` gives for the cell. */
export function areaIn(
  areas: readonly MergedArea[] | undefined,
  col: number
): MergedArea | undefined {
  if (areas) for (const m of areas) if (col >= m.left && col <= m.right) return m;
  return undefined;
}

/**
 * The columns that hold something: one past the rightmost cell with a value. A merge reaching further right
 * adds nothing to read (its text is in its top-left cell), so it does not widen the sheet.
 */
export function contentWidth(grid: Grid): number {
  let max = 0;
  for (const row of grid.values) {
    if (!row) continue;
    for (let c = row.length - 1; c >= max; c--)
      if (row[c] !== null && row[c] !== undefined && row[c] !== "") {
        max = c + 1;
        break;
      }
  }
  return max;
}

export function rawValue(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function numberFormat(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

/** Date formats contain day/month/year tokens outside of quoted text and colour codes. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmy]/i.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}

/** Converts an Excel date serial (1900 date system) into an ISO date. */
export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return d.toISOString().slice(0, 10);
}

/** The text of a cell as a person reads it: display text when known, else the value formatted plainly. */
export function cellText(grid: Grid, row: number, col: number): string {
  const shown = grid.text?.[row]?.[col];
  const v = rawValue(grid, row, col);
  if (typeof v === "number" && isDateFormat(numberFormat(grid, row, col))) {
    const iso = serialToIsoDate(v);
    if (iso) return shown && shown.trim() ? shown : iso.split("-").reverse().join(".");
  }
  if (shown !== undefined && shown !== null && shown !== "") return String(shown);
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

import type { StatusBucket } from "./summary/aggregate";

/**
 * Sheet specs: the sheets the product writes (findings, summary, data tables, PivotTable) as data — cells,
 * styles, merges, tables, pivot and chart definitions — computed here once and only rendered by each
 * adapter (Office.js in the add-in, ExcelJS in the command line), so both produce the same sheets.
 */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "strategicGoal"
  | "operationalGoal"
  | "total"
  | "percent"
  | "count"
  | "error"
  | "warning"
  | "info"
  | "markOverdue"
  | "markMissing"
  | "markPassed"
  | "markWarning"
  | "wrap"
  | `status.${StatusBucket}`;

export type SpecValue = string | number | boolean | null;

export interface SpecCell {
  v: SpecValue;
  style?: CellStyle;
  /** An internal link: a sheet name and a cell address on it. */
  link?: { sheet: string; cell: string };
}

export interface TableSpec {
  name: string;
  /** A1 address of the header's first cell. */
  topLeft: string;
  columns: string[];
  rows: SpecValue[][];
}

export interface PivotSpec {
  name: string;
  /** The table it summarizes. */
  sourceTable: string;
  /** Where the PivotTable starts on its sheet. */
  anchor: string;
  rows: string[];
  columns: string[];
  /** Count of this field. */
  countOf: string;
}

export interface ChartSpec {
  kind: "stackedColumn";
  title: string;
  /** One fill per series, in the source's column order (the status colours, never a highlight's). */
  seriesColors?: string[];
  /** The data range on the same sheet, header row and category column included. */
  source: string;
  topLeft: string;
  bottomRight: string;
}

export type SheetKey = "findings" | "summary" | "data" | "pivot" | "overdue" | "changes";

/** How a sheet prints: landscape, one page wide, the header rows on every page, a title in the page header. */
export interface PrintSpec {
  orientation: "landscape" | "portrait";
  /** Pages wide the sheet is scaled to; as many pages tall as it needs. */
  fitToWidth: number;
  /** 1-based first and last row repeated at the top of every page. */
  repeatRows?: [number, number];
  /** The page header: the plan, the as-of date and when it was built. */
  title: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  /** Rows of cells from A1; null is an empty cell. */
  cells: (SpecCell | null)[][];
  merges: string[];
  /** Widths in characters, by column from A. */
  widths: number[];
  /** 0-based columns kept hidden: the rule ids beside their titles, for filtering. */
  hiddenColumns?: number[];
  tables: TableSpec[];
  pivots: PivotSpec[];
  charts: ChartSpec[];
  /** Rows kept in view when scrolling. */
  freezeRows: number;
  /** Row heights in points by row from 1 (index 0), where wrapped text needs more than one line. */
  heights?: (number | null)[];
  print?: PrintSpec;
}

/** Text that a spreadsheet would take for a formula if written as a value. */
export function looksLikeFormula(v: SpecValue): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/** The marks' colours, shared by the sheet highlights, the legend and the pane. */
export const MARK_COLORS = {
  markOverdue: "#F8CBAD",
  markMissing: "#FFE699",
  /** A deadline passed with no status recorded: a soft lavender, apart from the overdue orange. */
  markPassed: "#E4DFEC",
  markWarning: "#DDEBF7",
} as const;

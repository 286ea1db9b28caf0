/**
 * The plan model: strategic goal > operational goal > national task > national measure > local measure.
 * Rows are 1-based sheet rows and cells are A1 addresses, as the user sees them in Excel.
 */
import type { Deadline } from "./deadline";
import type { StatusLegend } from "./status";
import type { ColumnRole } from "./layout/vocabulary";

export type RowKind =
  | "title"
  | "header"
  | "column-numbers"
  | "strategic-goal"
  | "operational-goal"
  | "section"
  | "total"
  | "measure"
  | "national-measure"
  | "continuation"
  | "blank"
  | "footer"
  | "other";

export interface RowInfo {
  row: number;
  kind: RowKind;
  /** Why the row got its kind, in a few words (for the "why" view and debugging layouts). */
  reason: string;
}

export interface Layout {
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
  /** Column role → 0-based column index. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Header text of every column of the table, by 0-based column index. */
  headerText: Record<number, string>;
  firstRow: number;
  lastRow: number;
  rows: RowInfo[];
}

export interface StrategicGoal {
  number: string | null;
  title: string;
  row: number;
  cell: string;
}

export interface OperationalGoal {
  number: string | null;
  strategicGoal: string | null;
  title: string;
  row: number;
  cell: string;
}

export interface NationalTask {
  number: string | null;
  text: string;
  row: number;
  cell: string;
  strategicGoal: string | null;
  operationalGoal: string | null;
}

export interface NationalMeasure {
  number: string | null;
  text: string;
  row: number;
  cell: string;
  /** Its sheet, where the plan spans several sheets. */
  sheet?: string;
  strategicGoal: string | null;
  operationalGoal: string | null;
  task: string | null;
  /** Index into Plan.nationalTasks, or null where the measure has no task above it. */
  taskIndex: number | null;
  /** How many local measures implement it. */
  measureCount: number;
}

/**
 * What a level of the plan's hierarchy is; `group` is a level the vocabulary does not name, `pillar` one
 * above the strategic goals ("Pillar I: …" over "Goal 1: …").
 */
export type LevelKind =
  | "pillar"
  | "strategicGoal"
  | "operationalGoal"
  | "section"
  | "group"
  | "nationalTask"
  | "nationalMeasure";

/**
 * One of a measure's ancestors: a goal row, a band across the table, or a value kept in a level column
 * (merged down, written once, or repeated). `number` is the plan's own, or its place among its siblings
 * where the plan does not number it.
 */
export interface Level {
  kind: LevelKind;
  number: string | null;
  title: string;
  /** 1-based sheet row where the level starts. */
  row: number;
}

export interface Measure {
  number: string | null;
  /** The measure's text without its number. */
  text: string;
  row: number;
  cell: string;
  /** Its sheet, where the plan spans several sheets. */
  sheet?: string;
  strategicGoal: string | null;
  operationalGoal: string | null;
  task: string | null;
  nationalMeasure: string | null;
  /** Index into Plan.nationalMeasures, or null. */
  nationalMeasureIndex: number | null;
  executors: string[];
  executorsCell: string | null;
  deadline: Deadline;
  deadlineCell: string | null;
  status: string | null;
  statusCell: string | null;
  /** The plan's legend of status codes, where the status is a code it explains ("В" – виконано). */
  statusLegend?: StatusLegend;
  /** 1-based position of the measure in its cell, and how many measures the cell holds. */
  item: number;
  items: number;
  /** Values of the extra columns (indicator, funding, note…) as written. */
  extra: Partial<Record<ColumnRole, string>>;
  /** Every level the measure sits in, from the top. */
  path: Level[];
}

export interface Plan {
  /** The plan's sheet; for a plan over several sheets, the first of them. */
  sheet: string;
  /** The sheets of a plan kept over several consecutive sheets with the same header, in order. */
  planSheets?: string[];
  /**
   * Each plan sheet's own layout, where the plan spans several (`layout` is the first sheet's): the header
   * rows and the last row differ from sheet to sheet.
   */
  sheetLayouts?: { sheet: string; layout: Layout }[];
  /** The document's title block above the table, lines joined. */
  title: string | null;
  layout: Layout;
  strategicGoals: StrategicGoal[];
  operationalGoals: OperationalGoal[];
  nationalTasks: NationalTask[];
  nationalMeasures: NationalMeasure[];
  measures: Measure[];
  /** Cells of the table holding an error value (#REF!, #N/A…), read as empty. */
  cellErrors?: CellError[];
  /** Column roles that were a guess: two candidates, or content that does not fit the header. */
  ambiguities?: Ambiguity[];
}

export interface CellError {
  cell: string;
  sheet?: string;
  row: number;
  value: string;
  /** The header text of the cell's column. */
  column: string;
}

export interface Ambiguity {
  role: ColumnRole;
  /** Column letters: the one taken and the other candidate. */
  chosen: string;
  other: string;
  /** Where the finding points: the header cell of the chosen column. */
  cell: string;
  row: number;
  sheet?: string;
}

export type NoPlanReason = "empty-sheet" | "no-header" | "no-measures";

export type Recognition =
  { ok: true; plan: Plan } | { ok: false; sheet: string; reason: NoPlanReason };

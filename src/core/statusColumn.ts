/**
 * Adding a status column to a plan that has none, as data: where it goes (right of the table), the header
 * cells it gets (styled and merged like the table's header), the dropdown of statuses in the plan's
 * language, and optionally a progress notes column beside it. It is the one change Plan Check makes inside
 * the plan's own sheet, so the spec says everything it will do before anything is done, and refuses where
 * it cannot do it without touching what is there. Each adapter (Office.js, the package editor) only
 * carries it out.
 */
import { t, type Lang } from "../i18n";
import { cellAddress, columnLetter, type Grid } from "./grid";
import type { Plan } from "./plan";
import { STATUS_COLUMN_WORDS } from "./vocabulary";

export interface NewColumn {
  role: "status" | "report";
  /** 0-based column. */
  col: number;
  letter: string;
  header: string;
}

export interface NewCell {
  /** A1 address on the plan's sheet. */
  address: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  value: string | number;
  /** The table's cell whose format the new cell takes (the last header cell of its row). */
  styleFrom: string;
}

export interface StatusColumnSpec {
  sheet: string;
  /** The plan's language: the header words and the statuses offered are in it. */
  lang: Lang;
  columns: NewColumn[];
  /** Header cells (and the number of the column, where the table numbers its columns). */
  cells: NewCell[];
  /** New merged areas: a header of two rows has each new column's header merged over both. */
  merges: string[];
  /** The dropdown: the status column's data rows and the statuses offered. */
  validation: { range: string; list: string[] };
  /**
   * The new columns' data rows (0-based, first and last): each cell there takes the borders of the table's
   * cell beside it in `borderFrom` (0-based column), so the column is drawn as part of the table.
   */
  body: { first: number; last: number; borderFrom: number };
  /** Every cell the new columns span, header to last row: what the user is told will change. */
  range: string;
}

export type StatusColumnRefusal = "has-status" | "protected" | "not-free" | "several-sheets";

export type StatusColumnPlan =
  | { ok: true; spec: StatusColumnSpec }
  | { ok: false; reason: StatusColumnRefusal; params: Record<string, string> };

export interface StatusColumnOptions {
  /** Add "Інформація про виконання" / "Progress notes" beside the status column. */
  withNotes?: boolean;
  /** The plan's sheet is protected: nothing may be written into it. */
  protected?: boolean;
}

/** Ukrainian where the header is written in Cyrillic letters, English otherwise. */
export function planLanguage(plan: Plan): Lang {
  return Object.values(plan.layout.headerText).some((t) => /\p{Script=Cyrillic}/u.test(t))
    ? "uk"
    : "en";
}

/** The last column of the table: the rightmost column its header names or a role reads. */
export function tableRight(plan: Plan): number {
  const cols = [
    ...Object.keys(plan.layout.headerText).map(Number),
    ...(Object.values(plan.layout.columns) as number[]),
  ];
  return Math.max(...cols);
}

/** A cell of the grid holds something: a value, or a merged area over it. */
function occupied(grid: Grid, row: number, col: number): boolean {
  const v = grid.values[row]?.[col];
  if (v !== null && v !== undefined && String(v).trim() !== "") return true;
  return grid.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
  );
}

export function statusColumnSpec(
  plan: Plan,
  grid: Grid,
  options: StatusColumnOptions = {}
): StatusColumnPlan {
  const sheet = plan.sheet;
  if (plan.layout.columns.status !== undefined)
    return {
      ok: false,
      reason: "has-status",
      params: { column: columnLetter(plan.layout.columns.status) },
    };
  if ((plan.planSheets?.length ?? 1) > 1)
    return { ok: false, reason: "several-sheets", params: { sheets: plan.planSheets!.join(", ") } };
  if (options.protected) return { ok: false, reason: "protected", params: { sheet } };

  const lang = planLanguage(plan);
  const words = STATUS_COLUMN_WORDS[lang];
  const right = tableRight(plan);
  const headerRows = plan.layout.headerRows.map((r) => r - 1);
  const top = headerRows[0];
  const lastHeader = headerRows[headerRows.length - 1];
  const bottom = Math.max(plan.layout.lastRow - 1, lastHeader);
  const columns: NewColumn[] = [
    { role: "status", col: right + 1, letter: columnLetter(right + 1), header: words.header },
    ...(options.withNotes
      ? [
          {
            role: "report" as const,
            col: right + 2,
            letter: columnLetter(right + 2),
            header: words.notesHeader,
          },
        ]
      : []),
  ];

  // the new columns must be empty from the header to the table's last row: nothing there is overwritten
  for (const c of columns)
    for (let r = top; r <= bottom; r++)
      if (occupied(grid, r, c.col))
        return { ok: false, reason: "not-free", params: { cell: cellAddress(r, c.col), sheet } };

  const cells: NewCell[] = [];
  const merges: string[] = [];
  for (const c of columns) {
    cells.push({
      address: cellAddress(top, c.col),
      row: top,
      col: c.col,
      value: c.header,
      styleFrom: cellAddress(top, right),
    });
    // the rows below the first header row take the look of the table's last header cell in each
    for (const r of headerRows.slice(1))
      cells.push({
        address: cellAddress(r, c.col),
        row: r,
        col: c.col,
        value: "",
        styleFrom: cellAddress(r, right),
      });
    if (headerRows.length > 1)
      merges.push(`${cellAddress(top, c.col)}:${cellAddress(lastHeader, c.col)}`);
  }
  // a row that numbers the columns ("1 | 2 | 3") numbers the new ones too
  let firstData = lastHeader + 1;
  for (const info of plan.layout.rows) {
    if (info.kind !== "column-numbers") continue;
    const r = info.row - 1;
    if (r < lastHeader || r > lastHeader + 2) continue;
    // an empty cell is no number (Number(null) and Number("") are 0)
    const v = grid.values[r]?.[right];
    const last =
      typeof v === "number" || (typeof v === "string" && v.trim() !== "") ? Number(v) : NaN;
    if (Number.isInteger(last))
      columns.forEach((c, i) =>
        cells.push({
          address: cellAddress(r, c.col),
          row: r,
          col: c.col,
          value: last + 1 + i,
          styleFrom: cellAddress(r, right),
        })
      );
    firstData = Math.max(firstData, r + 1);
  }
  const status = columns[0];
  const dataBottom = Math.max(bottom, firstData);
  const lastCol = columns[columns.length - 1];
  return {
    ok: true,
    spec: {
      sheet,
      lang,
      columns,
      cells,
      merges,
      validation: {
        range: `${cellAddress(firstData, status.col)}:${cellAddress(dataBottom, status.col)}`,
        list: [...words.choices],
      },
      body: { first: firstData, last: dataBottom, borderFrom: right },
      range: `${cellAddress(top, status.col)}:${cellAddress(dataBottom, lastCol.col)}`,
    },
  };
}

/** The dropdown's list as a data validation formula: the statuses in quotes, separated by commas. */
export function validationFormula(list: readonly string[]): string {
  return `"${list.map((s) => s.replace(/"/g, '""')).join(",")}"`;
}

/** What the user is told before the column is added, in the user's language. */
export function statusColumnPreview(spec: StatusColumnSpec, lang: Lang): string {
  const [status, notes] = spec.columns;
  const main = t(lang, "statusColumn.preview", {
    header: status.header,
    letter: status.letter,
    sheet: spec.sheet,
    range: spec.range,
    list: spec.validation.list.join(", "),
  });
  return notes
    ? `${main} ${t(lang, "statusColumn.previewNotes", { letter: notes.letter, header: notes.header })}`
    : main;
}

/** Why a status column cannot be added, in the user's language. */
export function statusColumnRefusal(
  refused: Extract<StatusColumnPlan, { ok: false }>,
  lang: Lang
): string {
  return t(lang, `statusColumn.refused.${refused.reason}`, refused.params);
}

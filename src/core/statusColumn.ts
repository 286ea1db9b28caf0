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
import type { Layout, Plan } from "./plan";
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

export type StatusColumnRefusal = "has-status" | "protected" | "protected-sheets" | "not-free";

export type StatusColumnPlan =
  | { ok: true; spec: StatusColumnSpec }
  | { ok: false; reason: StatusColumnRefusal; params: Record<string, string> };

/** The status column of a plan: one spec per plan sheet, all in the same column, or why it cannot be. */
export type StatusColumnsPlan =
  { ok: true; specs: StatusColumnSpec[] } | Extract<StatusColumnPlan, { ok: false }>;

export interface StatusColumnOptions {
  /** Add "Інформація про виконання" / "Progress notes" beside the status column. */
  withNotes?: boolean;
  /** The plan's sheet is protected: nothing may be written into it. */
  protected?: boolean;
}

export interface StatusColumnsOptions {
  withNotes?: boolean;
  /** The plan sheets that are protected: nothing may be written into them. */
  protectedSheets?: readonly string[];
}

/** Ukrainian where the header is written in Cyrillic letters, English otherwise. */
export function planLanguage(plan: Plan): Lang {
  return Object.values(plan.layout.headerText).some((t) => /\p{Script=Cyrillic}/u.test(t))
    ? "uk"
    : "en";
}

/** The last column of a table: the rightmost column its header names or a role reads. */
export function tableRight(plan: Pick<Plan, "layout">): number {
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

/** The plan's sheets, each with its own layout: the first sheet's is the plan's. */
function sheetsOf(plan: Plan): { sheet: string; layout: Layout }[] {
  const sheets = plan.planSheets ?? [plan.sheet];
  return sheets.map((sheet) => ({
    sheet,
    layout:
      plan.sheetLayouts?.find((l) => l.sheet === sheet)?.layout ??
      (sheet === plan.sheet ? plan.layout : null) ??
      plan.layout,
  }));
}

/** The status column of a plan on one sheet: `statusColumnSpecs` for a plan of one sheet. */
export function statusColumnSpec(
  plan: Plan,
  grid: Grid,
  options: StatusColumnOptions = {}
): StatusColumnPlan {
  const r = statusColumnSpecs(plan, [grid], {
    withNotes: options.withNotes,
    protectedSheets: options.protected ? [plan.sheet] : [],
  });
  return r.ok ? { ok: true, spec: r.specs[0] } : r;
}

/**
 * The status column for every sheet of the plan (one sheet, or each of a plan kept over several): on each
 * sheet right of that sheet's table, all in one column (the rightmost table's next), so that the sheets keep
 * one header and are read as one plan again. A protected sheet refuses it on all of them, naming the
 * protected ones: a status column on some sheets only would split the plan.
 */
export function statusColumnSpecs(
  plan: Plan,
  grids: readonly Grid[],
  options: StatusColumnsOptions = {}
): StatusColumnsPlan {
  const sheets = sheetsOf(plan);
  // a status column on any sheet of the plan (one the user added by hand on a later sheet, say)
  const withStatus = [plan.layout, ...sheets.map((s) => s.layout)].find(
    (l) => l.columns.status !== undefined
  );
  if (withStatus)
    return {
      ok: false,
      reason: "has-status",
      params: { column: columnLetter(withStatus.columns.status!) },
    };
  const locked = sheets.filter((s) => options.protectedSheets?.includes(s.sheet));
  if (locked.length > 0)
    return sheets.length === 1
      ? { ok: false, reason: "protected", params: { sheet: locked[0].sheet } }
      : {
          ok: false,
          reason: "protected-sheets",
          params: { sheets: locked.map((s) => s.sheet).join(", ") },
        };
  const lang = planLanguage(plan);
  const col = Math.max(...sheets.map((s) => tableRight(s))) + 1;
  const specs: StatusColumnSpec[] = [];
  for (const s of sheets) {
    const grid = grids.find((g) => g.sheetName === s.sheet);
    // every plan sheet was read to recognize the plan: a missing one is the caller's mistake
    if (!grid) throw new Error(`no grid for the plan sheet ${s.sheet}`);
    const r = sheetSpec(s.sheet, s.layout, grid, lang, col, options.withNotes === true);
    if (!r.ok) return r;
    specs.push(r.spec);
  }
  return { ok: true, specs };
}

/** The new column (and the notes column) at `col` on one sheet, whose table has this layout. */
function sheetSpec(
  sheet: string,
  layout: Layout,
  grid: Grid,
  lang: Lang,
  col: number,
  withNotes: boolean
): StatusColumnPlan {
  const words = STATUS_COLUMN_WORDS[lang];
  const right = tableRight({ layout });
  const headerRows = layout.headerRows.map((r) => r - 1);
  // a sheet that carries the table on with no header of its own (layout/continuation.ts): no header cell,
  // the new column's cells from its first row of the table
  const headless = headerRows.length === 0;
  const top = headless ? layout.firstRow - 1 : headerRows[0];
  const lastHeader = headless ? top - 1 : headerRows[headerRows.length - 1];
  const bottom = Math.max(layout.lastRow - 1, lastHeader);
  const columns: NewColumn[] = [
    { role: "status", col, letter: columnLetter(col), header: words.header },
    ...(withNotes
      ? [
          {
            role: "report" as const,
            col: col + 1,
            letter: columnLetter(col + 1),
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

  // a sheet that goes on under the column numbers alone ("1 | 2 | … | 6"): the new columns are numbered there,
  // so that the row still numbers the columns and the sheet is still read as the plan going on
  const numbered = headerRows.length === 1 ? lastColumnNumber(grid, layout, top, right) : null;
  const cells: NewCell[] = [];
  const merges: string[] = [];
  for (const [i, c] of columns.entries()) {
    if (!headless)
      cells.push({
        address: cellAddress(top, c.col),
        row: top,
        col: c.col,
        value: numbered !== null ? numbered + 1 + i : c.header,
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
  for (const info of layout.rows) {
    if (info.kind !== "column-numbers") continue;
    const r = info.row - 1;
    if (numbered !== null && r === top) continue;
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

/** The number in the table's last column when the row numbers the columns from 1 there, or null. */
function lastColumnNumber(grid: Grid, layout: Layout, row: number, right: number): number | null {
  const num = (v: unknown) =>
    typeof v === "number"
      ? v
      : typeof v === "string" && /^\s*\d+\.?\s*$/.test(v)
        ? parseInt(v, 10)
        : NaN;
  const left = Math.min(
    ...Object.keys(layout.headerText).map(Number),
    ...(Object.values(layout.columns) as number[])
  );
  const first = num(grid.values[row]?.[left]);
  const last = num(grid.values[row]?.[right]);
  return first === 1 && Number.isInteger(last) && last > 1 ? last : null;
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

/** What the user is told before the columns are added to every sheet of the plan (one, or several). */
export function statusColumnsPreview(specs: readonly StatusColumnSpec[], lang: Lang): string {
  if (specs.length === 1) return statusColumnPreview(specs[0], lang);
  const [status, notes] = specs[0].columns;
  const main = t(lang, "statusColumn.previewSheets", {
    header: status.header,
    letter: status.letter,
    count: specs.length,
    ranges: specs
      .map((s) => t(lang, "statusColumn.sheetRange", { sheet: s.sheet, range: s.range }))
      .join("; "),
    list: specs[0].validation.list.join(", "),
  });
  return notes
    ? `${main} ${t(lang, "statusColumn.previewNotes", { letter: notes.letter, header: notes.header })}`
    : main;
}

/** What the user is told once the columns are added: the message key and its values. */
export function statusColumnsAdded(specs: readonly StatusColumnSpec[]): {
  key: "statusColumn.added" | "statusColumn.addedSheets";
  params: Record<string, string | number>;
} {
  const [status] = specs[0].columns;
  if (specs.length === 1)
    return {
      key: "statusColumn.added",
      params: { header: status.header, letter: status.letter, sheet: specs[0].sheet },
    };
  return {
    key: "statusColumn.addedSheets",
    params: {
      header: status.header,
      letter: status.letter,
      count: specs.length,
      sheets: specs.map((s) => s.sheet).join(", "),
    },
  };
}

/** Why a status column cannot be added, in the user's language. */
export function statusColumnRefusal(
  refused: Extract<StatusColumnPlan, { ok: false }>,
  lang: Lang
): string {
  return t(lang, `statusColumn.refused.${refused.reason}`, refused.params);
}

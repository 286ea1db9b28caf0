/**
 * The manual layout as the pane shows it: the first rows of a sheet to pick the header from, and for the
 * header row picked, each column's text with the role its words suggest, which the user then confirms or
 * changes ("not used" included).
 */
import type { Grid } from "../core/grid";
import { SheetText } from "../core/layout/sheetText";
import { headerRole, type ColumnRole } from "../core/layout/vocabulary";
import { normalize } from "../core/text";

/** Rows the header may be chosen from: a header sits near the top, under a title of a few lines. */
export const HEADER_CHOICES = 40;

export interface SheetRow {
  /** 1-based, as the sheet numbers it. */
  row: number;
  /** The row's cells with text, left to right (a cell under a merge reads its merged text). */
  cells: { col: number; text: string }[];
}

/** The first rows of the sheet that hold any text. */
export function sheetRows(grid: Grid, max = HEADER_CHOICES): SheetRow[] {
  const sheet = new SheetText(grid);
  const out: SheetRow[] = [];
  for (let r = 0; r < grid.values.length && out.length < max; r++) {
    if (sheet.isEmptyRow(r)) continue;
    const cells: SheetRow["cells"] = [];
    for (let c = 0; c < sheet.width; c++) {
      const text = sheet.merged(r, c).replace(/\s+/g, " ").trim();
      if (text) cells.push({ col: c, text });
    }
    if (cells.length) out.push({ row: r + 1, cells });
  }
  return out;
}

/** A row as one line of a list: "3: № з/п | Зміст заходу | Виконавець…". */
export function rowLabel(row: SheetRow, max = 90): string {
  const seen: string[] = [];
  for (const c of row.cells) if (seen[seen.length - 1] !== c.text) seen.push(c.text);
  const line = seen.join(" | ");
  return `${row.row}: ${line.length <= max ? line : `${line.slice(0, max)}…`}`;
}

/** The role each column of a header row suggests by its words; one role goes to its first column only. */
export function suggestedRoles(row: SheetRow): Record<number, ColumnRole | null> {
  const taken = new Set<ColumnRole>();
  const out: Record<number, ColumnRole | null> = {};
  for (const c of row.cells) {
    const role = headerRole(normalize(c.text));
    out[c.col] = role && !taken.has(role) ? role : null;
    if (role) taken.add(role);
  }
  return out;
}

/**
 * What the workbook keeps for a manual layout: every role decided, each in its column's letter or "" for
 * none, so no role comes back from the header's words that the user left out.
 */
export function keptColumns(
  roles: Record<number, ColumnRole | null>,
  all: readonly ColumnRole[],
  letter: (col: number) => string
): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const role of all) out[role] = "";
  for (const [col, role] of Object.entries(roles)) if (role) out[role] = letter(Number(col));
  return out;
}

/** The header's rows as the sheet numbers them: "5", or "4–5" for rows that follow one another. */
export function headerRowsText(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  return sorted.length > 1 && consecutive
    ? `${sorted[0]}–${sorted[sorted.length - 1]}`
    : sorted.join(", ");
}

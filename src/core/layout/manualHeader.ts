/**
 * The header where the user says it is: one row, its cells' roles read from their words where they have
 * any. It is how a plan whose header is not recognized gets read at all (the user names the header row and
 * the columns), and how a wrong guess is set right.
 */
import { rowCount, type Grid } from "../grid";
import { normalize } from "../text";
import { findHeader, type HeaderMatch } from "./header";
import type { SheetText } from "./sheetText";
import { headerRole, type ColumnRole } from "./vocabulary";

/**
 * The header at a 0-based row. Where the recognizer's own header starts on that row it is taken as it is
 * (it knows two-row and translated headers); otherwise the row alone is the header.
 */
export function headerAtRow(grid: Grid, sheet: SheetText, row: number): HeaderMatch | null {
  if (row < 0 || row >= rowCount(grid)) return null;
  const found = findHeader(grid, sheet);
  if (found && found.rows[0] === row) return found;
  const columns: Partial<Record<ColumnRole, number>> = {};
  const text: Record<number, string> = {};
  for (let c = 0; c < sheet.width; c++) {
    const t = sheet.merged(row, c);
    if (!t) continue;
    text[c] = t;
    const role = headerRole(normalize(t));
    if (role && columns[role] === undefined) columns[role] = c;
  }
  return { rows: [row], columns, text, score: 0, guesses: [] };
}

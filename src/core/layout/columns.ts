/** Column roles: the user's corrections over the header's, and content that contradicts the header. */
import { statusKind } from "../status";
import { ROMAN_CLASS } from "../vocabulary";
import type { SheetText } from "./sheetText";
import type { ColumnRole } from "./vocabulary";

/** The header's roles with the user's corrections: a corrected column loses any role it had before. */
export function withCorrections(
  found: Partial<Record<ColumnRole, number>>,
  corrected: Partial<Record<ColumnRole, number>> = {}
): Partial<Record<ColumnRole, number>> {
  const taken = new Set(Object.values(corrected));
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const [role, col] of Object.entries(found) as [ColumnRole, number][])
    if (!taken.has(col) && corrected[role] === undefined) out[role] = col;
  for (const [role, col] of Object.entries(corrected) as [ColumnRole, number][])
    if (col !== undefined && col >= 0) out[role] = col;
  return out;
}

/** "1", "1.2.3.", "2)": a cell that numbers something and says nothing else. */
export const ORDINAL_ONLY = new RegExp(
  `^(\\d{1,3}(\\.\\d{1,3}){0,4}[.)]?|${ROMAN_CLASS}{1,5}\\.?)$`,
  "u"
);

/**
 * A column that holds only numbers cannot be the measure column, whatever its header says (a group label
 * over "№ | Зміст | Виконавець" read into the number's cell): the number column it is, and the measure is the
 * first column beside it that no role claimed and that holds text.
 */
export function numbersAreNotMeasures(
  sheet: SheetText,
  found: Partial<Record<ColumnRole, number>>,
  lastHeaderRow: number,
  rows: number
): Partial<Record<ColumnRole, number>> {
  const col = found.measure;
  if (col === undefined) return found;
  const to = Math.min(rows, lastHeaderRow + 400);
  const texts = (c: number) => {
    const out: string[] = [];
    for (let r = lastHeaderRow + 1; r < to; r++) {
      const t = sheet.merged(r, c).trim();
      if (t) out.push(t);
    }
    return out;
  };
  const own = texts(col);
  if (own.length < 2 || !own.every((t) => ORDINAL_ONLY.test(t) || t.length > 60)) return found;
  if (own.filter((t) => ORDINAL_ONLY.test(t)).length < own.length * 0.8) return found;
  const claimed = new Set(Object.values(found));
  for (let c = col + 1; c < sheet.width; c++) {
    if (claimed.has(c)) continue;
    const other = texts(c);
    if (
      other.length >= own.length * 0.5 &&
      other.some((t) => /\p{L}{3,}/u.test(t) && !ORDINAL_ONLY.test(t))
    ) {
      const out = { ...found, measure: c };
      if (found.number === undefined) out.number = col;
      return out;
    }
  }
  return found;
}

/**
 * A report without a status column often opens each report with its status: "Виконано. Проведено 5
 * навчань", "Виконується". Where most of the report column's texts do, that column says the status.
 */
export function reportSaysStatus(
  sheet: SheetText,
  found: Partial<Record<ColumnRole, number>>,
  lastHeaderRow: number,
  rows: number
): Partial<Record<ColumnRole, number>> {
  const col = found.report;
  if (col === undefined || found.status !== undefined) return found;
  let filled = 0;
  let said = 0;
  for (let r = lastHeaderRow + 1; r < Math.min(rows, lastHeaderRow + 400); r++) {
    if (sheet.merges.isCoveredFromAbove(r, col)) continue;
    const t = sheet.merged(r, col).trim();
    if (!t || ORDINAL_ONLY.test(t)) continue;
    filled++;
    if (statusKind(t.slice(0, 80)) !== null) said++;
  }
  if (filled < 2 || said < filled * 0.6) return found;
  const out = { ...found, status: col };
  delete out.report;
  return out;
}

/**
 * Two columns headed as the status ("Стан виконання" over a report's prose, "Виконано / не виконано" over the
 * words themselves): the one whose cells say a status is the status column, the other the report.
 */
export function statusByContent(
  sheet: SheetText,
  found: Partial<Record<ColumnRole, number>>,
  guesses: readonly { role: ColumnRole; chosen: number; other: number }[],
  lastHeaderRow: number,
  rows: number
): Partial<Record<ColumnRole, number>> {
  const guess = guesses.find((g) => g.role === "status" && g.chosen === found.status);
  if (!guess) return found;
  const said = (col: number) => {
    let n = 0;
    for (let r = lastHeaderRow + 1; r < Math.min(rows, lastHeaderRow + 400); r++) {
      if (sheet.merges.isCoveredFromAbove(r, col)) continue;
      const t = sheet.merged(r, col).trim();
      if (t && statusKind(t.slice(0, 80)) !== null) n++;
    }
    return n;
  };
  if (said(guess.other) <= said(guess.chosen)) return found;
  const out = { ...found, status: guess.other };
  if (out.report === undefined) out.report = guess.chosen;
  return out;
}

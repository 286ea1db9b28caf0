/**
 * Classifying rows: the texts a row holds (merged areas read once, vertical merges from above skipped), goal
 * rows, bands across the table, column-number rows and page-break fragments.
 */
import { areaIn, type MergedArea } from "../grid";
import { oneLine, startsLower, tidy } from "../text";
import { arabic, ROMAN_CLASS } from "../vocabulary";
import type { SheetText } from "./sheetText";
import { SECTION_PATTERNS, SECTION_START, type ColumnRole, type SectionKind } from "./vocabulary";

export interface RowCells {
  row: number;
  text: Partial<Record<ColumnRole, string>>;
  /** Roles whose cell is covered by a vertical merge from a row above. */
  coveredFromAbove: ReadonlySet<ColumnRole>;
  /** A1 address of the cell holding each role's value (the merge's top-left cell where merged). */
  address: Partial<Record<ColumnRole, string>>;
  /** The values of every column of a role kept in several (`ColumnGroup`), the role's own first. */
  grouped?: Partial<Record<ColumnRole, string[]>>;
}

/** A row no vertical merge reaches into: one set for them all, never changed. */
export const NONE_COVERED: ReadonlySet<ColumnRole> = new Set<ColumnRole>();

const ENUMERATED = new RegExp(`^\\s*(\\d+(?:\\.\\d+)*|${ROMAN_CLASS}{1,5})[.)]\\s`, "u");

export function sectionOf(
  text: string
): { kind: SectionKind; number: string | null; title: string } | null {
  if (!SECTION_START.test(text)) return null;
  for (const p of SECTION_PATTERNS) {
    const m = p.pattern.exec(text);
    if (!m) continue;
    // "4.2. Оперативна ціль: …", "II. Стратегічна ціль": the number written before the words is the goal's
    const before = m[1] ? null : ENUMERATED.exec(text);
    const written = m[1] ?? before?.[1];
    return {
      kind: p.kind,
      number: written ? arabic(written.replace(/\s+/g, "")) : null,
      title: oneLine(tidy(m[2])),
    };
  }
  return null;
}

export function isColumnNumbersRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t);
  if (filled.length < 3) return false;
  const nums = filled.map((t) => Number(t.replace(/\.$/, "")));
  return nums.every((n, i) => Number.isInteger(n) && (i === 0 || n === nums[i - 1] + 1));
}

/** A continuation fragment starts in the middle of a sentence: lower case, or punctuation such as «. */
export function looksLikeFragment(text: string): boolean {
  const t = text.trim();
  return startsLower(t) || /^[«»"'“”„,;:.)\-–—]/.test(t);
}

export function rowTextsDistinct(sheet: SheetText, r: number, from: number, to: number): string[] {
  const out: string[] = [];
  let seenAreas: MergedArea[] | null = null;
  const areas = sheet.merges.rowAreas(r);
  for (let c = from; c <= to; c++) {
    const area = areaIn(areas, c);
    let t: string;
    if (area) {
      if (seenAreas?.includes(area)) continue;
      (seenAreas ??= []).push(area);
      if (area.top !== r) continue; // a vertical merge from above carries no new text for this row
      t = sheet.at(area.top, area.left);
    } else t = sheet.at(r, c);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** One text across the row: in the table's first column, or merged over two or more columns. */
export function isBand(sheet: SheetText, r: number, tableLeft: number): boolean {
  const c = firstFilledCol(sheet, r, tableLeft);
  const area = sheet.merges.areaAt(r, c);
  return c <= tableLeft || (!!area && area.right > area.left);
}

export function firstFilledCol(sheet: SheetText, r: number, from: number): number {
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.merged(r, c)) return sheet.merges.areaAt(r, c)?.left ?? c;
  }
  return from;
}

export function lastWith<T>(list: T[], is: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (is(list[i])) return list[i];
  return undefined;
}

/** A goal row written with one of the short words ("Ціль 1.", "Objective 1:"). */
export function isShortGoalRow(text: string): boolean {
  return SECTION_PATTERNS.some((p) => p.short && p.pattern.test(text));
}

/** The first word of a text, lower case: what names a goal row ("goal", "objective", "ціль"). */
export function firstWord(text: string): string {
  return (/\p{L}+/u.exec(text)?.[0] ?? "").toLowerCase();
}

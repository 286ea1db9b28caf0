/**
 * A text alone in the measure's cell: a heading over the measures below it ("Організаційні заходи",
 * "ІНФОРМАЦІЙНІ ЗАХОДИ", "А. Навчання", "Завдання 1.1. …"), or a measure written without its executor and
 * deadline. How it is written says some of it; what follows says the rest: a heading has measures under it
 * and takes no place in their numbering, a measure that lost its number leaves a gap there.
 */
import { arabic, bandHeading, measureHeading, ROMAN_CLASS, taskHeading } from "../vocabulary";
import { leadingMeasureNumber, numberCell } from "./measures";
import { sectionOf } from "./rows";
import type { SheetText } from "./sheetText";
import type { ColumnRole } from "./vocabulary";

/** What the next row of the table holds, as far as a heading above it is concerned. */
export interface NextRow {
  /** A measure: its text beside an executor or a deadline of its own, or a numbered text. */
  measure: boolean;
  /** The measure's number, from its number cell or its text. */
  number: string | null;
}

/** How many rows below a heading its first measure may stand (blank rows between). */
const LOOK_AHEAD = 5;

/** The next row with anything in it below `r`, read in the measure's, number's, executors' and deadline's cells. */
export function nextRowOf(
  sheet: SheetText,
  roleCols: Partial<Record<ColumnRole, number>>,
  r: number,
  rows: number
): NextRow | null {
  for (let k = r + 1; k < Math.min(rows, r + 1 + LOOK_AHEAD); k++) {
    if (sheet.isEmptyRow(k)) continue;
    const own = (role: ColumnRole) => {
      const c = roleCols[role];
      if (c === undefined || sheet.merges.isCoveredFromAbove(k, c)) return "";
      return sheet.merged(k, c);
    };
    const text = own("measure");
    // one text merged over the executors' or the deadline's cell too is a band
    const area =
      roleCols.measure !== undefined ? sheet.merges.areaAt(k, roleCols.measure) : undefined;
    const over = (role: ColumnRole) => {
      const c = roleCols[role];
      return c !== undefined && !!area && c >= area.left && c <= area.right;
    };
    if (text && (over("executors") || over("deadline") || over("number")))
      return { measure: false, number: null };
    if (!text) {
      if (!own("executors") && !own("deadline") && !own("number")) continue;
      return { measure: false, number: null };
    }
    if (sectionOf(text)) return { measure: false, number: null };
    const number =
      numberCell(own("number")) ??
      leadingMeasureNumber(text) ??
      measureHeading(text)?.number ??
      null;
    return { measure: !!(own("executors") || own("deadline") || number), number };
  }
  return null;
}

/**
 * Whether a measure numbered `next` takes the place after the measure numbered `last`, leaving none for a
 * measure between them: "3" after "2", "2.1" after "1.4", the first of a group ("1", "1.1"). "1.1.3" after
 * "1.1.1" leaves a place: the text above it was the measure 1.1.2 without its number.
 */
export function takesNextPlace(next: string, last: string | null): boolean {
  const np = next.split(".");
  if (np[np.length - 1] === "1") return true;
  if (!last) return false;
  const lp = last.split(".");
  if (lp.length < np.length) return false;
  const cut = lp.slice(0, np.length);
  cut[cut.length - 1] = String(Number(cut[cut.length - 1]) + 1);
  return cut.join(".") === next;
}

/** The way a heading is written: in capitals ("ОРГАНІЗАЦІЙНІ ЗАХОДИ") or ending in a colon. */
const writtenAsHeading = (t: string) => t === t.toUpperCase() || /:$/.test(t);

/**
 * Whether a text alone in the measure's cell (its number cell empty) is a heading over the rows below.
 * - Marked as one: "Завдання 1.1. …", "Розділ 2. …", "ІІІ. Моніторинг", "А. Навчання".
 * - "1. Навчання": the heading of the measures numbered "1.1", "1.2" below it.
 * - Written as one (capitals, a colon): where a measure follows that leaves no gap in the numbering; a text
 *   in capitals with no measure under it is a measure.
 * - Plain words ("Інформаційно-просвітницькі заходи"): only over a numbered measure that takes the next place.
 */
export function isLoneHeading(
  text: string,
  next: NextRow | null,
  lastNumber: string | null,
  /** Right after a measure whose text does not end as a sentence ends. */
  afterMeasure: boolean
): boolean {
  if (text.includes("\n") || text.length > 120 || !/\p{L}{3,}/u.test(text)) return false;
  if (taskHeading(text).heading) return true;
  const band = bandHeading(text);
  // "1. Навчання" over "1.1", "1.2"; over "2" it is measure 1 written with its number
  const digits = /^(\d+)[.)]\s/.exec(text);
  if (digits) return !!next?.number && next.number.startsWith(`${digits[1]}.`);
  if (band) return true;
  if (!next?.measure || !/\p{L}{3,}\s+\p{L}{3,}/u.test(text)) return false;
  const fits = next.number === null || takesNextPlace(next.number, lastNumber);
  if (writtenAsHeading(text)) return fits;
  // a lower-case text right after a measure whose sentence goes on is the rest of it (a page break)
  if (afterMeasure && /^\p{Ll}/u.test(text)) return false;
  return next.number !== null && fits && !/[.;]$/.test(text);
}

const ROMAN_ONLY = new RegExp(`^${ROMAN_CLASS}{1,5}\\.?$`, "u");

/** The number a № cell writes: "1.2." is 1.2, "ІІ." is 2. */
export function ordinalNumber(cell: string): string | null {
  const t = cell.trim();
  return numberCell(t) ?? (ROMAN_ONLY.test(t) ? arabic(t.replace(/\.$/, "")) : null);
}

/**
 * Whether a row holding only its number and a text heads the rows below: "1." over "1.1", "1.2" (a measure
 * numbered "1." is followed by "2."); a Roman "ІІ." over any measure.
 */
export function numberHeads(cell: string, next: NextRow | null): boolean {
  if (!next?.measure) return false;
  const t = cell.trim();
  if (ROMAN_ONLY.test(t)) return true;
  const own = numberCell(t);
  return !!own && !!next.number && next.number.startsWith(`${own}.`);
}

/**
 * A text that tells, not names: longer than headings run, a sentence of five words or more ("Проведено 5
 * навчань для 120 жінок."), or a shorter one with no measure under it ("Триває ремонт."). Written under a
 * measure, it is the measure's report.
 */
export function readsAsReport(
  text: string,
  next: () => NextRow | null,
  lastNumber: string | null = null
): boolean {
  const t = text.trim();
  if (taskHeading(t).heading || bandHeading(t) || sectionOf(t)) return false;
  // a measure under it that opens a group of its own ("1.3.1" after "1.2.4", "1" after "7"): the text heads
  // that group, however long or finished its sentence
  const n = next();
  if (n?.measure && n.number && lastNumber && opensGroup(n.number, lastNumber)) return false;
  if (t.length > 150) return true;
  if (!/[.;!]$/.test(t)) return false;
  return t.split(/\s+/).length >= 5 || !n?.measure;
}

/** Whether measure `number` starts another group than `last`'s: another parent, or a count begun again. */
function opensGroup(number: string, last: string): boolean {
  const parts = (x: string) => x.replace(/\.$/, "").split(".");
  const a = parts(number);
  const b = parts(last);
  if (a.length !== b.length) return false;
  if (a.slice(0, -1).join(".") !== b.slice(0, -1).join(".")) return true;
  return a[a.length - 1] === "1" && b[b.length - 1] !== "1";
}

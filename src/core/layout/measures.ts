/** Splitting a local-measure cell into its numbered measures, and reading numbers of tasks and measures. */
import { tidy, tidyLines } from "../text";
import { measureHeading, taskHeading } from "../vocabulary";

export interface MeasureItem {
  number: string | null;
  text: string;
}

/**
 * "1.1.1. Надання…", "2.2.10 Участь…", "5.2.5.Оприлюднення…" — three or four numbers, the last not a year;
 * or two, as programmes number the measures of each direction ("1.2. Проведення…", "1.2 Проведення…").
 */
const MEASURE_NUMBER =
  /^(?:(\d{1,2}(?:\.\d{1,3}){2,3})(?:\.(?!\d)|(?=\s|[\p{L}«"(]))|(\d{1,2}\.\d{1,3})(?:\.(?![\d\p{L}])|\s(?=\s*[\p{Lu}«"])))\s*/u;
/** The same, inside a line: preceded by a space. */
const INLINE_NUMBER = /\s(\d{1,2}(?:\.\d{1,3}){2,3})(?:\.(?!\d)|(?=\s))\s*(?=[\p{Lu}«"])/gu;

export function leadingMeasureNumber(text: string): string | null {
  const m = measureNumberMatch(text);
  return m ? (m[1] ?? m[2]) : null;
}

/** MEASURE_NUMBER's match at the start of the trimmed text (read, never changed, by the callers). */
function measureNumberMatch(text: string): RegExpExecArray | null {
  // a number starts with a digit: most texts are ruled out by their first letter, with no pattern run
  if (!startsWithDigit(text)) return null;
  // a row's measure text is asked about a few times over (is it a fragment? where does it split?)
  if (text === lastMatched.text) return lastMatched.match;
  const match = MEASURE_NUMBER.exec(text.trim());
  lastMatched.text = text;
  lastMatched.match = match;
  return match;
}

const lastMatched: { text: string | null; match: RegExpExecArray | null } = {
  text: null,
  match: null,
};

/** What trim() takes away: JavaScript's blanks and line ends, the same set as \s. */
const BLANK = /\s/;

/** Whether the text's first character other than a blank is a digit 0–9. */
function startsWithDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0 || !BLANK.test(text[i])) return false;
  }
  return false;
}

function compareNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function prefix(n: string): string {
  return n.split(".").slice(0, -1).join(".");
}

/**
 * Splits a cell into its measures. Each line that starts with a measure number starts a measure; inside a
 * line, a number starts a measure only when it continues the cell's numbering (same operational goal,
 * greater than the one before), so "згідно з п. 1.2.3 Положення" inside a text does not split it.
 */
export function splitMeasureCell(cell: string, tidied = false): MeasureItem[] {
  // a cell's text as the sheet's texts give it is tidied already
  const text = tidied ? cell : tidy(cell);
  if (!text) return [];
  const items: MeasureItem[] = [];
  const cellLines = tidyLines(text);
  for (const given of cellLines) {
    // "Захід 1.2. Навчання", "Activity 1.1.1: Train": the number after the word
    const heading = measureHeading(given);
    const line = heading ? `${heading.number}. ${heading.rest}` : given;
    const pieces = splitInline(line, items.length ? items[items.length - 1].number : null);
    for (const piece of pieces) {
      // the match splitInline read for the line, where the line is one piece
      const m = measureNumberMatch(piece);
      const n = m ? (m[1] ?? m[2]) : null;
      if (n || items.length === 0) {
        // the number's match was made on the trimmed piece: on a trimmed piece it is where to cut
        const rest = !m
          ? piece
          : piece === piece.trim()
            ? piece.slice(m[0].length)
            : piece.replace(MEASURE_NUMBER, "");
        items.push({ number: n, text: rest.trim() });
      } else {
        const last = items[items.length - 1];
        // "1.1.1." on a line of its own, the text on the next
        last.text = last.text ? `${last.text}\n${piece}` : piece;
      }
    }
  }
  return items;
}

function splitInline(line: string, previous: string | null): string[] {
  const first = leadingMeasureNumber(line) ?? previous;
  if (!first) return [line];
  const cuts: number[] = [];
  let last = first;
  INLINE_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_NUMBER.exec(line))) {
    const n = m[1];
    if (prefix(n) === prefix(last) && compareNumbers(n, last) > 0) {
      cuts.push(m.index + 1);
      last = n;
    }
  }
  if (!cuts.length) return [line];
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(line.slice(from, c).trim());
    from = c;
  }
  out.push(line.slice(from).trim());
  return out.filter((p) => p);
}

/** "1. Забезпечити…" → "1"; "Завдання 3. …" → "3"; "1.2. Відеоспостереження", "Завдання 1.1.2 …" → "1.2", "1.1.2". */
export function taskNumber(text: string): string | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){0,3})(?:\s*[.)]|\s(?=\s*\p{Lu}))\s*/u.exec(
    taskHeading(text.trim()).rest
  );
  if (!m || (!m[1].includes(".") && !/[.)]\s*$/.test(m[0]))) return null;
  return m[1];
}

/** "1) аналіз…" → "1"; "1. аналіз" → "1". */
export function nationalMeasureNumber(text: string): string | null {
  const m = /^(\d{1,3})\s*[).]\s*/.exec(text.trim());
  return m ? m[1] : null;
}

/** A number written in a column of its own: "1.1.1", "1.1.1.", "12". */
export function numberCell(text: string): string | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?$/.exec(text.trim());
  return m ? m[1] : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits a neighbouring cell (executors, deadline, status) of a cell with several numbered measures where it
 * repeats the measures' numbers: "1.1.1. Відділ освіти 1.1.2. Відділ комунікацій", "2022 1.1.2. 2023".
 * The first number may be left out; every other one must appear, in order. Returns null otherwise.
 */
export function splitByItemNumbers(cell: string, numbers: (string | null)[]): string[] | null {
  if (numbers.length < 2 || numbers.some((n) => !n)) return null;
  // measures of one cell listed under the row's one number: nothing to tell them apart by
  if (new Set(numbers).size < numbers.length) return null;
  const text = tidy(cell);
  const starts: { at: number; body: number }[] = [];
  let from = 0;
  for (let i = 0; i < numbers.length; i++) {
    const re = new RegExp(
      `(^|\\s)${escapeRegExp(numbers[i]!)}(?:\\.(?!\\d)|(?=\\s|:|-|–))\\s*[:\\-–]?\\s*`,
      "g"
    );
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) {
      if (i === 0) continue;
      return null;
    }
    starts.push({ at: m.index + m[1].length, body: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (starts.length < numbers.length - 1) return null;
  const parts: string[] = [];
  if (starts.length === numbers.length - 1) parts.push(text.slice(0, starts[0].at).trim());
  else if (text.slice(0, starts[0].at).trim()) return null;
  for (let i = 0; i < starts.length; i++)
    parts.push(
      text.slice(starts[i].body, i + 1 < starts.length ? starts[i + 1].at : undefined).trim()
    );
  return parts.length === numbers.length && parts.every((p) => p) ? parts : null;
}

// ---- a cell that lists several measures ---------------------------------------------------------------

/** The marks a list's lines start with: a dash, a bullet. */
const BULLETS = new Set(["-", "–", "—", "•", "·", "▪", "◦", "●", "*"]);
/** "1) ", "2. ": a list's number at a line's start. */
const LIST_NUMBER = /^(\d{1,2})\s?([.)])\s+/;
/** "; 2) ", "; 2. ": the next item of a list run together on one line. */
const LIST_INLINE = /;\s+(\d{1,2})([.)])\s+/g;

const code = (ch: string) => ch.charCodeAt(0);
const isDigit = (ch: string | undefined) => !!ch && code(ch) >= 48 && code(ch) <= 57;

/** Whether a cell may be a list of measures: its text starts with "1" or a bullet (a test of one character). */
export function mayListMeasures(text: string): boolean {
  return text[0] === "1" || BULLETS.has(text[0]);
}

/**
 * The measures a cell plainly lists, one an item: numbered from 1 in sequence ("1) …; 2) …", "1. …\n2. …"),
 * or each line after the same bullet ("- …", "• …", "– …"); a line without a mark goes on with the item above.
 * Each item reads as a measure does, from a capital: "1) для вчителів; 2) для батьків" are one measure's own
 * sub-items, and a text before the first mark ("Проведення навчань:") makes the list that measure's. Null
 * where the cell is no such list.
 */
export function listedMeasures(text: string): string[] | null {
  if (!mayListMeasures(text)) return null;
  const ls = tidyLines(text);
  const items = isDigit(text[0]) ? numberedList(ls) : bulletList(ls);
  if (!items || items.length < 2) return null;
  const out = items.map((t) => t.replace(/[;,]$/, "").trim());
  return out.every((t) => /^[\p{Lu}«"“„]/u.test(t)) ? out : null;
}

function numberedList(ls: string[]): string[] | null {
  const first = LIST_NUMBER.exec(ls[0]);
  if (!first || first[1] !== "1") return null;
  const mark = first[2];
  const items: string[] = [];
  for (const line of ls) {
    const m = LIST_NUMBER.exec(line);
    if (m) {
      // a number out of sequence, or another kind of mark: not a plain list
      if (m[2] !== mark || Number(m[1]) !== items.length + 1) return null;
      items.push(line.slice(m[0].length));
    } else if (items.length) items[items.length - 1] += ` ${line}`;
    else return null;
  }
  // items run together on a line: "1) …; 2) …", each number the next
  const out: string[] = [];
  for (const item of items) {
    let from = 0;
    LIST_INLINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LIST_INLINE.exec(item))) {
      if (m[2] !== mark || Number(m[1]) !== out.length + 2) continue;
      out.push(item.slice(from, m.index + 1));
      from = m.index + m[0].length;
    }
    out.push(item.slice(from));
  }
  return out;
}

function bulletList(ls: string[]): string[] | null {
  const bullet = ls[0][0];
  const items: string[] = [];
  for (const line of ls) {
    if (line[0] === bullet) {
      const rest = line.slice(1);
      // "-" and "*" start an item only with a space after them ("-10 %" is no item)
      if ((bullet === "-" || bullet === "*") && !/^\s/.test(rest)) return null;
      items.push(rest.trim());
    } else if (BULLETS.has(line[0])) return null;
    else items[items.length - 1] += ` ${line}`;
  }
  return items;
}

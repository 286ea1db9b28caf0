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
  const m = MEASURE_NUMBER.exec(text.trim());
  return m ? (m[1] ?? m[2]) : null;
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
export function splitMeasureCell(cell: string): MeasureItem[] {
  const text = tidy(cell);
  if (!text) return [];
  const items: MeasureItem[] = [];
  const cellLines = tidyLines(text);
  for (const given of cellLines) {
    // "Захід 1.2. Навчання", "Activity 1.1.1: Train": the number after the word
    const heading = measureHeading(given);
    const line = heading ? `${heading.number}. ${heading.rest}` : given;
    const pieces = splitInline(line, items.length ? items[items.length - 1].number : null);
    for (const piece of pieces) {
      const n = leadingMeasureNumber(piece);
      if (n || items.length === 0) {
        items.push({ number: n, text: n ? piece.replace(MEASURE_NUMBER, "").trim() : piece });
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

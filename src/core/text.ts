/** Text helpers shared by the layout engine, the executor splitter and the deadline grammar. */
import { isPlaceholder } from "./vocabulary";

const APOSTROPHES = /[\u2019\u02BC\u0060\u00B4\u2018\u02B9]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Text tidy() leaves as it is: single spaces, no blank at a line's ends, no blank line, nothing to strip. Line
 * breaks alone need nothing (a cell of several executors is such text); a hyphen before one may.
 */
const NEEDS_TIDY = /[\r<\t\u00A0\u00AD]|-\n|\s\s|^\s|\s$/;

/** What NEEDS_TIDY looks for, or blanks other than a space and a line break: one character class to scan. */
const UNCOMMON =
  // eslint-disable-next-line no-control-regex
  /[\r<\t\u00A0\u00AD\u000B\u000C\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/**
 * NEEDS_TIDY's answer, sooner: a text of none of the uncommon characters has spaces and line breaks for its
 * blanks, and plain searches tell whether two stand together or one at an end.
 */
function needsTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (UNCOMMON.test(text)) return NEEDS_TIDY.test(text);
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first === 32 || first === 10 || last === 32 || last === 10 || text.includes("  "))
    return true;
  return (
    text.includes("\n") &&
    (text.includes("\n\n") || text.includes(" \n") || text.includes("\n ") || text.includes("-\n"))
  );
}

/** A word broken at a line's end: "Тер-\nмін", "інформа-\nційних" (the next line goes on in lower case). */
const BROKEN_WORD = /([\p{L}'])-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/**
 * Text normalize() only lowers: no soft hyphen, markup, other apostrophe or dash, no blank but single spaces
 * between words. Most cells are such text, and one test is cheaper than the eight passes below.
 */
const NEEDS_NORMALIZE =
  /[\u00AD<\u2019\u02BC\u0060\u00B4\u2018\u02B9\u2010-\u2015\u2212]|[^\S ]| {2}|^ | $/;

/** Lower case, one kind of apostrophe and dash, single spaces, Latin look-alikes left alone. */
export function normalize(text: string): string {
  if (!NEEDS_NORMALIZE.test(text)) return text.toLowerCase();
  return normalizeFully(text);
}

/** normalize() with every pass run: what the short way must always agree with. */
export function normalizeFully(text: string): string {
  return text
    .replace(/\u00AD/g, "")
    .replace(BROKEN_WORD, "$1")
    .replace(/<\/?p>/gi, " ")
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(/\u00A0/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Collapses runs of blanks within lines and trims each line; keeps the line breaks. */
export function tidy(text: string): string {
  if (!needsTidy(text)) return text;
  return tidyFully(text);
}

/** tidy() with every pass run: what the short way must always agree with. */
export function tidyFully(text: string): string {
  return (
    text
      .replace(/\u00AD/g, "")
      // a hyphen at a line's end stays (it may be a compound's), the line break goes
      .replace(BROKEN_WORD, "$1-")
      .replace(/<\/?p>/gi, "\n")
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((l) => l.replace(/[ \t\u00A0]+/g, " ").trim())
      .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
      .join("\n")
      .trim()
  );
}

const LINE_BREAKS = /\n/g;

/** The text on one line, its line breaks spaces; a text of one line (most are) is not scanned twice. */
export function oneLine(text: string): string {
  return text.includes("\n") ? text.replace(LINE_BREAKS, " ") : text;
}

export function lines(text: string): string[] {
  return tidyLines(tidy(text));
}

/** The non-empty lines of a text tidy() has made: its lines are trimmed already. */
export function tidyLines(tidied: string): string[] {
  if (!tidied.includes("\n")) return tidied ? [tidied] : [];
  return tidied.split("\n").filter((l) => l !== "");
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

export function startsUpper(text: string): boolean {
  return UPPER.test(text.trim());
}

export function startsLower(text: string): boolean {
  return LOWER.test(text.trim());
}

/**
 * What staff write in a cell to say "nothing here": a dash, a cross, "не передбачено". Such a cell reads as
 * empty, so a national measure with "—" in the local-measure column is one without a local measure.
 */
export { isPlaceholder };

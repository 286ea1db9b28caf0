/**
 * Executor cells: one or more responsible bodies, separated by line breaks, semicolons, or commas where a
 * new body starts. "Управління у справах сім'ї, молоді та спорту міської ради" is one body: the comma before
 * "молоді" does not start a body, the comma before "департамент" does.
 */
import { lines, startsLower } from "./text";
import {
  BODY_ABBREVIATIONS,
  BODY_ENDING,
  CONJUNCTIONS,
  BODY_HEADS,
  BODY_JOINERS,
  BODY_NAMES,
  INSTRUMENTAL,
  PARTNER_HINT,
  PARTNER_MARK,
  PARTNER_MARK_END,
  PLACE_ADJECTIVE,
  SHORT_NAME,
} from "./vocabulary";

const ABBR = BODY_ABBREVIATIONS;
const HEADS = BODY_HEADS;
/** A single word in lower case: all the head words need (they hold no apostrophes or dashes). */
const word = (w: string) => w.toLowerCase();

export { PARTNER_MARK };

const bareWord = (w: string) => w.replace(/[,.;:()«»"]+$/g, "").replace(/^[(«"]+/, "");
/** A head word, or a known name of several words kept as one ("обласна⁠військова⁠адміністрація"). */
const isHead = (w: string) => HEADS.has(w) || (w.includes(KEEP) && KNOWN_NAME_SET.has(w));

function headAt(words: string[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const bare = bareWord(w);
  if (ABBR.has(bare) || SHORT_NAME.test(bare)) return true;
  const one = word(bare);
  const two = `${one} ${word(bareWord(words[i + 1] ?? ""))}`;
  if (isHead(one) || HEADS.has(two)) return true;
  // "Житомирський міський центр…", "Житомирське районне управління поліції"
  if (PLACE_ADJECTIVE.test(bare)) {
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      const next = word(words[k].replace(/[,.;:]+$/, ""));
      if (isHead(next)) return true;
    }
  }
  // "навчальні заклади", "інші центральні органи", "local NGOs": a lower-case word or two before a head
  // (the words as they agree: all in lower case, none in brackets, as "навчальні заклади")
  const lower = (x: string | undefined) => !!x && /^\p{Ll}[\p{Ll}'’-]*[,;]?$/u.test(x);
  if (lower(w) && !CONJUNCTIONS.has(one) && !/[,;]$/.test(w) && words[i + 1]) {
    const next = word(bareWord(words[i + 1]));
    if (HEADS.has(next)) return true;
    if (
      lower(words[i + 1]) &&
      lower(words[i + 2]) &&
      !CONJUNCTIONS.has(next) &&
      !BODY_JOINERS.has(next) &&
      !/[,;]$/.test(words[i + 1]) &&
      HEADS.has(bareWord(words[i + 2]))
    )
      return true;
  }
  return false;
}

/** An abbreviation or a short name standing for a body on its own ("ЦНАП", "МОН"). */
const isShortName = (w: string) => ABBR.has(bareWord(w)) || SHORT_NAME.test(bareWord(w));

/** The words at `i` are a head word itself (one word or two), not a word before one. */
function startsWithHead(words: string[], i: number): boolean {
  const one = word(bareWord(words[i]));
  return isHead(one) || HEADS.has(`${one} ${word(bareWord(words[i + 1] ?? ""))}`);
}

/** "Youth Centre", "Office of the Mayor": an English name after a comma, its head word within it. */
function englishNameAt(words: string[], i: number): boolean {
  if (!/^[A-Z]/.test(words[i])) return false;
  for (let k = i; k <= i + 3 && k < words.length; k++) {
    if (HEADS.has(word(bareWord(words[k])))) return true;
    if (/[,;]$/.test(words[k])) return false;
  }
  return false;
}

/**
 * Splits one line into bodies at commas followed by a head word, and at run-together boundaries: a head
 * word directly after the end of another body's name ("…міської ради Департамент…", "ЗЗСО Житомирський…").
 */
function splitLine(line: string): string[] {
  const words = line.split(/\s+/).filter((w) => w !== "");
  const bodies: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const current = bodies[bodies.length - 1];
    const prev = current[current.length - 1];
    let boundary = false;
    if (prev !== undefined && PARTNER_MARK_END.test(prev)) {
      // a partner's "(за згодою)," ends its body, whatever the next one is called
      boundary = true;
    } else if (prev !== undefined && /^[«"„“]/.test(words[i]) && !/[,;]$/.test(prev)) {
      // a quoted name belongs to the words before it: "КЗ «Центр ПМСД»"
      boundary = false;
    } else if (
      prev !== undefined &&
      CONJUNCTIONS.has(prev) &&
      ((current.length > 2 &&
        /^\p{Lu}/u.test(words[i]) &&
        (HEADS.has(word(bareWord(words[i]))) || ABBR.has(bareWord(words[i])))) ||
        // "Відділ освіти і відділ культури", "ЦНАП та відділ культури": a head word in lower case, where the
        // body before starts with one too ("Управління освіти і науки" stays one: "науки" is no head word), and
        // never a verbal noun with its object: "…кадрової роботи та управління персоналом"
        ((current.length > 2 || isShortName(current[0])) &&
          startsWithHead(words, i) &&
          headAt(current, 0) &&
          !INSTRUMENTAL.test(bareWord(words[i + 1] ?? ""))))
    ) {
      // "Відділ освіти та Відділ культури": two bodies, the conjunction between them belongs to neither
      current.pop();
      bodies.push([]);
    } else if (prev !== undefined && /^[/\\|]$/.test(prev) && headAt(words, i)) {
      // "Управління освіти / Відділ культури"
      current.pop();
      bodies.push([]);
    } else if (prev !== undefined && /,$/.test(prev) && englishNameAt(words, i)) {
      boundary = true;
    } else if (prev !== undefined && headAt(words, i)) {
      if (/[,;]$/.test(prev)) boundary = true;
      else if (BODY_ENDING.test(prev) || ABBR.has(prev.replace(/[,.;]+$/, ""))) boundary = true;
      else if (
        /^\p{Lu}/u.test(words[i]) &&
        !/^\p{Lu}\.$/u.test(words[i]) &&
        /[\p{Ll}')]$/u.test(prev) &&
        !BODY_JOINERS.has(prev.toLowerCase())
      ) {
        // English names end with their head word ("Youth Council"): only Ukrainian ones start with it
        boundary =
          PLACE_ADJECTIVE.test(words[i]) ||
          ABBR.has(words[i]) ||
          (HEADS.has(word(words[i])) && /^\p{Lu}/u.test(words[i]) && !/^[A-Z]/.test(words[i]));
      }
    }
    if (boundary) {
      current[current.length - 1] = prev.replace(/[,;]$/, "");
      bodies.push([]);
    }
    bodies[bodies.length - 1].push(words[i]);
  }
  return bodies.map((b) => b.join(" ").trim()).filter((b) => b !== "");
}

/** Plans repeat the same executor cells many times; the split of each distinct text is kept. */
const splitCache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** Splits an executor cell (or one measure's share of it) into bodies. */
export function splitExecutors(cell: string): string[] {
  const cached = splitCache.get(cell);
  if (cached) return cached;
  // measures with the same executor cell share one frozen list of bodies
  const bodies = Object.freeze(splitExecutorsUncached(cell)) as string[];
  if (splitCache.size >= CACHE_LIMIT) splitCache.clear();
  splitCache.set(cell, bodies);
  return bodies;
}

/** Joins the words of a known name with a character no split sees ("Верховна\u2060Рада\u2060України"). */
const KEEP = "\u2060";
/** The known names, lower case, as they read once kept. */
const KNOWN_NAME_SET = new Set(BODY_NAMES.map((n) => n.toLowerCase().split(/\s+/).join(KEEP)));
const KNOWN_NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}])(${BODY_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "giu"
);

function splitExecutorsUncached(cell: string): string[] {
  const kept = cell.replace(KNOWN_NAMES, (name) => name.replace(/\s+/g, KEEP));
  if (kept !== cell) return splitExecutorsUncached0(kept).map((b) => b.split(KEEP).join(" "));
  return splitExecutorsUncached0(cell);
}

/**
 * The lines of a cell, a line that starts in lower case with no body's head word joined to the line above: a
 * name broken over two lines ("Відділ освіти,\nмолоді та спорту") is one name.
 */
function bodyLines(cell: string): string[] {
  const ls = lines(cell);
  if (ls.length < 2) return ls;
  const out: string[] = [];
  for (const l of ls) {
    const ws = l.split(" ");
    // "ГО «Світло»\n(за згодою)", "Відділ освіти\n(Петренко О.В.)": a bracket belongs to the name above
    const bracket = l.startsWith("(");
    if (
      out.length > 0 &&
      (startsLower(l) || bracket) &&
      !headAt(ws, 0) &&
      !/[;.]$/.test(out[out.length - 1])
    )
      out[out.length - 1] =
        `${bracket ? out[out.length - 1].replace(/,$/, "") : out[out.length - 1]} ${l}`;
    else out.push(l);
  }
  return out;
}

function splitExecutorsUncached0(cell: string): string[] {
  const out: string[] = [];
  for (const line of bodyLines(cell)) {
    for (const part of line.split(/;/)) {
      // list markers: "1. Відділ…", "2) ЦНАП", "- Відділ…", "• Служба…"
      const t = part
        .trim()
        .replace(/^(?:\d{1,2}[.)](?!\d)|[-–—•·*▪●])\s*/, "")
        .replace(/[,.]$/, "")
        .trim();
      if (t) out.push(...splitLine(t));
    }
  }
  return out;
}

export function isPartner(body: string): boolean {
  return PARTNER_HINT.test(body) && PARTNER_MARK.test(body);
}

/**
 * Groups the lines of an executor cell that holds the executors of several measures. A line that starts
 * with a lower-case letter continues the group above; where the cell has fewer groups than measures, groups
 * run together on one line are split where a capitalized body name starts right after another body's name.
 * Returns null when the cell cannot be aligned item by item (then every measure shares the whole cell).
 */
export function groupExecutorCell(cell: string, items: number): string[] | null {
  const ls = lines(cell);
  if (items <= 1 || ls.length === 0) return null;
  const groups: string[] = [];
  for (const l of ls) {
    if (groups.length > 0 && startsLower(l)) groups[groups.length - 1] += `\n${l}`;
    else groups.push(l);
  }
  if (groups.length === items) return groups;
  if (ls.length === items) return ls;
  if (groups.length < items) {
    const split: string[] = [];
    for (const g of groups) split.push(...splitRunTogetherGroups(g));
    if (split.length === items) return split;
  }
  return null;
}

/** "…міської ради Департамент соціальної політики…" → two groups; lower-case heads stay in their group. */
function splitRunTogetherGroups(group: string): string[] {
  const out: string[] = [];
  for (const line of group.split("\n")) {
    const words = line.split(/\s+/).filter((w) => w);
    let cur: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const prev = cur[cur.length - 1];
      const w = words[i];
      const capitalHead = /^\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w) && headAt(words, i);
      if (
        prev !== undefined &&
        capitalHead &&
        !/[,;(]$/.test(prev) &&
        !BODY_JOINERS.has(prev.toLowerCase())
      ) {
        out.push(cur.join(" "));
        cur = [];
      }
      cur.push(w);
    }
    if (cur.length) {
      if (out.length && startsLower(cur[0])) out[out.length - 1] += ` ${cur.join(" ")}`;
      else out.push(cur.join(" "));
    }
  }
  return out;
}

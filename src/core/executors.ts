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
  BODY_KIND_ADJECTIVES,
  BODY_KIND_ALONE,
  BODY_KIND_NOUNS,
  BODY_NAMES,
  INSTRUMENTAL,
  PARTNER_ALL_END,
  PARTNER_ALL_LEAD,
  PARTNER_HINT,
  PARTNER_MARK,
  PARTNER_MARK_END,
  PLACE_ADJECTIVE,
  POSITION_LEADS,
  POSITIONS,
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

// ---- a person: a position, a surname and initials ------------------------------------------------------

/** "І.І.", "І.", with the comma or semicolon that ends an executor. */
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.)?[,;]?$/u;
/** "Іваненко", "Петренко-Коваль": a capitalized word of letters only. */
const SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}'’ʼ]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’ʼ]*)?[,;]?$/u;

/** How many words a person's name takes at `i` ("Іваненко І.І.", "І. І. Іваненко"), or 0. */
function nameAt(words: readonly string[], i: number): number {
  const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
  if (!a) return 0;
  const open = (w: string | undefined) => !!w && !/[,;]$/.test(w);
  if (SURNAME.test(a) && open(a) && b && INITIALS.test(b))
    return open(b) && c && /^\p{Lu}\.[,;]?$/u.test(c) && /^\p{Lu}\.$/u.test(b) ? 3 : 2;
  if (INITIALS.test(a) && open(a)) {
    if (b && /^\p{Lu}\.$/u.test(a) && /^\p{Lu}\.$/u.test(b) && c && SURNAME.test(c)) return 3;
    if (b && SURNAME.test(b)) return 2;
  }
  return 0;
}

/** "І.І.", "І.": a word whose second character is a dot, tested before the pattern. */
const isInitials = (w: string) => w.length <= 5 && w.charCodeAt(1) === 46 && INITIALS.test(w);
/** The words hold a person's name ("Іваненко І.І."); cheap: a name has initials. */
const hasName = (ws: readonly string[]) => ws.some(isInitials);
/** The words are a person's name and nothing else. */
const nameOnly = (ws: readonly string[]) =>
  ws.length > 0 && ws.length <= 4 && nameAt(ws, 0) === ws.length;

/** The punctuation `bareWord` takes off a word's ends, by character code. */
const BARE_PUNCTUATION = new Set([...'\u002c.;:()«»"'].map((c) => c.charCodeAt(0)));

/** The words at `i` open a position ("директор", "Головний спеціаліст", "в.о. начальника"). */
function positionAt(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const lower = w.toLowerCase();
  if (POSITIONS.has(lower)) return true;
  if (POSITION_LEADS.has(lower)) return !!words[i + 1] && isPositionWord(words[i + 1]);
  // a word with punctuation at an end ("директор,"): the same test without it
  if (!BARE_PUNCTUATION.has(w.charCodeAt(w.length - 1)) && !BARE_PUNCTUATION.has(w.charCodeAt(0)))
    return false;
  const one = word(bareWord(w));
  if (POSITIONS.has(one)) return true;
  // "в.о. начальника": a position in the genitive after its lead
  return POSITION_LEADS.has(one) && !!words[i + 1] && isPositionWord(words[i + 1]);
}

/** A position's word in any case: its stem is a position ("начальника", "директора"). */
const isPositionWord = (w: string) => {
  const bare = word(bareWord(w));
  for (let n = bare.length; n >= bare.length - 3 && n > 3; n--)
    if (POSITIONS.has(bare.slice(0, n))) return true;
  return false;
};

/** The name ends the words: "…Іваненко І.І." or "…І.І. Іваненко". */
function endsWithName(ws: readonly string[]): boolean {
  const last = ws[ws.length - 1];
  if (!last) return false;
  if (INITIALS.test(last)) return true;
  return SURNAME.test(last) && ws.length > 1 && INITIALS.test(ws[ws.length - 2]);
}

/**
 * A kind of body in the plural after a comma: "райдержадміністрації", "територіальні громади", "міські,
 * селищні, сільські ради" (adjectives, each perhaps with its comma or a conjunction, before the noun). A noun
 * that may be a genitive ("громади") counts alone only after another body's name has ended.
 */
const KIND_STARTS = new Set([...BODY_KIND_ADJECTIVES, ...BODY_KIND_ALONE]);

function kindAt(words: readonly string[], i: number, prev: string): boolean {
  const lower = words[i].toLowerCase();
  const first = KIND_STARTS.has(lower) ? lower : word(bareWord(words[i]));
  if (!KIND_STARTS.has(first)) return false;
  // "сільські, селищні, міські ради": adjectives of one list, not a body each
  if (BODY_KIND_ADJECTIVES.has(word(bareWord(prev)))) return false;
  let k = i;
  let adjectives = 0;
  while (k < words.length && k < i + 6) {
    const w = word(bareWord(words[k]));
    if (BODY_KIND_ADJECTIVES.has(w)) adjectives++;
    else if (!(adjectives > 0 && CONJUNCTIONS.has(w))) break;
    k++;
  }
  const noun = words[k] ? word(bareWord(words[k])) : "";
  if (adjectives > 0) return BODY_KIND_NOUNS.has(noun);
  const before = bareWord(prev);
  return (
    BODY_KIND_ALONE.has(first) &&
    (BODY_ENDING.test(before) || isHead(word(before)) || BODY_KIND_NOUNS.has(word(before)))
  );
}

/**
 * Splits one line into bodies at commas followed by a head word, and at run-together boundaries: a head
 * word directly after the end of another body's name ("…міської ради Департамент…", "ЗЗСО Житомирський…").
 */
function splitLine(line: string): string[] {
  const words = line.split(/\s+/).filter((w) => w !== "");
  const bodies: string[][] = [[]];
  // a person's executor ("Начальник відділу освіти Іваненко І.І.", "Іваненко І.І., начальник відділу"): a
  // line with initials, or a position first or after a comma; most lines have neither, and pay a glance
  const known: (boolean | undefined)[] = [];
  const position = (k: number) => (known[k] ??= positionAt(words, k));
  let person = position(0);
  for (let k = 0; k < words.length && !person; k++)
    person = isInitials(words[k]) || (k > 0 && /[,;]$/.test(words[k - 1]) && position(k));
  /** The body being read holds initials; it opens with a position (after a name, perhaps). */
  let bodyInitials = false;
  /** Where the body's position is among its words (-1: none): first, or after the person's name. */
  let bodyPosition = -1;
  for (let i = 0; i < words.length; i++) {
    const current = bodies[bodies.length - 1];
    const prev = current[current.length - 1];
    let boundary = false;
    const named = person && bodyInitials && prev !== undefined && !nameOnly(current);
    const positioned = person && bodyPosition >= 0 && current.length > bodyPosition;
    if (prev !== undefined && PARTNER_MARK_END.test(prev)) {
      // a partner's "(за згодою)," ends its body, whatever the next one is called
      boundary = true;
    } else if (
      named &&
      ((/,$/.test(prev) && (position(i) || nameAt(words, i) > 0)) ||
        (endsWithName(current) && /^\p{Lu}/u.test(words[i]) && (position(i) || headAt(words, i))))
    ) {
      // after the person's name, another position or another person starts the next executor
      boundary = true;
    } else if (positioned && /,$/.test(prev) && position(i)) {
      // "Начальник відділу освіти, директор ЦНАП": two positions
      boundary = true;
    } else if (positioned && !/[,;]$/.test(prev) && !endsWithName(current)) {
      // "Директор ЦНАП", "Начальник відділу освіти": the body after a position is where the person works
      boundary = false;
    } else if (person && bodyInitials && /,$/.test(prev) && position(i) && nameOnly(current)) {
      // "Іваненко І.І., начальник відділу": the name, then the person's position
      boundary = false;
    } else if (prev !== undefined && /,$/.test(prev) && kindAt(words, i, prev.slice(0, -1))) {
      // "…облдержадміністрації, райдержадміністрації, територіальні громади": a body of each kind
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
    const into = bodies[bodies.length - 1];
    if (into.length === 0 && person) {
      bodyInitials = false;
      const name = nameAt(words, i);
      bodyPosition = position(i) ? 0 : name > 0 && position(i + name) ? name : -1;
    }
    into.push(words[i]);
    if (person && isInitials(words[i])) bodyInitials = true;
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
    // "Начальник відділу освіти\nІваненко І.І.": a name alone on its line is the person of the line above
    if (out.length > 0 && nameOnly(ws) && !hasName(out[out.length - 1].split(" "))) {
      out[out.length - 1] = `${out[out.length - 1]} ${l}`;
      continue;
    }
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
      let t = part
        .trim()
        .replace(/^(?:\d{1,2}[.)](?!\d)|[-–—•·*▪●])\s*/, "")
        .trim();
      // the dot that ends a list item, not the one of a person's initials ("Іваненко І.І.")
      if (!t.endsWith(".") || !/(?:^|[\s.])\p{Lu}\.$/u.test(t)) t = t.replace(/[,.]$/, "").trim();
      else t = t.replace(/,$/, "");
      if (!t) continue;
      // a mark for all is the last bracket or leads with a colon: most parts have neither
      const all =
        (t.endsWith(")") || t.endsWith(").") || t.includes(":")) && PARTNER_HINT.test(t)
          ? partnerForAll(t)
          : null;
      if (all) out.push(...splitLine(all.list).map((b) => `${b} (${all.mark})`));
      else out.push(...splitLine(t));
    }
  }
  return out;
}

/**
 * A mark the text gives every body listed: "райдержадміністрації, громади (усі за згодою)", "За згодою:
 * райдержадміністрації, громади". The list without it, and the mark's own words; null for any other text
 * (a mark after the last body is that body's alone).
 */
function partnerForAll(part: string): { list: string; mark: string } | null {
  // the last bracket, read alone: the pattern never runs along the whole text
  const open = part.lastIndexOf("(");
  const end = open >= 0 ? PARTNER_ALL_END.exec(part.slice(open)) : null;
  if (end) return { list: part.slice(0, open).trim(), mark: end.groups!.mark ?? end.groups!.mark2 };
  const lead = PARTNER_ALL_LEAD.exec(part);
  if (lead) return { list: part.slice(lead[0].length).trim(), mark: lead.groups!.mark };
  return null;
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

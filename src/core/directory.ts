/**
 * The executor directory: the bodies a plan names, each under one canonical spelling. Spellings that differ
 * only in letter case, apostrophes, spaces, the way a tail is written ("міської ради" = "міськради"), the
 * partner's "(за згодою)", or an abbreviation the plan itself expands ("Центр надання адміністративних послуг
 * (ЦНАП)") are the same body; a directory line "Name = variant; variant" makes other spellings the same too.
 * The level of government a tail names stays in the key: the city council's department of education and the
 * oblast administration's are two bodies. A name without a tail is the body of that name at the one level the
 * plan writes it with (at the plan's usual level where it writes several).
 */
import type { Plan } from "./plan";
import { normalize } from "./text";
import { ABBREVIATION_SKIPS, BODY_LEVEL_TAILS, PARTNER_MARKS } from "./vocabulary";

const keyCache = new Map<string, string>();

/** What a key's level is written after: no body's name holds it. */
const LEVEL_MARK = " @";
/** What a level's place is written after ("city:житомирської"). */
const PLACE_MARK = ":";

/**
 * The spelling-free key of a body: what two spellings of the same body share, its level of government
 * included ("управління освіти @city").
 */
export function bodyKey(body: string): string {
  let cached = keyCache.get(body);
  if (cached === undefined) {
    cached = bodyKeyUncached(body);
    if (keyCache.size >= 20_000) keyCache.clear();
    keyCache.set(body, cached);
  }
  return cached;
}

function bodyKeyUncached(body: string): string {
  let k = normalize(body);
  // a person's initials with or without a space between them: "і. і." = "і.і."
  if (k.includes(". ")) k = k.replace(/(?<![\p{L}\p{N}])(\p{L})\.\s+(?=\p{L}\.)/gu, "$1.");
  k = k.replace(/[.,;]+$/, "").replace(PARTNER_MARKS, "");
  let level: string | null = null;
  // tails one after another ("… виконавчого комітету Житомирської міської ради"): the outermost names the
  // level, and the place where it names one ("city:житомирської"): two cities' departments are two bodies
  for (let again = true; again;) {
    again = false;
    for (const { level: l, tail } of BODY_LEVEL_TAILS) {
      const m = tail.exec(k);
      if (!m) continue;
      k = k.slice(0, m.index);
      if (level === null && l !== "unstated") {
        const place = m.groups?.place;
        level = place ? `${l}${PLACE_MARK}${place}` : l;
      }
      again = true;
      break;
    }
  }
  const base = k
    .replace(/["«»“”„]/g, "")
    .replace(/\s*([(),])\s*/g, (_, p: string) => (p === "(" ? " (" : p === ")" ? ")" : ", "))
    .trim();
  return base && level ? `${base}${LEVEL_MARK}${level}` : base;
}

/** A key's name without its level, and the level (null where no tail gave one). */
export function keyParts(key: string): { base: string; level: string | null } {
  const at = key.lastIndexOf(LEVEL_MARK);
  return at < 0
    ? { base: key, level: null }
    : { base: key.slice(0, at), level: key.slice(at + LEVEL_MARK.length) };
}

/** One line of a kept directory: the canonical name and the other spellings that mean the same body. */
export interface DirectoryLine {
  name: string;
  variants: string[];
}

/** "Name = variant; variant" → the name and its variants; a plain line is a name alone. */
export function parseDirectoryLine(line: string): DirectoryLine {
  const at = line.indexOf("=");
  if (at < 0) return { name: line.trim(), variants: [] };
  return {
    name: line.slice(0, at).trim(),
    variants: line
      .slice(at + 1)
      .split(";")
      .map((v) => v.trim())
      .filter((v) => v !== ""),
  };
}

export function formatDirectoryLine(d: DirectoryLine): string {
  return d.variants.length ? `${d.name} = ${d.variants.join("; ")}` : d.name;
}

/** The canonical names of a kept directory, one per line. */
export function directoryNames(lines: readonly string[]): string[] {
  return lines.map((l) => parseDirectoryLine(l).name).filter((n) => n !== "");
}

export interface DirectoryEntry {
  name: string;
  key: string;
  /** Every spelling seen, with how many times. */
  variants: Record<string, number>;
}

/**
 * Builds the directory from the spellings in a plan: the canonical name is the most frequent spelling.
 * `keyOf` groups the spellings (by default their keys, a name without a tail at the level the others give it;
 * the resolver passes its own, which knows abbreviations too).
 */
export function buildDirectory(
  bodies: string[],
  keyOf: (body: string) => string = levelledKeyOf(bodies)
): DirectoryEntry[] {
  const byKey = new Map<string, DirectoryEntry>();
  for (const b of bodies) {
    const key = keyOf(b);
    if (!key) continue;
    let e = byKey.get(key);
    if (!e) {
      e = { name: b, key, variants: {} };
      byKey.set(key, e);
    }
    e.variants[b] = (e.variants[b] ?? 0) + 1;
  }
  for (const e of byKey.values()) {
    // spellings that differ only in the first letter's case are one spelling: a list goes on in lower case
    const counts = new Map<string, number>();
    for (const [v, n] of Object.entries(e.variants)) {
      const tidy = capitalize(v.replace(/\s+/g, " ").trim());
      counts.set(tidy, (counts.get(tidy) ?? 0) + n);
    }
    e.name = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])
    )[0][0];
  }
  return [...byKey.values()];
}

/** The directory as the pane's editor shows it: a body a line, its other spellings after " = ". */
export function directoryLines(entries: DirectoryEntry[]): string[] {
  return entries.map((e) => {
    const seen = new Set([e.name]);
    const variants: string[] = [];
    for (const v of Object.keys(e.variants).map(capitalize))
      if (!seen.has(v)) {
        seen.add(v);
        variants.push(v);
      }
    return formatDirectoryLine({ name: e.name, variants });
  });
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ABBREVIATED = /([\p{L}'’ʼ`-]+(?:[\s,]+[\p{L}'’ʼ`-]+){0,9})\s*\((\p{Lu}{2,8})\)/gu;

/**
 * The abbreviation an expansion's words end with, read back letter by letter: "центр надання
 * адміністративних послуг (ЦНАП)" gives "центр надання адміністративних послуг"; short joining words ("для",
 * "та") may be left out of the letters. Null when the letters do not fit the words.
 */
function expansion(words: string[], abbr: string): string | null {
  const letters = abbr.toLowerCase();
  let i = letters.length - 1;
  let j = words.length - 1;
  while (i >= 0 && j >= 0) {
    const w = words[j].toLowerCase();
    if (w.startsWith(letters[i])) i--;
    else if (!ABBREVIATION_SKIPS.has(w)) return null;
    j--;
  }
  return i < 0 ? words.slice(j + 1).join(" ") : null;
}

/** Abbreviations the texts expand, as keys: "цнап" → "центр надання адміністративних послуг". */
export function abbreviationsIn(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  // each text once: a plan writes the same bodies in thousands of cells
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text.includes("(") || seen.has(text)) continue;
    seen.add(text);
    for (const m of text.matchAll(ABBREVIATED)) {
      const words = m[1].split(/[\s,]+/).filter((w) => w !== "");
      const full = expansion(words, m[2]);
      if (full) out.set(bodyKey(m[2]), bodyKey(full));
    }
  }
  return out;
}

/** Resolves what a plan writes to one canonical name per body. */
export interface ExecutorResolver {
  /** The body's key after abbreviations and the directory's variants. */
  key(body: string): string;
  canonical(body: string): string;
  /** Whether the kept directory names the body (by its name or a variant). */
  known(body: string): boolean;
  /** The kept directory's canonical names (empty without one). */
  names: string[];
}

/**
 * The resolver for a plan's bodies: the directory's name where the directory has the body, else the body's
 * most frequent spelling in the plan. `texts` are where the plan expands abbreviations (executor cells and
 * measure texts).
 */
export function executorResolver(
  bodies: readonly string[],
  directory?: readonly string[],
  texts: readonly string[] = []
): ExecutorResolver {
  const expands = abbreviationsIn([...bodies, ...texts]);
  // the body whose name ends with an expansion, where the plan has exactly one; worked out once each
  const owners = new Map<string, string>();
  const ownerOf = (full: string): string => {
    let owner = owners.get(full);
    if (owner === undefined) {
      const named = new Set(
        bodies
          .map((x) => keyParts(bodyKey(x)).base.replace(/ \(\p{L}{2,8}\)$/u, ""))
          .filter((x) => x.endsWith(full))
      );
      owner = named.size === 1 ? [...named][0] : full;
      owners.set(full, owner);
    }
    return owner;
  };
  const plainKeys = new Map<string, string>();
  const plainKey = (b: string): string => {
    const known = plainKeys.get(b);
    if (known !== undefined) return known;
    const parts = keyParts(bodyKey(b));
    let k = parts.base;
    // "центр надання адміністративних послуг (цнап)" is the centre, and "цнап" is too
    const tail = /^(.*\S) \((\p{L}{2,8})\)$/u.exec(k);
    if (tail && expands.get(tail[2]) && tail[1].endsWith(expands.get(tail[2])!)) k = tail[1];
    const full = expands.get(k);
    if (full) k = ownerOf(full);
    if (parts.level !== null) k = `${k}${LEVEL_MARK}${parts.level}`;
    plainKeys.set(b, k);
    return k;
  };
  const lines = (directory ?? []).map(parseDirectoryLine).filter((d) => d.name !== "");
  const levelled = levelledKeys([
    ...bodies.map(plainKey),
    ...lines.flatMap((d) => [d.name, ...d.variants]).map(plainKey),
  ]);
  const fullKey = (b: string): string => {
    const k = plainKey(b);
    return levelled.get(k) ?? k;
  };
  const alias = new Map<string, string>();
  const dirName = new Map<string, string>();
  for (const d of lines) {
    const k = fullKey(d.name);
    if (!dirName.has(k)) dirName.set(k, d.name);
    for (const v of d.variants) alias.set(fullKey(v), alias.get(k) ?? k);
  }
  const key = (b: string) => {
    const k = fullKey(b);
    return alias.get(k) ?? k;
  };
  const fromPlan = new Map(buildDirectory([...bodies], key).map((e) => [e.key, e.name]));
  return {
    key,
    canonical: (b) => {
      const k = key(b);
      return dirName.get(k) ?? fromPlan.get(k) ?? capitalize(b.replace(/\s+/g, " ").trim());
    },
    known: (b) => dirName.has(key(b)),
    names: lines.map((d) => d.name),
  };
}

/**
 * The keys without a level that stand for a key with one: "управління освіти" is "управління освіти @city"
 * where the plan writes that body only at the city's level; where it writes it at several levels, the bare
 * name is the plan's usual level's (the level its bodies' tails name most often), else a body of its own.
 */
function levelledKeys(keys: readonly string[]): Map<string, string> {
  // each key once, with how often the plan writes it: a plan names a few bodies in thousands of cells
  const counted = countsOf(keys);
  const placed = placedKeys(counted);
  const levelledCounts = new Map<string, number>();
  for (const [k, n] of counted) {
    const to = placed.get(k) ?? k;
    levelledCounts.set(to, (levelledCounts.get(to) ?? 0) + n);
  }
  const out = levelOnly(levelledCounts);
  // a key made placed, then (for a bare name) levelled: both steps in one look-up
  for (const [k, to] of placed) out.set(k, to);
  return out;
}

/**
 * Keys whose level names no place that stand for one that does: "управління освіти @city" is the
 * department of the one city the plan names at that level with it ("@city:житомирської"), or of the
 * plan's usual place for the level where it names several; else a body of its own.
 */
function placedKeys(keys: ReadonlyMap<string, number>): Map<string, string> {
  const places = new Map<string, Set<string>>();
  const usual = new Map<string, Map<string, number>>();
  for (const [k, n] of keys) {
    const { base, level } = keyParts(k);
    const at = level?.indexOf(PLACE_MARK) ?? -1;
    if (level === null || at < 0) continue;
    const bare = `${base}${LEVEL_MARK}${level.slice(0, at)}`;
    let set = places.get(bare);
    if (!set) places.set(bare, (set = new Set()));
    set.add(level);
    const byLevel = usual.get(level.slice(0, at)) ?? new Map<string, number>();
    byLevel.set(level, (byLevel.get(level) ?? 0) + n);
    usual.set(level.slice(0, at), byLevel);
  }
  const out = new Map<string, string>();
  for (const [bare, set] of places) {
    const { base, level } = keyParts(bare);
    const ranked = [...(usual.get(level!) ?? new Map<string, number>()).entries()].sort(
      (a, b) => b[1] - a[1]
    );
    const top =
      ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    const to = set.size === 1 ? [...set][0] : top !== null && set.has(top) ? top : null;
    if (to !== null) out.set(bare, `${base}${LEVEL_MARK}${to}`);
  }
  return out;
}

/** Each key once, in the order first written, with how many times it is. */
function countsOf(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The bare names' levels (see levelledKeys), over keys whose places are settled. */
function levelOnly(keys: ReadonlyMap<string, number>): Map<string, string> {
  const levels = new Map<string, Set<string>>();
  const usual = new Map<string, number>();
  for (const [k, n] of keys) {
    const { base, level } = keyParts(k);
    if (level === null) continue;
    let at = levels.get(base);
    if (!at) levels.set(base, (at = new Set()));
    at.add(level);
    usual.set(level, (usual.get(level) ?? 0) + n);
  }
  const ranked = [...usual.entries()].sort((a, b) => b[1] - a[1]);
  const top =
    ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  const out = new Map<string, string>();
  for (const [base, at] of levels) {
    const level = at.size === 1 ? [...at][0] : top !== null && at.has(top) ? top : null;
    if (level !== null) out.set(base, `${base}${LEVEL_MARK}${level}`);
  }
  return out;
}

/** `bodyKey`, with a name without a tail at the level the other spellings give it. */
function levelledKeyOf(bodies: readonly string[]): (body: string) => string {
  const levelled = levelledKeys(bodies.map(bodyKey));
  return (b) => {
    const k = bodyKey(b);
    return levelled.get(k) ?? k;
  };
}

/** The resolver of a plan's executors: the directory kept, the plan's spellings and its own expansions. */
export function planExecutors(plan: Plan, directory?: readonly string[]): ExecutorResolver {
  return executorResolver(
    plan.measures.flatMap((m) => m.executors),
    directory,
    plan.measures.map((m) => m.text)
  );
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest directory name within a third of the key's length, for "did you mean". */
export function suggest(body: string, names: string[]): string | null {
  const { base: key, level } = keyParts(bodyKey(body));
  let best: { name: string; d: number } | null = null;
  for (const n of names) {
    const other = keyParts(bodyKey(n));
    // another level of government is another body, however near the words
    if (level !== null && other.level !== null && other.level !== level) continue;
    const d = levenshtein(key, other.base);
    if (!best || d < best.d) best = { name: n, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.name : null;
}

/**
 * What tells two spellings of one body apart when a reader cannot see it: only the apostrophe, only the
 * letter case, or only the spaces. Null when the difference is visible (other words, a tail).
 */
export type InvisibleDifference = "apostrophe" | "case" | "spaces";

const APOSTROPHE_LIKE = /['’ʼ`‘ʹ]/gu;

/** The invisible differences between two spellings, or null when they differ in anything else too. */
export function invisibleDifferences(a: string, b: string): InvisibleDifference[] | null {
  const spaces = (s: string) => s.replace(/\s+/g, " ").trim();
  const apos = (s: string) => s.replace(APOSTROPHE_LIKE, "'");
  if (a === b || spaces(apos(a)).toLowerCase() !== spaces(apos(b)).toLowerCase()) return null;
  const out: InvisibleDifference[] = [];
  if (spaces(a).toLowerCase() !== spaces(b).toLowerCase()) out.push("apostrophe");
  if (spaces(apos(a)) !== spaces(apos(b))) out.push("case");
  if (apos(a).toLowerCase() !== apos(b).toLowerCase()) out.push("spaces");
  return out;
}

/**
 * Word lists → patterns, in one place. A phrase is written the way a domain expert reads it:
 *
 *   стратегічн* ціл*            words; `*` stands for any ending ("стратегічна ціль", "стратегічні цілі")
 *   (рік|роки) виконання        one of the words in brackets
 *   [дата] початку [виконання]  words in square brackets may be left out
 *   *ської                      a leading `*` stands for any beginning ("Бердичівської")
 *
 * Words are matched on normalized text (lower case, one apostrophe, one dash, single spaces) with word edges
 * that know every alphabet: JavaScript's `\b` knows only ASCII letters, so `/^завдання\b/` never matches.
 */

/** A letter or digit of any alphabet: what a word edge must not touch. */
export const WORD_CHAR = "[\\p{L}\\p{N}]";
export const EDGE_BEFORE = `(?<!${WORD_CHAR})`;
export const EDGE_AFTER = `(?!${WORD_CHAR})`;
/** The rest of a word after a stem ending in `*`: letters, apostrophes and inner dashes. */
const ENDING = "[\\p{L}\\p{M}'-]*";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function word(w: string): string {
  // "кв." and "р." keep their dot; a stem's "*" is any ending, a leading "*" any beginning ("*ської")
  const lead = w.startsWith("*") ? ENDING : "";
  const core = w.replace(/^\*/, "");
  return core.endsWith("*")
    ? `${lead}${escape(core.slice(0, -1))}${ENDING}`
    : `${lead}${escape(core)}`;
}

function token(t: string): { source: string; optional: boolean } {
  const optional = t.startsWith("[") && t.endsWith("]");
  const group = optional || (t.startsWith("(") && t.endsWith(")"));
  if (!group) return { source: word(t), optional: false };
  const alts = t.slice(1, -1).split("|").map(word);
  return { source: `(?:${alts.join("|")})`, optional };
}

/** Splits a phrase into tokens, keeping "(a|b c)" and "[a b]" groups whole. */
function tokens(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of phrase.trim()) {
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") depth--;
    if (ch === " " && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The regular-expression source of one phrase (no edges, no anchors). With `place`, the first optional word
 * that may have any beginning ("[*ської|*цької]": the oblast's, raion's or city's name) is captured as the
 * group "place".
 */
export function phraseSource(phrase: string, place = false): string {
  // words are separated by spaces, or by a comma and a space ("Термін виконання, завершення"); words that
  // may be left out before the first required one carry their separator after them, the others before
  const SEP = ",?\\s";
  let src = "";
  let required = false;
  let slot = place;
  for (const raw of tokens(phrase)) {
    const t = token(raw);
    if (
      slot &&
      t.optional &&
      raw
        .slice(1, -1)
        .split("|")
        .every((w) => w.startsWith("*"))
    ) {
      t.source = `(?<place>${t.source})`;
      slot = false;
    }
    if (!required) {
      if (t.optional) src += `(?:${t.source}${SEP})?`;
      else {
        src += t.source;
        required = true;
      }
    } else src += t.optional ? `(?:${SEP}${t.source})?` : `${SEP}${t.source}`;
  }
  return src;
}

/**
 * Text the phrase cannot match without: each way of writing its first required word, its stem without the
 * `*`s ("термін*" → "термін"). A pattern is tried only on text holding one of its phrases' needles, so most
 * texts never run (nor compile) a pattern whose letter classes cost milliseconds to build.
 */
export function phraseNeedles(phrase: string): string[] {
  for (const t of tokens(phrase)) {
    if (t.startsWith("[") && t.endsWith("]")) continue;
    const alts = t.startsWith("(") && t.endsWith(")") ? t.slice(1, -1).split("|") : [t];
    return alts.map((w) => w.replace(/^\*/, "").replace(/\*$/, ""));
  }
  // every word may be left out: the phrase matches anything
  return [""];
}

/** One pattern for any of the phrases, longest first so "до кінця" wins over "до". */
export function anyOf(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p))
    .join("|");
}

export type Placement = "whole" | "start" | "end" | "anywhere";

/** A pattern for any of the phrases: the whole text, at its start, at its end or anywhere, at word edges. */
export function compile(phrases: readonly string[], placement: Placement = "anywhere"): RegExp {
  if (phrases.length === 0) return /(?!)/u;
  const body = `(?:${anyOf(phrases)})`;
  const src =
    placement === "whole"
      ? `^${body}$`
      : placement === "start"
        ? `^${body}${EDGE_AFTER}`
        : placement === "end"
          ? `${EDGE_BEFORE}${body}$`
          : `${EDGE_BEFORE}${body}${EDGE_AFTER}`;
  return new RegExp(src, "u");
}

/**
 * The header matchers rule text out by the words their phrases cannot do without before they run a pattern:
 * that must never change an answer. Each matcher says the same with and without its needles, on every phrase
 * of the word lists, on those phrases run together, cut or changed, and on the header texts of the plans.
 */
import fc from "fast-check";
import { HEADER_MATCHERS, LANGUAGES } from "../../src/core/vocabulary";
import { phraseNeedles } from "../../src/core/vocabulary/compile";
import { normalize } from "../../src/core/text";
import { EN_HEADERS } from "../fixtures/planModel";

/** Every phrase of every header rule of every language, spelled out once (a stem with one ending). */
function spelledOut(): string[] {
  const out: string[] = [];
  for (const l of LANGUAGES)
    for (const h of Object.values(l.headers)) {
      if (!h) continue;
      const phrases = [
        ...(h.whole ?? []),
        ...(h.start ?? []),
        ...(h.end ?? []),
        ...(h.anywhere ?? []),
        ...(h.both ? [...h.both[0], ...h.both[1]] : []),
      ];
      for (const p of phrases)
        out.push(
          p
            .replace(/\[[^\]]*\]/g, "")
            .replace(/\(([^|)]*)[^)]*\)/g, "$1")
            .replace(/\*/g, "а")
            .replace(/\s+/g, " ")
            .trim()
        );
    }
  return out;
}

const SAMPLES = [
  ...spelledOut(),
  ...Object.values(EN_HEADERS).map(normalize),
  "№ з/п",
  "захід місцевого плану",
  "відповідальні виконавці",
  "строк виконання",
  "термін виконання (рік)",
  "стан виконання",
  "завдання національного плану",
  "",
];

test("each header matcher answers the same with its needles as without them", () => {
  for (const text of SAMPLES)
    for (const h of HEADER_MATCHERS)
      expect([h.rule, text, h.test(text)]).toEqual([h.rule, text, h.testPatterns(text)]);
});

test("and on phrases run together, cut short or with words changed", () => {
  const piece = fc.oneof(
    fc.constantFrom(...SAMPLES),
    fc
      .constantFrom(...SAMPLES)
      .chain((s) =>
        fc
          .tuple(fc.nat(s.length), fc.nat(s.length))
          .map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b)))
      ),
    fc.string({ maxLength: 6 })
  );
  fc.assert(
    fc.property(
      fc.array(piece, { minLength: 1, maxLength: 4 }),
      fc.constantFrom(" ", "", ", ", "-"),
      (parts, sep) => {
        const text = parts.join(sep);
        for (const h of HEADER_MATCHERS) if (h.test(text) !== h.testPatterns(text)) return false;
        return true;
      }
    ),
    { numRuns: 3000 }
  );
});

test.each([
  // phrase → what a text must hold for it to match
  ["відповідальн* виконав*", ["відповідальн"]],
  ["[дата] (початок|початку) [виконання]", ["початок", "початку"]],
  ["*ської міської ради", ["ської"]],
  ["кв.", ["кв."]],
  ["[№]", [""]],
] as const)("the needles of %j are %j", (phrase, needles) => {
  expect(phraseNeedles(phrase)).toEqual(needles);
});

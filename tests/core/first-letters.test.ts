/**
 * The section and totals patterns are run only on texts whose first letter a phrase of theirs may begin with:
 * that must never change an answer. Each short way says what its full pattern says on every phrase of the
 * lists spelled out (in any case, after blanks, numbers and Roman numerals), on those cut or run together,
 * and on any text.
 */
import fc from "fast-check";
import { FULL_PATTERNS, isTotalLabel, LANGUAGES, startsSection } from "../../src/core/vocabulary";
import { firstLetters } from "../../src/core/vocabulary/compile";

/** A phrase spelled out once: optional words left out, the first of each choice, a stem with an ending. */
const spelled = (p: string, keepOptional: boolean) =>
  p
    .replace(/\[([^|\]]*)[^\]]*\]/g, keepOptional ? "$1" : "")
    .replace(/\(([^|)]*)[^)]*\)/g, "$1")
    .replace(/\*/g, "а")
    .replace(/\s+/g, " ")
    .trim();

const SECTIONS = LANGUAGES.flatMap((l) => Object.values(l.sections).flat());
const TOTALS = LANGUAGES.flatMap((l) => l.totals);
const PHRASES = [...SECTIONS, ...TOTALS].flatMap((p) => [spelled(p, false), spelled(p, true)]);
const BEFORE = [
  "",
  " ",
  "\u00a0",
  "\n",
  "1. ",
  "2.3. ",
  "II. ",
  "іі) ",
  "Х.",
  "x ",
  "«",
  "-",
  "12",
];
const CASES = [
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s[0].toUpperCase() + s.slice(1),
];

const agrees = (text: string) =>
  startsSection(text) === FULL_PATTERNS.sectionStart.test(text) &&
  isTotalLabel(text) === FULL_PATTERNS.totalRow.test(text.trim());

test("the lists' first letters are known: the short ways rule texts out", () => {
  expect(firstLetters(SECTIONS)).not.toBeNull();
  expect(firstLetters(TOTALS)).not.toBeNull();
  expect(startsSection("Проведення навчань")).toBe(false);
  expect(startsSection("Стратегічна ціль 1. Безпека")).toBe(true);
  expect(startsSection("  IV. Оперативна ціль")).toBe(true);
  expect(isTotalLabel("  Усього:")).toBe(true);
  expect(isTotalLabel("Проведено усього 5 заходів")).toBe(false);
});

test("each short way answers as its pattern on every phrase, in any case, after any start", () => {
  const wrong: string[] = [];
  for (const p of PHRASES)
    for (const before of BEFORE)
      for (const cased of CASES)
        for (const after of ["", " 1", ": Безпека", "ий"]) {
          const text = `${before}${cased(p)}${after}`;
          if (p && !agrees(text)) wrong.push(text);
        }
  expect(wrong).toEqual([]);
});

test("and on phrases cut, run together or among any characters", () => {
  const piece = fc.oneof(
    fc.constantFrom(...PHRASES, ...BEFORE),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "grapheme", maxLength: 3 })
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), fc.nat(), (parts, cut) => {
      const text = parts.join("");
      return agrees(text) && agrees(text.slice(cut % (text.length + 1)));
    }),
    { numRuns: 5000 }
  );
});

/**
 * normalize() takes a short way for text it only has to lower (most cells of a plan), and tidy() for text it
 * leaves as it is: the answer must be the one every pass gives, for any text, blanks, dashes, apostrophes,
 * soft hyphens, markup and line breaks too.
 */
import fc from "fast-check";
import { normalize, normalizeFully, tidy, tidyFully } from "../../src/core/text";

const TRICKY = [
  " ",
  "  ",
  "\u00A0",
  "\u00AD",
  "\t",
  "\n",
  "\r\n",
  "\u2003",
  "\uFEFF",
  "\u2028",
  "\u000B",
  "\u3000",
  "\u1680",
  "\u0085",
  "<p>",
  "</P>",
  "<",
  "\u2019",
  "\u02BC",
  "`",
  "\u00B4",
  "\u2018",
  "\u02B9",
  "'",
  "\u2010",
  "\u2014",
  "\u2212",
  "-",
  "-\n",
  "İ",
  "Ё",
  "ЗАХІД",
  "захід",
  "Строк",
  "1.1.",
  "ABC",
];

test.each([
  ["Захід місцевого плану", "захід місцевого плану"],
  ["  Строк\u00A0виконання ", "строк виконання"],
  ["Тер-\nмін", "термін"],
  ["Об\u2019єднана громада", "об'єднана громада"],
])("normalize(%j) is %j", (text, expected) => {
  expect(normalize(text)).toBe(expected);
});

test("normalize gives what every pass gives, for any text", () => {
  const piece = fc.oneof(
    fc.constantFrom(...TRICKY),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "grapheme", maxLength: 3 })
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      return normalize(text) === normalizeFully(text);
    }),
    { numRuns: 5000 }
  );
});

test("tidy gives what every pass gives, for any text, line breaks too", () => {
  const piece = fc.oneof(
    fc.constantFrom(...TRICKY, "\n\n", "\n\n\n", "-\nмін", "a-\n", " \n", "\n "),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "grapheme", maxLength: 3 })
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      return tidy(text) === tidyFully(text);
    }),
    { numRuns: 5000 }
  );
});

test.each([
  ["Департамент освіти\nЗЗСО", "Департамент освіти\nЗЗСО"],
  ["Тер-\nмін", "Тер-мін"],
  ["a\n\n\nb", "a\n\nb"],
  [" a \n b ", "a\nb"],
])("tidy(%j) is %j", (text, expected) => {
  expect(tidy(text)).toBe(expected);
});

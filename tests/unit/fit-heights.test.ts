/**
 * Row heights for wrapped text. The line count walks each text once, character by character; it must count
 * exactly what splitting into paragraphs and words (the way it was first written, kept here as the
 * reference) counts, for any text and any line width.
 */
import fc from "fast-check";
import type { SheetSpec } from "../../src/core/sheets";
import { fitHeights, textLines } from "../../src/core/styles";

/** The reference: paragraphs by line feeds, words by runs of white space. */
function referenceLines(text: string, perLine: number): number {
  return text.split("\n").reduce((sum, para) => {
    let lines = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter((w) => w !== "")) {
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        lines++;
        used = len;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
    return sum + Math.max(1, lines);
  }, 0);
}

const pieces = fc.constantFrom(
  "a",
  "слово",
  "довжелезнеслововбезпробілів",
  " ",
  "  ",
  "\n",
  "\r\n",
  "\t",
  "\u00a0",
  "\u2003",
  "\u3000",
  "\ufeff",
  "\u200b",
  "-",
  "x"
);

test("the line count matches the reference for any text and line width", () => {
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 40 }),
      fc.integer({ min: 4, max: 60 }),
      (parts, n) => {
        const text = parts.join("");
        expect(textLines(text, n)).toBe(referenceLines(text, n));
      }
    ),
    { numRuns: 2000 }
  );
});

test("known texts take the lines a reader sees", () => {
  expect(textLines("", 10)).toBe(1);
  expect(textLines("one two three", 7)).toBe(2); // "one two" | "three"
  expect(textLines("a\n\nb", 10)).toBe(3); // an empty paragraph is a line too
  expect(textLines("abcdefghijkl", 5)).toBe(3); // a long word breaks across lines
});

test("a row is as tall as its tallest wrapped cell, merged cells wrapping at the merge's width", () => {
  const long = "слово ".repeat(30).trim(); // 179 characters
  const spec: Pick<SheetSpec, "cells" | "merges" | "widths"> = {
    widths: [10, 10, 10],
    merges: ["A2:C2"],
    cells: [
      [
        { v: long, style: "wrap" },
        { v: "short", style: "wrap" },
      ],
      [{ v: long, style: "wrap" }],
      [{ v: long }], // not wrapped: one line
      [{ v: "a\nb", style: "header" }], // bold wraps at fewer letters; two paragraphs
    ],
  };
  const h = fitHeights(spec);
  // 10 wide × 1.1 = 11 letters a line: "слово слово" is 11, so 30 words take 15 lines
  expect(h[0]).toBe(15 * 15);
  // across three columns, 33 letters a line: five words (29 letters) a line, six lines
  expect(h[1]).toBe(6 * 15);
  expect(h[2]).toBeNull();
  expect(h[3]).toBe(2 * 15);
});

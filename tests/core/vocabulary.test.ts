/**
 * The vocabulary: word lists a domain expert reads and extends, compiled in one place with word edges that
 * know Cyrillic; and no pattern over Ukrainian words anywhere else in the engine.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { compile } from "../../src/core/vocabulary/compile";
import { isTotalLabel, taskHeading, words } from "../../src/core/vocabulary";

describe("the phrase notation", () => {
  test.each([
    // phrase, placement, text, matches
    ["стратегічн* ціл*", "whole", "стратегічна ціль", true],
    ["стратегічн* ціл*", "whole", "стратегічні цілі", true],
    ["стратегічн* ціл*", "whole", "стратегічна", false],
    ["(рік|роки) виконання", "whole", "роки виконання", true],
    ["[дата] (початок|початку) [виконання]", "whole", "дата початку виконання", true],
    ["[дата] (початок|початку) [виконання]", "whole", "початок", true],
    ["строк* [виконання] (по|до)", "whole", "строк виконання, по", true],
    ["*ської міської ради", "end", "відділ освіти бердичівської міської ради", true],
    ["кв.", "whole", "кв", false],
    ["відповідальн*", "anywhere", "відповідальний виконавець", true],
    // word edges that know Cyrillic: not inside another word
    ["відповідальн*", "anywhere", "співвідповідальний", false],
    ["завдання", "start", "завданням є", false],
    ["завдання", "start", "завдання 1", true],
    ["in charge", "anywhere", "person in charge", true],
  ] as const)("%j (%s) on %j → %s", (phrase, placement, text, matches) => {
    expect(compile([phrase], placement).test(text)).toBe(matches);
  });
});

test("a heading word is told at its Unicode word edge, where \\b fails after Cyrillic", () => {
  expect(/^завдання\b/i.test("Завдання 1")).toBe(false); // why the edges are built, not \b
  expect(taskHeading("Завдання 1. Забезпечити")).toEqual({ heading: true, rest: "1. Забезпечити" });
  expect(taskHeading("Завданням є забезпечення").heading).toBe(false);
  expect([
    isTotalLabel("Усього:"),
    isTotalLabel("Усього заходів по громаді"),
    isTotalLabel("Total"),
    isTotalLabel("Разом за розділом 2:"),
  ]).toEqual([true, false, true, true]);
});

test("every list holds words of both languages where both write them", () => {
  expect(words("totals")).toEqual(expect.arrayContaining(["усього", "разом", "total"]));
  expect(words("bodyHeads")).toEqual(expect.arrayContaining(["управління", "department"]));
});

/** Code lines (not comments) of the engine outside the vocabulary that hold a Cyrillic letter. */
function cyrillicOutsideVocabulary(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "vocabulary") out.push(...cyrillicOutsideVocabulary(path, root));
      continue;
    }
    if (!name.endsWith(".ts")) continue;
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "").trim();
        if (/^(\*|\/\*\*)/.test(code)) return;
        if (/[\u0400-\u04ff]/.test(code)) out.push(`${relative(root, path)}:${i + 1}: ${code}`);
      });
  }
  return out;
}

test("no pattern over Ukrainian words outside src/core/vocabulary", () => {
  const core = join(__dirname, "..", "..", "src", "core");
  expect(cyrillicOutsideVocabulary(core, core)).toEqual([]);
});

/**
 * Executor cells the splitter and the partner mark read wrong: "за згодою" written without brackets or after
 * other punctuation marks a partner as "(за згодою)" does, and is the same body either way; two bodies joined
 * by "і", "та", "й" or "and" are two where both sides start with a body's head word, the second in lower
 * case too, while a name such as "Управління освіти і науки" (whose "науки" is no head word) stays one.
 */
import { bodyKey } from "../../src/core/directory";
import { isPartner, splitExecutors } from "../../src/core/executors";

describe("a partner marked however the plan writes it", () => {
  test.each([
    "ГО за згодою",
    "громадські організації (за згодою)",
    "громадські організації за згодою",
    "ГО - за згодою",
    "ГО – за згодою",
    "ГО, за згодою",
    "ГО [за згодою]",
    "ГО (за згодою",
    "Громадські організації за згодою.",
    "ГО за погодженням",
    "NGOs by agreement",
    "NGOs - by agreement",
  ])("%j is a partner, one body, the same body as without the mark", (cell) => {
    expect(splitExecutors(cell)).toHaveLength(1);
    expect(isPartner(splitExecutors(cell)[0])).toBe(true);
    const bare = cell.replace(/[\s,[(–-]+(за згодою|за погодженням|by agreement)[\])]?\.?$/, "");
    expect(bodyKey(cell)).toBe(bodyKey(bare));
  });

  test.each(["Відділ освіти", "Відділ за згодою сторін", "Угоди за згодою сторін укладено"])(
    "%j is not",
    (cell) => expect(isPartner(cell)).toBe(false)
  );

  test("the mark without brackets stays with its body in a cell of several", () => {
    expect(splitExecutors("Відділ освіти; ГО за згодою")).toEqual([
      "Відділ освіти",
      "ГО за згодою",
    ]);
    expect(splitExecutors("ГО - за згодою, Відділ освіти")).toEqual([
      "ГО - за згодою",
      "Відділ освіти",
    ]);
  });
});

describe("two bodies joined by a conjunction", () => {
  test.each([
    ["Відділ освіти і відділ культури", ["Відділ освіти", "відділ культури"]],
    ["Відділ освіти та відділ культури", ["Відділ освіти", "відділ культури"]],
    ["Відділ освіти й відділ культури", ["Відділ освіти", "відділ культури"]],
    ["Відділ освіти та Відділ культури", ["Відділ освіти", "Відділ культури"]],
    [
      "Управління освіти і науки та управління культури",
      ["Управління освіти і науки", "управління культури"],
    ],
    [
      "Центр соціальних служб та служба у справах дітей",
      ["Центр соціальних служб", "служба у справах дітей"],
    ],
    ["ЦНАП та відділ культури", ["ЦНАП", "відділ культури"]],
    [
      "Department of Education and department of culture",
      ["Department of Education", "department of culture"],
    ],
  ])("%j → %j", (cell, bodies) => {
    expect(splitExecutors(cell)).toEqual(bodies);
  });

  test.each([
    "Управління освіти і науки",
    "Управління освіти і науки міської ради",
    "Відділ культури і туризму",
    "Управління у справах сім'ї, молоді та спорту міської ради",
    "Управління праці та соціального захисту населення",
    "Відділ освіти і підпорядковані заклади",
    "директори та керівники закладів",
  ])("%j stays one body", (cell) => {
    expect(splitExecutors(cell)).toEqual([cell]);
  });
});

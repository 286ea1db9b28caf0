/** Placeholders: what staff write in a cell to say "nothing here". */
import fc from "fast-check";
import { isPlaceholder, normalize, oneLine, tidy } from "../../src/core/text";

test.each([
  "-",
  "—",
  "–",
  " - ",
  "х",
  "Х",
  "x",
  "X",
  "/",
  "Не передбачено",
  "не заплановано",
  "Відсутні",
  "Немає",
  "N/A",
  "none",
])("%j is a placeholder", (t) => {
  expect(isPlaceholder(t)).toBe(true);
});

test.each([
  "2021",
  "Відділ освіти",
  "Немає даних про виконання цього заходу",
  "1.",
  "Виконано",
  "x2",
  "Надання послуг",
])("%j is text", (t) => {
  expect(isPlaceholder(t)).toBe(false);
});

describe("words broken at a line's end, and soft hyphens", () => {
  test("a header read for matching joins the word", () => {
    expect(normalize("Тер-\nмін вико-\nнання")).toBe("термін виконання");
    expect(normalize("Відпові\u00ADдальний виконавець")).toBe("відповідальний виконавець");
    // a new line that starts in capitals is a new item, not the rest of a word
    expect(normalize("2021-\n2025")).toBe("2021- 2025");
  });

  test("text shown keeps the hyphen but not the line break", () => {
    expect(tidy("соціально-\nекономічний розвиток")).toBe("соціально-економічний розвиток");
    expect(tidy("Відділ освіти\nЦНАП")).toBe("Відділ освіти\nЦНАП");
    expect(tidy("Відпові\u00ADдальний")).toBe("Відповідальний");
  });
});

test("oneLine makes every line break a space and leaves a text of one line as it is", () => {
  expect(oneLine("Перший рядок\nдругий\n\nтретій")).toBe("Перший рядок другий  третій");
  const same = "Без переносу рядка";
  expect(oneLine(same)).toBe(same);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("а", "b", " ", "\n", "\r", "\t") }), (s) => {
      expect(oneLine(s)).toBe(s.replace(/\n/g, " "));
    })
  );
});

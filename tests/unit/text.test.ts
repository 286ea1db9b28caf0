/** Placeholders: what staff write in a cell to say "nothing here". */
import { isPlaceholder, normalize, tidy } from "../../src/core/text";

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

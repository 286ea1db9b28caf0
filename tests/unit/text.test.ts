/** Placeholders: what staff write in a cell to say "nothing here". */
import { isPlaceholder } from "../../src/core/text";

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

/** The as-of date a title says, in the ways titles say it; the user's date wins, today's is the fallback. */
import { asOfFromTitle, resolveAsOf } from "../../src/core/asOf";

test.each([
  ["Звіт про виконання плану станом на 30.06.2023", "2023-06-30"],
  ["Інформація станом на 01.01.2024 року", "2024-01-01"],
  ["Стан виконання (станом на 1 липня 2023 року)", "2023-07-01"],
  ["Report on the action plan as of 30 June 2023", "2023-06-30"],
  ["Progress as at 31/12/2022", "2022-12-31"],
  ["План заходів на 2021-2025 роки", null],
  ["станом на грудень 2023", null],
  ["станом на 30.06.1899", null],
] as const)("%j → %s", (title, date) => {
  expect(asOfFromTitle(title)).toBe(date);
});

test("the user's date wins over the title's, today's is the last resort", () => {
  const title = "Звіт станом на 30.06.2023";
  expect(resolveAsOf("2024-01-01", title, "2026-12-01")).toEqual({
    date: "2024-01-01",
    source: "user",
  });
  expect(resolveAsOf(undefined, title, "2026-12-01")).toEqual({
    date: "2023-06-30",
    source: "title",
  });
  expect(resolveAsOf(undefined, null, "2026-12-01")).toEqual({
    date: "2026-12-01",
    source: "today",
  });
});

/** The as-of date as typed in the pane: read when the user is done, in the forms people write, or refused. */
import { readAsOf, showAsOf } from "../../src/taskpane/asOfInput";

test.each([
  ["30.06.2023", "uk", { ok: true, date: "2023-06-30" }],
  ["1.7.2023", "uk", { ok: true, date: "2023-07-01" }],
  [" 2023-06-30 ", "uk", { ok: true, date: "2023-06-30" }],
  ["30/06/2023", "uk", { ok: true, date: "2023-06-30" }],
  ["06/30/2023", "en", { ok: true, date: "2023-06-30" }],
  ["30.06.2023", "en", { ok: true, date: "2023-06-30" }],
  ["29.02.2024", "uk", { ok: true, date: "2024-02-29" }],
  ["29.02.2023", "uk", { ok: false, reason: "no-such-day" }],
  ["31.04.2023", "uk", { ok: false, reason: "no-such-day" }],
  ["30.13.2023", "uk", { ok: false, reason: "no-such-day" }],
  ["06/30/2023", "uk", { ok: false, reason: "no-such-day" }],
  ["30.06.0003", "uk", { ok: false, reason: "year" }],
  ["0003-06-24", "en", { ok: false, reason: "year" }],
  ["30.06.2101", "uk", { ok: false, reason: "year" }],
  ["01.01.2000", "uk", { ok: true, date: "2000-01-01" }],
  ["31.12.2100", "uk", { ok: true, date: "2100-12-31" }],
  ["30.06", "uk", { ok: false, reason: "form" }],
  ["червень 2023", "uk", { ok: false, reason: "form" }],
  ["", "uk", { ok: false, reason: "empty" }],
] as const)("%j (%s) reads as %j", (typed, lang, expected) => {
  expect(readAsOf(typed, lang)).toEqual(expected);
});

test("the field shows a date the user's way", () => {
  expect(showAsOf("2023-06-30", "uk")).toBe("30.06.2023");
  expect(showAsOf("2023-06-30", "en")).toBe("2023-06-30");
});

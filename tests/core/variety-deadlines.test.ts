/**
 * Deadlines as plans nobody here wrote put them: report duties by a day of the month, parts of a year in
 * brackets after it, weekly and regular work, "р.р." and "роках", a quarter run into its year, a date cell
 * shown as a month. One line each: text in, period out.
 */
import { parseDeadline, parseDeadlineValue } from "../../src/core/deadline";

type Row = [
  text: string,
  start: string | null,
  end: string | null,
  recurrence: string | null,
  precision: string | null,
];

const UNDERSTOOD: Row[] = [
  // the years' word in its dotted and locative forms
  ["2024-2026 р.р.", "2024-01-01", "2026-12-31", null, "years"],
  ["2024-2026р.р.", "2024-01-01", "2026-12-31", null, "years"],
  ["в 2024-2025 роках", "2024-01-01", "2025-12-31", null, "years"],
  // a quarter run into its year
  ["ІV кв.2024", "2024-10-01", "2024-12-31", null, "quarter"],
  ["First quarter of 2025", "2025-01-01", "2025-03-31", null, "quarter"],
  // a part of the year written beside the year
  ["2024 (IV квартал)", "2024-10-01", "2024-12-31", null, "quarter"],
  ["2024 рік (І квартал)", "2024-01-01", "2024-03-31", null, "quarter"],
  ["2025 рік, І півріччя", "2025-01-01", "2025-06-30", null, "half-year"],
  ["2024 Q1", "2024-01-01", "2024-03-31", null, "quarter"],
  ["2025, Q2-Q3", "2025-04-01", "2025-09-30", null, "quarter"],
  // the end of a year, early in a year
  ["кінець 2024 року", null, "2024-12-31", null, "year"],
  ["наприкінці 2024 року", null, "2024-12-31", null, "year"],
  ["End 2024", null, "2024-12-31", null, "year"],
  ["by end-2024", null, "2024-12-31", null, "year"],
  ["на початку 2025 року", "2025-01-01", "2025-12-31", null, "year"],
  ["2024/2025 н. р.", "2024-01-01", "2025-12-31", null, "years"],
  // a day written without its year, beside a date of one year
  ["з 25 листопада по 10 грудня 2024 року", "2024-11-25", "2024-12-10", null, "day"],
  ["з 1 вересня до 31.12.2024", "2024-09-01", "2024-12-31", null, "day"],
  // a condition in brackets says nothing of when
  ["Протягом 2024 р. (у разі фінансування)", "2024-01-01", "2024-12-31", null, "year"],
  ["2025 рік (в межах бюджетних призначень)", "2025-01-01", "2025-12-31", null, "year"],
  ["2024 р. (при наявності коштів)", "2024-01-01", "2024-12-31", null, "year"],
  ["2024 (if funded)", "2024-01-01", "2024-12-31", null, "year"],
  // a start that goes on
  ["2024 onwards", "2024-01-01", null, null, "year"],
  ["Q3 2024 onwards", "2024-07-01", null, null, "quarter"],
  ["з 2024 року і надалі", "2024-01-01", null, null, "year"],
  ["2024 рік та надалі", "2024-01-01", null, null, "year"],
  // report duties: a day of every month or quarter
  ["до 20 числа місяця, наступного за звітним кварталом", null, null, "quarterly", "open"],
  ["щокварталу до 10 числа", null, null, "quarterly", "open"],
  ["до 10 числа щомісяця", null, null, "monthly", "open"],
  ["by the 10th of each month", null, null, "monthly", "open"],
  ["quarterly, by the 10th of the following month", null, null, "quarterly", "open"],
  // how often, in words plans use
  ["Щотижня", null, null, "weekly", "open"],
  ["щоденно", null, null, "weekly", "open"],
  ["weekly", null, null, "weekly", "open"],
  ["раз на рік", null, null, "annual", "open"],
  ["один раз на рік", null, null, "annual", "open"],
  ["раз на квартал", null, null, "quarterly", "open"],
  ["Регулярно", null, null, "continuous", "open"],
  ["систематично", null, null, "continuous", "open"],
  ["regularly", null, null, "continuous", "open"],
  ["протягом усього періоду", null, null, "continuous", "open"],
  ["весь період дії програми", null, null, "continuous", "open"],
  ["throughout the programme", null, null, "continuous", "open"],
];

describe("deadlines as other plans write them", () => {
  test.each(UNDERSTOOD)("%j → %s … %s (%s, %s)", (text, start, end, recurrence, precision) => {
    expect(parseDeadline(text)).toEqual({
      raw: text,
      start,
      end,
      recurrence,
      precision,
      unparsed: null,
    });
  });

  test("a day of the month with nothing to say how often names no period", () => {
    expect(parseDeadline("до 5 числа").unparsed).toBe("no-period");
  });

  test("a quarter beside a year is that year's; beside a recurrence, every year's", () => {
    expect(parseDeadline("2025 (IV квартал)")).toMatchObject({
      start: "2025-10-01",
      end: "2025-12-31",
      recurrence: null,
    });
    expect(parseDeadline("щорічно, IV квартал")).toMatchObject({
      start: null,
      end: null,
      recurrence: "annual",
    });
  });
});

describe("a date cell is the part of the calendar its format shows", () => {
  // 45657 is 31 December 2024
  test.each([
    ["mmmm yyyy", "2024-12-01", "2024-12-31", "month"],
    ["[$-422]mmmm yyyy;@", "2024-12-01", "2024-12-31", "month"],
    ["mm.yyyy", "2024-12-01", "2024-12-31", "month"],
    ["yyyy", "2024-01-01", "2024-12-31", "year"],
  ])("shown as %s: %s … %s (%s)", (format, start, end, precision) => {
    expect(parseDeadlineValue(45657, format, "shown")).toMatchObject({
      raw: "shown",
      start,
      end,
      precision,
      unparsed: null,
    });
    // a format that shows the day keeps the day
    expect(parseDeadlineValue(45657, "d mmmm yyyy", "shown")).toMatchObject({
      start: "2024-12-31",
      end: "2024-12-31",
      precision: "day",
    });
  });
});

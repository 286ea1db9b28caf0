/** The deadline grammar, as a specification: text in, period out, one line each. */
import { parseDeadline, parseDeadlineValue, splitDeadlineCell } from "../../src/core/deadline";

type Row = [
  text: string,
  start: string | null,
  end: string | null,
  recurrence: string | null,
  precision: string | null,
];

const UNDERSTOOD: Row[] = [
  ["2021", "2021-01-01", "2021-12-31", null, "year"],
  ["2021 рік", "2021-01-01", "2021-12-31", null, "year"],
  ["2021-2025", "2021-01-01", "2025-12-31", null, "years"],
  ["2021 - 2025 роки", "2021-01-01", "2025-12-31", null, "years"],
  ["2022–2025 рр.", "2022-01-01", "2025-12-31", null, "years"],
  ["2021—2025", "2021-01-01", "2025-12-31", null, "years"],
  ["протягом 2021-2025 років", "2021-01-01", "2025-12-31", null, "years"],
  ["Щорічно", null, null, "annual", "open"],
  ["Щорічно 2021-2025", "2021-01-01", "2025-12-31", "annual", "years"],
  ["Щороку", null, null, "annual", "open"],
  ["щоквартально", null, null, "quarterly", "open"],
  ["Постійно", null, null, "continuous", "open"],
  ["Протягом 2022 року", "2022-01-01", "2022-12-31", null, "year"],
  ["I квартал 2022 року", "2022-01-01", "2022-03-31", null, "quarter"],
  ["І квартал 2022 року", "2022-01-01", "2022-03-31", null, "quarter"],
  ["IV кв. 2023", "2023-10-01", "2023-12-31", null, "quarter"],
  ["ІV кв. 2023", "2023-10-01", "2023-12-31", null, "quarter"],
  ["IІІ квартал 2022", "2022-07-01", "2022-09-30", null, "quarter"],
  ["І-ІІ квартали 2023 року", "2023-01-01", "2023-06-30", null, "quarter"],
  ["2 квартал 2024 р.", "2024-04-01", "2024-06-30", null, "quarter"],
  ["ІІ півріччя 2024", "2024-07-01", "2024-12-31", null, "half-year"],
  ["І півріччя 2024 року", "2024-01-01", "2024-06-30", null, "half-year"],
  ["до 31.12.2024", null, "2024-12-31", null, "day"],
  ["до 2025 року", null, "2025-12-31", null, "year"],
  ["з 2022 року", "2022-01-01", null, null, "year"],
  ["грудень 2023", "2023-12-01", "2023-12-31", null, "month"],
  ["до грудня 2023 року", null, "2023-12-31", null, "month"],
  ["травень-червень 2023", "2023-05-01", "2023-06-30", null, "month"],
  ["31.12.2023", "2023-12-31", "2023-12-31", null, "day"],
  ["31 грудня 2023 року", "2023-12-31", "2023-12-31", null, "day"],
  ["2023-12-31", "2023-12-31", "2023-12-31", null, "day"],
  ["Починаючи з I кварталу 2022 року (за 2021 рік)", "2022-01-01", null, null, "quarter"],
  [
    "Починаючи з I кварталу 2022 року (за 2021 рік) 2021-2025",
    "2022-01-01",
    "2025-12-31",
    null,
    "years",
  ],
  ["Q1 2022", "2022-01-01", "2022-03-31", null, "quarter"],
  ["Q4 2023", "2023-10-01", "2023-12-31", null, "quarter"],
  ["H2 2024", "2024-07-01", "2024-12-31", null, "half-year"],
  ["annually", null, null, "annual", "open"],
  ["Annually 2021-2025", "2021-01-01", "2025-12-31", "annual", "years"],
  ["by 31 Dec 2024", null, "2024-12-31", null, "day"],
  ["December 2023", "2023-12-01", "2023-12-31", null, "month"],
  ["ongoing", null, null, "continuous", "open"],
  ["2022-2023 н.р.", "2022-01-01", "2023-12-31", null, "years"],
  ["2022/2023 н.р.", "2022-01-01", "2023-12-31", null, "years"],
  ["до кінця 2023 року", null, "2023-12-31", null, "year"],
  ["by the end of 2023", null, "2023-12-31", null, "year"],
  ["з 2022 по 2023 рік", "2022-01-01", "2023-12-31", null, "years"],
  ["Січень – березень 2022 року", "2022-01-01", "2022-03-31", null, "month"],
  ["Щопівроку", null, null, "semiannual", "open"],
  ["semi-annually", null, null, "semiannual", "open"],
  ["за потреби", null, null, "as-needed", "open"],
  ["У разі потреби, 2021-2025", "2021-01-01", "2025-12-31", "as-needed", "years"],
  ["as needed", null, null, "as-needed", "open"],
  // a day or months of the year with no year say when a recurring measure falls due
  ["Щорічно до 1 березня", null, null, "annual", "open"],
  ["Щорічно (листопад-грудень)", null, null, "annual", "open"],
  ["з 25 листопада по 10 грудня щорічно", null, null, "annual", "open"],
  ["2nd half of 2024", "2024-07-01", "2024-12-31", null, "half-year"],
  // day dates in every common writing
  ["01-07-2020", "2020-07-01", "2020-07-01", null, "day"],
  ["01/07/2020", "2020-07-01", "2020-07-01", null, "day"],
  ["01.07.20", "2020-07-01", "2020-07-01", null, "day"],
  ["1.7.2020 р.", "2020-07-01", "2020-07-01", null, "day"],
  ["01. 07. 2020", "2020-07-01", "2020-07-01", null, "day"],
  ["до 01-07-2020", null, "2020-07-01", null, "day"],
  ["01-11-2019 – 30-04-2020", "2019-11-01", "2020-04-30", null, "day"],
  ["01.03.2021 — 31.12.2021", "2021-03-01", "2021-12-31", null, "day"],
  ["з 01.03.2021 по 31.12.2021", "2021-03-01", "2021-12-31", null, "day"],
  ["з 01.03.2021 р. по 31.12.2021 р.", "2021-03-01", "2021-12-31", null, "day"],
  ["2021–2023 рр.", "2021-01-01", "2023-12-31", null, "years"],
  ["IV квартал 2023 р.", "2023-10-01", "2023-12-31", null, "quarter"],
  ["ІV квартал 2023 р.", "2023-10-01", "2023-12-31", null, "quarter"],
  ["II півріччя 2023 р.", "2023-07-01", "2023-12-31", null, "half-year"],
  // a quarter or half-year without a year: that part of every year of the plan
  ["IV квартал", null, null, "annual", "open"],
  ["ІІ півріччя", null, null, "annual", "open"],
  ["щорічно, IV квартал", null, null, "annual", "open"],
  ["щокварталу", null, null, "quarterly", "open"],
  ["за підсумками кварталу", null, null, "quarterly", "open"],
  ["за підсумками року", null, null, "annual", "open"],
  ["постійно, 2021-2025 рр.", "2021-01-01", "2025-12-31", "continuous", "years"],
  ["second half of 2024", "2024-07-01", "2024-12-31", null, "half-year"],
];

const NOT_UNDERSTOOD: [text: string, reason: string][] = [
  ["", "empty"],
  ["   ", "empty"],
  ["коли буде фінансування", "unknown-words"],
  ["до 1 березня", "no-period"],
  ["травень", "no-period"],
  ["31-02-2023", "bad-date"],
  ["5 квартал 2023", "unknown-words"],
  ["2025-2021", "reversed-range"],
  ["31.02.2023", "bad-date"],
  ["3021", "year-out-of-range"],
  ["протягом року", "no-period"],
];

describe("the deadline grammar", () => {
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

  test.each(NOT_UNDERSTOOD)("%j is not understood: %s", (text, reason) => {
    expect(parseDeadline(text)).toEqual({
      raw: text,
      start: null,
      end: null,
      recurrence: null,
      precision: null,
      unparsed: reason,
    });
  });

  test("an Excel date (a serial under a date format) is a day", () => {
    expect(parseDeadlineValue(45291, "dd.mm.yyyy", "31.12.2023")).toMatchObject({
      start: "2023-12-31",
      end: "2023-12-31",
      precision: "day",
      unparsed: null,
    });
  });

  test("a bare date serial is a day too; a bare year number is a year", () => {
    expect(parseDeadlineValue(45291, "General", "45291")).toMatchObject({
      start: "2023-12-31",
      end: "2023-12-31",
    });
    expect(parseDeadlineValue(2024, "General", "2024")).toMatchObject({
      start: "2024-01-01",
      end: "2024-12-31",
      precision: "year",
    });
  });
});

describe("splitting a deadline cell of several measures", () => {
  test.each([
    ["2021\n2021-2025", 2, ["2021", "2021-2025"]],
    ["2021 2021-2025", 2, ["2021", "2021-2025"]],
    ["2022 2021-2025 2021-2025", 3, ["2022", "2021-2025", "2021-2025"]],
    ["2021 2021 - 2025", 2, ["2021", "2021 - 2025"]],
    ["2021-2025 2022 рік", 2, ["2021-2025", "2022 рік"]],
  ] as [string, number, string[]][])("%j into %d → %j", (cell, n, parts) => {
    expect(splitDeadlineCell(cell, n)).toEqual(parts);
  });

  test("a cell with one deadline for several measures is not split (the measures share it)", () => {
    expect(splitDeadlineCell("2021-2025", 2)).toBeNull();
  });
});

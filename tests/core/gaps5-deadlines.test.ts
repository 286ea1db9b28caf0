/**
 * Deadlines written as a day of the year with no year ("до 01.06", "до 1 червня"), as a weekday ("щопонеділка",
 * "every Monday") and as "протягом року": each read as what the plan's period makes of it, never guessed.
 */
import { parseDeadline, withPlanPeriod, type Deadline } from "../../src/core/deadline";

const read = (text: string) => {
  const d = parseDeadline(text);
  return { start: d.start, end: d.end, recurrence: d.recurrence, unparsed: d.unparsed };
};
const within = (text: string, start: string, end: string) => {
  const d: Deadline = withPlanPeriod(parseDeadline(text), { start, end });
  return { start: d.start, end: d.end, recurrence: d.recurrence, unparsed: d.unparsed };
};

describe("a weekday is a weekly deadline", () => {
  test.each([
    "щопонеділка",
    "Щовівторка",
    "щосереди",
    "щочетверга",
    "щоп'ятниці",
    "щоп’ятниці",
    "щосуботи",
    "щонеділі",
    "кожного понеділка",
    "кожної п'ятниці",
    "кожну середу",
    "по понеділках",
    "щотижня по понеділках",
    "every Monday",
    "each Friday",
    "on Mondays",
    "weekly on Tuesdays",
  ])("%j", (text) =>
    expect(read(text)).toEqual({ start: null, end: null, recurrence: "weekly", unparsed: null })
  );

  test("a weekday with the plan's years recurs weekly within them", () =>
    expect(read("щоп'ятниці 2025-2026")).toEqual({
      start: "2025-01-01",
      end: "2026-12-31",
      recurrence: "weekly",
      unparsed: null,
    }));
});

describe("a day of the year with no year", () => {
  test.each(["до 01.06", "до 01.06.", "до 1.06", "до 1 червня", "01.06"])(
    "%j alone names no year: it stays unparsed",
    (text) => expect(read(text).unparsed).toBe("no-period")
  );

  test.each(["щороку до 01.06", "Щорічно до 01.06.", "щороку до 1 червня"])(
    "%j with its recurrence is every year's",
    (text) =>
      expect(read(text)).toEqual({ start: null, end: null, recurrence: "annual", unparsed: null })
  );

  test.each(["до 01.06", "до 01.06.", "до 1 червня", "до 1.06"])(
    "%j in a plan for 2025 is 1 June 2025",
    (text) =>
      expect(within(text, "2025-01-01", "2025-12-31")).toEqual({
        start: null,
        end: "2025-06-01",
        recurrence: null,
        unparsed: null,
      })
  );

  test.each(["до 01.06", "до 1 червня", "до 01.06."])(
    "%j in a plan for 2024-2026 is every year's, as «щороку до 1 червня»",
    (text) =>
      expect(within(text, "2024-01-01", "2026-12-31")).toEqual({
        start: null,
        end: null,
        recurrence: "annual",
        unparsed: null,
      })
  );

  test("a span of days of the year in a plan for one year is that year's", () =>
    expect(within("з 01.03 по 30.06", "2025-01-01", "2025-12-31")).toEqual({
      start: "2025-03-01",
      end: "2025-06-30",
      recurrence: null,
      unparsed: null,
    }));

  test("a span written with a dash is that year's span", () =>
    expect(within("01.06-30.06", "2025-01-01", "2025-12-31")).toEqual({
      start: "2025-06-01",
      end: "2025-06-30",
      recurrence: null,
      unparsed: null,
    }));

  test.each(["до 10.01, 10.04, 10.07, 10.10", "01.06, 01.12"])(
    "%j, a list of days, is no one period: it stays unparsed",
    (text) => {
      expect(within(text, "2025-01-01", "2025-12-31").unparsed).toBe("no-period");
      expect(within(text, "2024-01-01", "2026-12-31").unparsed).toBe("no-period");
      // as a one-year plan's title gives its year to it (src/core/layout/refine.ts)
      expect(read(`${text} 2025`).unparsed).toBe("no-period");
    }
  );

  test.each(["до 32.06", "до 31.02", "до 01.13", "до 1.6", "1.06.5"])(
    "%j is no day: it is not read as one",
    (text) => {
      expect(read(text).unparsed).not.toBeNull();
      expect(within(text, "2025-01-01", "2025-12-31").unparsed).not.toBeNull();
    }
  );

  test("a date with its year is still that date", () =>
    expect(read("до 01.06.2025")).toEqual({
      start: null,
      end: "2025-06-01",
      recurrence: null,
      unparsed: null,
    }));
});

describe("during the year", () => {
  test.each([
    "протягом року",
    "Протягом року",
    "впродовж року",
    "протягом поточного року",
    "during the year",
    "throughout the year",
  ])("%j alone names no year: it stays unparsed", (text) =>
    expect(read(text).unparsed).toBe("no-period")
  );

  test.each(["протягом року", "впродовж року", "during the year"])(
    "%j in a plan for 2021-2025 is every year of it",
    (text) =>
      expect(within(text, "2021-01-01", "2025-12-31")).toEqual({
        start: null,
        end: null,
        recurrence: "annual",
        unparsed: null,
      })
  );

  test("«протягом року» in a plan for 2025 is the year 2025", () =>
    expect(within("протягом року", "2025-01-01", "2025-12-31")).toEqual({
      start: "2025-01-01",
      end: "2025-12-31",
      recurrence: null,
      unparsed: null,
    }));

  test("«протягом 2025 року» stays that year in a plan of several", () =>
    expect(within("протягом 2025 року", "2021-01-01", "2025-12-31")).toEqual({
      start: "2025-01-01",
      end: "2025-12-31",
      recurrence: null,
      unparsed: null,
    }));

  test("read again under another period, a deadline reads by that period", () => {
    const d = parseDeadline("до 01.06");
    const several = withPlanPeriod(d, { start: "2024-01-01", end: "2026-12-31" });
    expect(several.recurrence).toBe("annual");
    expect(withPlanPeriod(several, { start: "2025-01-01", end: "2025-12-31" }).end).toBe(
      "2025-06-01"
    );
    expect(withPlanPeriod(several, null)).toBe(d);
  });

  test("without a known period nothing is guessed", () => {
    const d = parseDeadline("до 1 червня");
    expect(withPlanPeriod(d, null)).toBe(d);
  });

  test("a text the grammar does not know stays unknown in a plan of any period", () =>
    expect(within("до Дня незалежності", "2021-01-01", "2025-12-31").unparsed).toBe(
      "unknown-words"
    ));
});

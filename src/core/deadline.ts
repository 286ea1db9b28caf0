/**
 * The deadline grammar: the phrases plans use for "when" → a period {start, end, recurrence, precision}.
 * "2021", "2021-2025", "Щорічно 2021-2025", "I квартал 2022 року", "до 31.12.2024", "грудень 2023",
 * "Постійно", "Q1 2022", "by 31 Dec 2024"… Anything it cannot read is reported with the reason, never dropped.
 */
import { isDateFormat, serialToIsoDate, type CellValue } from "./grid";
import { normalize } from "./text";
import {
  CONJUNCTION_SOURCE,
  DAY_OF_MONTH,
  DEADLINE_LEAD_SOURCE,
  YEARS_WORD,
  DEADLINE_END,
  DEADLINE_START,
  HALF_YEAR_SOURCE,
  MID_YEAR,
  ONWARDS,
  isDeadlineFiller,
  monthNumber,
  MONTH_SOURCE,
  ordinal,
  ORDINAL_SOURCE,
  ORDINAL_SUFFIX_SOURCE,
  QUARTER_SOURCE,
  RECURRENCE_PATTERNS,
  REPORTING_PERIOD,
  WHOLE_YEAR,
  YEAR_WORD,
  type RecurrenceWord,
} from "./vocabulary";

export type Recurrence =
  "annual" | "semiannual" | "quarterly" | "monthly" | "weekly" | "continuous" | "as-needed";
export type Precision = "day" | "month" | "quarter" | "half-year" | "year" | "years" | "open";

export interface Deadline {
  raw: string;
  /** First day of the period, YYYY-MM-DD, or null where the text gives no start. */
  start: string | null;
  /** Last day of the period, YYYY-MM-DD, or null where the text gives no end (open or recurring). */
  end: string | null;
  recurrence: Recurrence | null;
  precision: Precision | null;
  /** Why the text was not understood (a message key suffix), or null when it was. */
  unparsed: DeadlineProblem | null;
}

export type DeadlineProblem =
  "empty" | "no-period" | "unknown-words" | "bad-date" | "reversed-range" | "year-out-of-range";

interface Period {
  start: string;
  end: string;
  precision: Precision;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthPeriod = (y: number, m: number): Period => ({
  start: iso(y, m, 1),
  end: iso(y, m, lastDay(y, m)),
  precision: "month",
});
const yearPeriod = (y: number): Period => ({
  start: iso(y, 1, 1),
  end: iso(y, 12, 31),
  precision: "year",
});

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const MONTH_RE = MONTH_SOURCE;
const ORDINAL = ORDINAL_SOURCE;
const RECURRENCE: Record<RecurrenceWord, Recurrence> = {
  annual: "annual",
  semiannual: "semiannual",
  quarterly: "quarterly",
  monthly: "monthly",
  weekly: "weekly",
  continuous: "continuous",
  asNeeded: "as-needed",
};
/** Compiled once: the matchers run for every token of every deadline. */
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})(\\s*(?:${YEAR_WORD}))?(?![\\p{L}])`,
  "u"
);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, "u");
const MONTHS_YEAR = new RegExp(
  `^(${MONTH_RE})\\.?(?:\\s*-\\s*(${MONTH_RE})\\.?)?\\s+(\\d{4})`,
  "u"
);
const QUARTER = new RegExp(
  `^(${ORDINAL})${ORDINAL_SUFFIX_SOURCE}?(?:\\s*(?:-|,|${CONJUNCTION_SOURCE})\\s*(${ORDINAL})${ORDINAL_SUFFIX_SOURCE}?)?\\s*(?:${QUARTER_SOURCE})(?![\\p{L}])(?:\\s*(\\d{4}))?`,
  "u"
);
const HALF_YEAR = new RegExp(
  `^(?:(${ORDINAL})${ORDINAL_SUFFIX_SOURCE}?\\s*(?:${HALF_YEAR_SOURCE})|h([12]))(?:\\s*(\\d{4}))?`,
  "u"
);

/** 31.12.2024, 31/12/2024, 31-12-2024, 31.12.24, 31. 12. 2024, with "р." or "року" after it. */
const DAY_DATE = new RegExp(
  `^(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?!\\d)(\\s*(?:${YEAR_WORD})(?![\\p{L}]))?`,
  "u"
);

/**
 * A day and a month in figures with no year ("01.06", "1.06."), or with the year after a space ("01.06
 * 2025", as a one-year plan's year is added to it), never a year that starts a span ("01.06 2021-2025").
 * The month has two figures: "1.6" may be a number.
 */
const DAY_OF_YEAR = /^(\d{1,2})\.(\d{2})\.?(?:\s+(\d{4})(?!\s*[-/]\s*\d|\d))?(?![\d.])/;

/** Any month's name, to find the months in a time of the year. */
const MONTH_WORDS = new RegExp(`(?<![\\p{L}])(?:${MONTH_RE})(?![\\p{L}])`, "gu");

/** A day and month, or months, with no year after them. */
const TIME_OF_YEAR = new RegExp(
  `^(?:\\d{1,2}\\s+(?:${MONTH_RE})|(?:${MONTH_RE})(?:\\s*-\\s*(?:${MONTH_RE}))?)\\.?(?!\\s*,?\\s*\\d{4})(?=[\\s,.;:()]|$)`,
  "u"
);

type Mark = "start" | "end" | null;

interface Token {
  period?: Period;
  recurrence?: Recurrence;
  mark?: Mark;
  range?: true;
  filler?: true;
  /** A day or months of the year with no year: says when a recurring measure falls due. */
  timeOfYear?: true;
  /** A quarter or half-year with no year ("IV квартал", "ІІ півріччя"): that part of every year. */
  quarterOfYear?: true;
  /** A day or months with no year ("25 листопада", "вересень-грудень"): day (or null) and months. */
  calendar?: { readonly day: number | null; readonly from: number; readonly to: number };
  /** "onwards", "і надалі": the period before it is when the measure starts, with no end. */
  onwards?: true;
  /**
   * "середина 2025 року", "mid-2025": the middle of a year, 30 June as an end and 1 July as a start (its
   * period runs from 1 July to 30 June; alone, it is the first half of the year, due by 30 June).
   */
  midYear?: true;
  /** Its months, first and last: "2024 (IV квартал)" is that part of the year written beside it. */
  months?: readonly [number, number, "quarter" | "half-year" | "year"];
  /** "протягом року": a year the text does not number (the plan's, or each of its years). */
  wholeYear?: true;
  bad?: DeadlineProblem;
  length: number;
}

function checkYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** The matchers, tried in order at each position; the first that matches consumes its text. */
const MATCHERS: readonly ((s: string) => Token | null)[] = [
  // parentheticals that name a reporting period: "(за 2021 рік)"
  (s) => {
    const m = REPORTING_PERIOD.exec(s);
    return m ? { filler: true, length: m[0].length } : null;
  },
  (s) => {
    for (const [re, rec] of RECURRENCE_PATTERNS) {
      const m = re.exec(s);
      if (m) return { recurrence: RECURRENCE[rec], length: m[0].length };
    }
    return null;
  },
  // "середина 2025 року", "до середини 2025", "mid-2025"
  (s) => {
    const m = MID_YEAR.exec(s);
    if (!m) return null;
    const y = Number(m[1]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    const period: Period = { start: iso(y, 7, 1), end: iso(y, 6, 30), precision: "half-year" };
    return { period, midYear: true, length: m[0].length };
  },
  // "до 20 числа місяця", "10th of each month": a day of every month, no year
  (s) => {
    const m = DAY_OF_MONTH.exec(s);
    return m ? { timeOfYear: true, length: m[0].length } : null;
  },
  // "протягом року", "during the year": the plan's year, or each of its years
  (s) => {
    const m = WHOLE_YEAR.exec(s);
    return m
      ? { timeOfYear: true, wholeYear: true, months: [1, 12, "year"], length: m[0].length }
      : null;
  },
  (s) => {
    const m = ONWARDS.exec(s);
    return m ? { onwards: true, length: m[0].length } : null;
  },
  (s) => {
    const m = DEADLINE_END.exec(s);
    return m ? { mark: "end", length: m[0].length } : null;
  },
  (s) => {
    const m = DEADLINE_START.exec(s);
    return m ? { mark: "start", length: m[0].length } : null;
  },
  // 31.12.2024, 31/12/2024, 31-12-2024, 31.12.24, 31. 12. 2024
  (s) => {
    const m = DAY_DATE.exec(s);
    if (!m) return null;
    let y = Number(m[4]);
    if (m[4].length === 2) y += 2000;
    const mo = Number(m[3]);
    const d = Number(m[1]);
    if (!validDay(y, mo, d) || !checkYear(y)) return { bad: "bad-date", length: m[0].length };
    return {
      period: { start: iso(y, mo, d), end: iso(y, mo, d), precision: "day" },
      length: m[0].length,
    };
  },
  // 2024-12-31
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d) || !checkYear(y)) return { bad: "bad-date", length: m[0].length };
    return {
      period: { start: iso(y, mo, d), end: iso(y, mo, d), precision: "day" },
      length: m[0].length,
    };
  },
  // "01.06", "1.06.": a day of the year with no year, as "1 червня"; "01.06 2025" with its year after it
  (s) => {
    const c = s.charCodeAt(0);
    if (c < 48 || c > 57) return null;
    const m = DAY_OF_YEAR.exec(s);
    if (!m) return null;
    const [d, mo] = [Number(m[1]), Number(m[2])];
    const y = m[3] ? Number(m[3]) : null;
    // 29.02 is a day of some years: a leap year tells whether the day exists at all
    if (!validDay(y ?? 2024, mo, d) || (y !== null && !checkYear(y)))
      return { bad: "bad-date", length: m[0].length };
    if (y !== null)
      return {
        period: { start: iso(y, mo, d), end: iso(y, mo, d), precision: "day" },
        length: m[0].length,
      };
    return { timeOfYear: true, calendar: { day: d, from: mo, to: mo }, length: m[0].length };
  },
  // 31 грудня 2024, 31 Dec 2024
  (s) => {
    const m = DAY_MONTH_YEAR.exec(s);
    if (!m) return null;
    const [y, mo, d] = [Number(m[3]), monthNumber(m[2]), Number(m[1])];
    if (!validDay(y, mo, d) || !checkYear(y)) return { bad: "bad-date", length: m[0].length };
    return {
      period: { start: iso(y, mo, d), end: iso(y, mo, d), precision: "day" },
      length: m[0].length,
    };
  },
  // December 31, 2024
  (s) => {
    const m = MONTH_DAY_YEAR.exec(s);
    if (!m) return null;
    const [y, mo, d] = [Number(m[3]), monthNumber(m[1]), Number(m[2])];
    if (!validDay(y, mo, d) || !checkYear(y)) return { bad: "bad-date", length: m[0].length };
    return {
      period: { start: iso(y, mo, d), end: iso(y, mo, d), precision: "day" },
      length: m[0].length,
    };
  },
  // травень-червень 2023, грудень 2023, December 2023
  (s) => {
    const m = MONTHS_YEAR.exec(s);
    if (!m) return null;
    const y = Number(m[3]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    const a = monthPeriod(y, monthNumber(m[1]));
    const b = m[2] ? monthPeriod(y, monthNumber(m[2])) : a;
    return { period: { start: a.start, end: b.end, precision: "month" }, length: m[0].length };
  },
  // "до 1 березня", "(листопад-грудень)", "у листопаді-грудні" without a year: a time of every year
  (s) => {
    const m = TIME_OF_YEAR.exec(s);
    if (!m) return null;
    // its day and months, for "з 25 листопада по 10 грудня 2024 року", where the year comes after
    const day = /^(\d{1,2})\s/.exec(m[0]);
    const months = (m[0].match(MONTH_WORDS) ?? []).map(monthNumber).filter((n) => n > 0);
    const calendar =
      months.length > 0
        ? ({
            day: day ? Number(day[1]) : null,
            from: months[0],
            to: months[months.length - 1],
          } as const)
        : undefined;
    return { timeOfYear: true, calendar, length: m[0].length };
  },
  // I квартал 2022 року, IV кв. 2023, I-II квартали 2022, 1-й квартал 2022
  (s) => {
    const m = QUARTER.exec(s);
    if (!m) return null;
    const q1 = ordinal(m[1]);
    const q2 = m[2] ? ordinal(m[2]) : q1;
    if (!q1 || !q2) return null;
    // "IV квартал" with no year: a quarter of every year of the plan
    if (!m[3])
      return {
        timeOfYear: true,
        quarterOfYear: true,
        months: [q1 * 3 - 2, q2 * 3, "quarter"],
        length: m[0].length,
      };
    const y = Number(m[3]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    return {
      period: {
        start: iso(y, q1 * 3 - 2, 1),
        end: iso(y, q2 * 3, lastDay(y, q2 * 3)),
        precision: "quarter",
      },
      length: m[0].length,
    };
  },
  // Q1 2022, Q1-Q2 2022, 1st quarter 2022
  (s) => {
    const m =
      /^(?:q([1-4])(?:\s*-\s*q([1-4]))?|([1-4])(?:st|nd|rd|th)? quarter( of)?)(?:\s*(\d{4})|(?![\p{L}\p{N}]))/u.exec(
        s
      );
    if (!m) return null;
    const q1 = Number(m[1] ?? m[3]);
    const q2 = Number(m[2] ?? q1);
    // "2024 Q1": a quarter with no year of its own
    if (!m[5])
      return {
        timeOfYear: true,
        quarterOfYear: true,
        months: [q1 * 3 - 2, q2 * 3, "quarter"],
        length: m[0].length,
      };
    const y = Number(m[5]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    return {
      period: {
        start: iso(y, q1 * 3 - 2, 1),
        end: iso(y, q2 * 3, lastDay(y, q2 * 3)),
        precision: "quarter",
      },
      length: m[0].length,
    };
  },
  // ІІ півріччя 2024, 1 півріччя 2024, друге півріччя 2024, H2 2024
  (s) => {
    const m = HALF_YEAR.exec(s);
    if (!m) return null;
    const h = m[2] ? Number(m[2]) : ordinal(m[1]);
    if (h !== 1 && h !== 2) return null;
    if (!m[3])
      return {
        timeOfYear: true,
        quarterOfYear: true,
        months: h === 1 ? [1, 6, "half-year"] : [7, 12, "half-year"],
        length: m[0].length,
      };
    const y = Number(m[3]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    return {
      period: {
        start: iso(y, h === 1 ? 1 : 7, 1),
        end: iso(y, h === 1 ? 6 : 12, h === 1 ? 30 : 31),
        precision: "half-year",
      },
      length: m[0].length,
    };
  },
  // 2021-2025, 2021 - 2025 роки, 2022–2025 рр.
  (s) => {
    const m = /^(\d{4})\s*[-/]\s*(\d{4}|\d{2})(?!\d)/.exec(s);
    if (!m) return null;
    const a = Number(m[1]);
    let b = Number(m[2]);
    if (m[2].length === 2) b += Math.floor(a / 100) * 100;
    if (!checkYear(a) || !checkYear(b)) return { bad: "year-out-of-range", length: m[0].length };
    if (b < a) return { bad: "reversed-range", length: m[0].length };
    return {
      period: { start: iso(a, 1, 1), end: iso(b, 12, 31), precision: a === b ? "year" : "years" },
      length: m[0].length,
    };
  },
  (s) => {
    const m = /^(\d{4})(?!\d)/.exec(s);
    if (!m) return null;
    const y = Number(m[1]);
    if (!checkYear(y)) return { bad: "year-out-of-range", length: m[0].length };
    return { period: yearPeriod(y), length: m[0].length };
  },
  (s) => (/^-/.test(s) ? { range: true, length: 1 } : null),
  (s) => {
    const m = /^[^\s,;()]+/.exec(s);
    if (m && isDeadlineFiller(m[0])) return { filler: true, length: m[0].length };
    const p = /^[,;:().]+/.exec(s);
    return p ? { filler: true, length: p[0].length } : null;
  },
];

function tokenize(text: string): { tokens: Token[]; unknown: string[] } {
  const tokens: Token[] = [];
  const unknown: string[] = [];
  let s = text;
  while (s.length > 0) {
    const ws = /^\s+/.exec(s);
    if (ws) {
      s = s.slice(ws[0].length);
      continue;
    }
    let tok: Token | null = null;
    for (const matcher of MATCHERS) {
      tok = matcher(s);
      if (tok) break;
    }
    if (!tok) {
      const w = /^[^\s]+/.exec(s)![0];
      unknown.push(w);
      s = s.slice(w.length);
      continue;
    }
    tokens.push(tok);
    s = s.slice(tok.length);
  }
  return { tokens, unknown };
}

const EMPTY: Omit<Deadline, "raw"> = {
  start: null,
  end: null,
  recurrence: null,
  precision: null,
  unparsed: null,
};

/**
 * "2024 (IV квартал)", "2025 рік, І півріччя": one year and one part of a year with no year of its own are
 * that part of that year. Any other mix stays as it was read.
 */
function partOfTheYear(tokens: Token[]): Token[] {
  const years = tokens.filter((t) => t.period);
  const parts = tokens.filter((t) => t.timeOfYear);
  if (years.length !== 1 || years[0].period!.precision !== "year") return tokens;
  if (parts.length !== 1 || !parts[0].months) return tokens;
  if (tokens.some((t) => t.recurrence || t.mark || t.range || t.onwards)) return tokens;
  const y = Number(years[0].period!.start.slice(0, 4));
  const [from, to, precision] = parts[0].months;
  const period: Period = {
    start: iso(y, from, 1),
    end: iso(y, to, lastDay(y, to)),
    precision,
  };
  return tokens
    .filter((t) => t !== parts[0])
    .map((t) => (t === years[0] ? { period, length: t.length } : t));
}

/**
 * "з 25 листопада по 10 грудня 2024 року", "з 1 вересня до 31.12.2024": a day or months written without their
 * year, beside dates that are all of one year and no recurrence, are of that year.
 */
function datesOfTheYear(tokens: Token[]): Token[] {
  const parts = tokens.filter((t) => t.timeOfYear);
  const periods = tokens.filter((t) => t.period);
  if (parts.length === 0 || periods.length === 0 || parts.some((t) => !t.calendar)) return tokens;
  if (tokens.some((t) => t.recurrence)) return tokens;
  // a list of days ("до 10.01, 10.04, 10.07, 10.10 2025") is no one period: only a span is read so
  if (
    parts.length + periods.filter((t) => t.period!.precision === "day").length > 1 &&
    !tokens.some((t) => t.range) &&
    !(tokens.some((t) => t.mark === "start") && tokens.some((t) => t.mark === "end"))
  )
    return tokens;
  const year = periods[0].period!.start.slice(0, 4);
  if (
    periods.some((t) => t.period!.start.slice(0, 4) !== year || t.period!.end.slice(0, 4) !== year)
  )
    return tokens;
  const y = Number(year);
  return tokens.map((t) => {
    if (!t.calendar) return t;
    const { day, from, to } = t.calendar;
    const period: Period =
      day !== null && validDay(y, from, day)
        ? { start: iso(y, from, day), end: iso(y, from, day), precision: "day" }
        : { start: iso(y, from, 1), end: iso(y, to, lastDay(y, to)), precision: "month" };
    return { period, length: t.length };
  });
}

/** Plans repeat the same deadlines many times ("2021-2025"); each distinct text is parsed once. */
const parseCache = new Map<string, Deadline>();
const CACHE_LIMIT = 20_000;

/** Parses the text of a deadline cell (or one measure's share of it). */
export function parseDeadline(raw: string): Deadline {
  const cached = parseCache.get(raw);
  if (cached) return cached;
  // measures share the reading of the same text: it is frozen, and a change makes a new one
  const d = Object.freeze(parseDeadlineUncached(raw));
  if (parseCache.size >= CACHE_LIMIT) parseCache.clear();
  parseCache.set(raw, d);
  return d;
}

function parseDeadlineUncached(raw: string): Deadline {
  const text = normalize(raw);
  if (!text) return { raw, ...EMPTY, unparsed: "empty" };
  const { tokens: read, unknown } = tokenize(text);
  const bad = read.find((t) => t.bad);
  if (bad) return { raw, ...EMPTY, unparsed: bad.bad! };
  if (unknown.length > 0) return { raw, ...EMPTY, unparsed: "unknown-words" };
  const tokens = datesOfTheYear(partOfTheYear(read));

  let recurrence: Recurrence | null = null;
  let start: string | null = null;
  let end: string | null = null;
  let precision: Precision | null = null;
  let mark: Mark = null;
  let pendingRange: Period | null = null;
  const starts: string[] = [];
  const ends: string[] = [];
  const markedStarts: string[] = [];
  let coarsest: Precision | null = null;
  const rank: Record<Precision, number> = {
    day: 0,
    month: 1,
    quarter: 2,
    "half-year": 3,
    year: 4,
    years: 5,
    open: 6,
  };

  let prevPeriod: Period | null = null;
  // the start the period read last added to `starts`, for a range to take back
  let pushedStart: string | null = null;
  for (const t of tokens) {
    if (t.recurrence) {
      // "щорічно" with "постійно" still recurs every year; keep the most specific.
      if (!recurrence || recurrence === "continuous") recurrence = t.recurrence;
      continue;
    }
    if (t.mark) {
      mark = t.mark;
      continue;
    }
    if (t.onwards) {
      // "2024 onwards", "з 2024 року і надалі": the period read last starts the measure and ends nothing
      if (prevPeriod) {
        const i = ends.lastIndexOf(prevPeriod.end);
        if (i >= 0) ends.splice(i, 1);
        if (!markedStarts.includes(prevPeriod.start)) markedStarts.push(prevPeriod.start);
      }
      continue;
    }
    if (t.range) {
      if (prevPeriod) {
        pendingRange = prevPeriod;
      }
      continue;
    }
    if (!t.period) continue;
    let p = t.period;
    if (pendingRange) {
      // "з I кварталу 2022 - по IV квартал 2023": one period from the first to the second
      ends.pop();
      p = {
        start: pendingRange.start,
        end: p.end,
        precision:
          pendingRange.precision === "year" && p.precision === "year" ? "years" : p.precision,
      };
      if (p.end < p.start) return { raw, ...EMPTY, unparsed: "reversed-range" };
      pendingRange = null;
      mark = null;
      const idx = starts.lastIndexOf(pushedStart ?? p.start);
      if (idx >= 0) starts.splice(idx, 1);
    }
    pushedStart = null;
    if (mark === "end") {
      ends.push(p.end);
    } else if (mark === "start") {
      starts.push(p.start);
      markedStarts.push(p.start);
      pushedStart = p.start;
    } else {
      // the middle of a year alone is its first half, due by 30 June
      const first = t.midYear && p === t.period ? `${p.end.slice(0, 4)}-01-01` : p.start;
      starts.push(first);
      ends.push(p.end);
      pushedStart = first;
    }
    mark = null;
    prevPeriod = p;
    if (!coarsest || rank[p.precision] > rank[coarsest]) coarsest = p.precision;
  }

  // "Починаючи з I кварталу 2022 року … 2021-2025": the stated start wins over the span's
  if (markedStarts.length) start = markedStarts.reduce((a, b) => (a < b ? a : b));
  else if (starts.length) start = starts.reduce((a, b) => (a < b ? a : b));
  if (ends.length) end = ends.reduce((a, b) => (a > b ? a : b));
  if (start && end && end < start) return { raw, ...EMPTY, unparsed: "reversed-range" };
  if (start || end)
    precision =
      start && end && start.slice(0, 4) !== end.slice(0, 4) && coarsest !== "day"
        ? "years"
        : coarsest;
  // "до 1 березня" alone names no year: only a recurring measure can fall due on a day of every year; a
  // quarter or half-year alone ("IV квартал", "ІІ півріччя") is that part of every year
  if (!recurrence && !start && !end && tokens.some((t) => t.timeOfYear))
    if (tokens.every((t) => !t.timeOfYear || t.quarterOfYear)) recurrence = "annual";
    else return { raw, ...EMPTY, unparsed: "no-period" };
  if (!recurrence && tokens.some((t) => t.timeOfYear))
    return { raw, ...EMPTY, unparsed: "no-period" };
  if (!start && !end && !recurrence) return { raw, ...EMPTY, unparsed: "no-period" };
  if (!start && !end) precision = "open";
  return { raw, start, end, recurrence, precision, unparsed: null };
}

/** Readings of a day of the year by the plan's years: a plan repeats "до 01.06" many times. */
/** Each reading by a period → the deadline as its text alone reads. */
const readFrom = new WeakMap<Deadline, Deadline>();
const periodCache = new Map<string, Deadline>();

/**
 * A day of the year or "протягом року" with no year ("до 01.06", "до 1 червня", "протягом року"), read by the
 * plan's period once it is known: in a plan for one year, that year's day (or the year); in a plan of
 * several, every year's, as "щороку до 1 червня" reads (recurrence "annual", ending with the plan). Without a
 * period, or for any other text, the deadline is given back as it was: nothing is guessed.
 */
export function withPlanPeriod(
  d: Deadline,
  period: { start: string; end: string } | null
): Deadline {
  // a plan checked again under another period (the pane's setting) is read again from what it says
  const given = readFrom.get(d) ?? d;
  if (!period || given.unparsed !== "no-period") return given;
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  if (!(first <= last)) return given;
  const key = `${first}|${last}|${given.raw}`;
  const known = periodCache.get(key);
  if (known) return known;
  const { tokens, unknown } = tokenize(normalize(given.raw));
  const ofTheYear = tokens.filter((t) => t.timeOfYear);
  if (
    unknown.length > 0 ||
    ofTheYear.length === 0 ||
    ofTheYear.some((t) => !t.calendar && !t.wholeYear) ||
    tokens.some((t) => t.period || t.recurrence || t.onwards || t.bad) ||
    // one day, or a span from one to another ("з 01.03 по 30.06", "01.06-30.06"); a list of days ("до 10.01,
    // 10.04, 10.07") is no period of one year, and is not made one
    ofTheYear.length > 2 ||
    (ofTheYear.length === 2 &&
      !tokens.some((t) => t.range) &&
      !(tokens.some((t) => t.mark === "start") && tokens.some((t) => t.mark === "end")))
  )
    return given;
  let read: Deadline = given;
  if (first === last) {
    const withYear = parseDeadline(`${given.raw} ${first}`);
    if (!withYear.unparsed && (withYear.start || withYear.end))
      read = { ...withYear, raw: given.raw };
  } else
    read = {
      ...given,
      start: null,
      end: null,
      recurrence: "annual",
      precision: "open",
      unparsed: null,
    };
  read = Object.freeze(read);
  if (read !== given) readFrom.set(read, given);
  if (periodCache.size >= CACHE_LIMIT) periodCache.clear();
  periodCache.set(key, read);
  return read;
}

/** A deadline cell's value as Excel gives it: a date serial under a date format is a day. */
export function parseDeadlineValue(
  value: CellValue,
  format: string | null,
  text: string
): Deadline {
  // a date serial under a date format, or a bare serial in the range of plausible dates (1954–2119)
  if (typeof value === "number" && (isDateFormat(format) || (value > 20000 && value < 80000))) {
    const d = serialToIsoDate(value);
    if (d) {
      // a date shown without its day ("грудень 2024", "12.2024", "2024") names that month or year
      const shown = shownPart(format);
      const [y, mo] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
      const p = shown === "month" ? monthPeriod(y, mo) : shown === "year" ? yearPeriod(y) : null;
      return {
        raw: text || d,
        start: p ? p.start : d,
        end: p ? p.end : d,
        recurrence: null,
        precision: p ? p.precision : "day",
        unparsed: null,
      };
    }
  }
  return parseDeadline(text);
}

/** What a date format shows: "mmmm yyyy" a month, "yyyy" a year, anything with a day (or none) the day. */
function shownPart(format: string | null): "day" | "month" | "year" {
  if (!format) return "day";
  const f = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .split(";")[0]
    .toLowerCase();
  if (/d/.test(f) || /[hs]/.test(f)) return "day";
  if (/m/.test(f) && /y/.test(f)) return "month";
  if (/y/.test(f) && !/m/.test(f)) return "year";
  return "day";
}

const RUN_TOGETHER = new RegExp(
  `((?:${DEADLINE_LEAD_SOURCE})\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}(?:\\s*[-–—]\\s*\\d{4})?)(\\s*(?:${YEARS_WORD})(?![\\p{L}]))?`,
  "giu"
);

/**
 * Splits a deadline cell that holds the deadlines of several measures run together: "2021 2021-2025",
 * "2022 2021-2025 2021-2025". Returns null when the cell does not hold exactly `items` deadlines.
 */
export function splitDeadlineCell(cell: string, items: number): string[] | null {
  const ls = cell
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l);
  if (ls.length === items) return ls;
  const joined = ls.join(" ");
  const parts: string[] = [];
  const re = RUN_TOGETHER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(joined))) {
    const between = joined.slice(last, m.index).trim();
    if (between && parts.length === 0) return null;
    if (between) return null;
    parts.push(m[0].trim());
    last = m.index + m[0].length;
  }
  if (joined.slice(last).trim()) return null;
  return parts.length === items ? parts : null;
}

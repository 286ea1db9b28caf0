/**
 * The vocabulary: the Ukrainian and English word lists merged, compiled once into the patterns the engine
 * uses. Every pattern over words is made here; the rest of the core asks questions ("is this a totals
 * label?", "which month is this word?") and holds no words of any language.
 */
import { anyOf, compile, EDGE_AFTER, EDGE_BEFORE, phraseNeedles, phraseSource } from "./compile";
import { en } from "./en";
import { uk } from "./uk";
import {
  HEADER_RULES,
  type HeaderRule,
  type HeaderWords,
  type RecurrenceWord,
  type StatusWord,
  type GovernmentLevel,
  type Words,
} from "./words";

export { compile, anyOf, phraseSource, EDGE_AFTER, EDGE_BEFORE } from "./compile";
export type { GovernmentLevel, HeaderRule, RecurrenceWord, StatusWord, Words } from "./words";

/** The languages whose words the engine knows, in the order their lists are tried. */
export const LANGUAGES: readonly Words[] = [uk, en];

type ListKey = {
  [K in keyof Words]: Words[K] extends readonly string[] ? K : never;
}[keyof Words];

/** One list of every language, joined. */
export function words(key: ListKey): string[] {
  return LANGUAGES.flatMap((l) => l[key] as readonly string[]);
}

// ---- column headers ---------------------------------------------------------------------------------

interface CompiledHeader {
  rule: HeaderRule;
  test(text: string): boolean;
  /** The same test without the needles that rule text out before the patterns run. */
  testPatterns(text: string): boolean;
}

function compileHeader(rule: HeaderRule): CompiledHeader {
  const all = (pick: (h: HeaderWords) => readonly string[] | undefined) =>
    LANGUAGES.flatMap((l) => {
      const h = l.headers[rule];
      return h ? (pick(h) ?? []) : [];
    });
  const whole = all((h) => h.whole);
  const start = all((h) => h.start);
  const end = all((h) => h.end);
  const anywhere = all((h) => h.anywhere);
  const bothPairs = LANGUAGES.map((l) => l.headers[rule]?.both).filter(
    (b): b is readonly [readonly string[], readonly string[]] => !!b
  );
  // one pattern a rule: the whole text, its start, its end or anywhere, at word edges
  const parts = [
    whole.length ? `^(?:${anyOf(whole)})$` : null,
    start.length ? `^(?:${anyOf(start)})${EDGE_AFTER}` : null,
    end.length ? `${EDGE_BEFORE}(?:${anyOf(end)})$` : null,
    anywhere.length ? `${EDGE_BEFORE}(?:${anyOf(anywhere)})${EDGE_AFTER}` : null,
  ].filter((p): p is string => p !== null);
  const pattern = parts.length ? new RegExp(parts.join("|"), "u") : null;
  const both = bothPairs.map(([a, b]) => [compile(a), compile(b)] as const);
  const testPatterns = (text: string) =>
    (pattern !== null && pattern.test(text)) || both.some(([a, b]) => a.test(text) && b.test(text));
  // a text that holds no phrase's first word cannot match: most cells of a sheet are ruled out by includes()
  const needles = [
    ...new Set(
      [...whole, ...start, ...end, ...anywhere, ...bothPairs.flatMap(([a]) => a)].flatMap(
        phraseNeedles
      )
    ),
  ];
  return {
    rule,
    test: (text) => needles.some((n) => text.includes(n)) && testPatterns(text),
    testPatterns,
  };
}

/** The header rules, compiled, in the order they are tried. */
export const HEADER_MATCHERS: readonly CompiledHeader[] = HEADER_RULES.map(compileHeader);

/** The first header rule whose words the normalized header text holds, or null. */
export function headerRuleOf(normalizedText: string): HeaderRule | null {
  // a header cell names a column in a few words; a measure's long text is not one
  if (!normalizedText || normalizedText.length > 160) return null;
  const text = isSuperscript(normalizedText.charCodeAt(normalizedText.length - 1))
    ? withoutFootnoteMark(normalizedText)
    : normalizedText;
  for (const h of HEADER_MATCHERS) if (h.test(text)) return h.rule;
  return null;
}

/** ¹ ² ³ and ⁰…⁹: a footnote's mark after a header's words ("Виконавці¹"). */
const isSuperscript = (code: number) =>
  code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);

function withoutFootnoteMark(text: string): string {
  let end = text.length;
  while (end > 0 && isSuperscript(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end).trimEnd();
}

// ---- goal rows, headings, totals, titles and footers -------------------------------------------------

/** Latin letters that writers type as their Cyrillic look-alikes in Roman numerals (І for I, Х for X). */
const ROMAN = "IVXІХ";
export const ROMAN_CLASS = `[${ROMAN}]`;

/** "ІІ" or "IV" (Latin or Cyrillic letters) → 2, 4; digits stay as they are. */
export function arabic(n: string): string {
  if (/^\d/.test(n)) return n;
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  const ds = n
    .toUpperCase()
    .replace(/І/g, "I")
    .replace(/Х/g, "X")
    .split("")
    .map((ch) => v[ch] ?? 0);
  let total = 0;
  ds.forEach((d, i) => (total += d < (ds[i + 1] ?? 0) ? -d : d));
  return String(total);
}

const sectionWords = (key: keyof Words["sections"]) =>
  anyOf(LANGUAGES.flatMap((l) => l.sections[key]));

export type SectionKind = "strategicGoal" | "operationalGoal";

export interface SectionPattern {
  kind: SectionKind;
  /** Group 1 is the number (absent where the plan does not number its goals), group 2 the title. */
  pattern: RegExp;
  example: string;
  /** One of the short words ("Ціль 1.", "Objective 1:"), a goal only with its number. */
  short?: boolean;
}

const ENUMERATOR = `(?:[${ROMAN}\\d]+(?:\\.\\d+)*[.)]\\s*)?`;
const TITLE_AFTER = `\\s*\\.?\\s*[:.)\\-–—]?\\s*([\\s\\S]*)$`;

export const SECTION_PATTERNS: readonly SectionPattern[] = [
  {
    kind: "operationalGoal",
    pattern: new RegExp(
      `^\\s*${ENUMERATOR}(?:${sectionWords("operationalGoal")})${EDGE_AFTER}\\s*№?\\s*(\\d+\\s*\\.\\s*\\d+|\\d{1,2}(?=\\s*[.:)]?\\s*\\D|\\s*[.:)]?\\s*$))?${TITLE_AFTER}`,
      "iu"
    ),
    example: "Оперативна ціль 1.1. Створено…",
  },
  {
    kind: "strategicGoal",
    pattern: new RegExp(
      `^\\s*${ENUMERATOR.replace("(?:\\.\\d+)*", "")}(?:${sectionWords("strategicGoal")})${EDGE_AFTER}\\s*№?\\s*(\\d+|${ROMAN_CLASS}{1,4}(?=[\\s.:)]|$))?${TITLE_AFTER}`,
      "iu"
    ),
    example: "СТРАТЕГІЧНА ЦІЛЬ 1. Жінки і чоловіки…",
  },
  // the short forms, only with a number: "Ціль 1.2. …", "Objective 1.2: …"; "Ціль 1. …", "Goal 1: …"
  {
    kind: "operationalGoal",
    pattern: new RegExp(
      `^\\s*(?:${sectionWords("operationalGoalShort")})${EDGE_AFTER}\\s*№?\\s*(\\d+\\s*\\.\\s*\\d+)${TITLE_AFTER}`,
      "iu"
    ),
    example: "Objective 1.2: Services",
    short: true,
  },
  {
    kind: "strategicGoal",
    pattern: new RegExp(
      `^\\s*(?:${sectionWords("strategicGoalShort")})${EDGE_AFTER}\\s*№?\\s*(\\d+(?!\\s*\\.\\s*\\d)|${ROMAN_CLASS}{1,4}(?=[\\s.:)]|$))${TITLE_AFTER}`,
      "iu"
    ),
    example: "Goal 1: Participation; Напрям ІІ. Участь",
    short: true,
  },
];

const OPERATIONAL_SHORT = new RegExp(
  `^\\s*(?:${sectionWords("operationalGoalShort")})${EDGE_AFTER}`,
  "iu"
);

/**
 * "Objective 1:", "Ціль 2.": a short word that names an operational goal as well as a strategic one (it is
 * the operational goal under a strategic goal the plan names with another word: "Goal 1" over "Objective 1").
 */
export function namesOperationalGoalToo(text: string): boolean {
  return OPERATIONAL_SHORT.test(text);
}

/**
 * What every section pattern starts with: a number perhaps, then one of the section words. A text without it is
 * no section row, and one test rules it out where the four patterns would each be tried.
 */
export const SECTION_START = new RegExp(
  `^\\s*${ENUMERATOR}(?:${anyOf(
    LANGUAGES.flatMap((l) => Object.values(l.sections).flat())
  )})${EDGE_AFTER}`,
  "iu"
);

// ---- a level above the goals (numbering-cells) ----
const PILLAR_START = new RegExp(
  `^\\s*${ENUMERATOR}(?:${anyOf(words("pillars"))})${EDGE_AFTER}`,
  "iu"
);

/**
 * "Pillar I: …", "Напрям І. …", "Складова 1. …": a goal row worded as a level that may stand above goal
 * rows. Asked only of goal rows; whether it is one is said by the goal rows under it.
 */
export function namesPillar(text: string): boolean {
  return PILLAR_START.test(text);
}

const BAND_NUMBER = `(\\d+(?:\\.\\d+)*|${ROMAN_CLASS}{1,5})`;
const BAND_HEADING = new RegExp(
  `^(?:(?:${anyOf(words("bandWords"))})\\s+${BAND_NUMBER}\\s*[.):]?(?:\\s+([\\s\\S]*))?|${BAND_NUMBER}[.)]\\s+([\\s\\S]+))$`,
  "iu"
);

/** "А. Інформаційні заходи", "Б) Навчання": a capital letter numbers the band (never "а)", a sub-item). */
const LETTER_HEADING = /^(\p{Lu})[.)]\s+(\p{L}[\s\S]*)$/u;

/**
 * "2. Нормативне забезпечення", "II. …", "Розділ I. …", "Section 3: …", "А. …": a band's own number (the
 * letter where a letter numbers it) and title.
 */
export function bandHeading(text: string): { number: string; title: string } | null {
  const t = text.trim();
  const m = BAND_HEADING.exec(t);
  if (m) return { number: arabic(m[1] ?? m[3]), title: (m[2] ?? m[4] ?? "").trim() };
  const letter = LETTER_HEADING.exec(t);
  return letter ? { number: letter[1], title: letter[2].trim() } : null;
}

const MEASURE_HEADING = new RegExp(
  `^(?:${anyOf(words("measureHeading"))})\\s+(\\d{1,3}(?:\\.\\d{1,3}){1,3})\\.?\\s*[:.)\\-–]?\\s+(?=\\S)`,
  "iu"
);
const MEASURE_HEADING_FIRST = new Set(
  words("measureHeading").flatMap((w) => [w[0], w[0].toUpperCase()])
);

/**
 * "Захід 1.2. Навчання", "Activity 1.1.1: Train": the measure's number (of two levels or more; "Захід 1" may
 * be the text's own words) and the text after it, or null.
 */
export function measureHeading(line: string): { number: string; rest: string } | null {
  if (!MEASURE_HEADING_FIRST.has(line[0])) return null;
  const m = MEASURE_HEADING.exec(line);
  return m ? { number: m[1], rest: line.slice(m[0].length) } : null;
}

const TASK_HEADING = new RegExp(`^(?:${anyOf(words("taskHeading"))})${EDGE_AFTER}\\s*`, "iu");

/** "Завдання 1. …", "Task 2: …": a national task written as a heading; the text without its word. */
export function taskHeading(text: string): { heading: boolean; rest: string } {
  const m = TASK_HEADING.exec(text);
  return m ? { heading: true, rest: text.slice(m[0].length) } : { heading: false, rest: text };
}

const TOTAL_ROW = new RegExp(
  `^(?:${anyOf(words("totals"))})${EDGE_AFTER}(?:\\s+(?:${anyOf(words("totalsTail"))})${EDGE_AFTER}[^\\n]{0,60})?\\s*[:.]?$`,
  "iu"
);

/** "Усього", "Разом за розділом 1:", "Total": the label of a totals row. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(text.trim());
}

const TITLE_START = new RegExp(`^(?:${anyOf(words("titleStarts"))})`, "iu");
const TITLE_ANYWHERE = compile(words("titleAnywhere"));

/** A line of the document's title block above the table ("ЗАТВЕРДЖЕНО", "План заходів…"). */
export function looksLikeTitle(text: string): boolean {
  return TITLE_START.test(text) || TITLE_ANYWHERE.test(text.toLowerCase());
}

const FOOTER_START = new RegExp(
  `^(?:\\*|_{3,}|(?:${anyOf(words("footerStarts"))})${EDGE_AFTER})`,
  "iu"
);

/**
 * A signer's name ("О.В. Петренко", "Галина КИСІЛЬ"): a footer only alone in its row, since executor cells
 * name people too. Letters of any alphabet.
 */
export const SIGNATURE_NAMES: readonly RegExp[] = [
  /(^|\s)\p{Lu}\.\s?\p{Lu}\.\s?\p{Lu}[\p{Ll}'’]+\s*$/u,
  /(^|\s)\p{Lu}[\p{Ll}'’]+\s+\p{Lu}{3,}\s*$/u,
];

/** A row of one or two texts below the table that is a footnote or a signature. */
export function looksLikeFooter(texts: string[]): boolean {
  if (texts.length === 0 || texts.length > 2) return false;
  // a footer's words start with a capital ("Начальник…", "Примітка"): "директори ЗЗСО" in lower case is the
  // rest of an executor cell after a page break, and a footer taken there would end the table
  if (/^[\p{Lu}*_]/u.test(texts[0]) && FOOTER_START.test(texts[0])) return true;
  return texts.length === 1 && SIGNATURE_NAMES.some((h) => h.test(texts[0]));
}

/** The line of a title that names the document ("План заходів…", "Action plan…"). */
export function isPlanTitleLine(line: string): boolean {
  return TITLE_START.test(line.trim()) || /(?<![\p{L}])(план|plan|програм|programme)/iu.test(line);
}

// ---- placeholders ---------------------------------------------------------------------------------------

const PLACEHOLDER = new RegExp(
  `^(?:[-–—―×/\\\\.]{1,3}|[xх]{1,3}|${anyOf(words("placeholders"))})$`,
  "iu"
);
const PLACEHOLDER_FIRST = new Set([
  ..."-–—―×/\\.xXхХ",
  ...words("placeholders").flatMap((w) => [w[0], w[0].toUpperCase()]),
]);

/** What staff write in a cell to say "nothing here": a dash, a cross, "не передбачено". */
export function isPlaceholder(text: string): boolean {
  return (
    text.length <= 20 && PLACEHOLDER_FIRST.has(text.trimStart()[0]) && PLACEHOLDER.test(text.trim())
  );
}

// ---- deadlines ---------------------------------------------------------------------------------------

/** Every month's forms in every language, January first. */
export const MONTH_FORMS: readonly (readonly string[])[] = Array.from({ length: 12 }, (_, i) =>
  LANGUAGES.flatMap((l) => l.months[i])
);
/** One pattern source for any month's name (longest first). */
export const MONTH_SOURCE = MONTH_FORMS.flat()
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, "\\."))
  .join("|");

export function monthNumber(word: string): number {
  const w = word.replace(/\.$/, "").toLowerCase();
  return MONTH_FORMS.findIndex((names) => names.includes(w)) + 1;
}

const ORDINAL_WORDS = Array.from({ length: 4 }, (_, i) =>
  compile(
    LANGUAGES.flatMap((l) => l.ordinals[i]),
    "whole"
  )
);
/** Ordinals for quarters and halves: Roman numerals in Latin or Cyrillic letters, digits, or words. */
export const ORDINAL_SOURCE = `(?:[iі]{1,3}v?|[1-4]|${anyOf(LANGUAGES.flatMap((l) => l.ordinals.flat()))})`;

/** "-й", "-го", "st": what may follow an ordinal number. */
export const ORDINAL_SUFFIX_SOURCE = `(?:-?(?:${anyOf(words("ordinalSuffixes"))}))`;
const ORDINAL_SUFFIX_END = new RegExp(`${ORDINAL_SUFFIX_SOURCE}$`, "u");

export function ordinal(word: string): number {
  const whole = word.replace(/і/g, "i");
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const bare = whole.replace(ORDINAL_SUFFIX_END, "");
  if (roman[bare]) return roman[bare];
  if (/^[1-4]$/.test(bare)) return Number(bare);
  for (let i = 0; i < 4; i++)
    if (ORDINAL_WORDS[i].test(whole) || ORDINAL_WORDS[i].test(bare)) return i + 1;
  return 0;
}

export const CONJUNCTION_SOURCE = anyOf(words("conjunctions"));
export const QUARTER_SOURCE = anyOf(words("quarter"));
/** The words that may stand before a deadline in a cell of several run together ("щорічно 2021"). */
export const DEADLINE_LEAD_SOURCE = anyOf([
  ...LANGUAGES.flatMap((l) => [...l.recurrences.annual, ...l.recurrences.continuous]),
  ...words("deadlineEnd"),
  ...words("deadlineStart"),
  ...words("periodBefore"),
]);
/** The words that may follow years ("роки", "рр.", "року"). */
export const YEARS_WORD = anyOf([...words("periodYearsAfter"), ...words("periodYearAfter")]);
/** "р.", "року", "year": a year's word after a date. */
export const YEAR_WORD = anyOf(words("periodYearAfter"));
export const HALF_YEAR_SOURCE = anyOf(words("halfYear"));

const RECURRENCE_ORDER: readonly RecurrenceWord[] = [
  "annual",
  "semiannual",
  "asNeeded",
  "quarterly",
  "monthly",
  "weekly",
  "continuous",
];
export const RECURRENCE_PATTERNS: readonly [RegExp, RecurrenceWord][] = RECURRENCE_ORDER.map(
  (r) => [
    compile(
      LANGUAGES.flatMap((l) => l.recurrences[r]),
      "start"
    ),
    r,
  ]
);

/** "20 числа [місяця]", "10th of each month": a day of every month or reporting period, no year. */
export const DAY_OF_MONTH = new RegExp(
  `^\\d{1,2}\\s*(?:${anyOf(words("dayOfMonth"))})${EDGE_AFTER}`,
  "u"
);

/** "протягом року", "during the year": a year with no number (its group is none). */
export const WHOLE_YEAR = compile(words("wholeYear"), "start");

/** "onwards", "і надалі": after a period, it starts then and goes on. */
export const ONWARDS = new RegExp(`^(?:${anyOf(words("onwards"))})${EDGE_AFTER}`, "u");

/** "середина 2025 року", "mid-2025": the middle of a year; its year is the group. */
export const MID_YEAR = new RegExp(
  `^(?:${anyOf(words("midYear"))})(?:\\s*-\\s*|\\s+)(\\d{4})(?!\\d)`,
  "u"
);
export const DEADLINE_END = new RegExp(`^(?:${anyOf(words("deadlineEnd"))})(?=\\s|\\d)`, "u");
export const DEADLINE_START = new RegExp(`^(?:${anyOf(words("deadlineStart"))})(?=\\s|\\d)`, "u");
const FILLER = new RegExp(`^(?:${anyOf(words("deadlineFiller"))}|-)$`, "u");
export function isDeadlineFiller(token: string): boolean {
  return FILLER.test(token);
}
export const REPORTING_PERIOD = new RegExp(
  `^\\((?:${anyOf([...words("reportingPeriod"), ...words("deadlineAsides")])})${EDGE_AFTER}[^)]*\\)`,
  "u"
);

/** Plan periods in a title. */
export const PERIOD_RANGE = new RegExp(
  `(?:${anyOf(words("periodBefore"))})\\s+(?:(?:${anyOf(words("periodNouns"))})\\s+)?(\\d{4})\\s*-\\s*(\\d{4})`,
  "u"
);
export const PERIOD_YEARS = new RegExp(
  `(\\d{4})\\s*-\\s*(\\d{4})\\s*(?:${anyOf(words("periodYearsAfter"))})`,
  "u"
);
export const PERIOD_UNTIL = new RegExp(
  `(?:${anyOf(words("periodUntil"))})\\s+(\\d{4})\\s*(?:${anyOf(words("periodYearAfter"))})?`,
  "u"
);
export const PERIOD_ONE_YEAR = new RegExp(
  `(?:${anyOf([...words("periodBefore"), "in"])})\\s+(\\d{4})\\s*(?:${anyOf(words("periodYearAfter"))})${EDGE_AFTER}`,
  "u"
);

/** "станом на 30.06.2023": the words, and the text after them up to the line's end or a bracket. */
export const AS_OF = new RegExp(
  `${EDGE_BEFORE}(?:${anyOf(words("asOfWords"))})\\s+([^\\n()]{4,40})`,
  "iu"
);

// ---- statuses ----------------------------------------------------------------------------------------

const STATUS_ORDER: readonly StatusWord[] = [
  "cancelled",
  "notStarted",
  "notDone",
  "postponed",
  "partial",
  "inProgress",
  "done",
];

/** First match wins: "не виконано" before "виконано", "виконано частково" before "виконано". */
export const STATUS_PATTERNS: readonly { kind: StatusWord; pattern: RegExp; example: string }[] =
  STATUS_ORDER.map((kind) => ({
    kind,
    pattern: compile(
      LANGUAGES.flatMap((l) => l.statuses[kind]),
      "start"
    ),
    example: uk.statuses[kind][0],
  }));

/** What a status column Plan Check adds holds, in each language: its header, its dropdown, its notes' header. */
export const STATUS_COLUMN_WORDS: Record<
  "uk" | "en",
  { header: string; notesHeader: string; choices: readonly string[] }
> = Object.fromEntries(
  (
    [
      ["uk", uk],
      ["en", en],
    ] as const
  ).map(([lang, l]) => [
    lang,
    { header: l.statusColumnHeader, notesHeader: l.progressNotesHeader, choices: l.statusChoices },
  ])
) as Record<"uk" | "en", { header: string; notesHeader: string; choices: readonly string[] }>;

/**
 * Capital letters that look the same in Latin and Cyrillic, each to the other: a status code typed on the
 * other keyboard ("B" for "В", "H" for "Н") is the same code.
 */
const LATIN_LOOKS = "ABCEHIKMOPTX";
const CYRILLIC_LOOKS = "АВСЕНІКМОРТХ";
export const LOOKALIKE_LETTERS: ReadonlyMap<string, string> = new Map([
  ...[...LATIN_LOOKS].map((c, i) => [c, CYRILLIC_LOOKS[i]] as const),
  ...[...CYRILLIC_LOOKS].map((c, i) => [c, LATIN_LOOKS[i]] as const),
]);

/** "Умовні позначення", "Legend": a legend of status codes says it is one (on normalized text). */
export const STATUS_LEGEND_WORDS = compile(words("statusLegendWords"), "anywhere");

export const STATUS_LEAD_IN = new RegExp(
  `^(?:станом на [\\d.]+(?: р\\.| року)?,? )?(?:${anyOf(words("statusLeadIn"))}) `,
  "u"
);

// ---- executors ---------------------------------------------------------------------------------------

export const BODY_HEADS = new Set(words("bodyHeads"));
/** "та", "і", "and": between two bodies ("Відділ освіти та Відділ культури"), lower case. */
export const CONJUNCTIONS = new Set(words("conjunctions"));
/** A noun in the instrumental case: "(управління) персоналом", "(управління) майном". */
export const INSTRUMENTAL = new RegExp(
  `\\p{Ll}(?:${words("instrumentalEndings").join("|")})$`,
  "u"
);
export const BODY_ABBREVIATIONS = new Set(words("bodyAbbreviations"));
export const BODY_NAMES = words("bodyNames");
export const BODY_JOINERS = new Set(words("bodyJoiners"));
export const POSITIONS = new Set(words("positions"));
export const POSITION_LEADS = new Set(words("positionLeads"));
export const BODY_KIND_NOUNS = new Set(words("bodyKindNouns"));
export const BODY_KIND_ADJECTIVES = new Set(words("bodyKindAdjectives"));
export const BODY_KIND_ALONE = new Set(words("bodyKindAlone"));
export const BODY_ENDING = new RegExp(
  `(?:${anyOf(words("bodyEndings"))}|згодою\\)|agreement\\)|\\))$`,
  "iu"
);
const PARTNER_WORDS = anyOf(words("partnerMarks"));
/**
 * The partner's mark at the end of a name without its brackets, or with other punctuation: "ГО за згодою",
 * "ГО - за згодою", "ГО, за згодою", "ГО [за згодою]", "ГО (за згодою" (a bracket left open).
 */
const PARTNER_TAIL = `(?:\\s*[,;:\\u2013\\u2014-]\\s*|\\s*[([]\\s*|\\s+)(?:${PARTNER_WORDS})\\s*[)\\]]?\\s*\\.?$`;
/** "(за згодою)" anywhere in a body's name, or its mark at the end however written: a partner. */
export const PARTNER_MARK = new RegExp(
  `\\(\\s*(?:${PARTNER_WORDS})\\s*\\)|(?<=\\S)${PARTNER_TAIL}`,
  "iu"
);
/**
 * A partner's mark that says it is on every body listed: "(усі за згодою)", "(всі – за згодою)", "(за згодою
 * всіх)" as the last bracket (the pattern reads it alone), or "За згодою:" before the list. The mark's words
 * are the group "mark" (or "mark2").
 */
const PARTNER_ALL_WORDS = anyOf(words("partnerAll"));
export const PARTNER_ALL_END = new RegExp(
  `^\\(\\s*(?:(?:${PARTNER_ALL_WORDS})\\s*[-\\u2013\\u2014:]?\\s*(?<mark>${PARTNER_WORDS})|(?<mark2>${PARTNER_WORDS})\\s+(?:${PARTNER_ALL_WORDS}))\\s*\\)\\.?$`,
  "iu"
);
export const PARTNER_ALL_LEAD = new RegExp(`^(?<mark>${PARTNER_WORDS})\\s*:\\s*`, "iu");
/** The last word of every partner's mark: a body without one is no partner, and one test finds that out fast. */
export const PARTNER_HINT = new RegExp(
  anyOf(words("partnerMarks").map((p) => p.split(" ").pop()!)),
  "iu"
);
/** A partner's mark at the end of a word, with the comma that ends its body: "(за згодою),". */
export const PARTNER_MARK_END = new RegExp(
  `(?:${anyOf(words("partnerMarks").map((p) => p.split(" ").pop()!))})\\),$`,
  "iu"
);
/** "Житомирський", "Рівненська": a place's adjective that may open a body's name before its head word. */
export const PLACE_ADJECTIVE = /^\p{Lu}[\p{Ll}']*(ськ|цьк|зьк)(ий|а|е|і|ого|ої)$/u;
/**
 * A short name that is a body on its own: all capitals ("МОН", "ДСНС", "МКМС") or a ministry's short form
 * ("Мінфін", "Мін'юст", "Міноборони").
 */
export const SHORT_NAME = /^(\p{Lu}[\p{Lu}'’]{1,9}|Мін['’]?\p{Ll}[\p{Ll}'’]{1,15})$/u;

/** Short words an abbreviation leaves out of its letters, lower case. */
export const ABBREVIATION_SKIPS = new Set(words("abbreviationSkips"));

/** The partner's mark "(за згодою)", anywhere in a body's name: the same body with or without it. */
export const PARTNER_MARKS = new RegExp(
  `\\s*\\(\\s*(?:${PARTNER_WORDS})\\s*\\)|(?<=\\S)${PARTNER_TAIL}`,
  "gu"
);

/**
 * The tails that name a body's level of government, each with its level, longest first: "Управління освіти
 * міської ради" is the city's department of education, whichever way the tail is written.
 */
export const BODY_LEVEL_TAILS: readonly { level: GovernmentLevel; tail: RegExp }[] =
  LANGUAGES.flatMap((l) =>
    (Object.entries(l.bodyLevels) as [GovernmentLevel, readonly string[]][]).flatMap(
      ([level, ts]) => ts.map((t) => ({ level, phrase: t }))
    )
  )
    .sort((a, b) => b.phrase.length - a.phrase.length)
    // the place a tail names ("Бердичівської міської ради") is its group "place": it stays in the key too
    .map(({ level, phrase }) => ({
      level,
      tail: new RegExp(`\\s+${phraseSource(phrase, true)}$`, "u"),
    }));

/**
 * The shape of a language's word lists. Each list holds phrases in the notation of compile.ts: words, `*`
 * for any ending, `(a|b)` for one of several words, `[a|b]` for words that may be left out. Every phrase is
 * matched on normalized text, at word edges.
 */

/** Where in a header cell's text the words must stand. */
export interface HeaderWords {
  /** The whole text. */
  whole?: readonly string[];
  /** At its start. */
  start?: readonly string[];
  /** At its end. */
  end?: readonly string[];
  /** Anywhere. */
  anywhere?: readonly string[];
  /** One phrase of each list, anywhere, in any order ("завдання" … "національного плану"). */
  both?: readonly [readonly string[], readonly string[]];
}

/**
 * The header rules in the order they are tried: the first that matches gives the column its role, so the
 * specific wordings come before the general ones ("захід Національного плану" before a bare "Захід").
 */
export const HEADER_RULES = [
  "number",
  "strategicGoal",
  "operationalGoal",
  "report",
  "status",
  "nationalTask",
  "nationalMeasure",
  "expectedResult",
  "indicator",
  "funding",
  "coExecutors",
  "executors",
  "deadlineEnd",
  "deadline",
  "measure",
  "task",
  "note",
] as const;
export type HeaderRule = (typeof HEADER_RULES)[number];

export type RecurrenceWord =
  "annual" | "semiannual" | "quarterly" | "monthly" | "weekly" | "continuous" | "asNeeded";
export type StatusWord =
  "cancelled" | "notStarted" | "notDone" | "postponed" | "partial" | "inProgress" | "done";

export interface Words {
  /** Column headers, by rule. */
  headers: Partial<Record<HeaderRule, HeaderWords>>;
  /** Goal rows: the words before the goal's number ("Стратегічна ціль 1. …"). */
  sections: {
    strategicGoal: readonly string[];
    operationalGoal: readonly string[];
    /** Shorter words that are a goal row only with a number: "Ціль 1. …" (strategic), "Ціль 1.2. …". */
    strategicGoalShort: readonly string[];
    operationalGoalShort: readonly string[];
  };
  /** The word a measure's number may follow in its cell: "Захід 1.2. …", "Activity 1.1.1: …". */
  measureHeading: readonly string[];
  /** The word before a band's number: "Розділ I. Організаційні заходи", "Section 3: Prevention". */
  bandWords: readonly string[];
  /** A national task written as a heading across the table: "Завдання 1. …". */
  taskHeading: readonly string[];
  /** The label of a totals row ("Усього", "Разом за розділом:"), and the words that may follow it. */
  totals: readonly string[];
  totalsTail: readonly string[];
  /** Title lines above the table. */
  titleStarts: readonly string[];
  titleAnywhere: readonly string[];
  /** Footnotes and the signer's office below the table, at the start of the row's text. */
  footerStarts: readonly string[];
  /** What staff write in a cell to say "nothing here". */
  placeholders: readonly string[];

  /** Month names, January first; each with its forms (nominative, genitive, locative, short). */
  months: readonly (readonly string[])[];
  /** Ordinal words for quarters and halves: first, second, third, fourth. */
  ordinals: readonly (readonly string[])[];
  /** Endings written after an ordinal number ("1-й", "2-го", "1st"). */
  ordinalSuffixes: readonly string[];
  /** "та", "і", "and": joins two quarters ("I та II квартали"). */
  conjunctions: readonly string[];
  /**
   * Endings of a noun in the instrumental case, the object of a verbal noun: "управління персоналом" is what a
   * body does, not a second body after "та".
   */
  instrumentalEndings: readonly string[];
  quarter: readonly string[];
  halfYear: readonly string[];
  recurrences: Record<RecurrenceWord, readonly string[]>;
  /** "20 числа місяця", "10th of each month": after a day's number, a day of every month or period. */
  dayOfMonth: readonly string[];
  /**
   * "протягом року", "during the year": the plan's year, or every year of a plan of several; alone, with no
   * period known, no year at all.
   */
  wholeYear: readonly string[];
  /** "до", "не пізніше": the period that follows is when the measure ends. */
  deadlineEnd: readonly string[];
  /** "onwards", "і надалі": after a period, the measure starts then and has no end. */
  onwards: readonly string[];
  /** "з", "починаючи з": the period that follows is when it starts. */
  deadlineStart: readonly string[];
  /**
   * "середина 2025 року", "mid-2025": the middle of the year that follows, read as the end of its first half
   * (due by 30 June; "з середини 2025 року", from then on, starts on 1 July).
   */
  midYear: readonly string[];
  /** Words that carry no meaning of their own in a deadline ("року", "протягом"). */
  deadlineFiller: readonly string[];
  /** "(за 2021 рік)": a parenthesis naming a reporting period, after its opening bracket. */
  /** "(у разі фінансування)", "(в межах бюджетних призначень)": a condition in brackets, after the bracket. */
  deadlineAsides: readonly string[];
  reportingPeriod: readonly string[];
  /** Plan periods in a title: "на період", "на 2024 рік"; the words before and after the years. */
  periodBefore: readonly string[];
  /** "на період 2021-2025", "на роки 2021-2025": a word between the preposition and the years. */
  periodNouns: readonly string[];
  periodYearsAfter: readonly string[];
  periodUntil: readonly string[];
  periodYearAfter: readonly string[];

  /** "станом на 30.06.2023", "as of 30 June 2023": the words before the date a title says it is as of. */
  asOfWords: readonly string[];

  /** Status words, at the start of a status cell or of its first sentence. */
  statuses: Record<StatusWord, readonly string[]>;
  /** Words that open a legend of status codes ("Умовні позначення: В – виконано; Н – не виконано"). */
  statusLegendWords: readonly string[];
  /** Words a report may put before its status word ("Захід виконано", "Даний захід виконується"). */
  statusLeadIn: readonly string[];
  /** The statuses a status column Plan Check adds offers in its dropdown, as staff write them. */
  statusChoices: readonly string[];
  /** The header of that status column, and of the progress notes column it may add beside it. */
  statusColumnHeader: string;
  progressNotesHeader: string;

  /** Words that open the name of a body, lower case ("управління", "department"). */
  bodyHeads: readonly string[];
  /** Abbreviations that name a body or a kind of body, as written ("ЗЗСО", "ЦНАП"). */
  bodyAbbreviations: readonly string[];
  /** Names of several words that hold a head word inside them: never split ("Верховна Рада України"). */
  bodyNames: readonly string[];
  /** Words a body's name ends with, after which a head word starts a new body ("ради", "області"). */
  bodyEndings: readonly string[];
  /** Words after which a capitalized head word still belongs to the same name ("імені", "при"). */
  bodyJoiners: readonly string[];
  /**
   * A person's position, lower case, that opens an executor written as a person ("Начальник відділу освіти
   * Іваненко І.І.", "Директор ЦНАП"): the body after it is where the person works, not another executor.
   */
  positions: readonly string[];
  /** Words before a position that are part of it ("головний спеціаліст", "перший заступник"). */
  positionLeads: readonly string[];
  /**
   * Kinds of bodies in the plural that a list names after a comma, each a body of its own
   * ("…облдержадміністрації, райдержадміністрації, територіальні громади"): the nouns, and the adjectives
   * that may stand before them ("міські, селищні, сільські ради").
   */
  bodyKindNouns: readonly string[];
  bodyKindAdjectives: readonly string[];
  /** Nouns of `bodyKindNouns` that are bodies after a comma with no adjective ("райдержадміністрації"). */
  bodyKindAlone: readonly string[];
  /** "усі", "all": in a partner's mark, it says the mark is on every body listed before it. */
  partnerAll: readonly string[];
  /** "(за згодою)": a partner outside the council; the words inside the brackets. */
  partnerMarks: readonly string[];
  /**
   * Tails the same body is written with or without ("міської ради"), by the level of government they name:
   * a body's key keeps its level, so the city council's department of education is never the oblast's.
   */
  bodyLevels: Readonly<Partial<Record<GovernmentLevel, readonly string[]>>>;
  /** Short joining words an abbreviation leaves out of its letters ("для", "та" in "ЦСССДМ"). */
  abbreviationSkips: readonly string[];

  // ---- a level above the goals (numbering-cells) ----
  /**
   * The words of a goal row that heads goal rows named otherwise ("Pillar I: …" over "Goal 1: …", "Напрям І"
   * over "Стратегічна ціль 1"): a level above the goals, kept at the top of their measures' paths.
   */
  pillars: readonly string[];
}

/** The level of government a body's tail names ("міської ради" → the city council). */
export type GovernmentLevel =
  /** a tail that says no level ("виконавчого комітету" of whichever council): as if left out */
  | "unstated"
  | "city"
  | "settlement"
  | "village"
  | "raion-council"
  | "oblast-council"
  | "raion-administration"
  | "oblast-administration";

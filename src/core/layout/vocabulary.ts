/**
 * The words the layout engine recognizes, kept as data a domain expert can read and extend.
 * Patterns run on normalized text (lower case, single spaces, one apostrophe, one dash).
 */

export type ColumnRole =
  | "nationalTask"
  | "nationalMeasure"
  | "measure"
  | "executors"
  | "deadline"
  | "deadlineEnd"
  | "coExecutors"
  | "status"
  | "indicator"
  | "funding"
  | "number"
  | "note"
  | "report"
  | "expectedResult"
  | "strategicGoal"
  | "operationalGoal";

/** Roles that make a table a plan; the others are recognized so they are not mistaken for data. */
export const CORE_ROLES: readonly ColumnRole[] = [
  "nationalTask",
  "nationalMeasure",
  "measure",
  "executors",
  "deadline",
];

export interface HeaderSynonym {
  role: ColumnRole;
  /** Matched against the whole normalized header text of the column (group row and sub-row joined). */
  pattern: RegExp;
  /** An example of the wording, for the documentation and the tests. */
  example: string;
}

/**
 * First match wins, so the specific wordings come before the general ones: "захід Національного плану" is a
 * national measure, a bare "Захід" is the community's own measure.
 */
export const HEADER_SYNONYMS: readonly HeaderSynonym[] = [
  // "№", "№ з/п" is the number column, also under a group label ("Заходи" over "№ | Зміст | …")
  {
    role: "number",
    pattern: /(^|\s)(№|n|no\.?|#|номер)( ?(з\/п|п\/п|пп|заходу|item))?\.?$|^№/,
    example: "№ з/п",
  },
  // flat layouts keep the goals in columns of their own instead of section rows
  {
    role: "strategicGoal",
    pattern:
      /^(стратегічн\S* (ціл|мет)\S*|strategic (goal|objective)s?|ціль|цілі|мета|пріоритет\S*|стратегічн\S* пріоритет\S*|goals?|priorit(y|ies))( плану| програми| стратегії)?$/,
    example: "Стратегічна ціль",
  },
  {
    role: "operationalGoal",
    pattern:
      /^(оперативн\S* ціл\S*|операційн\S* ціл\S*|operational (goal|objective)s?|specific (goal|objective)s?|підціл\S*|напрям\S*|sub-?goals?|sub-?objectives?|objectives?|directions?)( плану| програми| діяльності)?$/,
    example: "Оперативна ціль",
  },
  {
    role: "report",
    pattern:
      /інформаці\S* (про|щодо) (стан |хід )?(виконанн|реалізаці)|progress report|implementation report/,
    example: "Інформація про стан виконання",
  },
  {
    role: "status",
    pattern:
      /^(стан|статус)( виконання| реалізації)?$|стан виконання|статус виконання|^status|implementation status|^progress$/,
    example: "Стан виконання",
  },
  {
    role: "nationalTask",
    pattern:
      /(завданн\S*|task\S*).*(національн\S*|нацплан\S*|nap\b|national)|(національн\S*|national|nap\b).*(завданн\S*|task\S*)/,
    example: "Найменування завдання Національного плану",
  },
  {
    role: "nationalMeasure",
    pattern:
      /(захід|заходу|заходи|заходів|measure\S*|action\S*|activit\S*).*(національн\S*|nap\b|national)|(національн\S*|national|nap\b).*(захід|заходу|заходи|measure\S*|action\S*|activit\S*)/,
    example: "Найменування заходу Національного плану",
  },
  {
    role: "expectedResult",
    pattern: /очікуван\S* результат|expected (result|outcome)/,
    example: "Очікуваний результат",
  },
  {
    role: "indicator",
    pattern: /індикатор|показник|indicator|kpi\b/,
    example: "Індикатор виконання",
  },
  {
    role: "funding",
    pattern: /фінансуванн|джерел\S* фінанс|бюджет|кошторис|funding|budget|financ/,
    example: "Джерела фінансування",
  },
  // co-executors and partners beside the responsible executor: kept with the measure, not checked as executors
  {
    role: "coExecutors",
    pattern:
      /^(співвиконав\S*|співвиконання|партнер\S*|co-?executors?|co-?implementers?|partners?)( виконання| заходу)?$/,
    example: "Співвиконавці",
  },
  {
    role: "executors",
    pattern:
      /відповідальн|виконав|виконавц|співвиконав|responsib|executor|implementer|implementing|performer|in charge/,
    example: "Відповідальний виконавець",
  },
  // a deadline kept in two columns, "Термін виконання" over "початок | завершення": the second is the end
  {
    role: "deadlineEnd",
    pattern:
      /^((термін|строк|дата|період|терміни|строки)\S*( виконання| реалізації)?,? )?(дата )?(заверш\S*|закінч\S*|кінець|кінцев\S*)( виконання| реалізації| терміну| строку)?$|^((deadline|timeframe|period|dates?)s?,? )?(end( date)?|finish|completion|to)$/,
    example: "Термін виконання: завершення",
  },
  {
    role: "deadline",
    pattern:
      /термін|строк|дата виконання|період виконання|^(дата )?(початок|початку)( виконання| реалізації)?$|^start( date)?$|^(рік|роки) (виконання|реалізації)|^(рік|роки)$|deadline|time ?frame|timeline|timing|due date|^due$|^term|period|^date|^when$|^years?$/,
    example: "Термін виконання",
  },
  {
    role: "measure",
    pattern: /захід|заходу|заходи|заходів|місцев\S* план|measure|activit|action/,
    example: "Найменування заходу місцевого плану",
  },
  {
    role: "nationalTask",
    pattern: /^(найменування |зміст |назва )?завданн|^tasks?(?![\p{L}\p{N}])/u,
    example: "Завдання",
  },
  {
    role: "note",
    pattern: /^примітк|^коментар|^notes?$|^comments?$|^remarks?$/,
    example: "Примітка",
  },
];

/**
 * A grouped header row says which plan its sub-columns belong to; its words are joined to the sub-row's
 * words before matching, so "Національний план" over "Завдання" reads as a national task.
 */
export function headerRole(normalizedText: string): ColumnRole | null {
  if (!normalizedText) return null;
  for (const s of HEADER_SYNONYMS) if (s.pattern.test(normalizedText)) return s.role;
  return null;
}

export type SectionKind = "strategicGoal" | "operationalGoal";

export interface SectionPattern {
  kind: SectionKind;
  /** Group 1 is the number (absent where the plan does not number its goals), group 2 the title. */
  pattern: RegExp;
  example: string;
}

export const SECTION_PATTERNS: readonly SectionPattern[] = [
  {
    kind: "operationalGoal",
    pattern:
      /^\s*(?:[IVXІ\d]+(?:\.\d+)*[.)]\s*)?(?:оперативн[аі]\s+ціл[ьі]|операційн[аі]\s+ціл[ьі]|оперативне\s+завдання|operational\s+(?:objective|goal)|specific\s+(?:objective|goal))\s*№?\s*(\d+\s*\.\s*\d+|\d{1,2}(?=\s*[.:)]?\s*\D|\s*[.:)]?\s*$))?\s*\.?\s*[:.)\-–—]?\s*([\s\S]*)$/i,
    example: "Оперативна ціль 1.1. Створено…",
  },
  {
    kind: "strategicGoal",
    pattern:
      /^\s*(?:[IVXІ\d]+[.)]\s*)?(?:стратегічн[аі]\s+ціл[ьі]|стратегічн[аі]\s+мет[аи]|strategic\s+(?:objective|goal))\s*№?\s*(\d+|[IVXІ]{1,4}(?=[\s.:)]|$))?\s*\.?\s*[:.)\-–—]?\s*([\s\S]*)$/i,
    example: "СТРАТЕГІЧНА ЦІЛЬ 1. Жінки і чоловіки…",
  },
  // the short forms, only with a number: "Ціль 1.2. …", "Objective 1.2: …"; "Ціль 1. …", "Goal 1: …"
  {
    kind: "operationalGoal",
    pattern: /^\s*(?:ціль|objective)\s*№?\s*(\d+\s*\.\s*\d+)\s*\.?\s*[:.)\-–—]?\s*([\s\S]*)$/i,
    example: "Objective 1.2: Services",
  },
  {
    kind: "strategicGoal",
    pattern: /^\s*(?:ціль|мета|goal)\s*№?\s*(\d+)(?!\s*\.\s*\d)\s*\.?\s*[:.)\-–—]?\s*([\s\S]*)$/i,
    example: "Goal 1: Participation",
  },
];

/** Labels of a totals row: its numbers add up the rows above, it is not a measure. */
export const TOTAL_LABELS: readonly string[] = [
  "усього",
  "всього",
  "разом",
  "загалом",
  "підсумок",
  "итого",
  "total",
  "totals",
  "subtotal",
  "grand total",
];

const TOTAL_ROW = new RegExp(
  `^(${TOTAL_LABELS.join("|")})(?![\\p{L}\\p{N}])(\\s+(за|по|for|по плану|за планом|за розділом|за ціллю)[^\\d]{0,60})?\\s*[:.]?$`,
  "iu"
);

/** "Усього", "Разом за розділом 1:", "Total": the label of a totals row. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(text.trim());
}

/** Lines before the table that are part of the document's title block, not data. */
export const TITLE_HINTS: readonly RegExp[] = [
  /^затверджено/i,
  /^додаток/i,
  /^план\s+заход/i,
  /рішення\s+.*ради/i,
  /^action\s+plan/i,
  /^approved/i,
];

/** Lines after the table: footnotes and the signer's office, at the start of the row's first text. */
export const FOOTER_HINTS: readonly RegExp[] = [
  /^\*/,
  /^примітк/i,
  /^(секретар|начальни|директор|заступни|міський голова|керуюч)/i,
  /^(secretary|head of|director|mayor)/i,
];

/**
 * A signer's name ("О.В. Петренко", "Галина КИСІЛЬ"): a footer only alone in its row, since executor cells
 * name people too.
 */
export const SIGNATURE_NAMES: readonly RegExp[] = [
  /(^|\s)[А-ЯІЇЄҐA-Z]\.\s?[А-ЯІЇЄҐA-Z]\.\s?[А-ЯІЇЄҐA-Z][а-яіїєґa-z'’]+\s*$/,
  /(^|\s)[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+[А-ЯІЇЄҐ]{3,}\s*$/,
];

/** A row of one or two texts below the table that is a footnote or a signature. */
export function looksLikeFooter(texts: string[]): boolean {
  if (texts.length === 0 || texts.length > 2) return false;
  if (FOOTER_HINTS.some((h) => h.test(texts[0]))) return true;
  return texts.length === 1 && SIGNATURE_NAMES.some((h) => h.test(texts[0]));
}

/** The status vocabulary: what staff write in "Стан виконання", mapped to five states. */
import { normalize } from "./text";
import {
  LOOKALIKE_LETTERS,
  STATUS_LEAD_IN,
  STATUS_LEGEND_WORDS,
  STATUS_PATTERNS,
} from "./vocabulary";

/**
 * What a status says. `partial` ("Частково виконано") is counted with the measures in progress and
 * `postponed` ("Перенесено") with those not done, until the summaries count them apart.
 */
export type StatusKind =
  "done" | "partial" | "inProgress" | "postponed" | "notDone" | "notStarted" | "cancelled";

/** A plan's legend of status codes: the code in capitals ("В", "НВ", "+") → what it says. */
export type StatusLegend = Readonly<Record<string, StatusKind>>;

/**
 * The status words (src/core/vocabulary) match a status cell's first words, so a report written after the
 * status word ("Виконано. Проведено 5 навчань", "Не виконано у зв'язку з…") still says its status; so does a
 * first sentence that names the measure before its status ("Захід виконано", "Даний захід виконується").
 */
export const STATUS_VOCABULARY = STATUS_PATTERNS;

/** "В – виконано" in a status cell: a code, a dash, its meaning. */
const CODE_WITH_MEANING = /^\s*(\p{Lu}{1,3})\s*[-–—=]\s*(?=\p{L})/u;

export function statusKind(status: string | null | undefined): StatusKind | null {
  if (!status) return null;
  const t = normalize(status).replace(/[.;!]+$/, "");
  for (const text of [t, t.replace(STATUS_LEAD_IN, "")])
    for (const s of STATUS_PATTERNS) if (s.pattern.test(text)) return s.kind;
  // "В – виконано", "НВ – не виконано": the code's meaning, written after it, says the status; the code is
  // the meaning's first letter, so "НЕ – ВИКОНАНО" (a word, not a code) is not read this way
  const coded =
    status.length < 200 && status.charCodeAt(0) > 64 ? CODE_WITH_MEANING.exec(status) : null;
  if (coded) {
    const meaning = status.slice(coded[0].length);
    if (meaning.charAt(0).toUpperCase() === coded[1].charAt(0)) return statusKind(meaning);
  }
  return null;
}

/** The code a status cell holds ("В", "в.", " НВ "), in capitals; null for anything longer. */
export function statusCode(status: string): string | null {
  // a code is a few characters: a status of words is ruled out by its length alone
  if (status.length > 8) return null;
  const t = status.trim().replace(/[.;:!]+$/, "");
  if (t.length === 0 || t.length > 3) return null;
  return /^(?:\p{L}{1,3}|[+✓✔✗✘×])$/u.test(t) ? t.toUpperCase() : null;
}

/** A measure's status: its legend's meaning of a code where the plan has one, else its words. */
export function measureStatus(m: {
  status: string | null;
  statusLegend?: StatusLegend;
}): StatusKind | null {
  if (m.statusLegend && m.status) {
    const code = statusCode(m.status);
    // "B" typed on the Latin keyboard for the legend's "В"
    const kind =
      code === null
        ? undefined
        : (m.statusLegend[code] ??
          m.statusLegend[[...code].map((c) => LOOKALIKE_LETTERS.get(c) ?? c).join("")]);
    if (kind) return kind;
  }
  return statusKind(m.status);
}

/**
 * "В – виконано", "Ч = частково", "D – done": a code, a dash (or "=", ":"), its meaning up to the next
 * separator or the next code.
 */
const PAIR =
  /(?<![\p{L}\p{N}])(\p{Lu}{1,3}|[+✓✔✗✘×])\s*[-–—=:]\s*((?:(?!\s\p{Lu}{1,3}\s*[-–—=]\s)[^;,\n()])+)/gu;

/** The code pairs of one text whose meaning is a status, and whether the text says it is a legend. */
function legendPairs(text: string): { pairs: [string, StatusKind][]; named: boolean } | null {
  // a legend has a dash or an equals sign, and words: most cells are ruled out before any pattern
  if (text.length < 5 || text.length > 600 || !/[-–—=]/.test(text)) return null;
  const pairs: [string, StatusKind][] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const kind = statusKind(m[2].trim().replace(/[.\s]+$/, ""));
    if (kind) pairs.push([m[1].toUpperCase(), kind]);
  }
  if (pairs.length === 0) return null;
  return { pairs, named: STATUS_LEGEND_WORDS.test(normalize(text)) };
}

/** A legend read from the pairs: two codes or more, or one where the text says it is a legend. */
function legendOf(
  pairs: [string, StatusKind][],
  named: boolean
): Record<string, StatusKind> | null {
  const legend: Record<string, StatusKind> = {};
  for (const [code, kind] of pairs) legend[code] ??= kind;
  const n = Object.keys(legend).length;
  return n >= 2 || (n === 1 && named) ? legend : null;
}

/**
 * A legend of status codes in one text: "Умовні позначення: В – виконано; Н – не виконано; Ч – виконано
 * частково", "В – виконано, Н – не виконано". Null where the text is none ("В – виконано" alone, "Н –
 * населення").
 */
export function readStatusLegend(text: string): Record<string, StatusKind> | null {
  const read = legendPairs(text);
  return read ? legendOf(read.pairs, read.named) : null;
}

/**
 * Reads the plan's legend where its statuses are codes ("В", "Н", "Ч") no status word explains, and gives
 * each such measure the legend. The legend's texts (every cell around the table: above, below, beside, the
 * header) are read only then; a legend may be one cell or one code a cell ("В – виконано" beside each row).
 */
export function applyStatusLegend(
  measures: { status: string | null; statusLegend?: StatusLegend }[],
  texts: () => Iterable<string>
): void {
  const coded = measures.filter(
    (m) => m.status !== null && statusCode(m.status) !== null && statusKind(m.status) === null
  );
  if (coded.length === 0) return;
  const pairs: [string, StatusKind][] = [];
  let named = false;
  for (const t of texts()) {
    const read = legendPairs(t);
    if (!read) continue;
    pairs.push(...read.pairs);
    named ||= read.named;
  }
  const legend = legendOf(pairs, named);
  if (!legend) return;
  const shared = Object.freeze(legend);
  for (const m of coded) m.statusLegend = shared;
}

/** Measures of several sheets of one plan: a code with no legend on its own sheet reads by another's. */
export function shareStatusLegend(
  measures: { status: string | null; statusLegend?: StatusLegend }[]
): void {
  const legend = measures.find((m) => m.statusLegend)?.statusLegend;
  if (!legend) return;
  for (const m of measures)
    if (!m.statusLegend && m.status !== null && statusCode(m.status) !== null)
      m.statusLegend = legend;
}

/** The cells' texts a legend may be in: every cell of the sheet except those `skip` names. */
export function* legendTexts(
  sheet: { at(row: number, col: number): string },
  rows: number,
  cols: number,
  skip: (row: number, col: number) => boolean
): Iterable<string> {
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (skip(r, c)) continue;
      const t = sheet.at(r, c);
      if (t.length >= 5) yield t;
    }
}

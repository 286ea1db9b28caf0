/** Finds the header row(s) of the plan table and the role of every column. */
import { rowCount, type Grid } from "../grid";
import { normalize } from "../text";
import type { SheetText } from "./sheetText";
import {
  CORE_ROLES,
  headerRole,
  looksLikeTitle,
  SECTION_PATTERNS,
  type ColumnRole,
} from "./vocabulary";

export interface HeaderMatch {
  /** 0-based rows of the header. */
  rows: number[];
  columns: Partial<Record<ColumnRole, number>>;
  /** Header text by 0-based column, as matched (group row and sub-row joined). */
  text: Record<number, string>;
  score: number;
  /** Roles two columns could hold: the one taken and the other. */
  guesses: RoleGuess[];
  /** Further columns of a role kept in several (`GROUPED_ROLES`): funding by year, its amount and its source. */
  more?: Partial<Record<ColumnRole, number[]>>;
}

/**
 * Roles read only into a measure's extra, which a plan may keep in several columns ("Обсяг фінансування" over
 * "2025 | 2026 | 2027", or "Обсяг фінансування | Джерела фінансування"): every column is kept, not the first.
 */
export const GROUPED_ROLES: readonly ColumnRole[] = [
  "indicator",
  "funding",
  "note",
  "report",
  "expectedResult",
];

/** How far down a sheet a header may start: title blocks can be long, but not endless. */
const MAX_HEADER_ROW = 300;

/** Roles where a second candidate column makes the choice a guess worth telling the user about. */
const TOLD_ROLES: readonly ColumnRole[] = [...CORE_ROLES, "status", "deadlineEnd", "number"];

export interface RoleGuess {
  role: ColumnRole;
  chosen: number;
  other: number;
}

/**
 * Sub-labels that say more than the group over them: "Відповідальні" over "виконавець | співвиконавці" is the
 * executors' column and the co-executors'; "Строк" over "початок | завершення" the start and the end.
 */
const NARROWER: Partial<Record<ColumnRole, readonly ColumnRole[]>> = {
  executors: ["coExecutors"],
  deadline: ["deadlineEnd"],
};

function rolesOf(
  texts: string[],
  hidden: ReadonlySet<number> = new Set(),
  subs: readonly string[] = []
): {
  columns: Partial<Record<ColumnRole, number>>;
  score: number;
  matched: number;
  guesses: RoleGuess[];
  more: Partial<Record<ColumnRole, number[]>>;
} {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const guesses: RoleGuess[] = [];
  const more: Partial<Record<ColumnRole, number[]>> = {};
  let duplicates = 0;
  texts.forEach((t, col) => {
    let role = headerRole(normalize(t));
    if (!role) return;
    const narrower = NARROWER[role];
    if (narrower && subs[col] && subs[col] !== t) {
      const sub = headerRole(normalize(subs[col]));
      if (sub && narrower.includes(sub)) role = sub;
    }
    const taken = columns[role];
    if (taken === undefined) columns[role] = col;
    else if (
      role === "measure" &&
      columns.nationalMeasure === undefined &&
      // one label merged over both is a group over its sub-columns, not two plans' measures
      t !== texts[taken]
    ) {
      // Two "measure" columns with no national one: the first is the national plan's measure.
      columns.nationalMeasure = taken;
      columns.measure = col;
    } else {
      duplicates++;
      // a hidden column (an outdated deadline kept beside the current one) loses to a visible one
      const swap = hidden.has(taken) && !hidden.has(col);
      if (swap) columns[role] = col;
      else if (GROUPED_ROLES.includes(role)) (more[role] ??= []).push(col);
      if (TOLD_ROLES.includes(role) && t !== texts[taken])
        guesses.push({ role, chosen: swap ? col : taken, other: swap ? taken : col });
    }
  });
  const core = CORE_ROLES.filter((r) => columns[r] !== undefined).length;
  const other = Object.keys(columns).length - core;
  return { columns, score: core * 2 + other - duplicates, matched: core, guesses, more };
}

function isPlanHeader(columns: Partial<Record<ColumnRole, number>>): boolean {
  const has = (r: ColumnRole) => columns[r] !== undefined;
  return (
    (has("measure") || has("nationalMeasure")) &&
    (has("executors") || has("deadline")) &&
    Object.keys(columns).length >= 3
  );
}

/** A second header row holds short labels; data rows, section rows and column numbers do not qualify. */
function looksLikeSubHeader(texts: string[]): boolean {
  const filled = texts.filter((t) => t);
  if (filled.length === 0) return false;
  if (filled.every((t) => /^\d+\.?$/.test(t))) return false;
  if (filled.some((t) => t.length > 80)) return false;
  if (SECTION_PATTERNS.some((p) => p.pattern.test(filled[0]))) return false;
  return filled.some((t) => headerRole(normalize(t)) !== null);
}

export function findHeader(grid: Grid, sheet: SheetText): HeaderMatch | null {
  const merges = sheet.merges;
  const hidden = new Set(grid.hiddenColumns ?? []);
  const rows = Math.min(rowCount(grid), MAX_HEADER_ROW);
  const cols = sheet.width;
  let best: HeaderMatch | null = null;
  // a grouped header spans its sub-columns: each column reads the text of the merged area it lies in
  const rowTexts = (r: number) => Array.from({ length: cols }, (_, c) => sheet.merged(r, c));
  // a header starts where its cells start: a cell merged down from the row above belongs to an earlier header
  const startTexts = (r: number) =>
    rowTexts(r).map((t, c) => (merges.isCoveredFromAbove(r, c) ? "" : t));
  for (let r = 0; r < rows; r++) {
    const one = startTexts(r);
    // a header has at least two cells of its own: one text merged across the table is a title
    const own = (c: number) => (merges.areaAt(r, c)?.left ?? c) === c;
    if (one.filter((t, c) => t && own(c)).length < 2) continue;
    const candidates: { rows: number[]; texts: string[]; group?: boolean; subs?: string[] }[] = [
      { rows: [r], texts: one },
    ];
    if (r + 1 < rowCount(grid)) {
      const below = rowTexts(r + 1);
      // the sub-row of a group: every cell of its own lies under a cell of row r merged across, not down
      // ("Обсяг фінансування" over "2022 | 2023 | 2024"), whatever its words
      const underGroups = below
        .map((t, c) => ({ t, c }))
        .filter(({ t, c }) => t && !merges.isCoveredFromAbove(r + 1, c));
      const subRowOfGroups =
        underGroups.length > 0 &&
        underGroups.every(({ c }) => {
          const a = merges.areaAt(r, c);
          return !!a && a.top === r && a.bottom === r && a.right > a.left;
        });
      if (subRowOfGroups || looksLikeSubHeader(below)) {
        const joined = one.map((t, c) => {
          const a = merges.areaAt(r, c);
          // a cell merged down over both rows is one header cell, not two
          if (a && a.bottom >= r + 1) return t;
          return [t, below[c]].filter((x) => x).join(" ");
        });
        // a group row: a cell merged across some of the columns, not down ("Національний план" over two)
        const group =
          subRowOfGroups ||
          (below.filter(
            (t, c) => t && (merges.areaAt(r + 1, c)?.left ?? c) === c && headerRole(normalize(t))
          ).length >= 2 &&
            one.some((t, c) => {
              const a = merges.areaAt(r, c);
              return !!t && !!a && a.left === c && a.right > a.left && a.bottom === r;
            }));
        candidates.push({ rows: [r, r + 1], texts: joined, group, subs: below });
      }
    }
    for (const cand of candidates) {
      const { columns, score, matched, guesses, more } = rolesOf(cand.texts, hidden, cand.subs);
      if (matched < 2 || !isPlanHeader(columns)) continue;
      // a second row only helps when it adds roles, or when the first row groups its columns
      const adjusted = cand.group ? score + 0.25 : score - (cand.rows.length - 1) * 0.5;
      if (!best || adjusted > best.score) {
        const text: Record<number, string> = {};
        cand.texts.forEach((t, c) => {
          if (t) text[c] = t;
        });
        best = { rows: cand.rows, columns, text, score: adjusted, guesses, more };
      }
    }
    // the first complete header wins over later repeats of the same header after page breaks
    if (best && r > best.rows[best.rows.length - 1] + 2) break;
  }
  if (best) best = withTranslation(withGroupsAbove(best, sheet), rowTexts, rowCount(grid));
  return best;
}

/**
 * A row of group labels right above the header, each merged across some of its columns ("Заходи" over
 * № | Зміст | Виконавець, "Виконання" over Строк | Обсяг): part of the header, never a line of the title.
 */
function withGroupsAbove(best: HeaderMatch, sheet: SheetText): HeaderMatch {
  const above = best.rows[0] - 1;
  if (above < 0) return best;
  const cols = Object.keys(best.text).map(Number);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const last = best.rows[best.rows.length - 1];
  let groups = 0;
  let covered = 0;
  // a cell merged down over the group row and the header is a column of its own ("Стан виконання" added
  // right of the table over all its header rows)
  const columns: { c: number; t: string }[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const t = sheet.at(above, c);
    if (!t) continue;
    const a = sheet.merges.areaAt(above, c);
    if (a && a.top === above && a.bottom === last && a.left === a.right && c > right) {
      columns.push({ c, t });
      continue;
    }
    if (!a || a.top !== above || a.bottom !== above || a.right === a.left) return best;
    if (a.left < left || a.right > right || looksLikeTitle(t)) return best;
    groups++;
    covered += a.right - a.left + 1;
  }
  if (groups < 2 || covered < (right - left + 1) * 0.75) return best;
  const out = {
    ...best,
    rows: [above, ...best.rows],
    text: { ...best.text },
    columns: { ...best.columns },
  };
  for (const { c, t } of columns) {
    out.text[c] = t;
    const role = headerRole(normalize(t));
    if (role && out.columns[role] === undefined) out.columns[role] = c;
  }
  return out;
}

/**
 * The header of another table below the plan ("Джерело | Обсяг | Виконавець | Строк" under "Довідково"):
 * short cells naming three roles or more, not where the plan keeps them. A row of the plan names a role in a
 * cell now and then ("Проведення заходів | Виконавчий комітет | протягом строку дії програми"), but in the
 * plan's own columns.
 */
export function looksLikeAnotherHeader(
  sheet: SheetText,
  r: number,
  planColumns: Partial<Record<ColumnRole, number>>
): boolean {
  const roles = new Set<ColumnRole>();
  let cells = 0;
  let inPlace = 0;
  for (let c = 0; c < sheet.width; c++) {
    const a = sheet.merges.areaAt(r, c);
    if (a && (a.left !== c || a.top !== r)) continue;
    const t = sheet.at(r, c);
    if (!t) continue;
    if (t.length > 60) return false;
    cells++;
    const role = headerRole(normalize(t));
    if (!role) continue;
    roles.add(role);
    if (planColumns[role] === c) inPlace++;
  }
  return cells >= 3 && roles.size >= 3 && inPlace <= 1;
}

/**
 * A header in two languages: the row below says the same column by column ("Захід | Виконавець" over
 * "Measure | Executor"). It is part of the header, never a measure.
 */
function withTranslation(
  best: HeaderMatch,
  rowTexts: (r: number) => string[],
  rows: number
): HeaderMatch {
  const next = best.rows[best.rows.length - 1] + 1;
  if (next >= rows) return best;
  const roleAt = new Map(Object.entries(best.columns).map(([role, c]) => [c as number, role]));
  let agree = 0;
  for (const [c, t] of rowTexts(next).entries()) {
    if (!t) continue;
    const role = headerRole(normalize(t));
    if (role === null) continue;
    // "Виконавець" over "Responsible": the same role; a role of another column is no translation
    if (roleAt.get(c) !== role && !(role === "nationalTask" && roleAt.get(c) === "nationalTask"))
      return best;
    agree++;
  }
  return agree >= 2 ? { ...best, rows: [...best.rows, next] } : best;
}

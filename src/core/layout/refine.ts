/**
 * Refiners: steps after the rows are read that repair or complete what was read — cells shifted one column,
 * page-break fragments, goals taken from measure numbers, a deadline kept in two columns, deadlines without
 * their year in a plan for one year.
 */
import { parseDeadline, type Deadline } from "../deadline";
import { groupExecutorCell, splitExecutors } from "../executors";
import { cellText, MergeIndex, type Grid } from "../grid";
import { oneLine, tidy } from "../text";
import { YEAR_WORD } from "../vocabulary";
import { leadingMeasureNumber } from "./measures";
import type { SheetText } from "./sheetText";
import type { Measure } from "../plan";
import type { RowCells } from "./rows";
import type { ColumnRole } from "./vocabulary";

/**
 * A plan without goal rows (or with strategic goals only) still numbers its measures "goal.objective.item":
 * a measure outside any goal row takes its goals from its number, so it is counted under them.
 */
export function inferGoalsFromNumbers(measures: Measure[]): void {
  for (const m of measures) {
    if (m.operationalGoal !== null || !m.number) continue;
    const parts = m.number.split(".");
    if (parts.length < 3) continue;
    if (m.strategicGoal === null) m.strategicGoal = parts[0];
    if (m.strategicGoal === parts[0]) m.operationalGoal = `${parts[0]}.${parts[1]}`;
  }
}

/**
 * A deadline kept in two columns: the first gives the start, the second the end ("01.03.2022" and "30.06.2022",
 * "2021" and "2025"). Either alone is the deadline; a start after its end is not understood.
 */
export function joinDeadlines(start: Deadline, end: Deadline): Deadline {
  if (end.unparsed === "empty") return start;
  if (start.unparsed === "empty") return end;
  const raw = `${start.raw} – ${end.raw}`;
  if (start.unparsed || end.unparsed)
    return {
      ...start,
      raw,
      start: null,
      end: null,
      precision: null,
      unparsed: start.unparsed ?? end.unparsed,
    };
  const from = start.start ?? start.end;
  const to = end.end ?? end.start;
  if (from && to && to < from)
    return {
      raw,
      start: null,
      end: null,
      recurrence: null,
      precision: null,
      unparsed: "reversed-range",
    };
  const precision =
    start.precision === "day" && end.precision === "day"
      ? "day"
      : from && to && from.slice(0, 4) !== to.slice(0, 4)
        ? "years"
        : (end.precision ?? start.precision);
  return {
    raw,
    start: from,
    end: to,
    recurrence: start.recurrence ?? end.recurrence,
    precision,
    unparsed: null,
  };
}

/**
 * A plan for one year ("на 2024 рік") writes its deadlines without the year: "І квартал", "травень",
 * "до 1 березня", "протягом року". Those read as that year's; the text stays as written.
 */
export function completeDeadlinesWithPlanYear(measures: Measure[], year: number | null): void {
  if (year === null) return;
  for (const m of measures) {
    const d = m.deadline;
    // "IV квартал" alone reads as every year's fourth quarter; in a plan for one year it is that year's
    const everyYear = !d.unparsed && !d.start && !d.end && !/\d{4}/.test(d.raw);
    if (d.unparsed !== "unknown-words" && d.unparsed !== "no-period" && !everyYear) continue;
    const withYear = parseDeadline(`${d.raw} ${year}`);
    if (!withYear.unparsed && (withYear.start || withYear.end))
      m.deadline = { ...withYear, raw: d.raw };
  }
}

/**
 * Text converted from documents sometimes lands one column off: a measure in the national-measure column
 * with its executor and deadline beside it, or a second measure in the executor column. Where the table's
 * columns run national measure, measure, executors, deadline, such a row is read as if it were in place.
 */
/** The columns a shifted row is told in, in their order: each right beside the one before. */
const SHIFT_ORDER: readonly ColumnRole[] = ["nationalMeasure", "measure", "executors", "deadline"];

export function repairShiftedCells(
  grid: Grid,
  merges: MergeIndex,
  cells: RowCells,
  cols: Partial<Record<ColumnRole, number>>,
  r: number
): string | null {
  const order = SHIFT_ORDER;
  for (let i = 0; i < order.length; i++) {
    const c = cols[order[i]];
    if (c === undefined || (i > 0 && c !== cols[order[i - 1]]! + 1)) return null;
  }
  const txt = (role: ColumnRole) =>
    cells.coveredFromAbove.has(role) ? "" : (cells.text[role] ?? "");
  if (
    leadingMeasureNumber(txt("nationalMeasure")) &&
    !leadingMeasureNumber(txt("measure")) &&
    !txt("deadline")
  ) {
    cells.text.deadline = txt("executors");
    cells.text.executors = txt("measure");
    cells.text.measure = txt("nationalMeasure");
    cells.address.deadline = cells.address.executors;
    cells.address.executors = cells.address.measure;
    cells.address.measure = cells.address.nationalMeasure;
    const covered = new Set(cells.coveredFromAbove);
    for (const role of order) covered.delete(role);
    covered.add("nationalMeasure");
    cells.coveredFromAbove = covered;
    return "cells shifted one column left, read in place";
  }
  if (leadingMeasureNumber(txt("executors")) && leadingMeasureNumber(txt("measure"))) {
    const next = cols.deadline! + 1;
    const taken = Object.values(cols).includes(next);
    cells.text.measure = `${txt("measure")}\n${txt("executors")}`;
    cells.text.executors = txt("deadline");
    cells.text.deadline = taken ? "" : tidy(cellText(grid, r, next));
    void merges;
    return "cells shifted one column right, read in place";
  }
  return null;
}

/**
 * A measure merged down over rows of its own, each with an executor and a deadline: the row's bodies join the
 * measure's, and its deadline widens the measure's ("2024" and "2025" are 2024–2025).
 */
export function appendMergedShare(m: Measure, executors: string, deadline: string): void {
  if (executors) {
    const more = splitExecutors(executors).filter((b) => !m.executors.includes(b));
    if (more.length) m.executors = [...m.executors, ...more];
  }
  if (deadline && deadline !== m.deadline.raw) {
    const joined = parseDeadline(m.deadline.raw ? `${m.deadline.raw}, ${deadline}` : deadline);
    if (!joined.unparsed) m.deadline = joined;
  }
}

/** Joins a page-break fragment to the measure row above it: text to text, executors to executors. */
export function appendFragment(
  prev: { cells: RowCells; measures: Measure[] },
  own: (role: ColumnRole) => string
): void {
  const last = prev.measures[prev.measures.length - 1];
  const m = own("measure");
  if (m) last.text = `${last.text} ${oneLine(m)}`.trim();
  const e = own("executors");
  if (e) {
    const raw = `${(prev.cells.text.executors ?? "").replace(/\n$/, "")} ${e}`;
    prev.cells.text.executors = raw;
    const n = prev.measures.length;
    const groups = n > 1 ? groupExecutorCell(raw, n) : null;
    prev.measures.forEach((pm, i) => {
      pm.executors = splitExecutors(groups ? groups[i] : raw);
    });
  }
  const s = own("status");
  if (s) last.status = `${last.status ?? ""} ${s}`.trim();
}

/** A sub-header cell that names one year: "2024", "2024 рік", "2024 р.". */
const YEAR_LABEL = new RegExp(`^(\\d{4})(?:\\s*(?:${YEAR_WORD}))?$`, "iu");
/** What says a year is not marked: nothing, or a dash. */
const NO_MARK = /^[-–—―]?$/;

/**
 * A deadline kept as marks under its years: "Строк виконання" over "2024 | 2025 | 2026", a "+" or "х" under
 * each year the measure runs. The columns and their years, or null where the deadline is no such group.
 */
export function yearMarkColumns(
  sheet: SheetText,
  headerRows: readonly number[],
  deadlineCol: number | undefined
): { col: number; year: string }[] | null {
  if (deadlineCol === undefined || headerRows.length < 2) return null;
  const sub = headerRows[headerRows.length - 1];
  // the row that groups the years: the header's last but one (a row of wider groups may stand above it)
  const top = headerRows[headerRows.length - 2];
  const group = sheet.merges.areaAt(top, deadlineCol);
  if (!group || group.top !== top || group.bottom >= sub || group.right === group.left) return null;
  const out: { col: number; year: string }[] = [];
  for (let c = group.left; c <= group.right; c++) {
    const m = YEAR_LABEL.exec(sheet.merged(sub, c).trim());
    if (!m) return null;
    out.push({ col: c, year: m[1] });
  }
  return out;
}

/** Each measure's deadline from the years marked in its row: "+" under 2024 and 2025 is "2024, 2025". */
export function deadlinesFromYearMarks(
  measures: Measure[],
  grid: Grid,
  years: readonly { col: number; year: string }[]
): void {
  for (const m of measures) {
    const r = m.row - 1;
    // the mark as written: "х", which elsewhere says "nothing here", marks a year here
    const marked = years.filter(({ col }) => !NO_MARK.test(tidy(cellText(grid, r, col)).trim()));
    if (marked.length === 0) continue;
    const raw = marked.map((y) => y.year).join(", ");
    m.deadline = { ...parseDeadline(raw), raw };
  }
}

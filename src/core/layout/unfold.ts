/**
 * Unfolding a row: the measures of one cell (several measures, one a line or run together, numbered in the
 * text or in the number column), each with its share of the executor, deadline and status cells beside it.
 */
import { parseDeadline, parseDeadlineValue, splitDeadlineCell } from "../deadline";
import { groupExecutorCell, splitExecutors } from "../executors";
import {
  cellAddress,
  cellText,
  isErrorValue,
  MergeIndex,
  numberFormat,
  rawValue,
  type Grid,
} from "../grid";
import type { Level, Measure } from "../plan";
import { oneLine, startsLower, tidy } from "../text";
import {
  listedMeasures,
  mayListMeasures,
  numberCell,
  splitByItemNumbers,
  type MeasureItem,
} from "./measures";
import { groupValue, type ColumnGroup } from "./groups";
import { joinDeadlines } from "./refine";
import type { RowCells } from "./rows";
import type { ColumnRole } from "./vocabulary";

/** The extra columns of a measure that has none: one shared, frozen object. */
const NO_EXTRA: Partial<Record<ColumnRole, string>> = Object.freeze({});

const EXTRA_ROLES: readonly ColumnRole[] = [
  "indicator",
  "funding",
  "note",
  "report",
  "expectedResult",
  "coExecutors",
];

/**
 * The items' numbers from the number column where their text has none: one number for one measure, or one
 * number a line beside as many lines of measures.
 */
export function numberedItems(given: MeasureItem[], numberText: string): MeasureItem[] {
  let items = given;
  const ownNumber = numberCell(numberText);
  if (items.length === 1 && !items[0].number && ownNumber) items[0].number = ownNumber;
  // several numbers in the number column, one a line, beside as many measures, one a line
  if (items.length !== 1 || items[0].number || !numberText.includes("\n")) return items;
  const columnNumbers = numberText.split("\n").map((l) => numberCell(l));
  if (columnNumbers.every((x) => x !== null)) {
    // "1) …" a line beside "1.1", "1.2": the list's own marks are no part of the measures' texts
    const listed = mayListMeasures(items[0].text) ? listedMeasures(items[0].text) : null;
    if (listed && listed.length === columnNumbers.length)
      return listed.map((text, i) => ({ number: columnNumbers[i], text }));
    const groups: string[] = [];
    for (const line of items[0].text.split("\n")) {
      if (groups.length > 0 && startsLower(line)) groups[groups.length - 1] += ` ${line}`;
      else groups.push(line);
    }
    if (groups.length === columnNumbers.length)
      items = groups.map((text, i) => ({ number: columnNumbers[i], text }));
  }
  return items;
}

/** How many parts a neighbouring cell gives, one a line (executors: a line in lower case goes on with the one above). */
function partCount(text: string, role: ColumnRole): number {
  if (!text) return 0;
  let n = 0;
  for (const line of text.split("\n")) {
    const l = line.trim();
    if (l && (n === 0 || role !== "executors" || !startsLower(l))) n++;
  }
  return n;
}

/**
 * One measure's cell that plainly lists several ("1) …; 2) …", "1. …\n2. …", "- …\n- …") is read as those
 * measures where the cells beside it align with the list: the executors' or the deadline's cell gives one
 * line a measure, and none of them gives another count than one or as many. A list beside one executor and
 * one deadline is the measure's own sub-items. The measures share the row's number, where it has one.
 */
export function listedItems(
  items: MeasureItem[],
  own: (role: ColumnRole) => string
): MeasureItem[] {
  if (items.length !== 1 || !mayListMeasures(items[0].text)) return items;
  const list = listedMeasures(items[0].text);
  if (!list) return items;
  const n = list.length;
  const executors = partCount(own("executors"), "executors");
  const deadline = partCount(own("deadline"), "deadline");
  const status = partCount(own("status"), "status");
  if (executors !== n && deadline !== n) return items;
  if ([executors, deadline, status].some((c) => c > 1 && c !== n)) return items;
  return list.map((text) => ({ number: items[0].number, text }));
}

export interface UnfoldContext {
  grid: Grid;
  merges: MergeIndex;
  roleCols: Partial<Record<ColumnRole, number>>;
  tableLeft: number;
  /** Roles kept in several columns: their extra holds every column's value. */
  groups?: Partial<Record<ColumnRole, ColumnGroup>>;
}

/** Where the row's measures sit in the plan: their goals, task, national measure and path. */
export type Where = Pick<
  Measure,
  "strategicGoal" | "operationalGoal" | "task" | "nationalMeasure" | "nationalMeasureIndex"
> & { path: Level[] };

/** The measures of a row, item by item, with the cells beside them split the same way. */
export function unfoldRow(
  { grid, merges, roleCols, tableLeft, groups }: UnfoldContext,
  r: number,
  cells: RowCells,
  items: MeasureItem[],
  where: Where
): Measure[] {
  const n = items.length;
  const execCell = cells.text.executors ?? "";
  const deadlineCell = cells.text.deadline ?? "";
  const statusCell = cells.text.status ?? "";
  // cells beside several measures may repeat the measures' numbers to say which part is whose
  const numbers = items.map((i) => i.number);
  const execGroups =
    n > 1 ? (splitByItemNumbers(execCell, numbers) ?? groupExecutorCell(execCell, n)) : null;
  const deadlineParts =
    n > 1
      ? (splitByItemNumbers(deadlineCell, numbers) ?? splitDeadlineCell(deadlineCell, n))
      : null;
  const statusLines =
    n > 1
      ? (splitByItemNumbers(statusCell, numbers) ??
        statusCell
          .split("\n")
          .map((s) => s.trim())
          .filter((s) => s))
      : null;
  const deadlineCol = roleCols.deadline;
  const deadlineAddr = cells.address.deadline ?? null;

  return items.map((item, i) => {
    let deadline;
    if (deadlineParts) deadline = parseDeadline(deadlineParts[i]);
    else if (deadlineCol !== undefined && n === 1) {
      const a = merges.areaAt(r, deadlineCol);
      const tr = a ? a.top : r;
      const tc = a ? a.left : deadlineCol;
      deadline = parseDeadlineValue(
        rawValue(grid, tr, tc),
        numberFormat(grid, tr, tc),
        oneLine(deadlineCell)
      );
      // a dash says there is no deadline: missing, and reported as written
      if (deadline.unparsed === "empty" && !deadlineCell) {
        const written = isErrorValue(rawValue(grid, tr, tc)) ? "" : tidy(cellText(grid, tr, tc));
        if (written) deadline = { ...deadline, raw: written };
      }
    } else deadline = parseDeadline(oneLine(deadlineCell));
    const endCol = roleCols.deadlineEnd;
    if (endCol !== undefined && n === 1) {
      const a = merges.areaAt(r, endCol);
      const tr = a ? a.top : r;
      const tc = a ? a.left : endCol;
      const endText = oneLine(cells.text.deadlineEnd ?? "");
      const end = parseDeadlineValue(rawValue(grid, tr, tc), numberFormat(grid, tr, tc), endText);
      deadline = joinDeadlines(deadline, end);
    }
    let extra: Partial<Record<ColumnRole, string>> = NO_EXTRA;
    for (const role of EXTRA_ROLES) {
      const group = groups?.[role];
      const grouped = group && cells.grouped?.[role];
      const value = grouped ? groupValue(group, grouped) : cells.text[role];
      if (value) {
        if (extra === NO_EXTRA) extra = {};
        extra[role] = value;
      }
    }
    return {
      number: item.number,
      text: oneLine(item.text),
      row: r + 1,
      cell: cells.address.measure ?? cellAddress(r, roleCols.number ?? tableLeft),
      // written out, not spread: a spread in the middle of a literal makes a slower, larger object
      strategicGoal: where.strategicGoal,
      operationalGoal: where.operationalGoal,
      task: where.task,
      nationalMeasure: where.nationalMeasure,
      nationalMeasureIndex: where.nationalMeasureIndex,
      path: where.path,
      executors: splitExecutors(execGroups ? execGroups[i] : execCell),
      executorsCell: cells.address.executors ?? null,
      deadline,
      deadlineCell: deadlineAddr,
      status:
        statusLines && statusLines.length === n
          ? statusLines[i]
          : oneLine(statusCell).trim() || null,
      statusCell: cells.address.status ?? null,
      item: i + 1,
      items: n,
      extra,
    };
  });
}

/**
 * The layout engine: a sheet snapshot in, a plan out. It finds the header, classifies every row (title,
 * header, section, measure, continuation, footer…), unfolds merged cells and multi-measure cells, and
 * aligns executors and deadlines item by item.
 */
import { parseDeadline, parseDeadlineValue, splitDeadlineCell, type Deadline } from "../deadline";
import { groupExecutorCell, splitExecutors } from "../executors";
import {
  cellAddress,
  cellText,
  columnLetter,
  isErrorValue,
  MergeIndex,
  numberFormat,
  rawValue,
  rowCount,
  type Grid,
  type MergedArea,
} from "../grid";
import type {
  Layout,
  Level,
  Measure,
  NationalMeasure,
  NationalTask,
  OperationalGoal,
  Plan,
  Recognition,
  RowInfo,
  RowKind,
  StrategicGoal,
} from "../plan";
import { normalize, startsLower, tidy } from "../text";
import { findHeader } from "./header";
import { planYear } from "../period";
import { SheetText } from "./sheetText";
import {
  leadingMeasureNumber,
  nationalMeasureNumber,
  numberCell,
  splitByItemNumbers,
  splitMeasureCell,
  taskNumber,
} from "./measures";
import {
  isTotalLabel,
  looksLikeFooter,
  SECTION_PATTERNS,
  type ColumnRole,
  type SectionKind,
} from "./vocabulary";
import { arabic, ROMAN_CLASS, taskHeading } from "../vocabulary";

const EXTRA_ROLES: readonly ColumnRole[] = [
  "indicator",
  "funding",
  "note",
  "report",
  "expectedResult",
  "coExecutors",
];

interface RowCells {
  row: number;
  text: Partial<Record<ColumnRole, string>>;
  /** Roles whose cell is covered by a vertical merge from a row above. */
  coveredFromAbove: Set<ColumnRole>;
  /** A1 address of the cell holding each role's value (the merge's top-left cell where merged). */
  address: Partial<Record<ColumnRole, string>>;
}

function sectionOf(
  text: string
): { kind: SectionKind; number: string | null; title: string } | null {
  for (const p of SECTION_PATTERNS) {
    const m = p.pattern.exec(text);
    if (m)
      return {
        kind: p.kind,
        number: m[1] ? arabic(m[1].replace(/\s+/g, "")) : null,
        title: tidy(m[2]).replace(/\n/g, " "),
      };
  }
  return null;
}

function isColumnNumbersRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t);
  if (filled.length < 3) return false;
  const nums = filled.map((t) => Number(t.replace(/\.$/, "")));
  return nums.every((n, i) => Number.isInteger(n) && (i === 0 || n === nums[i - 1] + 1));
}

/** A continuation fragment starts in the middle of a sentence: lower case, or punctuation such as «. */
function looksLikeFragment(text: string): boolean {
  const t = text.trim();
  return startsLower(t) || /^[«»"'“”„,;:.)\-–—]/.test(t);
}

export interface RecognizeOptions {
  /** Column roles the user corrected (role → 0-based column): they win over what the header says. */
  columns?: Partial<Record<ColumnRole, number>>;
}

/** The header's roles with the user's corrections: a corrected column loses any role it had before. */
export function withCorrections(
  found: Partial<Record<ColumnRole, number>>,
  corrected: Partial<Record<ColumnRole, number>> = {}
): Partial<Record<ColumnRole, number>> {
  const taken = new Set(Object.values(corrected));
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const [role, col] of Object.entries(found) as [ColumnRole, number][])
    if (!taken.has(col) && corrected[role] === undefined) out[role] = col;
  for (const [role, col] of Object.entries(corrected) as [ColumnRole, number][])
    if (col !== undefined && col >= 0) out[role] = col;
  return out;
}

export function recognizePlan(grid: Grid, options: RecognizeOptions = {}): Recognition {
  const rows = rowCount(grid);
  const sheet = new SheetText(grid);
  const cols = sheet.width;
  if (rows === 0 || cols === 0) return { ok: false, sheet: grid.sheetName, reason: "empty-sheet" };
  const merges = sheet.merges;
  const header = findHeader(grid, sheet);
  if (!header) return { ok: false, sheet: grid.sheetName, reason: "no-header" };

  const found = numbersAreNotMeasures(
    sheet,
    header.columns,
    header.rows[header.rows.length - 1],
    rows
  );
  const roleCols = withCorrections(found, options.columns);
  // a role the user set is no longer a guess
  const guesses = [
    ...header.guesses,
    ...(found.measure !== header.columns.measure
      ? [{ role: "measure" as const, chosen: found.measure!, other: header.columns.measure! }]
      : []),
  ].filter((g) => options.columns?.[g.role] === undefined && roleCols[g.role] === g.chosen);
  const roles = Object.keys(roleCols) as ColumnRole[];
  const tableCols = Object.keys(header.text).map(Number);
  const tableLeft = Math.min(...tableCols);
  const tableRight = Math.max(...tableCols);
  // a header repeated after a page break: the whole header, or its last row alone
  const lastHeader = header.rows[header.rows.length - 1];
  const headerTexts = new Map(
    Object.entries(header.text).map(([c, t]) => [
      Number(c),
      // words only: a sub-row of years or numbers under a group is not what a repeated header is told by
      [normalize(t), sheet.normalized(lastHeader, Number(c))].filter((x) => /\p{L}/u.test(x)),
    ])
  );
  const firstHeaderRow = header.rows[0];
  const lastHeaderRow = header.rows[header.rows.length - 1];

  const rowInfo: RowInfo[] = [];
  const kinds: RowKind[] = new Array(rows).fill("blank");
  // blank rows are not listed: a stray cell at row 1,048,576 must not cost a million entries
  const setKind = (r: number, kind: RowKind, reason: string) => {
    kinds[r] = kind;
    if (kind !== "blank") rowInfo[r] = { row: r + 1, kind, reason };
  };

  const titleLines: string[] = [];
  for (let r = 0; r < firstHeaderRow; r++) {
    if (sheet.isEmptyRow(r)) continue;
    const texts = rowTextsDistinct(sheet, r, 0, cols - 1);
    if (texts.length === 0) setKind(r, "blank", "empty");
    else {
      setKind(r, "title", "above the header");
      titleLines.push(...texts);
    }
  }
  for (const r of header.rows) setKind(r, "header", "column names");

  const strategicGoals: StrategicGoal[] = [];
  const operationalGoals: OperationalGoal[] = [];
  const nationalTasks: NationalTask[] = [];
  const nationalMeasures: NationalMeasure[] = [];
  const measures: Measure[] = [];

  let sg: string | null = null;
  let og: string | null = null;
  let task: NationalTask | null = null;
  let taskIndex: number | null = null;
  let nm: NationalMeasure | null = null;
  let nmIndex: number | null = null;
  let lastDataRow = lastHeaderRow;
  let lastMeasureRow: { cells: RowCells; measures: Measure[] } | null = null;
  let footerStarted = false;
  /** A goal row without its title: the title may follow in a row of its own. */
  let pendingTitle: StrategicGoal | OperationalGoal | null = null;
  /** A band across the table that is not a goal ("Організаційна робота"): a level of its own. */
  let band: Level | null = null;
  /** Levels the plan does not number are numbered by their place among their siblings. */
  const siblings = new Map<string, number>();
  const nextAmong = (parent: string) => {
    const n = (siblings.get(parent) ?? 0) + 1;
    siblings.set(parent, n);
    return String(n);
  };
  const taskNumbers = new Map<NationalTask, string>();
  const nmNumbers = new Map<NationalMeasure, string>();
  const scopeKey = () => `${sg ?? ""}|${og ?? ""}|${band?.row ?? ""}`;
  const newTask = (t: NationalTask) => {
    taskNumbers.set(t, t.number ?? nextAmong(`task:${scopeKey()}`));
    return t;
  };
  const newNm = (n: NationalMeasure) => {
    nmNumbers.set(n, n.number ?? nextAmong(`nm:${scopeKey()}|${task?.row ?? ""}`));
    return n;
  };
  const pathHere = (): Level[] => {
    const path: Level[] = [];
    const goal = lastWith(strategicGoals, (g) => g.number === sg);
    if (goal)
      path.push({ kind: "strategicGoal", number: goal.number, title: goal.title, row: goal.row });
    const objective = lastWith(operationalGoals, (g) => g.number === og);
    if (objective)
      path.push({
        kind: "operationalGoal",
        number: objective.number,
        title: objective.title,
        row: objective.row,
      });
    if (band) path.push(band);
    if (task)
      path.push({
        kind: "nationalTask",
        number: taskNumbers.get(task) ?? task.number,
        title: task.text,
        row: task.row,
      });
    if (nm)
      path.push({
        kind: "nationalMeasure",
        number: nmNumbers.get(nm) ?? nm.number,
        title: nm.text,
        row: nm.row,
      });
    return path;
  };

  const readRow = (r: number): RowCells => {
    const cells: RowCells = { row: r, text: {}, coveredFromAbove: new Set(), address: {} };
    for (const role of roles) {
      const c = roleCols[role]!;
      const area = merges.areaAt(r, c);
      const top = area ? area.top : r;
      const left = area ? area.left : c;
      cells.text[role] = sheet.at(top, left);
      cells.address[role] = cellAddress(top, left);
      if (area && area.top < r) cells.coveredFromAbove.add(role);
    }
    return cells;
  };

  for (let r = lastHeaderRow + 1; r < rows; r++) {
    if (sheet.isEmptyRow(r)) continue;
    const texts = rowTextsDistinct(sheet, r, tableLeft, Math.max(tableRight, cols - 1));
    if (texts.length === 0) {
      setKind(r, "blank", "empty");
      continue;
    }
    if (/^\d+\.?$/.test(texts[0]) && isColumnNumbersRow(texts)) {
      setKind(r, "column-numbers", "column numbers under the header");
      continue;
    }
    let headerHits = 0;
    for (const [c, ts] of headerTexts) {
      // normalizing keeps the length near the raw text's: most cells are ruled out without it
      const raw = sheet.merged(r, c);
      if (ts.some((t) => Math.abs(raw.length - t.length) < 8 && sheet.normalized(r, c) === t))
        headerHits++;
    }
    if (headerHits >= 2) {
      setKind(r, "header", "the header repeated after a page break");
      continue;
    }
    // "СТРАТЕГІЧНА ЦІЛЬ 2." alone, its title in a row of its own below
    const untitled = pendingTitle;
    pendingTitle = null;
    if (
      untitled &&
      texts.length === 1 &&
      sectionOf(texts[0]) === null &&
      !leadingMeasureNumber(texts[0]) &&
      isBand(sheet, r, tableLeft)
    ) {
      untitled.title = texts[0].replace(/\n/g, " ");
      setKind(r, "other", "the title of the goal above");
      lastDataRow = r;
      continue;
    }
    // a section row holds one text (merged across, or in its first cell), perhaps beside a short number
    const sectionText = texts.find((t) => sectionOf(t) !== null);
    let section =
      sectionText && texts.every((t) => t === sectionText || t.length <= 12)
        ? sectionOf(sectionText)
        : null;
    if (
      !section &&
      sectionText &&
      texts.length === 2 &&
      texts[0] === sectionText &&
      sectionOf(sectionText)!.title === ""
    ) {
      // "Стратегічна ціль 1" in one cell and its title in the next
      section = { ...sectionOf(sectionText)!, title: texts.slice(1).join(" ") };
    }
    if (section) {
      // a goal written without its number takes the next one in order
      // "Оперативна ціль 2" under strategic goal 3 is objective 3.2
      if (section.kind === "operationalGoal" && section.number && !section.number.includes("."))
        section.number = `${sg ?? "1"}.${section.number}`;
      if (!section.number) {
        section.number =
          section.kind === "strategicGoal"
            ? String(strategicGoals.length + 1)
            : `${sg ?? "1"}.${operationalGoals.filter((g) => g.strategicGoal === (sg ?? "1")).length + 1}`;
      }
      const firstCol = firstFilledCol(sheet, r, tableLeft);
      const cell = cellAddress(r, firstCol);
      if (section.kind === "strategicGoal") {
        sg = section.number;
        og = null;
        strategicGoals.push({ number: sg, title: section.title, row: r + 1, cell });
        if (!section.title) pendingTitle = strategicGoals[strategicGoals.length - 1];
        setKind(r, "strategic-goal", "strategic goal pattern");
      } else {
        og = section.number;
        if (!sg) sg = og.split(".")[0];
        operationalGoals.push({
          number: og,
          strategicGoal: sg,
          title: section.title,
          row: r + 1,
          cell,
        });
        if (!section.title) pendingTitle = operationalGoals[operationalGoals.length - 1];
        setKind(r, "operational-goal", "operational goal pattern");
      }
      task = null;
      taskIndex = null;
      nm = null;
      nmIndex = null;
      band = null;
      lastMeasureRow = null;
      lastDataRow = r;
      continue;
    }

    // signatures and footnotes below the table
    if (
      measures.length > 0 &&
      // signatures and footnotes are one or two cells of text, never a row of the table
      (footerStarted || looksLikeFooter(texts)) &&
      !leadingMeasureNumber(texts[0])
    ) {
      footerStarted = true;
      setKind(r, "footer", "signature or footnote below the table");
      continue;
    }

    // "Усього" over the sums of the rows above: a totals row, not a measure
    const totalLabel = texts.find((t) => isTotalLabel(t));
    if (totalLabel && texts.every((t) => t === totalLabel || !/\p{L}{3,}/u.test(t))) {
      setKind(r, "total", "a totals row");
      lastMeasureRow = null;
      lastDataRow = r;
      continue;
    }
    const cells = readRow(r);
    // A band: one text merged across the table that is not a goal. A national task written as a heading
    // starts a task; any other band is a label.
    const measureArea =
      roleCols.measure !== undefined ? merges.areaAt(r, roleCols.measure) : undefined;
    if (
      texts.length === 1 &&
      measureArea &&
      measureArea.top === r &&
      measureArea.right > measureArea.left &&
      // merged from a column before the measure's, or across three columns or more from it
      (measureArea.left < roleCols.measure! || measureArea.right - measureArea.left >= 2)
    ) {
      const heading = taskHeading(texts[0]);
      if (heading.heading || taskNumber(texts[0])) {
        const text = heading.rest;
        task = newTask({
          number: taskNumber(text),
          text,
          row: r + 1,
          cell: cellAddress(measureArea.top, measureArea.left),
          strategicGoal: sg,
          operationalGoal: og,
        });
        nationalTasks.push(task);
        taskIndex = nationalTasks.length - 1;
        nm = null;
        nmIndex = null;
        setKind(r, "other", "a national task written as a heading across the table");
      } else {
        // "Організаційна робота": a section of the goal it sits in, numbered as written or in order
        const title = texts[0].replace(/\n/g, " ");
        const written = BAND_NUMBER.exec(title);
        band = {
          kind: "section",
          number: written ? arabic(written[1]) : nextAmong(`section:${sg ?? ""}|${og ?? ""}`),
          title: written ? written[2] : title,
          row: r + 1,
        };
        task = null;
        taskIndex = null;
        nm = null;
        nmIndex = null;
        setKind(r, "section", "a heading across the table");
      }
      lastMeasureRow = null;
      lastDataRow = r;
      continue;
    }
    const shifted = repairShiftedCells(grid, merges, cells, roleCols, r);
    const own = (role: ColumnRole) =>
      cells.coveredFromAbove.has(role) ? "" : (cells.text[role] ?? "");
    const measureText = own("measure");
    const numberText = own("number");
    const taskText = own("nationalTask");
    const nmText = own("nationalMeasure");
    const dataRoles = roles.filter((role) => own(role) !== "");

    if (dataRoles.length === 0) {
      // everything in this row comes from merges above: it belongs to the rows above
      setKind(r, "continuation", "only merged cells from the rows above");
      continue;
    }

    // A page-break fragment: the rest of the cells above, starting mid-sentence, with no deadline or number of its own.
    const fragment =
      lastMeasureRow !== null &&
      !numberText &&
      !leadingMeasureNumber(measureText) &&
      dataRoles.every((role) => looksLikeFragment(own(role)));
    if (fragment && lastMeasureRow) {
      appendFragment(lastMeasureRow, own);
      setKind(r, "continuation", "text continued from the row above (page break)");
      lastDataRow = r;
      continue;
    }

    // Goals kept in columns of their own (a flat layout): a new value starts a new goal.
    const goalCell = (role: "strategicGoal" | "operationalGoal") =>
      roleCols[role] !== undefined ? (cells.text[role] ?? "") : "";
    const sgText = goalCell("strategicGoal");
    const ogText = goalCell("operationalGoal");
    if (sgText) {
      const parsed = sectionOf(sgText) ?? {
        kind: "strategicGoal" as const,
        number: /^(\d+)/.exec(sgText)?.[1] ?? null,
        title: sgText.replace(/^\d+\s*[.):]?\s*/, ""),
      };
      const last = strategicGoals[strategicGoals.length - 1];
      // a goal without a number is the same goal while its title is the same
      const number: string =
        parsed.number ??
        (last && last.title === parsed.title && last.number
          ? last.number
          : String(strategicGoals.length + 1));
      if (number !== sg) {
        sg = number;
        og = null;
        band = null;
        strategicGoals.push({
          number,
          title: parsed.title,
          row: r + 1,
          cell: cells.address.strategicGoal!,
        });
      }
    }
    if (ogText) {
      const parsed = sectionOf(ogText) ?? {
        kind: "operationalGoal" as const,
        number: /^(\d+\.\d+)/.exec(ogText)?.[1] ?? null,
        title: ogText.replace(/^\d+(\.\d+)*\s*[.):]?\s*/, ""),
      };
      const last = operationalGoals[operationalGoals.length - 1];
      // without a strategic goal above, an unnumbered operational goal is numbered 1, 2… on its own
      const count = operationalGoals.filter((g) => g.strategicGoal === sg).length + 1;
      const number: string =
        parsed.number ??
        (last && last.title === parsed.title && last.number
          ? last.number
          : sg
            ? `${sg}.${count}`
            : String(count));
      if (number !== og) {
        og = number;
        if (!sg && number.includes(".")) sg = number.split(".")[0];
        band = null;
        operationalGoals.push({
          number,
          strategicGoal: sg,
          title: parsed.title,
          row: r + 1,
          cell: cells.address.operationalGoal!,
        });
        task = null;
        taskIndex = null;
        nm = null;
        nmIndex = null;
      }
    }

    // National task: a new one where its cell starts here; a lower-case cell continues the task above.
    if (taskText) {
      if (task && looksLikeFragment(taskText) && task.number) {
        task.text = `${task.text} ${taskText}`;
      } else {
        task = newTask({
          number: taskNumber(taskText),
          text: taskText,
          row: r + 1,
          cell: cells.address.nationalTask!,
          strategicGoal: sg,
          operationalGoal: og,
        });
        nationalTasks.push(task);
        taskIndex = nationalTasks.length - 1;
        nm = null;
        nmIndex = null;
      }
    }
    if (nmText) {
      if (nm && looksLikeFragment(nmText) && nm.number) {
        nm.text = `${nm.text} ${nmText}`;
      } else {
        nm = newNm({
          number: nationalMeasureNumber(nmText),
          text: nmText,
          row: r + 1,
          cell: cells.address.nationalMeasure!,
          strategicGoal: sg,
          operationalGoal: og,
          task: task?.number ?? null,
          taskIndex,
          measureCount: 0,
        });
        nationalMeasures.push(nm);
        nmIndex = nationalMeasures.length - 1;
      }
    }

    let items = splitMeasureCell(measureText);
    if (
      items.length > 1 &&
      items[0].number === null &&
      lastMeasureRow &&
      looksLikeFragment(items[0].text)
    ) {
      // the rest of the measure above (a page break), then measures of this row
      const last = lastMeasureRow.measures[lastMeasureRow.measures.length - 1];
      last.text = `${last.text} ${items[0].text.replace(/\n/g, " ")}`;
      items = items.slice(1);
    }
    const hasOwnExecOrDeadline = own("executors") !== "" || own("deadline") !== "";
    if (items.length === 0 && hasOwnExecOrDeadline && roleCols.measure !== undefined) {
      // executors and a deadline with no measure text: a measure whose text is missing
      items = [{ number: numberCell(numberText), text: "" }];
    }
    if (items.length === 0) {
      setKind(
        r,
        nmText || taskText ? "national-measure" : "other",
        nmText || taskText
          ? "national plan cells without a local measure"
          : "no measure in this row"
      );
      if (nmText || taskText) lastDataRow = r;
      lastMeasureRow = null;
      continue;
    }

    const ownNumber = numberCell(numberText);
    if (items.length === 1 && !items[0].number && ownNumber) items[0].number = ownNumber;
    // several numbers in the number column, one a line, beside as many measures, one a line
    const columnNumbers = numberText.split("\n").map((l) => numberCell(l));
    if (
      items.length === 1 &&
      !items[0].number &&
      columnNumbers.length > 1 &&
      columnNumbers.every((x) => x !== null)
    ) {
      const groups: string[] = [];
      for (const line of items[0].text.split("\n")) {
        if (groups.length > 0 && startsLower(line)) groups[groups.length - 1] += ` ${line}`;
        else groups.push(line);
      }
      if (groups.length === columnNumbers.length)
        items = groups.map((text, i) => ({ number: columnNumbers[i], text }));
    }

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

    const rowMeasures: Measure[] = items.map((item, i) => {
      let deadline;
      if (deadlineParts) deadline = parseDeadline(deadlineParts[i]);
      else if (deadlineCol !== undefined && n === 1) {
        const a = merges.areaAt(r, deadlineCol);
        const tr = a ? a.top : r;
        const tc = a ? a.left : deadlineCol;
        deadline = parseDeadlineValue(
          rawValue(grid, tr, tc),
          numberFormat(grid, tr, tc),
          deadlineCell.replace(/\n/g, " ")
        );
        // a dash says there is no deadline: missing, and reported as written
        if (deadline.unparsed === "empty" && !deadlineCell) {
          const written = isErrorValue(rawValue(grid, tr, tc)) ? "" : tidy(cellText(grid, tr, tc));
          if (written) deadline = { ...deadline, raw: written };
        }
      } else deadline = parseDeadline(deadlineCell.replace(/\n/g, " "));
      const endCol = roleCols.deadlineEnd;
      if (endCol !== undefined && n === 1) {
        const a = merges.areaAt(r, endCol);
        const tr = a ? a.top : r;
        const tc = a ? a.left : endCol;
        const endText = (cells.text.deadlineEnd ?? "").replace(/\n/g, " ");
        const end = parseDeadlineValue(rawValue(grid, tr, tc), numberFormat(grid, tr, tc), endText);
        deadline = joinDeadlines(deadline, end);
      }
      const extra: Partial<Record<ColumnRole, string>> = {};
      for (const role of EXTRA_ROLES) if (cells.text[role]) extra[role] = cells.text[role];
      return {
        number: item.number,
        text: item.text.replace(/\n/g, " "),
        row: r + 1,
        cell: cells.address.measure ?? cellAddress(r, roleCols.number ?? tableLeft),
        strategicGoal: sg,
        operationalGoal: og,
        task: task ? (taskNumbers.get(task) ?? task.number) : null,
        nationalMeasure: nm?.number ?? null,
        nationalMeasureIndex: nmIndex,
        executors: splitExecutors(execGroups ? execGroups[i] : execCell),
        executorsCell: cells.address.executors ?? null,
        deadline,
        deadlineCell: deadlineAddr,
        status:
          statusLines && statusLines.length === n
            ? statusLines[i]
            : statusCell.replace(/\n/g, " ").trim() || null,
        statusCell: cells.address.status ?? null,
        item: i + 1,
        items: n,
        extra,
        path: pathHere(),
      };
    });
    if (nm) nm.measureCount += rowMeasures.length;
    measures.push(...rowMeasures);
    lastMeasureRow = { cells, measures: rowMeasures };
    setKind(
      r,
      "measure",
      `${n > 1 ? `${n} measures in one cell` : "a local measure"}${shifted ? ` (${shifted})` : ""}`
    );
    lastDataRow = r;
  }

  if (measures.length === 0) return { ok: false, sheet: grid.sheetName, reason: "no-measures" };
  inferGoalsFromNumbers(measures);
  const title = titleLines.length ? titleLines.join("\n") : null;
  completeDeadlinesWithPlanYear(measures, planYear(title));

  // Rows after the last row of the table are footnotes and signatures.
  for (let r = lastDataRow + 1; r < rows; r++) {
    if (kinds[r] !== "blank")
      setKind(
        r,
        "footer",
        looksLikeFooter(rowTextsDistinct(sheet, r, 0, cols - 1))
          ? "signature or footnote"
          : "below the table"
      );
  }

  const layout: Layout = {
    headerRows: header.rows.map((r) => r + 1),
    columns: roleCols,
    headerText: header.text,
    firstRow: lastHeaderRow + 2,
    lastRow: lastDataRow + 1,
    rows: rowInfo.filter((x) => x !== undefined),
  };
  const plan: Plan = {
    sheet: grid.sheetName,
    title,
    layout,
    strategicGoals,
    operationalGoals,
    nationalTasks,
    nationalMeasures,
    measures,
    cellErrors: [...sheet.errors.values()]
      .filter((e) => e.row > lastHeaderRow && e.row <= lastDataRow)
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((e) => ({
        cell: cellAddress(e.row, e.col),
        row: e.row + 1,
        value: e.value,
        column: tidy(header.text[e.col] ?? "").replace(/\n/g, " "),
      })),
    ambiguities: guesses.map((g) => ({
      role: g.role,
      chosen: columnLetter(g.chosen),
      other: columnLetter(g.other),
      cell: cellAddress(lastHeaderRow, g.chosen),
      row: lastHeaderRow + 1,
    })),
  };
  return { ok: true, plan };
}

/**
 * A plan without goal rows (or with strategic goals only) still numbers its measures "goal.objective.item":
 * a measure outside any goal row takes its goals from its number, so it is counted under them.
 */
function inferGoalsFromNumbers(measures: Measure[]): void {
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
function joinDeadlines(start: Deadline, end: Deadline): Deadline {
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
function completeDeadlinesWithPlanYear(measures: Measure[], year: number | null): void {
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

/** "1", "1.2.3.", "2)": a cell that numbers something and says nothing else. */
const ORDINAL_ONLY = new RegExp(`^(\\d{1,3}(\\.\\d{1,3}){0,4}[.)]?|${ROMAN_CLASS}{1,5}\\.?)$`, "u");
/** "2. Нормативне забезпечення", "II. …": a band's own number before its title. */
const BAND_NUMBER = new RegExp(`^(\\d+(?:\\.\\d+)*|${ROMAN_CLASS}{1,5})[.)]\\s+(.+)$`, "u");

/**
 * A column that holds only numbers cannot be the measure column, whatever its header says (a group label
 * over "№ | Зміст | Виконавець" read into the number's cell): the number column it is, and the measure is the
 * first column beside it that no role claimed and that holds text.
 */
function numbersAreNotMeasures(
  sheet: SheetText,
  found: Partial<Record<ColumnRole, number>>,
  lastHeaderRow: number,
  rows: number
): Partial<Record<ColumnRole, number>> {
  const col = found.measure;
  if (col === undefined) return found;
  const to = Math.min(rows, lastHeaderRow + 400);
  const texts = (c: number) => {
    const out: string[] = [];
    for (let r = lastHeaderRow + 1; r < to; r++) {
      const t = sheet.merged(r, c).trim();
      if (t) out.push(t);
    }
    return out;
  };
  const own = texts(col);
  if (own.length < 2 || !own.every((t) => ORDINAL_ONLY.test(t) || t.length > 60)) return found;
  if (own.filter((t) => ORDINAL_ONLY.test(t)).length < own.length * 0.8) return found;
  const claimed = new Set(Object.values(found));
  for (let c = col + 1; c < sheet.width; c++) {
    if (claimed.has(c)) continue;
    const other = texts(c);
    if (
      other.length >= own.length * 0.5 &&
      other.some((t) => /\p{L}{3,}/u.test(t) && !ORDINAL_ONLY.test(t))
    ) {
      const out = { ...found, measure: c };
      if (found.number === undefined) out.number = col;
      return out;
    }
  }
  return found;
}

function lastWith<T>(list: T[], is: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (is(list[i])) return list[i];
  return undefined;
}

function rowTextsDistinct(sheet: SheetText, r: number, from: number, to: number): string[] {
  const out: string[] = [];
  let seenAreas: MergedArea[] | null = null;
  for (let c = from; c <= to; c++) {
    const area = sheet.merges.areaAt(r, c);
    let t: string;
    if (area) {
      if (seenAreas?.includes(area)) continue;
      (seenAreas ??= []).push(area);
      if (area.top !== r) continue; // a vertical merge from above carries no new text for this row
      t = sheet.at(area.top, area.left);
    } else t = sheet.at(r, c);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** One text across the row: in the table's first column, or merged over two or more columns. */
function isBand(sheet: SheetText, r: number, tableLeft: number): boolean {
  const c = firstFilledCol(sheet, r, tableLeft);
  const area = sheet.merges.areaAt(r, c);
  return c <= tableLeft || (!!area && area.right > area.left);
}

function firstFilledCol(sheet: SheetText, r: number, from: number): number {
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.merged(r, c)) return sheet.merges.areaAt(r, c)?.left ?? c;
  }
  return from;
}

/**
 * Text converted from documents sometimes lands one column off: a measure in the national-measure column
 * with its executor and deadline beside it, or a second measure in the executor column. Where the table's
 * columns run national measure, measure, executors, deadline, such a row is read as if it were in place.
 */
function repairShiftedCells(
  grid: Grid,
  merges: MergeIndex,
  cells: RowCells,
  cols: Partial<Record<ColumnRole, number>>,
  r: number
): string | null {
  const order: ColumnRole[] = ["nationalMeasure", "measure", "executors", "deadline"];
  if (
    order.some(
      (role, i) => cols[role] === undefined || (i > 0 && cols[role] !== cols[order[i - 1]]! + 1)
    )
  )
    return null;
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
    for (const role of order) cells.coveredFromAbove.delete(role);
    cells.coveredFromAbove.add("nationalMeasure");
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

/** Joins a page-break fragment to the measure row above it: text to text, executors to executors. */
function appendFragment(
  prev: { cells: RowCells; measures: Measure[] },
  own: (role: ColumnRole) => string
): void {
  const last = prev.measures[prev.measures.length - 1];
  const m = own("measure");
  if (m) last.text = `${last.text} ${m.replace(/\n/g, " ")}`.trim();
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

/**
 * The layout engine: a sheet snapshot in, a plan out. It finds the header, classifies every row (title,
 * header, section, measure, continuation, footer…), unfolds merged cells and multi-measure cells, and
 * aligns executors and deadlines item by item.
 */
import { parseDeadline, parseDeadlineValue, splitDeadlineCell } from "../deadline";
import { groupExecutorCell, splitExecutors } from "../executors";
import {
  cellAddress,
  cellText,
  columnLetter,
  isErrorValue,
  numberFormat,
  rawValue,
  rowCount,
  type Grid,
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
import { isTotalLabel, looksLikeFooter, type ColumnRole } from "./vocabulary";
import { arabic, ROMAN_CLASS, taskHeading } from "../vocabulary";
import { numbersAreNotMeasures, withCorrections } from "./columns";
import {
  appendFragment,
  completeDeadlinesWithPlanYear,
  inferGoalsFromNumbers,
  joinDeadlines,
  repairShiftedCells,
} from "./refine";
import {
  firstFilledCol,
  isBand,
  isColumnNumbersRow,
  lastWith,
  looksLikeFragment,
  rowTextsDistinct,
  sectionOf,
  type RowCells,
} from "./rows";

export { withCorrections };

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

export interface RecognizeOptions {
  /** Column roles the user corrected (role → 0-based column): they win over what the header says. */
  columns?: Partial<Record<ColumnRole, number>>;
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
  // the current task's and national measure's place among their siblings, where the plan does not number them
  let taskNo: string | null = null;
  let nmNo: string | null = null;
  const scopeKey = () => `${sg ?? ""}|${og ?? ""}|${band?.row ?? ""}`;
  const newTask = (t: NationalTask) => {
    taskNo = t.number ?? nextAmong(`task:${scopeKey()}`);
    return t;
  };
  const newNm = (n: NationalMeasure) => {
    nmNo = n.number ?? nextAmong(`nm:${scopeKey()}|${task?.row ?? ""}`);
    return n;
  };
  // measures of one group share one path: a large plan holds as many paths as groups, not as measures
  let last: {
    sg: string | null;
    og: string | null;
    band: Level | null;
    task: NationalTask | null;
    nm: NationalMeasure | null;
    taskText: string | undefined;
    nmText: string | undefined;
    path: Level[];
  } | null = null;
  const pathHere = (): Level[] => {
    if (
      last &&
      last.sg === sg &&
      last.og === og &&
      last.band === band &&
      last.task === task &&
      last.nm === nm &&
      last.taskText === task?.text &&
      last.nmText === nm?.text
    )
      return last.path;
    const path = levelsHere();
    last = { sg, og, band, task, nm, taskText: task?.text, nmText: nm?.text, path };
    return path;
  };
  const levelsHere = (): Level[] => {
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
        number: taskNo ?? task.number,
        title: task.text,
        row: task.row,
      });
    if (nm)
      path.push({
        kind: "nationalMeasure",
        number: nmNo ?? nm.number,
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
      let extra: Partial<Record<ColumnRole, string>> = NO_EXTRA;
      for (const role of EXTRA_ROLES)
        if (cells.text[role]) {
          if (extra === NO_EXTRA) extra = {};
          extra[role] = cells.text[role];
        }
      return {
        number: item.number,
        text: item.text.replace(/\n/g, " "),
        row: r + 1,
        cell: cells.address.measure ?? cellAddress(r, roleCols.number ?? tableLeft),
        strategicGoal: sg,
        operationalGoal: og,
        task: task ? (taskNo ?? task.number) : null,
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

/** "2. Нормативне забезпечення", "II. …": a band's own number before its title. */
const BAND_NUMBER = new RegExp(`^(\\d+(?:\\.\\d+)*|${ROMAN_CLASS}{1,5})[.)]\\s+(.+)$`, "u");

/**
 * The layout engine: a sheet snapshot in, a plan out, in steps as chrono-node keeps its parsers and
 * refiners apart: find the header and the columns' roles (header.ts, columns.ts), classify each row
 * (rows.ts), follow the levels it sits in (levels.ts), unfold its cells into measures (unfold.ts), then
 * refine what was read (refine.ts). This module is the pass over the rows that strings the steps together.
 */
import { areaIn, cellAddress, columnLetter, rowCount, type Grid, type MergedArea } from "../grid";
import type { Layout, Measure, Plan, Recognition, RowInfo, RowKind, StrategicGoal } from "../plan";
import { normalize, oneLine, tidy } from "../text";
import { findHeader, looksLikeAnotherHeader } from "./header";
import { isLoneHeading, nextRowOf, numberHeads, ordinalNumber, readsAsReport } from "./headings";
import { headerAtRow } from "./manualHeader";
import { planYear } from "../period";
import { applyStatusLegend, legendTexts } from "../status";
import { SheetText } from "./sheetText";
import {
  leadingMeasureNumber,
  nationalMeasureNumber,
  numberCell,
  splitMeasureCell,
  taskNumber,
} from "./measures";
import { isTotalLabel, looksLikeFooter, type ColumnRole } from "./vocabulary";
import { bandHeading, namesOperationalGoalToo, namesPillar, taskHeading } from "../vocabulary";
import {
  numbersAreNotMeasures,
  ORDINAL_ONLY,
  reportSaysStatus,
  statusByContent,
  withCorrections,
} from "./columns";
import { Levels } from "./levels";
import { listedItems, numberedItems, unfoldRow } from "./unfold";
import { columnGroups } from "./groups";
import {
  appendFragment,
  appendMergedShare,
  completeDeadlinesWithPlanYear,
  deadlinesFromYearMarks,
  inferGoalsFromNumbers,
  repairShiftedCells,
  yearMarkColumns,
} from "./refine";
import {
  firstFilledCol,
  firstWord,
  isShortGoalRow,
  isBand,
  isColumnNumbersRow,
  looksLikeFragment,
  NONE_COVERED,
  rowTextsDistinct,
  sectionOf,
  type RowCells,
} from "./rows";

export { withCorrections };

export interface RecognizeOptions {
  /**
   * Column roles the user corrected (role → 0-based column): they win over what the header says. A role
   * set to -1 is not used: no column is read for it.
   */
  columns?: Partial<Record<ColumnRole, number>>;
  /** The 1-based sheet row the user says is the header: the header is read there and nowhere else. */
  headerRow?: number;
  /** 0-based columns the user says are not used: no role the header gives them is read from them. */
  unusedColumns?: number[];
  /**
   * The header texts of the table this sheet carries on from its first row, with no header of its own (a
   * sheet going on with the plan of the sheet before: continuation.ts); `columns` gives its roles.
   */
  continuing?: Record<number, string>;
}

/** The roles found, less those on columns the user says are not used. */
function withoutColumns(
  found: Partial<Record<ColumnRole, number>>,
  unused: readonly number[] = []
): Partial<Record<ColumnRole, number>> {
  if (unused.length === 0) return found;
  return Object.fromEntries(
    Object.entries(found).filter(([, c]) => !unused.includes(c as number))
  ) as Partial<Record<ColumnRole, number>>;
}

/** The first of the texts the test holds for (a loop, no function made for each row). */
function firstWith(texts: readonly string[], test: (t: string) => boolean): string | undefined {
  for (const t of texts) if (test(t)) return t;
  return undefined;
}

const isSectionText = (t: string) => sectionOf(t) !== null;

/** The text of a row's last measure. */
const lastMeasureText = (ms: readonly Measure[]) => (ms.length ? ms[ms.length - 1].text : "");

/** The last row above `from` that is part of the table (not blank, not below it). */
function lastMeasureOrAbove(kinds: readonly RowKind[], from: number, headerRow: number): number {
  for (let k = from; k > headerRow; k--)
    if (kinds[k] !== "blank" && kinds[k] !== "footer") return k;
  return headerRow;
}

export function recognizePlan(grid: Grid, options: RecognizeOptions = {}): Recognition {
  const rows = rowCount(grid);
  const sheet = new SheetText(grid);
  const cols = sheet.width;
  if (rows === 0 || cols === 0) return { ok: false, sheet: grid.sheetName, reason: "empty-sheet" };
  const merges = sheet.merges;
  const found0 = options.continuing
    ? { rows: [], columns: {}, text: options.continuing, score: 0, guesses: [] }
    : options.headerRow !== undefined
      ? headerAtRow(grid, sheet, options.headerRow - 1)
      : findHeader(grid, sheet);
  if (!found0) return { ok: false, sheet: grid.sheetName, reason: "no-header" };
  // a copy: the columns the user gives are added to the table's
  const header = { ...found0, text: { ...found0.text } };

  // a sheet that carries a table on with no header of its own is read from its first row
  const lastRow = header.rows.length ? header.rows[header.rows.length - 1] : -1;
  const found = withoutColumns(
    reportSaysStatus(
      sheet,
      statusByContent(
        sheet,
        numbersAreNotMeasures(sheet, header.columns, lastRow, rows),
        header.guesses,
        lastRow,
        rows
      ),
      lastRow,
      rows
    ),
    options.unusedColumns
  );
  const roleCols = withCorrections(found, options.columns);
  // the user's columns belong to the table even where the header row says nothing above them
  for (const c of Object.values(options.columns ?? {}) as number[])
    if (c >= 0) header.text[c] ??= "";
  if (
    options.headerRow !== undefined &&
    roleCols.measure === undefined &&
    roleCols.nationalMeasure === undefined
  )
    return { ok: false, sheet: grid.sheetName, reason: "no-header" };
  // a role the user set is no longer a guess
  const guesses = [
    ...header.guesses,
    ...(found.measure !== header.columns.measure
      ? [{ role: "measure" as const, chosen: found.measure!, other: header.columns.measure! }]
      : []),
  ].filter((g) => options.columns?.[g.role] === undefined && roleCols[g.role] === g.chosen);
  const roles = Object.keys(roleCols) as ColumnRole[];
  const groups = columnGroups(
    header.more,
    header.columns,
    roleCols,
    header.text,
    options.unusedColumns
  );
  const groupRoles = Object.keys(groups) as ColumnRole[];
  const tableCols = Object.keys(header.text).map(Number);
  const tableLeft = Math.min(...tableCols);
  const tableRight = Math.max(...tableCols);
  // a header repeated after a page break: the whole header, or its last row alone
  const lastHeader = lastRow;
  const headerTexts = new Map(
    Object.entries(header.text).map(([c, t]) => [
      Number(c),
      // words only: a sub-row of years or numbers under a group is not what a repeated header is told by
      [normalize(t), lastHeader >= 0 ? sheet.normalized(lastHeader, Number(c)) : ""].filter((x) =>
        /\p{L}/u.test(x)
      ),
    ])
  );
  // the same, as flat lists for the test every row takes
  // (columns with no words left out), each column's words with the lengths a raw cell may have to be one
  const headerCols: number[] = [];
  const headerWords: string[][] = [];
  const shortest: number[] = [];
  const longest: number[] = [];
  for (const [c, ws] of headerTexts) {
    if (ws.length === 0) continue;
    headerCols.push(c);
    headerWords.push(ws);
    shortest.push(Math.min(...ws.map((w) => w.length)) - 7);
    longest.push(Math.max(...ws.map((w) => w.length)) + 7);
  }
  const lastRoleCol = Math.max(...(Object.values(roleCols) as number[]));
  const isReport = roleCols.status !== undefined || roleCols.report !== undefined;
  const firstHeaderRow = header.rows.length ? header.rows[0] : 0;
  const lastHeaderRow = lastRow;

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

  const measures: Measure[] = [];
  const lv = new Levels();
  let lastDataRow = lastHeaderRow;
  let lastMeasureRow: { cells: RowCells; measures: Measure[] } | null = null;
  let footerStarted = false;
  /** Another table's header was seen below the plan: the plan ended above it. */
  let otherTable = false;
  /** The word that named the last strategic goal row ("стратегічна", "goal"). */
  let strategicWord: string | null = null;
  /** The last row read, to tell a row that starts after a gap or a heading. */
  let lastSeen = lastHeaderRow;
  /** A goal row without its title: the title may follow in a row of its own. */
  let pendingTitle: { title: string } | null = null;
  /** The strategic goal read last while no measure or operational goal is under it yet, and its row's text. */
  let openGoal: { goal: StrategicGoal; text: string } | null = null;
  /** The plan keeps a level above its goals ("Pillar I: …" over "Goal 1: …"): rows worded so are pillars. */
  let pillarsSeen = false;

  const readRow = (r: number, areas: readonly MergedArea[] | undefined): RowCells => {
    const cells: RowCells = { row: r, text: {}, coveredFromAbove: NONE_COVERED, address: {} };
    let covered: Set<ColumnRole> | null = null;
    for (const role of roles) {
      const c = roleCols[role]!;
      const area = areaIn(areas, c);
      const top = area ? area.top : r;
      const left = area ? area.left : c;
      cells.text[role] = sheet.at(top, left);
      cells.address[role] = cellAddress(top, left);
      if (area && area.top < r) (covered ??= new Set()).add(role);
    }
    if (covered) cells.coveredFromAbove = covered;
    for (const role of groupRoles) {
      cells.grouped ??= {};
      cells.grouped[role] = groups[role]!.cols.map((c) => {
        const area = merges.areaAt(r, c);
        return sheet.at(area ? area.top : r, area ? area.left : c);
      });
    }
    return cells;
  };

  for (let r = lastHeaderRow + 1; r < rows; r++) {
    if (sheet.isEmptyRow(r)) continue;
    if (otherTable) {
      setKind(r, "footer", "another table below the plan");
      continue;
    }
    const before = lastSeen;
    lastSeen = r;
    const rowTexts = rowTextsDistinct(sheet, r, tableLeft, Math.max(tableRight, cols - 1));
    if (rowTexts.length === 0) {
      setKind(r, "blank", "empty");
      continue;
    }
    if (/^\d+\.?$/.test(rowTexts[0]) && isColumnNumbersRow(rowTexts)) {
      setKind(r, "column-numbers", "column numbers under the header");
      continue;
    }
    // a note or a legend right of the table, past its last column that has a role, says nothing of what the
    // row is: "ОРГАНІЗАЦІЙНІ ЗАХОДИ" beside "В — виконано" is still a heading
    const inTable =
      rowTexts.length > 1 && lastRoleCol < cols - 1
        ? rowTextsDistinct(sheet, r, tableLeft, lastRoleCol)
        : rowTexts;
    const texts = inTable.length > 0 ? inTable : rowTexts;
    let headerHits = 0;
    const rowAreas = merges.rowAreas(r);
    for (let k = 0; k < headerCols.length && headerHits < 2; k++) {
      const c = headerCols[k];
      // normalizing keeps the length near the raw text's: most cells are ruled out without it
      const area = areaIn(rowAreas, c);
      const length = (area ? sheet.at(area.top, area.left) : sheet.at(r, c)).length;
      if (length < shortest[k] || length > longest[k]) continue;
      const ts = headerWords[k];
      const norm = sheet.normalized(r, c);
      for (let j = 0; j < ts.length; j++)
        if (norm === ts[j] && Math.abs(length - ts[j].length) < 8) {
          headerHits++;
          break;
        }
    }
    if (headerHits >= 2) {
      setKind(r, "header", "the header repeated after a page break");
      continue;
    }
    // another table under its own header, after a gap or its heading ("Довідково", "Зведена таблиця"): the
    // plan ends above it, and the heading is that table's, not a section of the plan
    if (
      measures.length > 0 &&
      (r > before + 1 || kinds[before] === "section" || kinds[before] === "total") &&
      looksLikeAnotherHeader(sheet, r, roleCols)
    ) {
      if (kinds[before] === "section") setKind(before, "footer", "the heading of another table");
      setKind(r, "footer", "another table below the plan");
      otherTable = true;
      lastDataRow = lastMeasureOrAbove(kinds, r - 1, lastHeaderRow);
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
      untitled.title = oneLine(texts[0]);
      setKind(r, "other", "the title of the goal above");
      lastDataRow = r;
      continue;
    }
    // a section row holds one text (merged across, or in its first cell), perhaps beside a short number
    const sectionText = firstWith(texts, isSectionText);
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
    if (section?.kind === "strategicGoal" && isShortGoalRow(sectionText!)) {
      // "Objective 1:" under "Goal 1": the goal's objective; "Objective 1:" with no other word above: a goal
      const word = firstWord(sectionText!);
      if (strategicWord !== null && word !== strategicWord && namesOperationalGoalToo(sectionText!))
        section = { ...section, kind: "operationalGoal" };
    }
    // only a short goal row ("Goal 1:") names the word the goals go by: "Ціль 2" after "Стратегічна ціль 1" is
    // the next strategic goal, not an objective under it
    if (section?.kind === "strategicGoal" && isShortGoalRow(sectionText!))
      strategicWord = firstWord(sectionText!);
    // "Pillar I: …" over "Goal 1: …", "Напрям І" over "Стратегічна ціль 1": the row above heads goals, and is
    // a level above them, no goal of its own; once the plan shows it, rows worded so are pillars
    if (section?.kind === "strategicGoal") {
      const pillarWorded = namesPillar(sectionText!);
      if (pillarsSeen && pillarWorded) {
        const pillar = lv.pillarRow(section, r + 1);
        if (!section.title) pendingTitle = pillar;
        setKind(r, "section", "a pillar above the goals below it");
        openGoal = null;
        lastMeasureRow = null;
        lastDataRow = r;
        continue;
      }
      if (openGoal && !pillarWorded && namesPillar(openGoal.text)) {
        lv.goalToPillar(openGoal.goal);
        setKind(openGoal.goal.row - 1, "section", "a pillar above the goals below it");
        pillarsSeen = true;
      }
    }
    if (section) {
      const goal = lv.goalRow(section, r + 1, cellAddress(r, firstFilledCol(sheet, r, tableLeft)));
      openGoal =
        section.kind === "strategicGoal"
          ? { goal: goal as StrategicGoal, text: sectionText! }
          : null;
      if (!section.title) pendingTitle = goal;
      setKind(
        r,
        section.kind === "strategicGoal" ? "strategic-goal" : "operational-goal",
        section.kind === "strategicGoal" ? "strategic goal pattern" : "operational goal pattern"
      );
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
    const totalLabel = firstWith(texts, isTotalLabel);
    if (
      totalLabel &&
      texts.every((t) => t === totalLabel || !/\p{L}{3,}/u.test(t)) &&
      // "Місцевий бюджет" beside a measure merged down over it is that measure's share, not a total
      !(roleCols.measure !== undefined && merges.isCoveredFromAbove(r, roleCols.measure))
    ) {
      setKind(r, "total", "a totals row");
      lastMeasureRow = null;
      lastDataRow = r;
      continue;
    }
    const cells = readRow(r, rowAreas);
    // A band: one text merged across the table that is not a goal, perhaps beside its number in the № cell;
    // or one text alone in the table's first column, the measure's cell empty ("І. Організаційні заходи").
    // A national task written as a heading starts a task; any other band is a label.
    const measureArea =
      roleCols.measure !== undefined ? merges.areaAt(r, roleCols.measure) : undefined;
    const numberCol = roleCols.number;
    const bandNumberCell =
      texts.length === 2 &&
      numberCol !== undefined &&
      roleCols.measure !== undefined &&
      numberCol < (measureArea?.left ?? roleCols.measure) &&
      sheet.merged(r, numberCol) === texts[0] &&
      ORDINAL_ONLY.test(texts[0])
        ? texts[0]
        : null;
    const mergedBand =
      (texts.length === 1 || bandNumberCell !== null) &&
      measureArea &&
      measureArea.top === r &&
      measureArea.right > measureArea.left &&
      // merged from a column before the measure's, or across three columns or more from it
      (measureArea.left < roleCols.measure! || measureArea.right - measureArea.left >= 2);
    const firstCellBand =
      !mergedBand &&
      texts.length === 1 &&
      roleCols.measure !== undefined &&
      roleCols.measure > tableLeft &&
      !cells.text.measure &&
      sheet.merged(r, tableLeft) === texts[0] &&
      (roleCols.number === tableLeft || !Object.values(roleCols).includes(tableLeft)) &&
      /\p{L}{3,}/u.test(texts[0]) &&
      // a heading, not a footnote's sentence below the table
      texts[0].length <= 120 &&
      !/[.;]$/.test(texts[0]);
    // a heading in the measure's cell alone: "ОРГАНІЗАЦІЙНІ ЗАХОДИ", "Інформаційні заходи:", "А. Навчання", or
    // plain words over numbered measures; told from a measure without its executor and deadline by what follows
    const headingInMeasureCell =
      !mergedBand &&
      !firstCellBand &&
      texts.length === 1 &&
      cells.text.measure === texts[0] &&
      !cells.coveredFromAbove.has("measure") &&
      !leadingMeasureNumber(texts[0]) &&
      isLoneHeading(
        texts[0],
        nextRowOf(sheet, roleCols, r, rows),
        measures.length ? measures[measures.length - 1].number : null,
        // a lower-case text goes on with the measure above unless that measure's sentence is finished
        lastMeasureRow !== null && !/[.;!]$/.test(lastMeasureText(lastMeasureRow.measures))
      );
    // "1. | Організаційні заходи" with nothing else in the row, over the measures "1.1", "1.2": a numbered band
    const numberedHeading =
      !mergedBand &&
      bandNumberCell !== null &&
      cells.text.measure === texts[1] &&
      !cells.coveredFromAbove.has("measure") &&
      !leadingMeasureNumber(texts[1]) &&
      numberHeads(bandNumberCell, nextRowOf(sheet, roleCols, r, rows));
    // "Проведено 5 навчань для 120 жінок…" merged across under its measure in a report (a plan with a status
    // or report column): the measure's report, not a band
    if (
      isReport &&
      mergedBand &&
      bandNumberCell === null &&
      lastMeasureRow &&
      readsAsReport(
        texts[0],
        () => nextRowOf(sheet, roleCols, r, rows),
        measures.length ? measures[measures.length - 1].number : null
      )
    ) {
      const last = lastMeasureRow.measures[lastMeasureRow.measures.length - 1];
      const report = oneLine(texts[0]);
      last.extra = {
        ...last.extra,
        report: last.extra.report ? `${last.extra.report} ${report}` : report,
      };
      setKind(r, "continuation", "a report written under its measure");
      lastDataRow = r;
      continue;
    }
    if (mergedBand || firstCellBand || headingInMeasureCell || numberedHeading) {
      const bandText = bandNumberCell !== null ? texts[1] : texts[0];
      const bandCell = mergedBand
        ? cellAddress(measureArea!.top, measureArea!.left)
        : headingInMeasureCell || numberedHeading
          ? cells.address.measure!
          : cellAddress(r, tableLeft);
      const heading = taskHeading(bandText);
      if (heading.heading || taskNumber(bandText)) {
        const text = heading.rest;
        lv.startTask(taskNumber(text) ?? numberCell(bandNumberCell ?? ""), text, r + 1, bandCell);
        setKind(r, "other", "a national task written as a heading across the table");
      } else {
        // "Організаційна робота": a section of the goal it sits in, numbered as written or in order
        const title = oneLine(bandText).replace(/:$/, "");
        const written = bandHeading(title);
        const own = bandNumberCell !== null ? ordinalNumber(bandNumberCell) : null;
        lv.band = {
          kind: "section",
          number: own ?? written?.number ?? lv.nextAmong(`section:${lv.sg ?? ""}|${lv.og ?? ""}`),
          title: written && !own ? written.title || title : title,
          row: r + 1,
        };
        lv.task = null;
        lv.taskIndex = null;
        lv.nm = null;
        lv.nmIndex = null;
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
    // a number merged down beside several measures numbers their group ("1." of a direction), not a measure
    const numberArea =
      roleCols.number !== undefined ? merges.areaAt(r, roleCols.number) : undefined;
    const numberText =
      numberArea && numberArea.bottom > r && (measureArea?.bottom ?? r) < numberArea.bottom
        ? ""
        : own("number");
    const taskText = own("nationalTask");
    const nmText = own("nationalMeasure");
    let dataRoles: ColumnRole[] | null = null;
    for (const role of roles) if (own(role) !== "") (dataRoles ??= []).push(role);

    if (dataRoles === null) {
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
    if (roleCols.strategicGoal !== undefined && cells.text.strategicGoal)
      lv.goalColumn("strategicGoal", cells.text.strategicGoal, r + 1, cells.address.strategicGoal!);
    if (roleCols.operationalGoal !== undefined && cells.text.operationalGoal)
      lv.goalColumn(
        "operationalGoal",
        cells.text.operationalGoal,
        r + 1,
        cells.address.operationalGoal!
      );

    // National task: a new one where its cell starts here; a lower-case cell continues the task above.
    // a task or national measure written again on every row of its measures is the same one
    if (taskText && taskText !== lv.task?.text) {
      if (lv.task && looksLikeFragment(taskText) && lv.task.number) {
        lv.task.text = `${lv.task.text} ${taskText}`;
      } else {
        lv.startTask(taskNumber(taskText), taskText, r + 1, cells.address.nationalTask!);
      }
    }
    if (nmText && nmText !== lv.nm?.text) {
      if (lv.nm && looksLikeFragment(nmText) && lv.nm.number) {
        lv.nm.text = `${lv.nm.text} ${nmText}`;
      } else {
        lv.nm = lv.newNm({
          number: nationalMeasureNumber(nmText),
          text: nmText,
          row: r + 1,
          cell: cells.address.nationalMeasure!,
          strategicGoal: lv.sg,
          operationalGoal: lv.og,
          task: lv.task?.number ?? null,
          taskIndex: lv.taskIndex,
          measureCount: 0,
        });
        lv.nationalMeasures.push(lv.nm);
        lv.nmIndex = lv.nationalMeasures.length - 1;
      }
    }

    // the measure's text as SheetText tidied it, unless the row's cells were put back in place
    let items = splitMeasureCell(measureText, shifted === null);
    if (
      items.length > 1 &&
      items[0].number === null &&
      lastMeasureRow &&
      looksLikeFragment(items[0].text)
    ) {
      // the rest of the measure above (a page break), then measures of this row
      const last = lastMeasureRow.measures[lastMeasureRow.measures.length - 1];
      last.text = `${last.text} ${oneLine(items[0].text)}`;
      items = items.slice(1);
    }
    const hasOwnExecOrDeadline = own("executors") !== "" || own("deadline") !== "";
    if (
      items.length === 0 &&
      hasOwnExecOrDeadline &&
      cells.coveredFromAbove.has("measure") &&
      !numberText &&
      lastMeasureRow?.measures.length === 1
    ) {
      // a measure merged down over rows of its own, an executor and a deadline a row: the same measure
      appendMergedShare(lastMeasureRow.measures[0], own("executors"), own("deadline"));
      setKind(r, "continuation", "another executor or deadline of the measure merged down over it");
      lastDataRow = r;
      continue;
    }
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

    items = listedItems(numberedItems(items, numberText), own);
    const rowMeasures = unfoldRow({ grid, merges, roleCols, tableLeft, groups }, r, cells, items, {
      strategicGoal: lv.sg,
      operationalGoal: lv.og,
      task: lv.task ? lv.taskNumber() : null,
      nationalMeasure: lv.nm?.number ?? null,
      nationalMeasureIndex: lv.nmIndex,
      path: lv.path(),
    });
    const n = rowMeasures.length;
    if (lv.nm) lv.nm.measureCount += rowMeasures.length;
    measures.push(...rowMeasures);
    lastMeasureRow = { cells, measures: rowMeasures };
    openGoal = null;
    setKind(
      r,
      "measure",
      `${n > 1 ? `${n} measures in one cell` : "a local measure"}${shifted ? ` (${shifted})` : ""}`
    );
    lastDataRow = r;
  }

  if (measures.length === 0) return { ok: false, sheet: grid.sheetName, reason: "no-measures" };
  const yearMarks = yearMarkColumns(sheet, header.rows, roleCols.deadline);
  if (yearMarks) deadlinesFromYearMarks(measures, grid, yearMarks);
  inferGoalsFromNumbers(measures);
  const title = titleLines.length ? titleLines.join("\n") : null;
  completeDeadlinesWithPlanYear(measures, planYear(title));
  // status codes ("В", "Н", "Ч") the plan explains in a legend above, below or beside the table (status.ts)
  const roleColumns = new Set(Object.values(roleCols) as number[]);
  applyStatusLegend(measures, () =>
    legendTexts(
      sheet,
      rows,
      cols,
      (r, c) => roleColumns.has(c) && (kinds[r] === "measure" || kinds[r] === "continuation")
    )
  );

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
    strategicGoals: lv.strategicGoals,
    operationalGoals: lv.operationalGoals,
    nationalTasks: lv.nationalTasks,
    nationalMeasures: lv.nationalMeasures,
    measures,
    cellErrors: [...sheet.errors.values()]
      .filter((e) => e.row > lastHeaderRow && e.row <= lastDataRow)
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((e) => ({
        cell: cellAddress(e.row, e.col),
        row: e.row + 1,
        value: e.value,
        column: oneLine(tidy(header.text[e.col] ?? "")),
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

/**
 * The sheets for a meeting and for review, as specs (see ../sheets.ts): findings, summary, data, PivotTable,
 * overdue by executor, and what changed since an earlier summary. Each prints landscape, one page wide, its
 * header rows on every page, with rows tall enough for their wrapped text.
 */
import { t, type Lang, type MessageKey } from "../../i18n";
import type { CheckResult } from "../check";
import type { Measure } from "../plan";
import { isPartner } from "../executors";
import { isPlanTitleLine } from "../vocabulary";
import { columnLetter } from "../grid";
import { isoToSerial } from "../names";
import { findingMessage, ruleTitle } from "../report";
import type { CellStyle, PrintSpec, SheetSpec, SpecCell, SpecValue } from "../sheets";
import { fitHeights, STATUS_COLORS } from "../styles";
import { statusBucket, STATUS_BUCKETS, topGoals, type Counts, type YearLabel } from "./aggregate";
import { CHANGE_KINDS, DATA_COLUMNS, type Changes } from "./changes";

export interface SheetOptions {
  lang: Lang;
  asOf: string;
  /** When the sheets were built, as the user reads it ("2026-11-23 14:05"). */
  builtAt: string;
  /** The comparison with an earlier summary, where the workbook (or `--since`) has one. */
  changes?: Changes | null;
}

export const TABLE_PLAN_DATA = "PlanData";
export const TABLE_PLAN_EXECUTORS = "PlanExecutors";
export const PIVOT_NAME = "PlanCheckPivot";

const c = (v: SpecValue, style?: CellStyle): SpecCell => (style ? { v, style } : { v });

export function planName(result: CheckResult): string {
  const first =
    result.plan.title?.split("\n").find((l) => isPlanTitleLine(l)) ??
    result.plan.title?.split("\n")[0];
  return first ?? result.plan.sheet;
}

/** The print layout every sheet shares; `repeat` is the header row (1-based) to repeat on each page. */
export function printLayout(title: string, repeat?: [number, number]): PrintSpec {
  return {
    orientation: "landscape",
    fitToWidth: 1,
    title,
    ...(repeat ? { repeatRows: repeat } : {}),
  };
}

function pageTitle(result: CheckResult, o: SheetOptions): string {
  return t(o.lang, "print.title", { plan: planName(result), asOf: o.asOf, builtAt: o.builtAt });
}

/** A spec with its row heights worked out from its wrapped text. */
function finish(spec: SheetSpec): SheetSpec {
  const heights = fitHeights(spec);
  return heights.some((h) => h !== null) ? { ...spec, heights } : spec;
}

export function findingsSheet(result: CheckResult, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const f = result.summary.findings;
  const cells: (SpecCell | null)[][] = [
    [c(tr("findings.title", { sheet: result.plan.sheet }), "title")],
    [
      c(
        tr("findings.subtitle", {
          asOf: o.asOf,
          errors: f.error,
          warnings: f.warning,
          infos: f.info,
        }),
        "subtitle"
      ),
    ],
    [
      c(tr("legend.title")),
      c(tr("legend.overdue"), "markOverdue"),
      c(tr("legend.missing"), "markMissing"),
      c(tr("legend.passed"), "markPassed"),
      c(tr("legend.warning"), "markWarning"),
    ],
    [],
    [
      "findings.col.cell",
      "findings.col.severity",
      "findings.col.rule",
      "findings.col.measure",
      "findings.col.message",
      "findings.col.ruleId",
    ].map((k) => c(tr(k as MessageKey), "header")),
  ];
  for (const x of result.findings) {
    cells.push([
      { v: x.cell, style: "count", link: { sheet: x.sheet ?? result.plan.sheet, cell: x.cell } },
      c(tr(`severity.${x.severity}` as MessageKey), x.severity),
      c(ruleTitle(x.rule, o.lang), "wrap"),
      c(x.measure, "count"),
      c(findingMessage(x, o.lang), "wrap"),
      c(x.rule),
    ]);
  }
  if (result.findings.length === 0) cells.push([c(tr("findings.none"))]);
  return finish({
    key: "findings",
    name: tr("sheet.findings"),
    cells,
    merges: ["A1:E1", "A2:E2"],
    widths: [10, 14, 30, 10, 90, 28],
    hiddenColumns: [5],
    tables: [],
    pivots: [],
    charts: [],
    freezeRows: 5,
    print: printLayout(pageTitle(result, o), [5, 5]),
  });
}

/** The summary's count columns: measures, one per status (summing to it), missing data, share done. */
function countHeaders(tr: (k: MessageKey) => string): SpecCell[] {
  return [
    c(tr("summary.col.measures"), "header"),
    ...STATUS_BUCKETS.map((b) => c(tr(`status.bucket.${b}` as MessageKey), `status.${b}`)),
    c(tr("summary.col.missing"), "header"),
    c(tr("summary.col.shareDone"), "header"),
  ];
}

function countCells(k: Counts, style: CellStyle = "count"): SpecCell[] {
  return [
    c(k.measures, style),
    ...STATUS_BUCKETS.map((b) => c(k.byStatus[b], style)),
    c(k.missing, style),
    c(k.shareDone, "percent"),
  ];
}

/** Columns of the summary: two for the row's name, then the counts (a merge spans the first two). */
const SUMMARY_WIDTHS = [9, 34, 10, ...STATUS_BUCKETS.map(() => 13), 10, 11];
const LAST = columnLetter(SUMMARY_WIDTHS.length - 1);

export function yearLabel(year: YearLabel, lang: Lang): string {
  return /^\d{4}$/.test(year) ? year : t(lang, `summary.year.${year}` as MessageKey);
}

export function summarySheet(result: CheckResult, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const s = result.summary;
  const heads = countHeaders(tr);
  const cells: (SpecCell | null)[][] = [
    [c(tr("summary.title", { plan: planName(result) }), "title")],
    [c(tr("summary.subtitle", { asOf: o.asOf, builtAt: o.builtAt }), "subtitle")],
    // the legend: the colours of the status columns and of the chart
    [
      c(tr("summary.legend"), "subtitle"),
      null,
      null,
      ...STATUS_BUCKETS.map((b) => c(tr(`status.bucket.${b}` as MessageKey), `status.${b}`)),
    ],
    [c(tr("summary.byGoal"), "subtitle")],
    [c(tr("summary.col.goal"), "header"), c(tr("summary.col.title"), "header"), ...heads],
  ];
  const merges = [`A1:${LAST}1`, `A2:${LAST}2`, "A3:C3"];
  for (const g of s.byStrategicGoal) {
    cells.push([
      c(g.strategicGoal ?? tr("summary.noGoal"), "strategicGoal"),
      c(g.title, "strategicGoal"),
      ...countCells(g, "strategicGoal"),
    ]);
    for (const og of g.operationalGoals)
      cells.push([
        c(og.operationalGoal ?? tr("summary.noGoal"), "operationalGoal"),
        c(og.title, "operationalGoal"),
        ...countCells(og),
      ]);
  }
  cells.push([c(tr("summary.total"), "total"), c(null, "total"), ...countCells(s.total, "total")]);
  cells.push([]);

  // the chart's numbers are the goal rows' status counts above, one row per strategic goal; the goal's
  // name stands in the wide column B, so its statuses follow from C
  const chartTop = cells.length + 1;
  // a plan with no strategic goals is charted by its operational goals, not as one bar
  const goals = topGoals(s.byStrategicGoal);
  const operational = goals[0]?.kind === "operationalGoal";
  cells.push([
    c(tr(operational ? "summary.chartDataOperational" : "summary.chartData"), "subtitle"),
  ]);
  cells.push([
    null,
    c(tr("summary.col.goal"), "header"),
    ...STATUS_BUCKETS.map((b) => c(tr(`status.bucket.${b}` as MessageKey), `status.${b}`)),
  ]);
  for (const g of goals)
    cells.push([
      null,
      c(
        g.number
          ? tr(operational ? "summary.operationalGoalLabel" : "summary.goalLabel", {
              goal: g.number,
            })
          : tr("summary.noGoal"),
        "count"
      ),
      ...STATUS_BUCKETS.map((b) => c(g.byStatus[b], "count")),
    ]);
  const chartSource = `B${chartTop + 1}:${columnLetter(STATUS_BUCKETS.length + 1)}${chartTop + 1 + goals.length}`;
  cells.push([]);
  // the chart sits below its data, as wide as the table, so it prints on the same pages
  const chartAt = cells.length + 1;
  for (let i = 0; i < 18; i++) cells.push([]);

  cells.push([c(tr("summary.byExecutor"), "subtitle")]);
  merges.push(`A${cells.length + 1}:B${cells.length + 1}`);
  cells.push([c(tr("summary.col.executor"), "header"), null, ...heads]);
  for (const e of s.byExecutor) {
    merges.push(`A${cells.length + 1}:B${cells.length + 1}`);
    cells.push([c(e.executor, "wrap"), null, ...countCells(e)]);
  }
  cells.push([]);

  cells.push([c(tr("summary.byYear"), "subtitle")]);
  cells.push([c(tr("summary.col.year"), "header"), c(tr("summary.col.due"), "header"), ...heads]);
  for (const y of s.byYear)
    cells.push([c(yearLabel(y.year, o.lang), "wrap"), c(y.due, "count"), ...countCells(y)]);
  cells.push([c(tr("summary.yearNote"), "subtitle")]);

  return finish({
    key: "summary",
    name: tr("sheet.summary"),
    cells,
    merges,
    widths: SUMMARY_WIDTHS,
    tables: [],
    pivots: [],
    charts: [
      {
        kind: "stackedColumn",
        title: tr(operational ? "summary.chartTitleOperational" : "summary.chartTitle"),
        source: chartSource,
        seriesColors: STATUS_BUCKETS.map((b) => STATUS_COLORS[b]),
        topLeft: `A${chartAt}`,
        bottomRight: `${LAST}${chartAt + 17}`,
      },
    ],
    freezeRows: 0,
    print: printLayout(pageTitle(result, o), [5, 5]),
  });
}

/** Each body, its overdue and passed-without-status measures: what the secretary sends before the meeting. */
export function overdueSheet(result: CheckResult, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const widths = [9, 62, 18, 12, 22, 10];
  const cells: (SpecCell | null)[][] = [
    [c(tr("overdue.title", { plan: planName(result) }), "title")],
    [c(tr("summary.subtitle", { asOf: o.asOf, builtAt: o.builtAt }), "subtitle")],
    [],
    [
      "overdue.col.number",
      "overdue.col.measure",
      "overdue.col.deadline",
      "overdue.col.end",
      "overdue.col.status",
      "overdue.col.cell",
    ].map((k) => c(tr(k as MessageKey), "header")),
  ];
  const merges = ["A1:F1", "A2:F2"];
  for (const e of result.summary.overdueByExecutor) {
    merges.push(`A${cells.length + 1}:F${cells.length + 1}`);
    cells.push([
      c(
        tr("overdue.body", {
          executor: e.executor || tr("overdue.noExecutor"),
          count: e.measures.length,
        }),
        "strategicGoal"
      ),
    ]);
    for (const m of e.measures)
      cells.push([
        c(m.number, "count"),
        c(m.text, "wrap"),
        c(m.deadline, "wrap"),
        c(m.end, "count"),
        c(tr(`status.bucket.${m.status}` as MessageKey), `status.${m.status}`),
        { v: m.cell, style: "count", link: { sheet: m.sheet ?? result.plan.sheet, cell: m.cell } },
      ]);
  }
  if (result.summary.overdueByExecutor.length === 0) cells.push([c(tr("overdue.none"))]);
  return finish({
    key: "overdue",
    name: tr("sheet.overdue"),
    cells,
    merges,
    widths,
    tables: [],
    pivots: [],
    charts: [],
    freezeRows: 4,
    print: printLayout(pageTitle(result, o), [4, 4]),
  });
}

/** What changed since the earlier summary: counts per strategic goal, then every change. */
export function changesSheet(result: CheckResult, changes: Changes, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const label = (kind: string, v: string | null) =>
    v &&
    kind !== "deadlineChanged" &&
    kind !== "executorsChanged" &&
    (STATUS_BUCKETS as readonly string[]).includes(v)
      ? tr(`status.bucket.${v}` as MessageKey)
      : v;
  const since = changes.since ?? tr("changes.unknownDate");
  const cells: (SpecCell | null)[][] = [
    [c(tr("changes.title", { since, asOf: o.asOf }), "title")],
    [c(tr("summary.subtitle", { asOf: o.asOf, builtAt: o.builtAt }), "subtitle")],
    [],
    [
      c(tr("summary.col.goal"), "header"),
      c(tr("summary.col.title"), "header"),
      ...CHANGE_KINDS.map((k) => c(tr(`changes.kind.${k}` as MessageKey), "header")),
    ],
  ];
  for (const g of changes.byGoal)
    cells.push([
      c(g.strategicGoal ?? tr("summary.noGoal"), "strategicGoal"),
      c(g.title, "strategicGoal"),
      ...CHANGE_KINDS.map((k) => c(g.counts[k], "strategicGoal")),
    ]);
  cells.push([]);
  const listTop = cells.length + 1;
  // the measure's text in the wide column, as in the table above
  cells.push(
    [
      "changes.col.change",
      "overdue.col.measure",
      "overdue.col.number",
      "changes.col.before",
      "changes.col.after",
      "overdue.col.cell",
    ].map((k) => c(tr(k as MessageKey), "header"))
  );
  for (const x of changes.list)
    cells.push([
      c(tr(`changes.kind.${x.kind}` as MessageKey), "wrap"),
      c(x.text, "wrap"),
      c(x.number, "count"),
      c(label(x.kind, x.before), "wrap"),
      c(label(x.kind, x.after), "wrap"),
      x.cell
        ? { v: x.cell, style: "count", link: { sheet: x.sheet ?? result.plan.sheet, cell: x.cell } }
        : c(null),
    ]);
  if (changes.list.length === 0) cells.push([c(tr("changes.none"))]);
  return finish({
    key: "changes",
    name: tr("sheet.changes"),
    cells,
    merges: ["A1:H1", "A2:H2"],
    widths: [16, 50, 12, 22, 22, 12, 12, 12],
    tables: [],
    pivots: [],
    charts: [],
    freezeRows: 0,
    print: printLayout(pageTitle(result, o), [listTop, listTop]),
  });
}

export function dataSheet(result: CheckResult, o: SheetOptions): SheetSpec {
  // words written on every row (the status, "так"/"ні") looked up once each
  const words = new Map<MessageKey, string>();
  const tr = (k: MessageKey) => {
    let w = words.get(k);
    if (w === undefined) words.set(k, (w = t(o.lang, k)));
    return w;
  };
  const { plan, findings } = result;
  const ctx = { asOf: result.asOf.date, period: result.period };
  const names = result.summary.executorNames;
  const perMeasure = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.row}#${f.item}`;
    perMeasure.set(key, (perMeasure.get(key) ?? 0) + 1);
  }
  /** A measure's bodies, each once, by their summary names (a plan's 200,000 rows: plain loops). */
  const bodiesOf = (m: Measure): string[] => {
    const out: string[] = [];
    for (const e of m.executors) {
      const name = names[e] ?? e;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  };
  const columns = DATA_COLUMNS.map((k) => tr(`data.col.${k}` as MessageKey));
  const rows: SpecValue[][] = plan.measures.map((m) => {
    const bucket = statusBucket(m, ctx);
    const key = `${m.row}#${m.item}`;
    return [
      m.strategicGoal,
      m.operationalGoal,
      m.task,
      m.nationalMeasure,
      m.number,
      m.text,
      bodiesOf(m).join("; "),
      isoToSerial(m.deadline.start),
      isoToSerial(m.deadline.end),
      tr(`status.bucket.${bucket}` as MessageKey),
      bucket === "overdue" || bucket === "passedNoStatus" ? tr("yes") : tr("no"),
      perMeasure.get(key) ?? 0,
      m.cell,
      o.asOf,
    ];
  });
  const pairColumns = ["number", "measure", "executor", "partner"].map((k) =>
    tr(`data.col.${k}` as MessageKey)
  );
  const pairs: SpecValue[][] = [];
  for (const m of plan.measures) {
    const seen: string[] = [];
    for (const e of m.executors) {
      const name = names[e] ?? e;
      if (seen.includes(name)) continue;
      seen.push(name);
      pairs.push([m.number, m.text, name, isPartner(e) ? tr("yes") : tr("no")]);
    }
  }
  const pairsLeft = columns.length + 1; // one empty column between the tables
  return {
    key: "data",
    name: tr("sheet.data"),
    cells: [],
    merges: [],
    widths: [10, 10, 10, 10, 10, 60, 40, 12, 12, 16, 12, 10, 10, 12, 4, 10, 50, 40, 12],
    tables: [
      { name: TABLE_PLAN_DATA, topLeft: "A1", columns, rows },
      {
        name: TABLE_PLAN_EXECUTORS,
        topLeft: `${columnLetter(pairsLeft)}1`,
        columns: pairColumns,
        rows: pairs,
      },
    ],
    pivots: [],
    charts: [],
    freezeRows: 1,
    print: printLayout(pageTitle(result, o), [1, 1]),
  };
}

export function pivotSheet(o: SheetOptions, title = ""): SheetSpec {
  const tr = (k: MessageKey) => t(o.lang, k);
  return {
    key: "pivot",
    name: tr("sheet.pivot"),
    cells: [],
    merges: [],
    widths: [24],
    tables: [],
    pivots: [
      {
        name: PIVOT_NAME,
        sourceTable: TABLE_PLAN_DATA,
        anchor: "A3",
        rows: [tr("data.col.strategicGoal")],
        columns: [tr("data.col.status")],
        countOf: tr("data.col.measure"),
      },
    ],
    charts: [],
    freezeRows: 0,
    print: printLayout(title),
  };
}

/** Date columns of the data table, by column index, for the adapters' number formats. */
export const DATA_DATE_COLUMNS = [7, 8];

/**
 * The summary, the data tables and the PivotTable (in this order: the adapters rely on it), then the
 * overdue measures by executor and, where there is an earlier summary, what changed since.
 */
export function summarySheets(result: CheckResult, o: SheetOptions): SheetSpec[] {
  const out = [
    summarySheet(result, o),
    dataSheet(result, o),
    pivotSheet(o, pageTitle(result, o)),
    overdueSheet(result, o),
  ];
  if (o.changes) out.push(changesSheet(result, o.changes, o));
  return out;
}

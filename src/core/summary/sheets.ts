/** The sheets for a meeting and for review, as specs (see ../sheets.ts): findings, summary, data, PivotTable. */
import { t, type Lang, type MessageKey } from "../../i18n";
import type { CheckResult } from "../check";
import { isPartner } from "../executors";
import { isPlanTitleLine } from "../vocabulary";
import { columnLetter } from "../grid";
import { findingMessage, ruleTitle } from "../report";
import type { CellStyle, SheetSpec, SpecCell, SpecValue } from "../sheets";
import { statusKind } from "../status";
import type { Counts } from "./aggregate";

export interface SheetOptions {
  lang: Lang;
  asOf: string;
  /** When the sheets were built, as the user reads it ("2026-11-23 14:05"). */
  builtAt: string;
}

export const TABLE_PLAN_DATA = "PlanData";
export const TABLE_PLAN_EXECUTORS = "PlanExecutors";
export const PIVOT_NAME = "PlanCheckPivot";

const c = (v: SpecValue, style?: CellStyle): SpecCell => (style ? { v, style } : { v });

function isoToSerial(iso: string | null): number | null {
  if (!iso) return null;
  return Date.parse(`${iso}T00:00:00Z`) / 86400000 + 25569;
}

function planName(result: CheckResult): string {
  const first =
    result.plan.title?.split("\n").find((l) => isPlanTitleLine(l)) ??
    result.plan.title?.split("\n")[0];
  return first ?? result.plan.sheet;
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
    ].map((k) => c(tr(k as MessageKey), "header")),
  ];
  for (const x of result.findings) {
    cells.push([
      { v: x.cell, link: { sheet: x.sheet ?? result.plan.sheet, cell: x.cell } },
      c(tr(`severity.${x.severity}` as MessageKey), x.severity),
      c(ruleTitle(x.rule, o.lang)),
      c(x.measure),
      c(findingMessage(x, o.lang), "wrap"),
    ]);
  }
  if (result.findings.length === 0) cells.push([c(tr("findings.none"))]);
  return {
    key: "findings",
    name: tr("sheet.findings"),
    cells,
    merges: ["A1:E1", "A2:E2"],
    widths: [10, 14, 30, 10, 90],
    tables: [],
    pivots: [],
    charts: [],
    freezeRows: 5,
  };
}

const COUNT_COLUMNS: readonly (keyof Counts & string)[] = [
  "measures",
  "done",
  "inProgress",
  "overdue",
  "missing",
  "shareDone",
];

function countCells(k: Counts, style?: CellStyle): SpecCell[] {
  return COUNT_COLUMNS.map((col) =>
    col === "shareDone" ? c(k.shareDone, "percent") : c(k[col] as number, style)
  );
}

export function summarySheet(result: CheckResult, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const s = result.summary;
  const countHeaders = [
    "summary.col.measures",
    "summary.col.done",
    "summary.col.inProgress",
    "summary.col.overdue",
    "summary.col.missing",
    "summary.col.shareDone",
  ].map((k) => c(tr(k as MessageKey), "header"));
  const cells: (SpecCell | null)[][] = [
    [c(tr("summary.title", { plan: planName(result) }), "title")],
    [c(tr("summary.subtitle", { asOf: o.asOf, builtAt: o.builtAt }), "subtitle")],
    [],
    [c(tr("summary.byGoal"), "subtitle")],
    [c(tr("summary.col.goal"), "header"), c(tr("summary.col.title"), "header"), ...countHeaders],
  ];
  const merges = ["A1:H1", "A2:H2"];
  for (const g of s.byStrategicGoal) {
    cells.push([
      c(g.strategicGoal ?? tr("summary.noGoal"), "strategicGoal"),
      c(g.title, "strategicGoal"),
      ...countCells(g, "strategicGoal"),
    ]);
    for (const og of g.operationalGoals)
      cells.push([
        c(og.operationalGoal ?? tr("summary.noGoal"), "operationalGoal"),
        c(og.title, "wrap"),
        ...countCells(og),
      ]);
  }
  cells.push([c(tr("summary.total"), "total"), c(null, "total"), ...countCells(s.total, "total")]);
  cells.push([]);

  // the chart's data: parts that add up, one row per strategic goal, beside the tables
  const chartTop = cells.length + 1;
  cells.push([c(tr("summary.chartData"), "subtitle")]);
  cells.push([
    c(tr("summary.col.goal"), "header"),
    c(tr("summary.col.done"), "header"),
    c(tr("summary.col.overdue"), "header"),
    c(tr("summary.col.inProgress"), "header"),
    c(tr("summary.col.other"), "header"),
  ]);
  for (const g of s.byStrategicGoal) {
    cells.push([
      c(
        g.strategicGoal ? tr("summary.goalLabel", { goal: g.strategicGoal }) : tr("summary.noGoal")
      ),
      c(g.stack.done),
      c(g.stack.overdue),
      c(g.stack.inProgress),
      c(g.stack.other),
    ]);
  }
  const chartSource = `A${chartTop + 1}:E${chartTop + 1 + s.byStrategicGoal.length}`;
  cells.push([]);

  cells.push([c(tr("summary.byExecutor"), "subtitle")]);
  cells.push([c(tr("summary.col.executor"), "header"), null, ...countHeaders]);
  for (const e of s.byExecutor) {
    merges.push(`A${cells.length + 1}:B${cells.length + 1}`);
    cells.push([c(e.executor, "wrap"), null, ...countCells(e)]);
  }
  cells.push([]);

  cells.push([c(tr("summary.byYear"), "subtitle")]);
  cells.push([c(tr("summary.col.year"), "header"), null, ...countHeaders]);
  for (const y of s.byYear) {
    const label =
      y.year === "—" ? tr("summary.openYear") : y.year === "?" ? tr("summary.unknownYear") : y.year;
    cells.push([c(label), null, ...countCells(y)]);
  }

  return {
    key: "summary",
    name: tr("sheet.summary"),
    cells,
    merges,
    widths: [16, 60, 10, 10, 12, 12, 12, 14],
    tables: [],
    pivots: [],
    charts: [
      {
        kind: "stackedColumn",
        title: tr("summary.chartTitle"),
        source: chartSource,
        topLeft: "J4",
        bottomRight: "R24",
      },
    ],
    freezeRows: 0,
  };
}

const STATUS_LABEL: Record<string, MessageKey> = {
  done: "status.label.done",
  inProgress: "status.label.inProgress",
  partial: "status.label.partial",
  postponed: "status.label.postponed",
  notDone: "status.label.notDone",
  notStarted: "status.label.notStarted",
  cancelled: "status.label.cancelled",
};

export function dataSheet(result: CheckResult, o: SheetOptions): SheetSpec {
  const tr = (k: MessageKey) => t(o.lang, k);
  const { plan, findings } = result;
  const overdue = new Set(
    findings.filter((f) => f.rule === "deadline.overdue").map((f) => `${f.row}#${f.item}`)
  );
  const perMeasure = new Map<string, number>();
  for (const f of findings)
    perMeasure.set(`${f.row}#${f.item}`, (perMeasure.get(`${f.row}#${f.item}`) ?? 0) + 1);
  const columns = [
    "strategicGoal",
    "operationalGoal",
    "task",
    "nationalMeasure",
    "number",
    "measure",
    "executors",
    "start",
    "end",
    "status",
    "overdue",
    "findings",
    "cell",
  ].map((k) => tr(`data.col.${k}` as MessageKey));
  const rows: SpecValue[][] = plan.measures.map((m) => {
    const kind = statusKind(m.status);
    const status = kind
      ? tr(STATUS_LABEL[kind])
      : m.status
        ? tr("status.label.unknown")
        : tr("status.label.none");
    const key = `${m.row}#${m.item}`;
    return [
      m.strategicGoal,
      m.operationalGoal,
      m.task,
      m.nationalMeasure,
      m.number,
      m.text,
      m.executors.join("; "),
      isoToSerial(m.deadline.start),
      isoToSerial(m.deadline.end),
      status,
      overdue.has(key) ? tr("yes") : tr("no"),
      perMeasure.get(key) ?? 0,
      m.cell,
    ];
  });
  const pairColumns = ["number", "measure", "executor", "partner"].map((k) =>
    tr(`data.col.${k}` as MessageKey)
  );
  const pairs: SpecValue[][] = plan.measures.flatMap((m) =>
    m.executors.map(
      (e) => [m.number, m.text, e, isPartner(e) ? tr("yes") : tr("no")] as SpecValue[]
    )
  );
  const pairsLeft = columns.length + 1; // one empty column between the tables
  return {
    key: "data",
    name: tr("sheet.data"),
    cells: [],
    merges: [],
    widths: [10, 10, 10, 10, 10, 60, 40, 12, 12, 14, 12, 10, 10, 4, 10, 10, 50, 12, 14, 12],
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
  };
}

export function pivotSheet(o: SheetOptions): SheetSpec {
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
  };
}

/** Date columns of the data table, by column index, for the adapters' number formats. */
export const DATA_DATE_COLUMNS = [7, 8];

export function summarySheets(result: CheckResult, o: SheetOptions): SheetSpec[] {
  return [summarySheet(result, o), dataSheet(result, o), pivotSheet(o)];
}

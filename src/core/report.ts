/**
 * The command line's JSON document (docs/plan-check-json.md): a stable contract for reviewers' scripts.
 * Numbers are strings, rows are 1-based sheet rows, dates are YYYY-MM-DD.
 */
import { isMessageKey, t, type Lang, type MessageKey } from "../i18n";
import type { CheckResult } from "./check";
import { columnLetter } from "./grid";
import type { ColumnRole } from "./layout/vocabulary";
import type { Level, Measure, NationalMeasure } from "./plan";
import type { Finding, RuleId } from "./rules";

export const REPORT_VERSION = 1;

/** A rule's short title in the user's words ("Немає виконавця"): what people see instead of its id. */
export function ruleTitle(rule: RuleId, lang: Lang): string {
  return t(lang, `ruleTitle.${rule}` as MessageKey);
}

/**
 * Messages already worded, by the finding's parameters (its message depends on its rule and those alone): the
 * report, the findings sheet and the notes each word every finding, and a large plan has tens of thousands.
 */
const WORDED = new WeakMap<Finding["params"], { rule: RuleId } & Partial<Record<Lang, string>>>();

export function findingMessage(f: Finding, lang: Lang): string {
  let worded = WORDED.get(f.params);
  if (worded?.rule !== f.rule) WORDED.set(f.params, (worded = { rule: f.rule }));
  return (worded[lang] ??= wordFinding(f, lang));
}

function wordFinding(f: Finding, lang: Lang): string {
  const params: Record<string, string | number | null> = { ...f.params };
  if (f.rule === "deadline.unparsed" && typeof f.params.reason === "string") {
    params.reason = t(lang, `deadline.reason.${f.params.reason}` as MessageKey);
  }
  // a column's role in the words the pane and the report use for it, never its code
  if (
    f.rule === "layout.ambiguous" &&
    typeof f.params.role === "string" &&
    isMessageKey(`role.${f.params.role}`)
  )
    params.role = t(lang, `role.${f.params.role}` as MessageKey);
  if ((f.rule === "deadline.overdue" && !f.params.status) || f.params.status === null)
    params.status = t(lang, "status.none");
  // spellings that differ only where nobody sees it: the message names the difference
  if (f.rule === "executor.inconsistent" && typeof f.params.difference === "string")
    params.difference = f.params.difference
      .split(",")
      .map((d) => t(lang, `executor.difference.${d}` as MessageKey))
      .join(", ");
  const key = (
    f.rule === "executor.unknown" && f.params.suggestion
      ? "rule.executor.unknown.suggest"
      : f.rule === "executor.inconsistent" && f.params.difference
        ? "rule.executor.inconsistent.invisible"
        : `rule.${f.rule}`
  ) as MessageKey;
  return t(lang, key, params);
}

/**
 * How the report's long lists (rows, measures, findings) are made from the plan's: all at once, or, for a
 * writer that streams them, one entry at a time as each is written.
 */
export type ListMaker = <T, U>(
  items: readonly T[],
  entry: (item: T) => U,
  /** The entry's JSON text made directly, the same as `JSON.stringify(entry(item))`: for a streaming writer. */
  text?: (item: T) => string
) => U[];

const atOnce: ListMaker = (items, entry) => items.map(entry);

/** What JSON.stringify escapes in a string: quote, backslash, C0 controls, surrogates (lone ones). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string's JSON text: most of a plan's texts need no escaping, and quoting them is cheaper than the call. */
function str(s: string | null): string {
  return s === null ? "null" : NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/**
 * Values the entries' texts write by hand only when they are what the types say (a string or null, a finite
 * number): anything else — an undefined a JSON.stringify would leave out, say — takes the slow way.
 */
const strOk = (v: unknown) => v === null || typeof v === "string";
const numOk = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/**
 * The JSON text of a measure's levels, each level's written once: a plan's measures share their goals and
 * tasks, and their paths are most of the measures' text.
 */
function pathText(): (path: readonly Level[]) => string {
  const levels = new Map<Level, string>();
  const level = (l: Level) => {
    let s = levels.get(l);
    if (s === undefined) {
      s =
        typeof l.kind === "string" && strOk(l.number) && typeof l.title === "string" && numOk(l.row)
          ? `{"kind":${str(l.kind)},"number":${str(l.number)},"title":${str(l.title)},"row":${l.row}}`
          : JSON.stringify({ kind: l.kind, number: l.number, title: l.title, row: l.row });
      levels.set(l, s);
    }
    return s;
  };
  return (path) => {
    let s = "[";
    for (let i = 0; i < path.length; i++) s += (i ? "," : "") + level(path[i]);
    return `${s}]`;
  };
}

/** A measure's entry in the report (below), or null where its text must be made by JSON.stringify. */
function measureText(
  m: Measure,
  sheet: string,
  path: (p: readonly Level[]) => string
): string | null {
  const d = m.deadline;
  if (
    !(strOk(m.number) && typeof (m.sheet ?? sheet) === "string" && numOk(m.row)) ||
    !(typeof m.cell === "string" && strOk(m.strategicGoal) && strOk(m.operationalGoal)) ||
    !(strOk(m.task) && strOk(m.nationalMeasure) && typeof m.text === "string") ||
    !(
      Array.isArray(m.executors) &&
      typeof d === "object" &&
      d !== null &&
      typeof d.raw === "string"
    ) ||
    !(strOk(d.start) && strOk(d.end) && strOk(d.recurrence) && strOk(d.precision)) ||
    !(strOk(m.status) && numOk(m.item) && numOk(m.items) && Array.isArray(m.path))
  )
    return null;
  let executors = "";
  for (let i = 0; i < m.executors.length; i++) {
    const e = m.executors[i];
    if (typeof e !== "string") return null;
    executors += (i ? "," : "") + str(e);
  }
  const extra = Object.keys(m.extra).length ? `,"extra":${JSON.stringify(m.extra)}` : "";
  return (
    `{"number":${str(m.number)},"sheet":${str(m.sheet ?? sheet)},"row":${m.row},"cell":${str(m.cell)},` +
    `"strategicGoal":${str(m.strategicGoal)},"operationalGoal":${str(m.operationalGoal)},` +
    `"task":${str(m.task)},"nationalMeasure":${str(m.nationalMeasure)},"text":${str(m.text)},` +
    `"executors":[${executors}],"deadline":{"raw":${str(d.raw)},"start":${str(d.start)},` +
    `"end":${str(d.end)},"recurrence":${str(d.recurrence)},"precision":${str(d.precision)}},` +
    `"status":${str(m.status)},"item":${m.item},"items":${m.items},"path":${path(m.path)}${extra}}`
  );
}

const nationalMeasureEntry = (n: NationalMeasure) => ({
  number: n.number,
  task: n.task,
  operationalGoal: n.operationalGoal,
  strategicGoal: n.strategicGoal,
  text: n.text,
  row: n.row,
  cell: n.cell,
  measures: n.measureCount,
});

/** A measure of the national plan's entry in the report, or null where JSON.stringify must make it. */
function nationalMeasureText(n: NationalMeasure): string | null {
  if (
    !(strOk(n.number) && strOk(n.task) && strOk(n.operationalGoal) && strOk(n.strategicGoal)) ||
    !(
      typeof n.text === "string" &&
      numOk(n.row) &&
      typeof n.cell === "string" &&
      numOk(n.measureCount)
    )
  )
    return null;
  return (
    `{"number":${str(n.number)},"task":${str(n.task)},"operationalGoal":${str(n.operationalGoal)},` +
    `"strategicGoal":${str(n.strategicGoal)},"text":${str(n.text)},"row":${n.row},"cell":${str(n.cell)},` +
    `"measures":${n.measureCount}}`
  );
}

export function buildReport(
  result: CheckResult,
  file: string,
  asOf: string,
  lang: Lang,
  list: ListMaker = atOnce
) {
  const { plan } = result;
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(plan.layout.columns) as [ColumnRole, number][])
    columns[role] = columnLetter(col);
  const measureEntry = (m: Measure) => ({
    number: m.number,
    sheet: m.sheet ?? plan.sheet,
    row: m.row,
    cell: m.cell,
    strategicGoal: m.strategicGoal,
    operationalGoal: m.operationalGoal,
    task: m.task,
    nationalMeasure: m.nationalMeasure,
    text: m.text,
    executors: m.executors,
    deadline: {
      raw: m.deadline.raw,
      start: m.deadline.start,
      end: m.deadline.end,
      recurrence: m.deadline.recurrence,
      precision: m.deadline.precision,
    },
    status: m.status,
    item: m.item,
    items: m.items,
    path: m.path.map((l) => ({ kind: l.kind, number: l.number, title: l.title, row: l.row })),
    ...(Object.keys(m.extra).length ? { extra: m.extra } : {}),
  });
  const paths = pathText();
  return {
    version: REPORT_VERSION,
    file,
    sheet: plan.sheet,
    planSheets: plan.planSheets ?? [plan.sheet],
    asOf,
    asOfSource: result.asOf.date === asOf ? result.asOf.source : "user",
    lang,
    sheets: result.sheets,
    title: plan.title,
    period: result.period,
    layout: {
      headerRows: plan.layout.headerRows,
      columns,
      firstRow: plan.layout.firstRow,
      lastRow: plan.layout.lastRow,
      rows: list(plan.layout.rows, (r) => ({ row: r.row, kind: r.kind, reason: r.reason })),
    },
    strategicGoals: plan.strategicGoals.map((g) => ({
      number: g.number,
      title: g.title,
      row: g.row,
    })),
    operationalGoals: plan.operationalGoals.map((g) => ({
      number: g.number,
      strategicGoal: g.strategicGoal,
      title: g.title,
      row: g.row,
    })),
    nationalTasks: list(plan.nationalTasks, (n) => ({
      number: n.number,
      text: n.text,
      row: n.row,
      cell: n.cell,
      operationalGoal: n.operationalGoal,
    })),
    nationalMeasures: list(
      plan.nationalMeasures,
      nationalMeasureEntry,
      (n) => nationalMeasureText(n) ?? JSON.stringify(nationalMeasureEntry(n))
    ),
    measures: list(
      plan.measures,
      measureEntry,
      (m) => measureText(m, plan.sheet, paths) ?? JSON.stringify(measureEntry(m))
    ),
    findings: list(result.findings, (f) => ({
      rule: f.rule,
      title: ruleTitle(f.rule, lang),
      sheet: f.sheet ?? plan.sheet,
      severity: f.severity,
      measure: f.measure,
      cell: f.cell,
      row: f.row,
      message: findingMessage(f, lang),
      params: f.params,
    })),
    summary: result.summary,
  };
}

export type PlanReport = ReturnType<typeof buildReport>;

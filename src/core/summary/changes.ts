/**
 * What changed since the last meeting: the plan compared with the data table (PlanData) of an earlier
 * summary, its values as read — per strategic goal and as a list: newly done, newly overdue, a deadline or
 * the executors changed, measures added or removed. Pure: the adapters only find the earlier table.
 */
import { t, LANGS, type MessageKey } from "../../i18n";
import type { CheckResult } from "../check";
import { executorResolver, planExecutors } from "../directory";
import { serialToIsoDate, type CellValue, type Grid } from "../grid";
import type { Measure } from "../plan";
import { normalize } from "../text";
import { statusBucket, STATUS_BUCKETS, type StatusBucket } from "./aggregate";

/** The data table's columns, by their message keys (`data.col.<key>`); the header is read in either language. */
export const DATA_COLUMNS = [
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
  "asOf",
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

export interface EarlierMeasure {
  strategicGoal: string | null;
  number: string | null;
  text: string;
  executors: string[];
  start: string | null;
  end: string | null;
  status: StatusBucket | null;
  overdue: boolean;
}

export interface EarlierPlan {
  /** The as-of date of the earlier summary, where its table says it. */
  asOf: string | null;
  measures: EarlierMeasure[];
}

export const CHANGE_KINDS = [
  "newlyDone",
  "newlyOverdue",
  "deadlineChanged",
  "executorsChanged",
  "added",
  "removed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  strategicGoal: string | null;
  number: string | null;
  text: string;
  /** What the earlier table said and what the plan says now (a status, a deadline, the executors). */
  before: string | null;
  after: string | null;
  /** The measure's cell now; null for a removed one. */
  cell: string | null;
  sheet?: string;
}

export interface Changes {
  since: string | null;
  list: Change[];
  byGoal: { strategicGoal: string | null; title: string; counts: Record<ChangeKind, number> }[];
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** A date cell as read: a serial number, an ISO date or a dd.mm.yyyy one. */
function isoOf(v: CellValue | undefined): string | null {
  if (typeof v === "number") return serialToIsoDate(v);
  const s = text(v);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : null;
}

/** Header text → column, in both languages. */
const HEADER = new Map<string, DataColumn>(
  LANGS.flatMap((lang) =>
    DATA_COLUMNS.map((k) => [normalize(t(lang, `data.col.${k}` as MessageKey)), k] as const)
  )
);

/** A status as the table writes it (a status label in either language) → its bucket. */
const STATUS_OF = new Map<string, StatusBucket>([
  // a table written before the statuses were counted apart holds the status as said ("Виконується")
  ...LANGS.flatMap((lang) =>
    (
      [
        ["done", "done"],
        ["inProgress", "inProgressOnTime"],
        ["partial", "inProgressOnTime"],
        ["postponed", "postponed"],
        ["notDone", "notDone"],
        ["notStarted", "notStarted"],
        ["cancelled", "cancelled"],
        ["none", "noStatus"],
        ["unknown", "noStatus"],
      ] as const
    ).map(([k, b]) => [normalize(t(lang, `status.label.${k}` as MessageKey)), b] as const)
  ),
  ...LANGS.flatMap((lang) =>
    STATUS_BUCKETS.map((b) => [normalize(t(lang, `status.bucket.${b}` as MessageKey)), b] as const)
  ),
  ...LANGS.map(
    (l) => [normalize(t(l, "status.bucket.earlier.passedNoStatus")), "passedNoStatus"] as const
  ),
]);
const YES = new Set(LANGS.map((lang) => normalize(t(lang, "yes"))));

/** The columns of a data table's header row, or null when it is not one (the measure column is needed). */
export function dataHeader(row: readonly CellValue[]): Map<DataColumn, number> | null {
  const cols = new Map<DataColumn, number>();
  row.forEach((v, i) => {
    const k = HEADER.get(normalize(text(v)));
    if (k && !cols.has(k)) cols.set(k, i);
  });
  return cols.has("measure") && cols.has("number") && cols.size >= 6 ? cols : null;
}

/** The earlier plan from a data table's rows (header first), its values as read. */
export function earlierFromRows(rows: readonly (readonly CellValue[])[]): EarlierPlan | null {
  const cols = rows.length ? dataHeader(rows[0]) : null;
  if (!cols) return null;
  const at = (row: readonly CellValue[], k: DataColumn) =>
    cols.has(k) ? row[cols.get(k)!] : undefined;
  let asOf: string | null = null;
  const measures: EarlierMeasure[] = [];
  for (const row of rows.slice(1)) {
    // a row of the data table has a number or a text; rows beside it (PlanExecutors) do not count
    if (!row || (text(at(row, "measure")) === "" && text(at(row, "number")) === "")) continue;
    asOf ??= isoOf(at(row, "asOf"));
    measures.push({
      strategicGoal: text(at(row, "strategicGoal")) || null,
      number: text(at(row, "number")) || null,
      text: text(at(row, "measure")),
      executors: text(at(row, "executors"))
        .split(";")
        .map((e) => e.trim())
        .filter((e) => e !== ""),
      start: isoOf(at(row, "start")),
      end: isoOf(at(row, "end")),
      status: STATUS_OF.get(normalize(text(at(row, "status")))) ?? null,
      overdue: YES.has(normalize(text(at(row, "overdue")))),
    });
  }
  return { asOf, measures };
}

/** The data table of an earlier summary among a workbook's sheets: the first sheet whose first row is one. */
export function earlierFromGrids(grids: readonly Grid[]): EarlierPlan | null {
  for (const g of grids) {
    const top = g.values.findIndex((row) => row && dataHeader(row) !== null);
    if (top < 0) continue;
    const rows: CellValue[][] = [];
    for (let r = top; r < g.values.length; r++) {
      const row = g.values[r] ?? [];
      if (r > top && row.every((v) => text(v) === "")) break;
      rows.push(row);
    }
    const found = earlierFromRows(rows);
    if (found) return found;
  }
  return null;
}

const textKey = (s: string) =>
  normalize(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Pairs each measure with its earlier row: by number and text, then by number, then by text. */
function pair(now: Measure[], before: EarlierMeasure[]): Map<Measure, EarlierMeasure> {
  const out = new Map<Measure, EarlierMeasure>();
  const taken = new Set<EarlierMeasure>();
  const passes: ((x: { number: string | null; text: string }) => string | null)[] = [
    (x) => `${x.number ?? ""}|${textKey(x.text)}`,
    (x) => x.number || null,
    (x) => textKey(x.text) || null,
  ];
  for (const keyOf of passes) {
    const index = new Map<string, EarlierMeasure[]>();
    for (const e of before) {
      const k = taken.has(e) ? null : keyOf(e);
      if (k === null) continue;
      const list = index.get(k);
      if (list) list.push(e);
      else index.set(k, [e]);
    }
    for (const m of now) {
      if (out.has(m)) continue;
      const k = keyOf(m);
      const e = k === null ? undefined : index.get(k)?.find((x) => !taken.has(x));
      if (!e) continue;
      out.set(m, e);
      taken.add(e);
    }
  }
  return out;
}

const span = (start: string | null, end: string | null) =>
  start && end && start !== end ? `${start} – ${end}` : (end ?? start ?? "");

const OVERDUE: ReadonlySet<StatusBucket | null> = new Set(["overdue", "passedNoStatus"]);

/**
 * What changed since the earlier summary. `directory` is the executor directory the check used: the changed
 * executors are named as the summary names them, and a body written another way (a directory variant, an
 * abbreviation, with or without its tail) is no change.
 */
export function compareWithEarlier(
  result: CheckResult,
  earlier: EarlierPlan,
  directory?: readonly string[]
): Changes {
  const { plan } = result;
  const ctx = { asOf: result.asOf.date, period: result.period };
  const names = planExecutors(plan, directory);
  // both versions' spellings make the keys, so a tail only one of them writes is still the same body
  const same = executorResolver(
    [...plan.measures.flatMap((m) => m.executors), ...earlier.measures.flatMap((e) => e.executors)],
    directory,
    plan.measures.map((m) => m.text)
  );
  const matched = pair(plan.measures, earlier.measures);
  const list: Change[] = [];
  const change = (m: Measure, kind: ChangeKind, before: string | null, after: string | null) =>
    list.push({
      kind,
      strategicGoal: m.strategicGoal,
      number: m.number,
      text: m.text,
      before,
      after,
      cell: m.cell,
      ...(m.sheet ? { sheet: m.sheet } : {}),
    });
  for (const m of plan.measures) {
    const e = matched.get(m);
    if (!e) {
      change(m, "added", null, statusBucket(m, ctx));
      continue;
    }
    const bucket = statusBucket(m, ctx);
    if (bucket === "done" && e.status !== "done") change(m, "newlyDone", e.status, bucket);
    if (OVERDUE.has(bucket) && !e.overdue && !OVERDUE.has(e.status))
      change(m, "newlyOverdue", e.status, bucket);
    const d = m.deadline;
    if ((d.start !== e.start || d.end !== e.end) && (d.end || d.start || e.end || e.start))
      change(m, "deadlineChanged", span(e.start, e.end), span(d.start, d.end));
    const keys = (xs: string[]) => [...new Set(xs.map((x) => same.key(x)))].sort().join("|");
    if (keys(e.executors) !== keys(m.executors))
      change(
        m,
        "executorsChanged",
        e.executors.join("; "),
        [...new Set(m.executors.map((x) => names.canonical(x)))].join("; ")
      );
  }
  const kept = new Set(matched.values());
  for (const e of earlier.measures)
    if (!kept.has(e))
      list.push({
        kind: "removed",
        strategicGoal: e.strategicGoal,
        number: e.number,
        text: e.text,
        before: e.status,
        after: null,
        cell: null,
      });

  const goals = [
    ...new Set([...plan.measures.map((m) => m.strategicGoal), ...list.map((c) => c.strategicGoal)]),
  ];
  const byGoal = goals.map((g) => {
    const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<
      ChangeKind,
      number
    >;
    for (const c of list) if (c.strategicGoal === g) counts[c.kind]++;
    return {
      strategicGoal: g,
      title: plan.strategicGoals.find((s) => s.number === g)?.title ?? "",
      counts,
    };
  });
  return { since: earlier.asOf, list, byGoal };
}

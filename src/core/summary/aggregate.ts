/**
 * Counts for meetings: by strategic goal (with operational goals beneath), by executor (one row per body,
 * under its canonical name), by deadline year (a measure in every year its deadline spans), and the overdue
 * measures of each body. Every counts object splits its measures into statuses that add up (`byStatus`).
 */
import { planExecutors, type ExecutorResolver } from "../directory";
import type { PlanPeriod } from "../period";
import type { Measure, Plan } from "../plan";
import { effectiveEnd, effectiveStart } from "../rules/deadlines";
import { measureIndexOfFinding, ruleSpec, type Finding, type RuleId } from "../rules/finding";
import { measureStatus, type StatusKind } from "../status";

/** Each measure is in exactly one of these, in this order in every table, chart and legend. */
export const STATUS_BUCKETS = [
  "done",
  "inProgressOnTime",
  "overdue",
  "notDone",
  "notStarted",
  "postponed",
  "cancelled",
  "passedNoStatus",
  "noStatus",
] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];
export type ByStatus = Record<StatusBucket, number>;

export interface Counts {
  measures: number;
  /** The measures by status, mutually exclusive: the values sum to `measures`. */
  byStatus: ByStatus;
  /** As the status says, whatever the deadline: done, in progress (partial too), not done (postponed too)… */
  done: number;
  inProgress: number;
  notDone: number;
  notStarted: number;
  cancelled: number;
  noStatus: number;
  /** = byStatus.overdue: a recorded status other than done, cancelled or postponed, past the deadline. */
  overdue: number;
  /** Measures with missing data: no executor, no deadline, no text or no status where one is due. */
  missing: number;
  /** Share of measures done, 0–1 (cancelled measures are left out of the base). */
  shareDone: number;
}

export interface GoalCounts extends Counts {
  strategicGoal: string | null;
  title: string;
  operationalGoals: (Counts & { operationalGoal: string | null; title: string })[];
}

/** A goal a meeting compares with the others: a strategic goal, or an operational one where the plan has no higher level. */
export interface TopGoal extends Counts {
  kind: "strategicGoal" | "operationalGoal";
  number: string | null;
  title: string;
}

/**
 * The goals at the top of the plan: its strategic goals; for a plan that groups its measures only by
 * operational goals (a ministry's "Підціль", "Ціль 1.2"), those, rather than one row for the whole plan.
 */
export function topGoals(byStrategicGoal: readonly GoalCounts[]): TopGoal[] {
  const only = byStrategicGoal.length === 1 ? byStrategicGoal[0] : null;
  if (
    only &&
    only.strategicGoal === null &&
    only.operationalGoals.some((o) => o.operationalGoal !== null)
  )
    return only.operationalGoals.map(({ operationalGoal, title, ...counts }) => ({
      ...counts,
      kind: "operationalGoal" as const,
      number: operationalGoal,
      title,
    }));
  return byStrategicGoal.map(({ strategicGoal, title, operationalGoals: _, ...counts }) => ({
    ...counts,
    kind: "strategicGoal" as const,
    number: strategicGoal,
    title,
  }));
}

/** A year of the plan, or a deadline that names none: open-ended, empty, or not understood. */
export type YearLabel = string | "open" | "none" | "unparsed";

export interface YearCounts extends Counts {
  year: YearLabel;
  /** Of the measures running in the year, those due in it: the deadline ends then, or recurs each year. */
  due: number;
}

export interface OverdueMeasure {
  number: string | null;
  text: string;
  deadline: string;
  /** The day the deadline ended, YYYY-MM-DD. */
  end: string | null;
  status: "overdue" | "passedNoStatus";
  /** The status as written, or null. */
  written: string | null;
  cell: string;
  sheet?: string;
}

export interface Summary {
  total: Counts;
  byStrategicGoal: GoalCounts[];
  /** One row per body, under its canonical name; a measure counts once for each body it names. */
  byExecutor: (Counts & { executor: string; variants: string[] })[];
  byYear: YearCounts[];
  /** Each body with overdue or passed-without-status measures, by canonical name. */
  overdueByExecutor: { executor: string; measures: OverdueMeasure[] }[];
  /** Every executor spelling the plan writes → the canonical name it is counted under. */
  executorNames: Record<string, string>;
  findings: { error: number; warning: number; info: number };
  nationalMeasuresWithoutLocal: number;
}

export interface SummaryContext {
  asOf: string;
  period: PlanPeriod | null;
  /** The directory kept in the workbook, one body a line ("Name = variant; variant"). */
  directory?: string[];
  /** The plan's executors resolved once for the whole check (else they are resolved here). */
  executors?: ExecutorResolver;
}

/** A measure counts as missing data where a finding about it says so (the catalogue's `missingData`). */
const missingData = (rule: RuleId) => {
  const spec = ruleSpec(rule);
  return spec.missingData && spec.subject === "measure";
};

/** The legacy count a status is added to: a partial one is in progress, a postponed one is not done. */
const COUNTED_AS: Record<
  StatusKind,
  "done" | "inProgress" | "notDone" | "notStarted" | "cancelled"
> = {
  done: "done",
  partial: "inProgress",
  inProgress: "inProgress",
  postponed: "notDone",
  notDone: "notDone",
  notStarted: "notStarted",
  cancelled: "cancelled",
};

/**
 * The one status a measure is counted under, from the measure itself: its recorded status and whether its
 * deadline has ended (`effectiveEnd`: recurring and open deadlines end with the plan period). A status the
 * vocabulary does not know says nothing Plan Check can read: it counts as no status, as the rules take it
 * (`passedState`), so the summary's overdue are exactly the overdue findings.
 */
export function statusBucket(m: Measure, ctx: SummaryContext): StatusBucket {
  const kind = measureStatus(m);
  if (kind === "done" || kind === "cancelled" || kind === "postponed") return kind;
  const end = effectiveEnd(m, ctx);
  const passed = end !== null && end < ctx.asOf;
  if (kind === null) return passed ? "passedNoStatus" : "noStatus";
  if (passed) return "overdue";
  if (kind === "inProgress" || kind === "partial") return "inProgressOnTime";
  if (kind === "notDone" || kind === "notStarted") return kind;
  return "noStatus";
}

export function emptyByStatus(): ByStatus {
  return Object.fromEntries(STATUS_BUCKETS.map((b) => [b, 0])) as ByStatus;
}

export function emptyCounts(): Counts {
  return {
    measures: 0,
    byStatus: emptyByStatus(),
    done: 0,
    inProgress: 0,
    notDone: 0,
    notStarted: 0,
    cancelled: 0,
    noStatus: 0,
    overdue: 0,
    missing: 0,
    shareDone: 0,
  };
}

export function shareDone(c: Pick<Counts, "measures" | "done" | "cancelled">): number {
  const base = c.measures - c.cancelled;
  return base > 0 ? Math.round((c.done / base) * 1000) / 1000 : 0;
}

/** Two counts added: the totals of a folder of plans. */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum: Counts = { ...a, byStatus: { ...a.byStatus } };
  for (const k of [
    "measures",
    "done",
    "inProgress",
    "notDone",
    "notStarted",
    "cancelled",
    "noStatus",
    "overdue",
    "missing",
  ] as const)
    sum[k] += b[k];
  for (const s of STATUS_BUCKETS) sum.byStatus[s] += b.byStatus?.[s] ?? 0;
  sum.shareDone = shareDone(sum);
  return sum;
}

/** The legacy counts a measure may add to, in the order `emptyCounts` writes them. */
const LEGACY = ["done", "inProgress", "notDone", "notStarted", "cancelled", "noStatus"] as const;
const LEGACY_INDEX = new Map<string, number>(LEGACY.map((k, i) => [k, i]));
const BUCKET_INDEX = new Map<StatusBucket, number>(STATUS_BUCKETS.map((b, i) => [b, i]));

/**
 * Each measure's places in the counts, by its index in the plan: the counting adds up small arrays over lists
 * of indices, not named fields over maps of measures.
 */
interface MeasureFlags {
  bucket: StatusBucket[];
  /** The bucket's and the legacy count's places. */
  bucketAt: Uint8Array;
  legacyAt: Uint8Array;
  missing: Uint8Array;
}

function flagsOf(measures: Measure[], ctx: SummaryContext): MeasureFlags {
  const n = measures.length;
  const flags: MeasureFlags = {
    bucket: new Array<StatusBucket>(n),
    bucketAt: new Uint8Array(n),
    legacyAt: new Uint8Array(n),
    missing: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const m = measures[i];
    const kind = measureStatus(m);
    const bucket = statusBucket(m, ctx);
    flags.bucket[i] = bucket;
    flags.bucketAt[i] = BUCKET_INDEX.get(bucket)!;
    flags.legacyAt[i] = LEGACY_INDEX.get(kind ? COUNTED_AS[kind] : "noStatus")!;
  }
  return flags;
}

function count(indices: ArrayLike<number>, flags: MeasureFlags): Counts {
  const legacy = new Int32Array(LEGACY.length);
  const buckets = new Int32Array(STATUS_BUCKETS.length);
  let missing = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    legacy[flags.legacyAt[i]]++;
    buckets[flags.bucketAt[i]]++;
    missing += flags.missing[i];
  }
  const byStatus = emptyByStatus();
  STATUS_BUCKETS.forEach((b, i) => (byStatus[b] = buckets[i]));
  const c: Counts = {
    measures: indices.length,
    byStatus,
    done: legacy[0],
    inProgress: legacy[1],
    notDone: legacy[2],
    notStarted: legacy[3],
    cancelled: legacy[4],
    noStatus: legacy[5],
    overdue: byStatus.overdue,
    missing,
    shareDone: 0,
  };
  c.shareDone = shareDone(c);
  return c;
}

/** The years a measure runs in, or why it has none; a span is cut at 50 years (a typo, not a plan). */
function yearsOf(m: Measure, ctx: SummaryContext): YearLabel[] {
  const d = m.deadline;
  if (d.unparsed === "empty") return ["none"];
  if (d.unparsed) return ["unparsed"];
  const end = effectiveEnd(m, ctx);
  if (!end) return ["open"];
  const start = effectiveStart(m, ctx) ?? end;
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4));
  const out: string[] = [];
  for (let y = Math.min(from, to); y <= to && out.length < 50; y++) out.push(String(y));
  return out;
}

const EVERY_YEAR = new Set(["annual", "semiannual", "quarterly", "monthly", "weekly"]);

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The indices of the measures under each key, keys in the order first met; a measure is listed once under a
 * key however often its keys name it (`keys` calls `add` for each).
 */
function indicesBy<K>(n: number, keys: (i: number, add: (k: K) => void) => void): Map<K, number[]> {
  const out = new Map<K, number[]>();
  let at = 0;
  const add = (k: K) => {
    const list = out.get(k);
    if (!list) out.set(k, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  for (at = 0; at < n; at++) keys(at, add);
  return out;
}

export function summarize(plan: Plan, findings: Finding[], ctx: SummaryContext): Summary {
  const measures = plan.measures;
  const n = measures.length;
  const flags = flagsOf(measures, ctx);
  const indexOf = measureIndexOfFinding(plan);
  for (const f of findings) {
    if (!missingData(f.rule)) continue;
    const i = indexOf(f);
    if (i >= 0) flags.missing[i] = 1;
  }
  const c = (indices: ArrayLike<number>) => count(indices, flags);

  // goals, operational goals and titles looked up through maps: one pass over the measures, whatever the
  // number of goals (a plan of 200,000 measures has thousands of operational goals)
  const first = <K, V>(items: [K, V][]) => {
    const out = new Map<K, V>();
    for (const [k, v] of items) if (!out.has(k)) out.set(k, v);
    return out;
  };
  const sgTitle = first(plan.strategicGoals.map((g) => [g.number, g.title]));
  const ogTitle = first(plan.operationalGoals.map((o) => [o.number, o.title]));
  const ogsOf = groupBy(plan.operationalGoals, (o) => o.strategicGoal);
  const bySg = indicesBy<string | null>(n, (i, add) => add(measures[i].strategicGoal));
  const goalIds = new Set(bySg.keys());
  for (const g of plan.strategicGoals) goalIds.add(g.number);
  const goals: GoalCounts[] = [];
  for (const sg of goalIds) {
    const ms = bySg.get(sg) ?? [];
    const byOg = indicesBy<string | null>(ms.length, (k, add) =>
      add(measures[ms[k]].operationalGoal)
    );
    const ogIds = new Set([...(ogsOf.get(sg) ?? []).map((o) => o.number), ...byOg.keys()]);
    goals.push({
      strategicGoal: sg,
      title: sgTitle.get(sg) ?? "",
      ...c(ms),
      operationalGoals: [...ogIds].map((og) => ({
        operationalGoal: og,
        title: ogTitle.get(og) ?? "",
        // byOg lists places in ms: the measures' own indices are ms at those places
        ...c((byOg.get(og) ?? []).map((k) => ms[k])),
      })),
    });
  }

  const names = ctx.executors ?? planExecutors(plan, ctx.directory);
  const executorNames: Record<string, string> = {};
  for (const m of measures) for (const e of m.executors) executorNames[e] ??= names.canonical(e);
  const variants = new Map<string, Set<string>>();
  for (const [written, canonical] of Object.entries(executorNames)) {
    const set = variants.get(canonical) ?? new Set<string>();
    set.add(written);
    variants.set(canonical, set);
  }
  const executors = indicesBy<string>(n, (i, add) => {
    for (const e of measures[i].executors) add(executorNames[e]);
  });
  const byExecutor = [...executors.entries()]
    .map(([executor, ms]) => ({
      executor,
      variants: [...(variants.get(executor) ?? [])].sort(),
      ...c(ms),
    }))
    .sort((a, b) => b.measures - a.measures || a.executor.localeCompare(b.executor));

  const years = indicesBy<YearLabel>(n, (i, add) => {
    for (const y of yearsOf(measures[i], ctx)) add(y);
  });
  const order = (y: YearLabel) =>
    /^\d{4}$/.test(y) ? y : `~${["open", "none", "unparsed"].indexOf(y)}`;
  const byYear: YearCounts[] = [...years.entries()]
    .map(([year, ms]) => ({
      year,
      ...c(ms),
      due: /^\d{4}$/.test(year)
        ? ms.filter((i) => {
            const m = measures[i];
            return (
              (m.deadline.recurrence && EVERY_YEAR.has(m.deadline.recurrence)) ||
              effectiveEnd(m, ctx)?.slice(0, 4) === year
            );
          }).length
        : ms.length,
    }))
    .sort((a, b) => (order(a.year) < order(b.year) ? -1 : 1));

  const overdue = new Map<string, OverdueMeasure[]>();
  for (let i = 0; i < n; i++) {
    const bucket = flags.bucket[i];
    if (bucket !== "overdue" && bucket !== "passedNoStatus") continue;
    const m = measures[i];
    const row: OverdueMeasure = {
      number: m.number,
      text: m.text,
      deadline: m.deadline.raw,
      end: effectiveEnd(m, ctx),
      status: bucket,
      written: m.status,
      cell: m.cell,
      ...(m.sheet ? { sheet: m.sheet } : {}),
    };
    const bodies = m.executors.length ? new Set(m.executors.map((e) => executorNames[e])) : [""];
    for (const b of bodies) {
      const list = overdue.get(b) ?? [];
      list.push(row);
      overdue.set(b, list);
    }
  }
  const overdueByExecutor = [...overdue.entries()]
    .map(([executor, measures]) => ({ executor, measures }))
    .sort(
      (a, b) =>
        Number(a.executor === "") - Number(b.executor === "") ||
        b.measures.length - a.measures.length ||
        a.executor.localeCompare(b.executor)
    );

  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings)
    if (f.severity === "error") error++;
    else if (f.severity === "warning") warning++;
    else if (f.severity === "info") info++;
  return {
    total: c(Array.from({ length: n }, (_, i) => i)),
    byStrategicGoal: goals,
    byExecutor,
    byYear,
    overdueByExecutor,
    executorNames,
    findings: { error, warning, info },
    nationalMeasuresWithoutLocal: plan.nationalMeasures.filter((n) => n.measureCount === 0).length,
  };
}

/** Counts for meetings: by strategic goal (with operational goals beneath), by executor, by deadline year. */
import type { Measure, Plan } from "../plan";
import { statusKind, type StatusKind } from "../status";
import { measureOfFinding, ruleSpec, type Finding, type RuleId } from "../rules/finding";

export interface Counts {
  measures: number;
  done: number;
  inProgress: number;
  notDone: number;
  notStarted: number;
  cancelled: number;
  noStatus: number;
  overdue: number;
  /** Measures with missing data: no executor, no deadline, no text or no status where one is due. */
  missing: number;
  /** Share of measures done, 0–1 (cancelled measures are left out of the base). */
  shareDone: number;
  /** The same measures in parts that add up, for a stacked chart: done, overdue, in progress on time, other. */
  stack: { done: number; overdue: number; inProgress: number; other: number };
}

export interface GoalCounts extends Counts {
  strategicGoal: string | null;
  title: string;
  operationalGoals: (Counts & { operationalGoal: string | null; title: string })[];
}

export interface Summary {
  total: Counts;
  byStrategicGoal: GoalCounts[];
  byExecutor: (Counts & { executor: string })[];
  byYear: (Counts & { year: string })[];
  findings: { error: number; warning: number; info: number };
  nationalMeasuresWithoutLocal: number;
}

/** A measure counts as missing data where a finding about it says so (the catalogue's `missingData`). */
const missingData = (rule: RuleId) => {
  const spec = ruleSpec(rule);
  return spec.missingData && spec.subject === "measure";
};

/** The count a status is added to: a partial one is in progress, a postponed one is not done. */
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

interface MeasureFlags {
  kind: StatusKind | null;
  overdue: boolean;
  missing: boolean;
}

export function emptyCounts(): Counts {
  return {
    measures: 0,
    done: 0,
    inProgress: 0,
    notDone: 0,
    notStarted: 0,
    cancelled: 0,
    noStatus: 0,
    overdue: 0,
    missing: 0,
    shareDone: 0,
    stack: { done: 0, overdue: 0, inProgress: 0, other: 0 },
  };
}

function count(measures: Measure[], flags: Map<Measure, MeasureFlags>): Counts {
  const c = emptyCounts();
  c.measures = measures.length;
  for (const m of measures) {
    const f = flags.get(m)!;
    if (f.kind) c[COUNTED_AS[f.kind]]++;
    else c.noStatus++;
    if (f.overdue) c.overdue++;
    if (f.missing) c.missing++;
    if (f.kind === "done") c.stack.done++;
    else if (f.overdue) c.stack.overdue++;
    else if (f.kind && COUNTED_AS[f.kind] === "inProgress") c.stack.inProgress++;
    else c.stack.other++;
  }
  const base = c.measures - c.cancelled;
  c.shareDone = base > 0 ? Math.round((c.done / base) * 1000) / 1000 : 0;
  return c;
}

export function summarize(plan: Plan, findings: Finding[]): Summary {
  // each measure's status kind and whether a finding makes it overdue or short of data, worked out once
  const flags = new Map<Measure, MeasureFlags>(
    plan.measures.map((m) => [m, { kind: statusKind(m.status), overdue: false, missing: false }])
  );
  const measureOf = measureOfFinding(plan);
  for (const f of findings) {
    const m = measureOf(f);
    if (!m) continue;
    if (f.rule === "deadline.overdue") flags.get(m)!.overdue = true;
    if (missingData(f.rule)) flags.get(m)!.missing = true;
  }
  const c = (ms: Measure[]) => count(ms, flags);

  const goals: GoalCounts[] = [];
  const goalIds = [...new Set(plan.measures.map((m) => m.strategicGoal))];
  for (const sg of plan.strategicGoals.map((g) => g.number))
    if (!goalIds.includes(sg)) goalIds.push(sg);
  for (const sg of goalIds) {
    const ms = plan.measures.filter((m) => m.strategicGoal === sg);
    const ogIds = [
      ...new Set([
        ...plan.operationalGoals.filter((o) => o.strategicGoal === sg).map((o) => o.number),
        ...ms.map((m) => m.operationalGoal),
      ]),
    ];
    goals.push({
      strategicGoal: sg,
      title: plan.strategicGoals.find((g) => g.number === sg)?.title ?? "",
      ...c(ms),
      operationalGoals: ogIds.map((og) => ({
        operationalGoal: og,
        title: plan.operationalGoals.find((o) => o.number === og)?.title ?? "",
        ...c(ms.filter((m) => m.operationalGoal === og)),
      })),
    });
  }

  const executors = new Map<string, Measure[]>();
  for (const m of plan.measures)
    for (const e of new Set(m.executors)) {
      const list = executors.get(e);
      if (list) list.push(m);
      else executors.set(e, [m]);
    }
  const byExecutor = [...executors.entries()]
    .map(([executor, ms]) => ({ executor, ...c(ms) }))
    .sort((a, b) => b.measures - a.measures || a.executor.localeCompare(b.executor));

  const years = new Map<string, Measure[]>();
  for (const m of plan.measures) {
    const y = m.deadline.end ? m.deadline.end.slice(0, 4) : m.deadline.unparsed ? "?" : "—";
    const list = years.get(y);
    if (list) list.push(m);
    else years.set(y, [m]);
  }
  const byYear = [...years.entries()]
    .map(([year, ms]) => ({ year, ...c(ms) }))
    .sort((a, b) => a.year.localeCompare(b.year));

  return {
    total: c(plan.measures),
    byStrategicGoal: goals,
    byExecutor,
    byYear,
    findings: {
      error: findings.filter((f) => f.severity === "error").length,
      warning: findings.filter((f) => f.severity === "warning").length,
      info: findings.filter((f) => f.severity === "info").length,
    },
    nationalMeasuresWithoutLocal: plan.nationalMeasures.filter((n) => n.measureCount === 0).length,
  };
}

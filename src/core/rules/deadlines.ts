import { columnLetter } from "../grid";
import type { Measure, Plan } from "../plan";
import { measureStatus } from "../status";
import { finding, measureLabel, type Finding, type Rule, type ValidationContext } from "./finding";

function at(m: Measure) {
  return { cell: m.deadlineCell ?? m.cell, row: m.row, item: m.item, sheet: m.sheet };
}

/** When a measure's deadline ends: recurring and open-ended measures end with the plan period. */
export function effectiveEnd(m: Measure, ctx: ValidationContext): string | null {
  const d = m.deadline;
  if (d.unparsed) return null;
  if (d.end) return d.end;
  return ctx.period?.end ?? null;
}

export function effectiveStart(m: Measure, ctx: ValidationContext): string | null {
  const d = m.deadline;
  if (d.unparsed) return null;
  if (d.start) return d.start;
  if (d.end && d.precision === "day") return ctx.period?.start ?? null;
  return ctx.period?.start ?? d.end;
}

export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

export function isClosed(m: Measure): boolean {
  const k = measureStatus(m);
  return k === "done" || k === "cancelled";
}

export const deadlineMissing: Rule = {
  id: "deadline.missing",
  check(plan) {
    return plan.measures
      .filter((m) => m.deadline.unparsed === "empty")
      .map((m) => finding("deadline.missing", at(m), m.number, { measure: measureLabel(m) }));
  },
};

export const deadlineUnparsed: Rule = {
  id: "deadline.unparsed",
  check(plan) {
    return plan.measures
      .filter((m) => m.deadline.unparsed && m.deadline.unparsed !== "empty")
      .map((m) =>
        finding("deadline.unparsed", at(m), m.number, {
          text: m.deadline.raw,
          reason: m.deadline.unparsed,
        })
      );
  },
};

export const deadlineOutsidePlanPeriod: Rule = {
  id: "deadline.outside-plan-period",
  check(plan: Plan, ctx: ValidationContext) {
    const p = ctx.period;
    if (!p) return [];
    return plan.measures
      .filter(
        (m) =>
          !m.deadline.unparsed &&
          ((m.deadline.start && m.deadline.start < p.start) ||
            (m.deadline.end && m.deadline.end > p.end))
      )
      .map((m) =>
        finding("deadline.outside-plan-period", at(m), m.number, {
          text: m.deadline.raw,
          planStart: p.start,
          planEnd: p.end,
        })
      );
  },
};

/**
 * A measure whose deadline has passed is overdue only when its recorded status says it is not done. Without
 * a status column, or with its status empty or not understood, the plan does not say: the deadline has
 * passed with no status (a warning with its own softer mark), never an accusation.
 */
export type PassedState = "overdue" | "no-status" | "closed";

export function passedState(m: Measure, plan: Plan): PassedState {
  if (plan.layout.columns.status === undefined) return "no-status";
  const k = measureStatus(m);
  // done, cancelled or postponed: the plan says what became of it (the summary counts it under its status)
  if (k === "done" || k === "cancelled" || k === "postponed") return "closed";
  return k === null ? "no-status" : "overdue";
}

/** The measures whose deadline ended before the as-of date, with their end. */
function passedMeasures(plan: Plan, ctx: ValidationContext): { m: Measure; end: string }[] {
  const out: { m: Measure; end: string }[] = [];
  for (const m of plan.measures) {
    const end = effectiveEnd(m, ctx);
    if (end && end < ctx.asOf) out.push({ m, end });
  }
  return out;
}

export const deadlineOverdue: Rule = {
  id: "deadline.overdue",
  check(plan: Plan, ctx: ValidationContext) {
    return passedMeasures(plan, ctx)
      .filter(({ m }) => passedState(m, plan) === "overdue")
      .map(({ m, end }) =>
        finding("deadline.overdue", at(m), m.number, {
          text: m.deadline.raw,
          end,
          status: m.status,
        })
      );
  },
};

export const deadlinePassedNoStatus: Rule = {
  id: "deadline.passed-no-status",
  check(plan: Plan, ctx: ValidationContext) {
    return passedMeasures(plan, ctx)
      .filter(({ m }) => passedState(m, plan) === "no-status")
      .map(({ m, end }) =>
        finding("deadline.passed-no-status", at(m), m.number, { text: m.deadline.raw, end })
      );
  },
};

/**
 * Once per plan without a status column whose deadlines have begun to pass: it cannot say which measures are
 * done, so the passed deadlines are only marked as passed, and a status column can be added to record it.
 * Before any deadline passes there is nothing to explain, and a clean plan stays without findings.
 */
export const planNoStatusColumn: Rule = {
  id: "plan.no-status-column",
  check(plan: Plan, ctx: ValidationContext) {
    const cols = plan.layout.columns;
    if (cols.status !== undefined || plan.measures.length === 0) return [];
    const col = cols.deadline ?? cols.measure ?? 0;
    const row = plan.layout.headerRows[0];
    const passed = passedMeasures(plan, ctx).length;
    if (passed === 0) return [];
    return [
      finding("plan.no-status-column", { cell: `${columnLetter(col)}${row}`, row }, null, {
        passed,
      }),
    ];
  },
};

export const deadlineDueSoon: Rule = {
  id: "deadline.due-soon",
  check(plan: Plan, ctx: ValidationContext) {
    const horizon = addDays(ctx.asOf, ctx.dueSoonDays ?? 90);
    const out: Finding[] = [];
    for (const m of plan.measures) {
      const end = effectiveEnd(m, ctx);
      if (!end || end < ctx.asOf || end > horizon || isClosed(m)) continue;
      out.push(
        finding("deadline.due-soon", at(m), m.number, {
          text: m.deadline.raw,
          end,
          days: daysBetween(ctx.asOf, end),
        })
      );
    }
    return out;
  },
};

import type { Measure, Plan } from "../plan";
import { statusKind } from "../status";
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
  const k = statusKind(m.status);
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

export const deadlineOverdue: Rule = {
  id: "deadline.overdue",
  check(plan: Plan, ctx: ValidationContext) {
    const out: Finding[] = [];
    for (const m of plan.measures) {
      const end = effectiveEnd(m, ctx);
      if (!end || end >= ctx.asOf || isClosed(m)) continue;
      out.push(
        finding("deadline.overdue", at(m), m.number, {
          text: m.deadline.raw,
          end,
          status: m.status,
        })
      );
    }
    return out;
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

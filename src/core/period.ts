/** The plan period: from the title ("на період до 2025 року", "на 2021–2025 роки"), else from the measures. */
import type { Plan } from "./plan";
import { normalize } from "./text";
import { PERIOD_ONE_YEAR, PERIOD_RANGE, PERIOD_UNTIL, PERIOD_YEARS } from "./vocabulary";

export interface PlanPeriod {
  start: string;
  end: string;
  /** Where the period came from: the title, the measures, or the user. */
  source: "title" | "measures" | "user";
}

export function periodFromTitle(
  title: string | null
): { start: number | null; end: number | null } | null {
  if (!title) return null;
  const t = normalize(title);
  const range = PERIOD_RANGE.exec(t) ?? PERIOD_YEARS.exec(t);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const until = PERIOD_UNTIL.exec(t);
  if (until) return { start: null, end: Number(until[1]) };
  const year = singleYear(t);
  if (year) return { start: year, end: year };
  return null;
}

/** "План заходів на 2024 рік", "Action plan for 2024": a plan for one year. */
function singleYear(normalizedTitle: string): number | null {
  const m =
    PERIOD_ONE_YEAR.exec(normalizedTitle) ??
    /(?:for|in)\s+(?:the\s+)?(?:year\s+)?(\d{4})(?!\s*-)/.exec(normalizedTitle);
  return m ? Number(m[1]) : null;
}

/** The year of a plan made for one year, from its title, or null. */
export function planYear(title: string | null): number | null {
  const p = periodFromTitle(title);
  return p && p.start !== null && p.start === p.end ? p.start : null;
}

function mode<T>(items: T[], key: (t: T) => string): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const it of items) {
    const k = key(it);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { item: it, n: 1 });
  }
  let best: { item: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? best.item : null;
}

/**
 * The title's years where it gives them; the missing side (or the whole period) is the multi-year span most
 * measures share where nearly all deadlines (80%) lie within it, and failing that the span of all deadlines.
 */
export function inferPeriod(plan: Plan): PlanPeriod | null {
  const fromTitle = periodFromTitle(plan.title);
  const deadlines = plan.measures.map((m) => m.deadline).filter((d) => d.start && d.end);
  const spans = deadlines.filter((d) => d.start!.slice(0, 4) !== d.end!.slice(0, 4));
  // the span most measures share is the plan's period only where nearly every deadline lies within it;
  // otherwise the period is the span of all deadlines, and an inferred period raises no false alarm
  let common = mode(spans, (d) => `${d.start}|${d.end}`);
  if (common) {
    const { start: s0, end: e0 } = common;
    const inside = deadlines.filter((d) => d.start! >= s0! && d.end! <= e0!).length;
    if (inside < deadlines.length * 0.8) common = null;
  }
  const minStart = deadlines.length
    ? deadlines.map((d) => d.start!).reduce((a, b) => (a < b ? a : b))
    : null;
  const maxEnd = deadlines.length
    ? deadlines.map((d) => d.end!).reduce((a, b) => (a > b ? a : b))
    : null;
  let start = common?.start ?? minStart;
  let end = common?.end ?? maxEnd;
  let source: PlanPeriod["source"] = "measures";
  if (fromTitle) {
    if (fromTitle.start) start = `${fromTitle.start}-01-01`;
    if (fromTitle.end) end = `${fromTitle.end}-12-31`;
    source = "title";
    if (start && end && start > end) start = `${fromTitle.end}-01-01`;
  }
  return start && end ? { start, end, source } : null;
}

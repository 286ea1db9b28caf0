/** One call from a workbook's grids to the whole result: the plan, its findings and their summary. */
import { resolveAsOf, type AsOf } from "./asOf";
import { withPlanPeriod } from "./deadline";
import { planExecutors } from "./directory";
import type { Grid } from "./grid";
import type { RecognizeOptions } from "./layout/recognize";
import { inferPeriod, type PlanPeriod } from "./period";
import type { Plan } from "./plan";
import { validatePlan, type Finding } from "./rules";
import { summarize, type Summary } from "./summary/aggregate";
import { recognizeWorkbook, type SheetCandidate, type WorkbookRecognition } from "./workbook";

export interface CheckOptions {
  /** YYYY-MM-DD the user gave; without it, the date the title says ("станом на …"), else `today`. */
  asOf?: string;
  /** YYYY-MM-DD: the fallback when neither the user nor the title gives the date. */
  today?: string;
  sheet?: string;
  /** The header row and column roles the user gave (`--header-row`, `--columns`), for the plan's sheet. */
  layout?: RecognizeOptions;
  period?: { start: string; end: string } | null;
  directory?: string[];
}

export interface CheckResult {
  plan: Plan;
  /** The date the plan was checked as of, and where it came from. */
  asOf: AsOf;
  sheets: SheetCandidate[];
  period: PlanPeriod | null;
  findings: Finding[];
  summary: Summary;
}

export function checkPlan(
  plan: Plan,
  sheets: SheetCandidate[],
  options: CheckOptions
): CheckResult {
  const period: PlanPeriod | null = options.period
    ? { ...options.period, source: "user" }
    : inferPeriod(plan);
  // "до 01.06", "протягом року": a day of the year read by the plan's period, once the period is known
  for (const m of plan.measures) m.deadline = withPlanPeriod(m.deadline, period);
  const asOf = resolveAsOf(options.asOf, plan.title, options.today ?? options.asOf ?? "");
  if (!asOf.date) throw new Error("checkPlan needs an as-of date or today's date");
  // the executors resolved once: the rules and the summary name each body alike
  const executors = planExecutors(plan, options.directory);
  const findings = validatePlan(plan, {
    asOf: asOf.date,
    period,
    directory: options.directory,
    executors,
  });
  return {
    plan,
    asOf,
    sheets,
    period,
    findings,
    summary: summarize(plan, findings, {
      asOf: asOf.date,
      period,
      directory: options.directory,
      executors,
    }),
  };
}

export function checkWorkbook(
  grids: Grid[],
  options: CheckOptions
): CheckResult | Extract<WorkbookRecognition, { ok: false }> {
  const rec = recognizeWorkbook(grids, options.sheet, options.layout);
  if (!rec.ok) return rec;
  return checkPlan(rec.plan, rec.sheets, options);
}

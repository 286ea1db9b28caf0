/** One call from a workbook's grids to the whole result: the plan, its findings and their summary. */
import type { Grid } from "./grid";
import { inferPeriod, type PlanPeriod } from "./period";
import type { Plan } from "./plan";
import { validatePlan, type Finding } from "./rules";
import { summarize, type Summary } from "./summary/aggregate";
import { recognizeWorkbook, type SheetCandidate, type WorkbookRecognition } from "./workbook";

export interface CheckOptions {
  asOf: string;
  sheet?: string;
  period?: { start: string; end: string } | null;
  directory?: string[];
}

export interface CheckResult {
  plan: Plan;
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
  const findings = validatePlan(plan, { asOf: options.asOf, period, directory: options.directory });
  return { plan, sheets, period, findings, summary: summarize(plan, findings) };
}

export function checkWorkbook(
  grids: Grid[],
  options: CheckOptions
): CheckResult | Extract<WorkbookRecognition, { ok: false }> {
  const rec = recognizeWorkbook(grids, options.sheet);
  if (!rec.ok) return rec;
  return checkPlan(rec.plan, rec.sheets, options);
}

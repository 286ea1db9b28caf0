/** A finding is data: a rule id, a severity, a place and parameters. Its message is filled in at the edge. */
import type { ExecutorResolver } from "../directory";
import type { Measure, Plan } from "../plan";
import type { PlanPeriod } from "../period";

import { CATALOGUE, type RuleId, type Severity } from "./catalogue";

export {
  CATALOGUE,
  RULE_IDS,
  ruleSpec,
  type RuleId,
  type RuleSpec,
  type Severity,
} from "./catalogue";

/** The public contract of rule ids and their severities (docs/plan-check-json.md), from the catalogue. */
export const RULES = Object.fromEntries(
  Object.entries(CATALOGUE).map(([id, spec]) => [id, spec.severity])
) as Record<RuleId, Severity>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The local measure's number (or the national measure's, for national-measure rules), if any. */
  measure: string | null;
  /** A1 address of the cell the finding points at. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Position of the measure within a multi-measure cell, for a stable order. */
  item: number;
  /** The sheet of the cell, where the plan spans several sheets (else the plan's sheet). */
  sheet?: string;
  params: Record<string, string | number | null>;
}

export interface ValidationContext {
  /** YYYY-MM-DD. */
  asOf: string;
  period: PlanPeriod | null;
  /** The executor directory kept in the workbook; when absent, the plan's own bodies make it. */
  directory?: string[];
  /** How many days ahead a deadline counts as due soon. */
  dueSoonDays?: number;
  /** The plan's executors resolved once for the whole check (else each rule resolves them itself). */
  executors?: ExecutorResolver;
}

export interface Rule {
  id: string;
  check(plan: Plan, ctx: ValidationContext): Finding[];
}

export function finding(
  rule: RuleId,
  at: { cell: string; row: number; item?: number; sheet?: string },
  measure: string | null,
  params: Finding["params"] = {}
): Finding {
  return {
    rule,
    severity: RULES[rule],
    measure,
    cell: at.cell,
    row: at.row,
    item: at.item ?? 1,
    ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    params,
  };
}

export function measureLabel(m: Measure): string {
  return m.number ?? `(${m.cell})`;
}

/** The measure each finding is about, by its sheet, row and place in its cell. */
export function measureOfFinding(plan: Plan): (f: Finding) => Measure | null {
  const key = (sheet: string | undefined, row: number, item: number) =>
    `${sheet ?? plan.sheet}|${row}#${item}`;
  const byPlace = new Map(plan.measures.map((m) => [key(m.sheet, m.row, m.item), m]));
  return (f) => byPlace.get(key(f.sheet, f.row, f.item)) ?? null;
}

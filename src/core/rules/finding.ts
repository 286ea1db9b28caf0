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
  const at = measureIndexOfFinding(plan);
  return (f) => {
    const i = at(f);
    return i < 0 ? null : plan.measures[i];
  };
}

/** The index in the plan's measures of the measure each finding is about, or -1. */
export function measureIndexOfFinding(plan: Plan): (f: Finding) => number {
  // per sheet, by a number of row and place (a cell holds far fewer than 65,536 measures): no text is made
  // for each of 200,000 measures; the last measure at a place is the one found, as ever
  const bySheet = new Map<string, Map<number, number>>();
  const place = (row: number, item: number) => row * 65536 + item;
  plan.measures.forEach((m, i) => {
    const sheet = m.sheet ?? plan.sheet;
    let byPlace = bySheet.get(sheet);
    if (!byPlace) bySheet.set(sheet, (byPlace = new Map()));
    byPlace.set(place(m.row, m.item), i);
  });
  return (f) => bySheet.get(f.sheet ?? plan.sheet)?.get(place(f.row, f.item)) ?? -1;
}

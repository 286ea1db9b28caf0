/**
 * The rule catalogue: every finding Plan Check can report, described once. Marks, summaries, reports, the
 * pane and the JSON contract all read it, so "what counts as missing data" or "which colour a finding paints"
 * is said in one place. A rule's message is the catalogue entry `rule.<id>` in each language; its title (for
 * filters and headings) is `ruleTitle.<id>`.
 */
export type Severity = "error" | "warning" | "info";

/**
 * The highlight a finding paints on its cell: overdue, missing data, a deadline passed with no status
 * recorded (softer than overdue: the plan does not say the measure is not done), a lighter warning, or none.
 */
export type MarkKind = "overdue" | "missing" | "passed" | "warning";

/** What a finding is about: a local measure, a national measure, a cell, or the plan as a whole. */
export type Subject = "measure" | "nationalMeasure" | "cell" | "layout";

export interface RuleSpec {
  severity: Severity;
  /** The mark on the finding's cell; null for none (infos, and notices about the plan as a whole). */
  mark: MarkKind | null;
  /** The finding says that something the plan should hold is not there (counted as missing data). */
  missingData: boolean;
  subject: Subject;
  /** The parameters its message is filled with. */
  params: readonly string[];
}

export const CATALOGUE = {
  "executor.missing": {
    severity: "error",
    mark: "missing",
    missingData: true,
    subject: "measure",
    params: ["measure"],
  },
  "executor.unknown": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["executor", "suggestion"],
  },
  "executor.inconsistent": {
    severity: "info",
    mark: null,
    missingData: false,
    subject: "measure",
    params: ["executor", "canonical", "difference", "detail"],
  },
  "deadline.missing": {
    severity: "error",
    mark: "missing",
    missingData: true,
    subject: "measure",
    params: ["measure"],
  },
  "deadline.unparsed": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["text", "reason"],
  },
  "deadline.outside-plan-period": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["text", "planStart", "planEnd"],
  },
  "deadline.overdue": {
    severity: "error",
    mark: "overdue",
    missingData: false,
    subject: "measure",
    params: ["text", "end", "status"],
  },
  "deadline.passed-no-status": {
    severity: "warning",
    mark: "passed",
    missingData: false,
    subject: "measure",
    params: ["text", "end"],
  },
  "deadline.due-soon": {
    severity: "info",
    mark: null,
    missingData: false,
    subject: "measure",
    params: ["text", "end", "days"],
  },
  "status.missing": {
    severity: "warning",
    mark: "missing",
    missingData: true,
    subject: "measure",
    params: ["measure", "start"],
  },
  "status.unknown": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["status"],
  },
  "measure.number-missing": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["measure"],
  },
  "measure.number-duplicate": {
    severity: "error",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["measure", "other"],
  },
  "measure.number-sequence": {
    severity: "warning",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["measure", "operationalGoal", "expected"],
  },
  "measure.number-mismatch": {
    severity: "error",
    mark: "warning",
    missingData: false,
    subject: "measure",
    params: ["measure", "operationalGoal"],
  },
  "measure.text-missing": {
    severity: "error",
    mark: "missing",
    missingData: true,
    subject: "measure",
    params: ["measure"],
  },
  "national-measure.without-local": {
    severity: "warning",
    mark: "missing",
    missingData: true,
    subject: "nationalMeasure",
    params: ["nationalMeasure", "task", "operationalGoal"],
  },
  "cell.error": {
    severity: "error",
    mark: "warning",
    missingData: false,
    subject: "cell",
    params: ["value", "column"],
  },
  "plan.no-status-column": {
    severity: "info",
    mark: null,
    missingData: false,
    subject: "layout",
    params: ["passed"],
  },
  "layout.ambiguous": {
    severity: "warning",
    mark: null,
    missingData: false,
    subject: "layout",
    params: ["role", "chosen", "other"],
  },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof CATALOGUE;
export const RULE_IDS = Object.keys(CATALOGUE) as RuleId[];

export function ruleSpec(id: RuleId): RuleSpec {
  return CATALOGUE[id];
}

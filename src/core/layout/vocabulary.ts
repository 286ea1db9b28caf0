/**
 * The column roles of a plan table. The words that name them are in src/core/vocabulary (uk.ts, en.ts),
 * matched on normalized text (lower case, single spaces, one apostrophe, one dash).
 */
import { headerRuleOf } from "../vocabulary";

export type ColumnRole =
  | "nationalTask"
  | "nationalMeasure"
  | "measure"
  | "executors"
  | "deadline"
  | "deadlineEnd"
  | "coExecutors"
  | "status"
  | "indicator"
  | "funding"
  | "number"
  | "note"
  | "report"
  | "expectedResult"
  | "strategicGoal"
  | "operationalGoal";

/** Roles that make a table a plan; the others are recognized so they are not mistaken for data. */
export const CORE_ROLES: readonly ColumnRole[] = [
  "nationalTask",
  "nationalMeasure",
  "measure",
  "executors",
  "deadline",
];

/** Every role a column can have, in the order the pane lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "number",
  "strategicGoal",
  "operationalGoal",
  "nationalTask",
  "nationalMeasure",
  "measure",
  "executors",
  "coExecutors",
  "deadline",
  "deadlineEnd",
  "status",
  "report",
  "indicator",
  "funding",
  "expectedResult",
  "note",
];

/** The role the header's words give a column (the words are in src/core/vocabulary). */
export function headerRole(normalizedText: string): ColumnRole | null {
  const rule = headerRuleOf(normalizedText);
  if (!rule) return null;
  return rule === "task" ? "nationalTask" : rule;
}

export {
  isTotalLabel,
  looksLikeFooter,
  looksLikeTitle,
  SECTION_PATTERNS,
  SECTION_START,
  SIGNATURE_NAMES,
  type SectionKind,
  type SectionPattern,
} from "../vocabulary";

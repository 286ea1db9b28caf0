/** Runs every rule over a plan and returns the findings in sheet order, without duplicates. */
import { columnIndex } from "../grid";
import type { Plan } from "../plan";
import {
  deadlineDueSoon,
  deadlineMissing,
  deadlineOutsidePlanPeriod,
  deadlineOverdue,
  deadlinePassedNoStatus,
  deadlineUnparsed,
  planNoStatusColumn,
} from "./deadlines";
import { cellError, layoutAmbiguous } from "./cells";
import { executorInconsistent, executorMissing, executorUnknown } from "./executors";
import type { Finding, Rule, ValidationContext } from "./finding";
import { nationalMeasureWithoutLocal } from "./nationalMeasures";
import {
  numberDuplicate,
  numberMismatch,
  numberMissing,
  numberSequence,
  textMissing,
} from "./numbering";
import { statusMissing, statusUnknown } from "./status";

export * from "./finding";
export type { MarkKind, Subject } from "./catalogue";

export const ALL_RULES: readonly Rule[] = [
  numberMissing,
  numberDuplicate,
  numberMismatch,
  numberSequence,
  textMissing,
  executorMissing,
  executorUnknown,
  executorInconsistent,
  deadlineMissing,
  deadlineUnparsed,
  deadlineOutsidePlanPeriod,
  deadlineOverdue,
  deadlinePassedNoStatus,
  deadlineDueSoon,
  statusMissing,
  statusUnknown,
  nationalMeasureWithoutLocal,
  cellError,
  planNoStatusColumn,
  layoutAmbiguous,
];

const colOf = (cell: string) => columnIndex(cell.replace(/\d+$/, ""));
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function validatePlan(
  plan: Plan,
  ctx: ValidationContext,
  rules: readonly Rule[] = ALL_RULES
): Finding[] {
  const all = rules.flatMap((r) => r.check(plan, ctx));
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    const key = `${f.rule}|${f.sheet ?? ""}|${f.cell}|${f.measure}|${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sheetOrder = new Map((plan.planSheets ?? [plan.sheet]).map((name, i) => [name, i]));
  // each finding's sheet and column worked out once, not in each of the sort's comparisons
  const keyed = unique.map((f) => ({
    f,
    sheet: sheetOrder.get(f.sheet ?? plan.sheet) ?? 0,
    col: colOf(f.cell),
  }));
  return keyed
    .sort(
      (x, y) =>
        x.sheet - y.sheet ||
        x.f.row - y.f.row ||
        x.col - y.col ||
        x.f.item - y.f.item ||
        SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] ||
        x.f.rule.localeCompare(y.f.rule)
    )
    .map((k) => k.f);
}

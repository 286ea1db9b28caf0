import type { Plan } from "../plan";
import { measureStatus } from "../status";
import { effectiveStart } from "./deadlines";
import { finding, measureLabel, type Finding, type Rule, type ValidationContext } from "./finding";

export const statusMissing: Rule = {
  id: "status.missing",
  check(plan: Plan, ctx: ValidationContext) {
    if (plan.layout.columns.status === undefined) return [];
    const out: Finding[] = [];
    for (const m of plan.measures) {
      if (m.status) continue;
      const start = effectiveStart(m, ctx);
      if (!start || start > ctx.asOf) continue;
      out.push(
        finding(
          "status.missing",
          { cell: m.statusCell ?? m.cell, row: m.row, item: m.item, sheet: m.sheet },
          m.number,
          { measure: measureLabel(m), start }
        )
      );
    }
    return out;
  },
};

export const statusUnknown: Rule = {
  id: "status.unknown",
  check(plan: Plan) {
    return plan.measures
      .filter((m) => m.status && measureStatus(m) === null)
      .map((m) =>
        finding(
          "status.unknown",
          { cell: m.statusCell ?? m.cell, row: m.row, item: m.item, sheet: m.sheet },
          m.number,
          { status: m.status }
        )
      );
  },
};

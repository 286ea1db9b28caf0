import type { Plan } from "../plan";
import { finding, type Rule } from "./finding";

export const nationalMeasureWithoutLocal: Rule = {
  id: "national-measure.without-local",
  check(plan: Plan) {
    return plan.nationalMeasures
      .filter((n) => n.measureCount === 0)
      .map((n) =>
        finding(
          "national-measure.without-local",
          { cell: n.cell, row: n.row, sheet: n.sheet },
          n.number,
          {
            nationalMeasure: n.number ? `${n.number})` : n.text.slice(0, 40),
            task: n.task,
            operationalGoal: n.operationalGoal,
          }
        )
      );
  },
};

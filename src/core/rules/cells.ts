/** Cells whose content cannot be taken at its word: Excel's error values, and columns that were a guess. */
import type { Plan } from "../plan";
import { finding, type Rule } from "./finding";

/** "#REF!" where an executor or a deadline should be: a broken formula, never a name or a date. */
export const cellError: Rule = {
  id: "cell.error",
  check(plan: Plan) {
    const errors = plan.cellErrors ?? [];
    if (errors.length === 0) return [];
    // the first measure of each row, found once: a plan full of #REF! costs its rows, not rows × errors
    const byRow = new Map<string, Plan["measures"][number]>();
    for (const x of plan.measures) {
      const key = `${x.sheet ?? ""}\u0000${x.row}`;
      if (!byRow.has(key)) byRow.set(key, x);
    }
    return errors.map((e) => {
      const m = byRow.get(`${e.sheet ?? ""}\u0000${e.row}`);
      return finding(
        "cell.error",
        { cell: e.cell, row: e.row, sheet: e.sheet },
        m?.number ?? null,
        {
          value: e.value,
          column: e.column,
        }
      );
    });
  },
};

/** Two columns could hold the same role: the one taken is named, so the user can correct it. */
export const layoutAmbiguous: Rule = {
  id: "layout.ambiguous",
  check(plan: Plan) {
    return (plan.ambiguities ?? []).map((a) =>
      finding("layout.ambiguous", { cell: a.cell, row: a.row, sheet: a.sheet }, null, {
        role: a.role,
        chosen: a.chosen,
        other: a.other,
      })
    );
  },
};

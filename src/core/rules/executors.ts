import { bodyKey, buildDirectory, capitalize, suggest } from "../directory";
import type { Plan } from "../plan";
import { finding, measureLabel, type Finding, type Rule, type ValidationContext } from "./finding";

export const executorMissing: Rule = {
  id: "executor.missing",
  check(plan) {
    return plan.measures
      .filter((m) => m.executors.length === 0)
      .map((m) =>
        finding(
          "executor.missing",
          { cell: m.executorsCell ?? m.cell, row: m.row, item: m.item, sheet: m.sheet },
          m.number,
          { measure: measureLabel(m) }
        )
      );
  },
};

/** Bodies not in the directory kept in the workbook (none when the plan's own bodies make the directory). */
export const executorUnknown: Rule = {
  id: "executor.unknown",
  check(plan: Plan, ctx: ValidationContext) {
    if (!ctx.directory || ctx.directory.length === 0) return [];
    const keys = new Set(ctx.directory.map(bodyKey));
    const out: Finding[] = [];
    for (const m of plan.measures) {
      for (const e of m.executors) {
        if (keys.has(bodyKey(e))) continue;
        const s = suggest(e, ctx.directory);
        out.push(
          finding(
            "executor.unknown",
            { cell: m.executorsCell ?? m.cell, row: m.row, item: m.item, sheet: m.sheet },
            m.number,
            { executor: e, suggestion: s }
          )
        );
      }
    }
    return out;
  },
};

/** The same body written in different ways: each spelling other than the usual one, once per cell. */
export const executorInconsistent: Rule = {
  id: "executor.inconsistent",
  check(plan: Plan, ctx: ValidationContext) {
    const all = plan.measures.flatMap((m) => m.executors);
    const directory = buildDirectory(ctx.directory ? [...ctx.directory, ...all] : all);
    const canonical = new Map(directory.map((d) => [d.key, d.name]));
    // a name kept in the workbook's directory is the canonical one
    if (ctx.directory) for (const d of ctx.directory) canonical.set(bodyKey(d), d);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const m of plan.measures) {
      for (const e of m.executors) {
        const name = canonical.get(bodyKey(e));
        if (!name || name === capitalize(e)) continue;
        const cell = m.executorsCell ?? m.cell;
        const once = `${cell}|${e}`;
        if (seen.has(once)) continue;
        seen.add(once);
        out.push(
          finding(
            "executor.inconsistent",
            { cell, row: m.row, item: m.item, sheet: m.sheet },
            m.number,
            {
              executor: e,
              canonical: name,
            }
          )
        );
      }
    }
    return out;
  },
};

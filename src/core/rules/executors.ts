import {
  capitalize,
  invisibleDifferences,
  planExecutors,
  suggest,
  type InvisibleDifference,
} from "../directory";
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
    const names = ctx.executors ?? planExecutors(plan, ctx.directory);
    const out: Finding[] = [];
    for (const m of plan.measures) {
      for (const e of m.executors) {
        if (names.known(e)) continue;
        const s = suggest(e, names.names);
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

/**
 * What a reader cannot see between two spellings, as the message names it: the apostrophes themselves
 * ("’ ≠ '"), the words whose letter case differs, or "spaces".
 */
function detailOf(written: string, usual: string, kinds: InvisibleDifference[]): string {
  const parts: string[] = [];
  if (kinds.includes("apostrophe")) {
    const a = [...new Set(written.match(/['’ʼ`‘ʹ]/gu) ?? [])].join("");
    const b = [...new Set(usual.match(/['’ʼ`‘ʹ]/gu) ?? [])].join("");
    parts.push(`${a || "—"} ≠ ${b || "—"}`);
  }
  if (kinds.includes("case")) {
    const w = written.split(/\s+/);
    const u = usual.split(/\s+/);
    const i = w.findIndex(
      (x, k) => u[k] !== undefined && x !== u[k] && x.toLowerCase() === u[k].toLowerCase()
    );
    if (i >= 0) parts.push(`${w[i]} ≠ ${u[i]}`);
  }
  return parts.join(", ");
}

/** The same body written in different ways: each spelling other than the usual one, once per cell. */
export const executorInconsistent: Rule = {
  id: "executor.inconsistent",
  check(plan: Plan, ctx: ValidationContext) {
    const names = ctx.executors ?? planExecutors(plan, ctx.directory);
    // one canonical name per body, as the summaries count them; each other spelling is reported
    const out: Finding[] = [];
    const seen = new Set<string>();
    // each spelling resolved once (a plan writes a few bodies in thousands of cells): its usual name where it
    // differs, else null
    const otherThan = new Map<string, string | null>();
    for (const m of plan.measures) {
      for (const e of m.executors) {
        let name = otherThan.get(e);
        if (name === undefined) {
          const canonical = names.canonical(e);
          name = canonical === capitalize(e) ? null : canonical;
          otherThan.set(e, name);
        }
        if (name === null) continue;
        const cell = m.executorsCell ?? m.cell;
        const once = `${cell}|${e}`;
        if (seen.has(once)) continue;
        seen.add(once);
        const kinds = invisibleDifferences(capitalize(e), name);
        out.push(
          finding(
            "executor.inconsistent",
            { cell, row: m.row, item: m.item, sheet: m.sheet },
            m.number,
            {
              executor: e,
              canonical: name,
              difference: kinds ? kinds.join(",") : null,
              detail: kinds ? detailOf(capitalize(e), name, kinds) : null,
            }
          )
        );
      }
    }
    return out;
  },
};

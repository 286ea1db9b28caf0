import type { LevelKind, Measure, Plan } from "../plan";
import { finding, measureLabel, type Finding, type Rule } from "./finding";

function at(m: Measure) {
  return { cell: m.cell, row: m.row, item: m.item, sheet: m.sheet };
}

const parentOf = (n: string) => n.slice(0, n.lastIndexOf("."));
const lastOf = (n: string) => Number(n.slice(n.lastIndexOf(".") + 1));
const dotted = (n: string | null): n is string => !!n && /^\d+(\.\d+){2,}$/.test(n);

/** Missing numbers are reported only where the plan numbers most of its measures. */
export const numberMissing: Rule = {
  id: "measure.number-missing",
  check(plan: Plan) {
    const numbered = plan.measures.filter((m) => m.number).length;
    if (numbered * 2 <= plan.measures.length) return [];
    return plan.measures
      .filter((m) => !m.number)
      .map((m) => finding("measure.number-missing", at(m), null, { measure: measureLabel(m) }));
  },
};

/**
 * The kinds of level a plan restarts its short numbers under ("1.", "2.", "3." under task 1, then "1.", "2."
 * under task 2 — or under each section, direction or goal): the plan says it by how it numbers, not the kind
 * by its name. The measures fall, kind by kind, into runs: under one level of the kind, or between two (the
 * measures before the first section are a run too). A kind restarts where a run's first number is, more often
 * than not, the run's before it ("1" again); a plan that numbers on across its tasks ("1", "2" | "3", "4")
 * does not restart there, and a number written twice across them is a duplicate.
 */
function restartingKinds(measures: readonly Measure[]): Set<LevelKind> {
  const state = LEVEL_KINDS.map((kind) => ({
    kind,
    run: "",
    lastLevel: "",
    first: "",
    restarts: 0,
    runs: 0,
  }));
  let lastPath: Measure["path"] | null = null;
  let lastSheet: string | undefined;
  for (const m of measures) {
    if (!m.number || m.number.includes(".")) continue;
    // measures of one level share one path: each run is looked at once
    if (m.path === lastPath && m.sheet === lastSheet) continue;
    lastPath = m.path;
    lastSheet = m.sheet;
    for (const k of state) {
      const level = m.path.find((l) => l.kind === k.kind);
      const run = level ? levelKey(m, level) : `${m.sheet ?? ""}|after ${k.lastLevel}`;
      if (level) k.lastLevel = run;
      if (run === k.run) continue;
      if (k.runs > 0 && m.number === k.first) k.restarts++;
      k.run = run;
      k.first = m.number;
      k.runs++;
    }
  }
  // a tie goes to the restart: a false duplicate on every measure of a task is worse than a missed one
  return new Set(
    state.filter((k) => k.restarts > 0 && k.restarts * 2 >= k.runs - 1).map((k) => k.kind)
  );
}

const LEVEL_KINDS: readonly LevelKind[] = [
  "pillar",
  "strategicGoal",
  "operationalGoal",
  "section",
  "group",
  "nationalTask",
  "nationalMeasure",
];

const levelKey = (m: Measure, l: Measure["path"][number]) => `${m.sheet ?? ""}|${l.kind}@${l.row}`;

/**
 * The scope a measure's number is unique in: a dotted number ("1.2.3") says its own place in the plan; a
 * short one ("7.") is unique within the innermost level of a kind the plan restarts its numbering under,
 * else within its sheet.
 */
function numberScope(m: Measure, restarting: ReadonlySet<LevelKind>): string {
  if (m.number && m.number.includes(".")) return "";
  for (let i = m.path.length - 1; i >= 0; i--)
    if (restarting.has(m.path[i].kind)) return levelKey(m, m.path[i]);
  return m.sheet ?? "";
}

export const numberDuplicate: Rule = {
  id: "measure.number-duplicate",
  check(plan: Plan) {
    const first = new Map<string, Measure>();
    const out: Finding[] = [];
    const restarting = restartingKinds(plan.measures);
    for (const m of plan.measures) {
      if (!m.number) continue;
      const key = `${numberScope(m, restarting)}|${m.number}`;
      const prev = first.get(key);
      // the measures a cell lists share the row's one number
      if (prev && prev.cell === m.cell && prev.sheet === m.sheet) continue;
      if (prev)
        out.push(
          finding("measure.number-duplicate", at(m), m.number, {
            measure: m.number,
            other: prev.cell,
          })
        );
      else first.set(key, m);
    }
    return out;
  },
};

/** "2.3.12" under operational goal 2.2; without operational goals, the first number against the strategic goal. */
export const numberMismatch: Rule = {
  id: "measure.number-mismatch",
  check(plan: Plan) {
    const out: Finding[] = [];
    let prev: Measure | null = null;
    for (const m of plan.measures) {
      const before = prev;
      prev = m;
      if (!dotted(m.number)) continue;
      // the measures a cell lists share the row's one number: it is reported once
      if (
        before &&
        before.cell === m.cell &&
        before.sheet === m.sheet &&
        before.number === m.number
      )
        continue;
      if (m.operationalGoal) {
        if (parentOf(m.number) !== m.operationalGoal)
          out.push(
            finding("measure.number-mismatch", at(m), m.number, {
              measure: m.number,
              operationalGoal: m.operationalGoal,
            })
          );
      } else if (m.strategicGoal && m.number.split(".")[0] !== m.strategicGoal) {
        out.push(
          finding("measure.number-mismatch", at(m), m.number, {
            measure: m.number,
            operationalGoal: m.strategicGoal,
          })
        );
      }
    }
    return out;
  },
};

/** Within an operational goal, its own measures run 1, 2, 3… in sheet order. */
export const numberSequence: Rule = {
  id: "measure.number-sequence",
  check(plan: Plan) {
    const out: Finding[] = [];
    const lastByGoal = new Map<string, number>();
    const seen = new Set<string>();
    for (const m of plan.measures) {
      if (!dotted(m.number)) continue;
      const goal = parentOf(m.number);
      if (m.operationalGoal && goal !== m.operationalGoal) continue; // reported as a mismatch
      if (seen.has(m.number)) continue; // reported as a duplicate
      seen.add(m.number);
      const prev = lastByGoal.get(goal) ?? 0;
      const n = lastOf(m.number);
      if (n !== prev + 1) {
        out.push(
          finding("measure.number-sequence", at(m), m.number, {
            measure: m.number,
            operationalGoal: goal,
            expected: `${goal}.${prev + 1}`,
          })
        );
      }
      lastByGoal.set(goal, Math.max(prev, n));
    }
    return out;
  },
};

export const textMissing: Rule = {
  id: "measure.text-missing",
  check(plan: Plan) {
    return plan.measures
      .filter((m) => !m.text.trim())
      .map((m) => finding("measure.text-missing", at(m), m.number, { measure: measureLabel(m) }));
  },
};

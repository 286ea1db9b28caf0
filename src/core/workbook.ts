/** Picking the sheet that holds a plan when a workbook has several. */
import type { Grid } from "./grid";
import { recognizePlan, type RecognizeOptions } from "./layout/recognize";
import type { NoPlanReason, Plan } from "./plan";
import { normalize } from "./text";

export interface SheetCandidate {
  sheet: string;
  measures: number;
  reason: NoPlanReason | null;
}

export type WorkbookRecognition =
  | { ok: true; plan: Plan; sheets: SheetCandidate[] }
  | { ok: false; reason: NoPlanReason | "no-such-sheet"; sheets: SheetCandidate[] };

/**
 * What makes two sheets parts of one plan: the same columns under the same header words. A plan kept one
 * sheet per strategic goal repeats its header on every sheet.
 */
export function headerSignature(plan: Plan): string {
  const cols = Object.entries(plan.layout.columns)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([role, c]) => `${role}=${c}:${normalize(plan.layout.headerText[c as number] ?? "")}`);
  return cols.join("|");
}

/**
 * Consecutive visible sheets whose plans have the same header, around the given one: the sheets of one
 * plan. A sheet with another header, no plan, or hidden, ends the run.
 */
export function planRun<T>(
  sheets: T[],
  at: number,
  planOf: (sheet: T) => Plan | null,
  hidden: (sheet: T) => boolean
): T[] {
  const plan = planOf(sheets[at]);
  if (!plan || hidden(sheets[at])) return [sheets[at]];
  const sig = headerSignature(plan);
  const joins = (i: number, j: number) => {
    const a = planOf(sheets[i]);
    const b = planOf(sheets[j]);
    return (
      !!a &&
      !!b &&
      !hidden(sheets[i]) &&
      !hidden(sheets[j]) &&
      headerSignature(b) === sig &&
      continues(a, b)
    );
  };
  let first = at;
  while (first > 0 && joins(first - 1, first)) first--;
  let last = at;
  while (last + 1 < sheets.length && joins(last, last + 1)) last++;
  return sheets.slice(first, last + 1);
}

/** The numbers a plan writes for its measures ("1.2.3"): its own, never counted by the engine. */
function numbersOf(plan: Plan): Set<string> {
  return new Set(plan.measures.filter((m) => m.number?.includes(".")).map((m) => m.number!));
}

/**
 * Whether the next sheet goes on with the plan of the sheet before: its goals and measures are numbered
 * apart from those before (independent plans of one template each start again at goal 1), and it has no
 * title of its own or the same one.
 */
function continues(before: Plan, next: Plan): boolean {
  const a = numbersOf(before);
  const b = numbersOf(next);
  for (const n of b) if (a.has(n)) return false;
  if (a.size === 0 && b.size === 0) return !next.title || next.title === before.title;
  return !next.title || next.title === before.title || b.size > 0;
}

/**
 * One plan from the plans of consecutive sheets: measures, goals and tasks in sheet order, each measure and
 * finding knowing its sheet. The first sheet names the plan and gives its title and layout.
 */
export function mergePlans(given: Plan[]): Plan {
  if (given.length === 1) return given[0];
  const plans = continueGoalNumbers(given);
  const [first] = plans;
  const stamp = <X extends object>(xs: X[] | undefined, sheet: string) =>
    (xs ?? []).map((x) => ({ ...x, sheet }));
  let nmOffset = 0;
  let taskOffset = 0;
  const measures: Plan["measures"] = [];
  const nationalMeasures: Plan["nationalMeasures"] = [];
  const nationalTasks: Plan["nationalTasks"] = [];
  for (const p of plans) {
    for (const m of p.measures)
      measures.push({
        ...m,
        sheet: p.sheet,
        nationalMeasureIndex:
          m.nationalMeasureIndex === null ? null : m.nationalMeasureIndex + nmOffset,
      });
    for (const n of p.nationalMeasures)
      nationalMeasures.push({
        ...n,
        sheet: p.sheet,
        taskIndex: n.taskIndex === null ? null : n.taskIndex + taskOffset,
      });
    nationalTasks.push(...p.nationalTasks);
    nmOffset += p.nationalMeasures.length;
    taskOffset += p.nationalTasks.length;
  }
  return {
    ...first,
    planSheets: plans.map((p) => p.sheet),
    strategicGoals: plans.flatMap((p) => p.strategicGoals),
    operationalGoals: plans.flatMap((p) => p.operationalGoals),
    nationalTasks,
    nationalMeasures,
    measures,
    cellErrors: plans.flatMap((p) => stamp(p.cellErrors, p.sheet)),
    ambiguities: plans.flatMap((p) => stamp(p.ambiguities, p.sheet)),
  };
}

/**
 * Goals the sheets number in order (levels without numbers of their own, "1" on every sheet) go on from the
 * sheets before: the second sheet's goal 1 is goal 2 of the plan.
 */
function continueGoalNumbers(plans: Plan[]): Plan[] {
  let seen = 0;
  return plans.map((p, i) => {
    const numbers = p.strategicGoals.map((g) => Number(g.number));
    const offset =
      i > 0 &&
      numbers.length > 0 &&
      numbers.every((n) => Number.isInteger(n)) &&
      Math.min(...numbers) <= seen
        ? seen
        : 0;
    seen = Math.max(seen, ...numbers.map((n) => n + offset).filter((n) => Number.isInteger(n)));
    if (offset === 0) return p;
    const sg = (n: string | null) => (n === null ? null : String(Number(n) + offset));
    const og = (n: string | null, parent: string | null) =>
      n === null
        ? null
        : parent !== null && n.startsWith(`${parent}.`)
          ? `${sg(parent)}${n.slice(parent.length)}`
          : n;
    const goalOf = new Map(p.operationalGoals.map((g) => [g.number, g.strategicGoal]));
    return {
      ...p,
      strategicGoals: p.strategicGoals.map((g) => ({ ...g, number: sg(g.number) })),
      operationalGoals: p.operationalGoals.map((g) => ({
        ...g,
        number: og(g.number, g.strategicGoal),
        strategicGoal: sg(g.strategicGoal),
      })),
      nationalTasks: p.nationalTasks.map((t) => ({
        ...t,
        operationalGoal: og(t.operationalGoal, t.strategicGoal),
        strategicGoal: sg(t.strategicGoal),
      })),
      nationalMeasures: p.nationalMeasures.map((n) => ({
        ...n,
        operationalGoal: og(n.operationalGoal, n.strategicGoal),
        strategicGoal: sg(n.strategicGoal),
      })),
      measures: p.measures.map((m) => ({
        ...m,
        strategicGoal: sg(m.strategicGoal),
        operationalGoal: og(
          m.operationalGoal,
          m.strategicGoal ?? goalOf.get(m.operationalGoal) ?? null
        ),
        path: m.path.map((l) =>
          l.kind === "strategicGoal"
            ? { ...l, number: sg(l.number) }
            : l.kind === "operationalGoal"
              ? { ...l, number: og(l.number, m.strategicGoal) }
              : l
        ),
      })),
    };
  });
}

/**
 * Recognizes every sheet and picks the one with the most measures (`largestPlan`), or the named sheet; where
 * the sheets around it carry the same header, they are one plan over several sheets. The list of sheets lets
 * the user choose where several independent plans are kept.
 */
export function recognizeWorkbook(
  grids: Grid[],
  sheetName?: string,
  options: RecognizeOptions = {}
): WorkbookRecognition {
  // corrections belong to the sheet they were made on
  const results = grids.map((g) => ({
    grid: g,
    result: recognizePlan(g, g.sheetName === sheetName ? options : {}),
  }));
  const sheets: SheetCandidate[] = results.map(({ grid, result }) => ({
    sheet: grid.sheetName,
    measures: result.ok ? result.plan.measures.length : 0,
    reason: result.ok ? null : result.reason,
  }));
  const planOf = (r: (typeof results)[number]) => (r.result.ok ? r.result.plan : null);
  const hidden = (r: (typeof results)[number]) => !!r.grid.hidden;
  const whole = (r: (typeof results)[number]) =>
    mergePlans(planRun(results, results.indexOf(r), planOf, hidden).map((x) => planOf(x)!));
  if (sheetName !== undefined) {
    const found = results.find((r) => r.grid.sheetName === sheetName);
    if (!found) return { ok: false, reason: "no-such-sheet", sheets };
    return found.result.ok
      ? { ok: true, plan: whole(found), sheets }
      : { ok: false, reason: found.result.reason, sheets };
  }
  // the largest run of sheets of one plan, else the largest single plan
  const runs = results.map((r) => (planOf(r) ? whole(r) : null));
  const bestAt = largestPlan(
    results.map((_, i) => i),
    (i) => hidden(results[i]),
    (i) => runs[i]
  );
  if (bestAt !== null && runs[bestAt]) return { ok: true, plan: runs[bestAt]!, sheets };
  const reasons = sheets.map((s) => s.reason);
  const reason: NoPlanReason = reasons.includes("no-measures")
    ? "no-measures"
    : reasons.every((r) => r === "empty-sheet")
      ? "empty-sheet"
      : "no-header";
  return { ok: false, reason, sheets };
}

/**
 * The sheet whose plan has the most measures, the first on a tie; a plan on a visible sheet wins over one on
 * a hidden sheet (an old copy kept out of sight), which is taken only where no visible sheet holds a plan.
 */
export function largestPlan<T>(
  sheets: T[],
  hidden: (sheet: T) => boolean,
  planOf: (sheet: T) => Plan | null
): T | null {
  let best: { sheet: T; hidden: boolean; measures: number } | null = null;
  for (const sheet of sheets) {
    const plan = planOf(sheet);
    if (!plan) continue;
    const h = hidden(sheet);
    const n = plan.measures.length;
    if (!best || (best.hidden && !h) || (best.hidden === h && n > best.measures))
      best = { sheet, hidden: h, measures: n };
  }
  return best?.sheet ?? null;
}

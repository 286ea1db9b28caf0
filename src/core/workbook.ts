/** Picking the sheet that holds a plan when a workbook has several. */
import type { Grid } from "./grid";
import { continueOnSheet } from "./layout/continuation";
import { recognizePlan, type RecognizeOptions } from "./layout/recognize";
import { isOwnSheet } from "./ownSheets";
import type { Level, NoPlanReason, Plan, Recognition } from "./plan";
import { normalize } from "./text";
import { shareStatusLegend } from "./status";

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

/** A sheet as the grouping sees it: its plan (if any), whether it is hidden, and its place in the workbook. */
export interface RunSheet {
  plan: Plan | null;
  hidden: boolean;
  position?: number;
}

/**
 * The sheets of one plan, as runs of indexes: consecutive visible sheets (next to each other in the workbook)
 * whose plans have the same header and go on with its numbering. Every sheet is in exactly one run.
 */
export function planRuns(sheets: RunSheet[]): number[][] {
  const sigs = sheets.map((s) => (s.plan ? headerSignature(s.plan) : null));
  const joins = (i: number, j: number) => {
    const a = sheets[i];
    const b = sheets[j];
    const adjacent =
      a.position === undefined || b.position === undefined || b.position === a.position + 1;
    return (
      !!a.plan &&
      !!b.plan &&
      !a.hidden &&
      !b.hidden &&
      adjacent &&
      sigs[i] === sigs[j] &&
      continues(a.plan, b.plan)
    );
  };
  const runs: number[][] = [];
  for (let i = 0; i < sheets.length; i++) {
    if (i > 0 && joins(i - 1, i)) runs[runs.length - 1].push(i);
    else runs.push([i]);
  }
  return runs;
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
  // a legend of status codes under the last sheet's table is the whole plan's
  shareStatusLegend(measures);
  return {
    ...first,
    planSheets: plans.map((p) => p.sheet),
    sheetLayouts: plans.map((p) => ({ sheet: p.sheet, layout: p.layout })),
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
    // measures of one group share one path: renumbered once, it stays shared
    const paths = new Map<Level[], Map<string | null, Level[]>>();
    const renumbered = (path: Level[], strategicGoal: string | null): Level[] => {
      let byGoal = paths.get(path);
      if (!byGoal) paths.set(path, (byGoal = new Map()));
      let out = byGoal.get(strategicGoal);
      if (!out) {
        out = path.map((l) =>
          l.kind === "strategicGoal"
            ? { ...l, number: sg(l.number) }
            : l.kind === "operationalGoal"
              ? { ...l, number: og(l.number, strategicGoal) }
              : l
        );
        byGoal.set(strategicGoal, out);
      }
      return out;
    };
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
        path: renumbered(m.path, m.strategicGoal),
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
  given: Grid[],
  sheetName?: string,
  options: RecognizeOptions = {}
): WorkbookRecognition {
  // the sheets Plan Check wrote (a checked copy's findings, summary, data) are no plan, unless asked for
  const grids = given.filter((g) => g.sheetName === sheetName || !isOwnSheet(g));
  const manual =
    options.columns !== undefined ||
    options.headerRow !== undefined ||
    options.unusedColumns !== undefined;
  if (manual && sheetName === undefined) {
    // a layout the user gives is for the plan's sheet: the one found, else the first sheet with anything on it
    const auto = recognizeWorkbook(grids);
    const target = auto.ok
      ? auto.plan.sheet
      : (auto.sheets.find((s, i) => s.reason !== "empty-sheet" && !grids[i].hidden)?.sheet ??
        grids[0]?.sheetName);
    if (target !== undefined) return recognizeWorkbook(grids, target, options);
  }
  // the sheets are grouped as their headers say; the user's corrections of one sheet then apply to the
  // sheets of its plan, so a correction never splits a plan over several sheets
  const raw = grids.map((g) => recognizePlan(g));
  // a sheet without a header of its own that goes on with the plan of the sheet before (continuation.ts)
  const continued = new Set<number>();
  const goOn = (i: number, before: Recognition): Recognition | null => {
    const next = grids[i];
    const prev = grids[i - 1];
    if (!before.ok || next.hidden || prev.hidden) return null;
    if (
      next.position !== undefined &&
      prev.position !== undefined &&
      next.position !== prev.position + 1
    )
      return null;
    return continueOnSheet(next, before.plan);
  };
  for (let i = 1; i < raw.length; i++) {
    const r = raw[i];
    if (r.ok || r.reason !== "no-header") continue;
    const read = goOn(i, raw[i - 1]);
    if (read) {
      raw[i] = read;
      continued.add(i);
    }
  }
  const planOf = (i: number) => {
    const r = raw[i];
    return r.ok ? r.plan : null;
  };
  const runs = planRuns(
    grids.map((g, i) => ({ plan: planOf(i), hidden: !!g.hidden, position: g.position }))
  );
  const runOf = (i: number) => runs.find((run) => run.includes(i))!;
  const corrected = sheetName !== undefined && manual;
  const results = raw.slice();
  if (corrected) {
    const at = grids.findIndex((g) => g.sheetName === sheetName);
    if (at >= 0)
      for (const i of runOf(at))
        results[i] = continued.has(i)
          ? (goOn(i, results[i - 1]) ?? raw[i])
          : recognizePlan(grids[i], options);
  }
  const sheets: SheetCandidate[] = results.map((result, i) => ({
    sheet: grids[i].sheetName,
    measures: result.ok ? result.plan.measures.length : 0,
    reason: result.ok ? null : result.reason,
  }));
  const merged = new Map<number[], Plan>();
  const planOfRun = (run: number[]): Plan | null => {
    const plans = run.map((i) => results[i]).filter((r) => r.ok);
    if (plans.length === 0) return null;
    if (!merged.has(run)) merged.set(run, mergePlans(plans.map((r) => (r.ok ? r.plan : null)!)));
    return merged.get(run)!;
  };
  if (sheetName !== undefined) {
    const at = grids.findIndex((g) => g.sheetName === sheetName);
    if (at < 0) return { ok: false, reason: "no-such-sheet", sheets };
    const found = results[at];
    if (!found.ok) return { ok: false, reason: found.reason, sheets };
    return { ok: true, plan: planOfRun(runOf(at)) ?? found.plan, sheets };
  }
  // the largest plan, a run of sheets counted whole; a visible one wins over a hidden one
  const best = largestPlan(
    runs,
    (run) => !!grids[run[0]].hidden,
    (run) => planOfRun(run)
  );
  if (best) return { ok: true, plan: planOfRun(best)!, sheets };
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

export interface PlanChoice {
  /** The sheet the user asked for now (the pane's choice). */
  wanted?: string;
  /** The sheet the workbook remembers as the plan's; the user's corrections apply to its plan. */
  remembered?: string;
  corrections?: RecognizeOptions;
}

/**
 * Picks the plan as both adapters do: the sheet asked for, else the one the workbook remembers (where it
 * still holds a plan), else the largest (`recognizeWorkbook`). The corrections apply only to the remembered
 * sheet's plan. A sheet asked for that holds no plan says why; a remembered one that lost its plan is passed
 * over. The candidates list every sheet, the largest plan's grouping.
 */
export function choosePlan(grids: Grid[], choice: PlanChoice = {}): WorkbookRecognition {
  const has = (name?: string) => !!name && grids.some((g) => g.sheetName === name);
  const rec = (name?: string) =>
    recognizeWorkbook(grids, name, name && name === choice.remembered ? choice.corrections : {});
  if (choice.wanted !== undefined && has(choice.wanted)) return rec(choice.wanted);
  if (has(choice.remembered)) {
    const kept = rec(choice.remembered);
    if (kept.ok) return kept;
  }
  return rec();
}

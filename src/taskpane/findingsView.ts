/** The findings list as the pane shows it: filtered, searched, grouped by severity and rule, with counts. */
import type { CheckResult } from "../core/check";
import type { Measure } from "../core/plan";
import { measureOfFinding, type Finding, type Severity } from "../core/rules";

export interface FindingFilters {
  strategicGoal: string | null;
  executor: string | null;
  rule: string | null;
  search: string;
}

export interface FindingItem {
  finding: Finding;
  measure: Measure | null;
  /** The measure's bodies under their canonical names, as the summary counts them (the filter offers these). */
  executors: string[];
  message: string;
}

export interface FindingGroup {
  severity: Severity;
  rule: string;
  items: FindingItem[];
}

export const NO_FILTERS: FindingFilters = {
  strategicGoal: null,
  executor: null,
  rule: null,
  search: "",
};

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function findingItems(result: CheckResult, message: (f: Finding) => string): FindingItem[] {
  const measureOf = measureOfFinding(result.plan);
  const names = result.summary.executorNames ?? {};
  return result.findings.map((f) => {
    const measure = measureOf(f);
    return {
      finding: f,
      measure,
      executors: [...new Set((measure?.executors ?? []).map((e) => names[e] ?? e))],
      message: message(f),
    };
  });
}

export function filterItems(items: FindingItem[], f: FindingFilters): FindingItem[] {
  const q = f.search.trim().toLowerCase();
  return items.filter((i) => {
    if (f.rule && i.finding.rule !== f.rule) return false;
    if (f.strategicGoal && i.measure?.strategicGoal !== f.strategicGoal) return false;
    if (f.executor && !i.executors.includes(f.executor)) return false;
    if (q) {
      const hay =
        `${i.finding.measure ?? ""} ${i.measure?.text ?? ""} ${i.message} ${i.finding.cell}`.toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}

export function groupItems(items: FindingItem[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const rules = [
      ...new Set(items.filter((i) => i.finding.severity === severity).map((i) => i.finding.rule)),
    ].sort();
    for (const rule of rules)
      groups.push({
        severity,
        rule,
        items: items.filter((i) => i.finding.severity === severity && i.finding.rule === rule),
      });
  }
  return groups;
}

/** The values the filters offer: strategic goals, executors and rules that occur in the findings. */
export function filterOptions(items: FindingItem[]) {
  const goals = new Set<string>();
  const executors = new Set<string>();
  const rules = new Set<string>();
  for (const i of items) {
    if (i.measure?.strategicGoal) goals.add(i.measure.strategicGoal);
    for (const e of i.executors) executors.add(e);
    rules.add(i.finding.rule);
  }
  return {
    goals: [...goals].sort(),
    executors: [...executors].sort((a, b) => a.localeCompare(b)),
    rules: [...rules].sort(),
  };
}

/** "Надання пропозицій щодо включення…": the start of a measure's text. */
export function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

/** The problems met most often, most first (rules of the same count by severity, then by title). */
export function topProblems(
  items: FindingItem[],
  title: (rule: string) => string,
  n = 3
): { rule: string; severity: Severity; count: number }[] {
  const counts = new Map<string, { rule: string; severity: Severity; count: number }>();
  for (const i of items) {
    const c = counts.get(i.finding.rule);
    if (c) c.count++;
    else
      counts.set(i.finding.rule, { rule: i.finding.rule, severity: i.finding.severity, count: 1 });
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.count - a.count ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        title(a.rule).localeCompare(title(b.rule))
    )
    .slice(0, n);
}

/**
 * The consolidated workbook of a folder of plans, as sheet specs: plans by strategic goal, totals across
 * plans by strategic goal and by executor (one row per body, its canonical name across the plans), the
 * overdue measures by executor across plans, findings, and the list of files.
 */
import { t, type Lang, type MessageKey } from "../../i18n";
import { executorResolver } from "../directory";
import { ruleTitle } from "../report";
import type { RuleId } from "../rules";
import type { CellStyle, SheetSpec, SpecCell } from "../sheets";
import { fitHeights } from "../styles";
import {
  addCounts,
  emptyCounts,
  STATUS_BUCKETS,
  type Counts,
  type OverdueMeasure,
} from "./aggregate";
import { printLayout } from "./sheets";

export interface PlanEntry {
  file: string;
  ok: boolean;
  /** Why the file was not checked (a message already in the user's language). */
  reason?: string;
  sheet?: string;
  /** The date the plan was checked as of (the option's, its title's or today's). */
  asOf?: string;
  total?: Counts;
  goals?: (Counts & { strategicGoal: string | null; title: string })[];
  /** The plan's bodies under their canonical names, with their counts. */
  executors?: (Counts & { executor: string })[];
  overdue?: { executor: string; measures: OverdueMeasure[] }[];
  findings?: {
    /** The finding's sheet where the plan spans several, else the plan's. */
    sheet?: string;
    cell: string;
    severity: string;
    rule: string;
    measure: string | null;
    message: string;
  }[];
  counts?: { error: number; warning: number; info: number };
}

function counts(k: Counts, style: CellStyle = "count"): SpecCell[] {
  return [
    { v: k.measures, style },
    ...STATUS_BUCKETS.map((b) => ({ v: k.byStatus?.[b] ?? 0, style })),
    { v: k.missing, style },
    { v: k.shareDone, style: "percent" as const },
  ];
}

const COUNT_WIDTHS = [10, ...STATUS_BUCKETS.map(() => 13), 10, 11];

export function consolidatedSheets(
  entries: PlanEntry[],
  o: { lang: Lang; asOf: string; builtAt?: string }
): SheetSpec[] {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const header = (keys: MessageKey[]) => keys.map((k) => ({ v: tr(k), style: "header" as const }));
  const countHeader: SpecCell[] = [
    { v: tr("summary.col.measures"), style: "header" },
    ...STATUS_BUCKETS.map((b) => ({
      v: tr(`status.bucket.${b}` as MessageKey),
      style: `status.${b}` as const,
    })),
    { v: tr("summary.col.missing"), style: "header" },
    { v: tr("summary.col.shareDone"), style: "header" },
  ];
  const ok = entries.filter((e) => e.ok && e.total);
  const title = tr("batch.title", { checked: ok.length, count: entries.length, asOf: o.asOf });
  const print = (repeat: [number, number]) =>
    printLayout(o.builtAt ? `${title} · ${o.builtAt}` : title, repeat);

  const plans: (SpecCell | null)[][] = [
    [{ v: title, style: "title" }],
    [],
    [
      ...header(["batch.col.file", "batch.col.sheet", "summary.col.goal", "summary.col.title"]),
      ...countHeader,
    ],
  ];
  let grand = emptyCounts();
  for (const e of ok) {
    for (const g of e.goals ?? [])
      plans.push([
        { v: e.file, style: "wrap" },
        { v: e.sheet ?? "", style: "count" },
        { v: g.strategicGoal, style: "count" },
        { v: g.title, style: "wrap" },
        ...counts(g),
      ]);
    plans.push([
      { v: e.file, style: "total" },
      { v: e.sheet ?? "", style: "total" },
      { v: tr("batch.planTotal"), style: "total" },
      { v: null, style: "total" },
      ...counts(e.total!, "total"),
    ]);
    grand = addCounts(grand, e.total!);
  }
  plans.push([
    { v: tr("batch.grandTotal"), style: "total" },
    { v: null, style: "total" },
    { v: null, style: "total" },
    { v: null, style: "total" },
    ...counts(grand, "total"),
  ]);

  // totals across plans by strategic goal: the goals' numbers are the plans' shared frame
  const goals = new Map<string, { title: string; plans: number; counts: Counts }>();
  for (const e of ok)
    for (const g of e.goals ?? []) {
      const key = g.strategicGoal ?? "";
      const at = goals.get(key) ?? { title: g.title, plans: 0, counts: emptyCounts() };
      at.plans++;
      at.counts = addCounts(at.counts, g);
      goals.set(key, at);
    }
  const byGoal: (SpecCell | null)[][] = [
    [{ v: tr("batch.sheet.byGoal"), style: "title" }],
    [],
    [...header(["summary.col.goal", "summary.col.title", "batch.col.plans"]), ...countHeader],
  ];
  for (const [goal, g] of [...goals.entries()].sort((a, b) =>
    a[0].localeCompare(b[0], undefined, { numeric: true })
  ))
    byGoal.push([
      { v: goal || tr("summary.noGoal"), style: "strategicGoal" },
      { v: g.title, style: "wrap" },
      { v: g.plans, style: "count" },
      ...counts(g.counts),
    ]);
  byGoal.push([
    { v: tr("batch.grandTotal"), style: "total" },
    { v: null, style: "total" },
    { v: ok.length, style: "total" },
    ...counts(grand, "total"),
  ]);

  // totals by executor: each plan's canonical names, made one across the plans
  const names = executorResolver(ok.flatMap((e) => (e.executors ?? []).map((x) => x.executor)));
  const bodies = new Map<string, { plans: Set<string>; counts: Counts }>();
  for (const e of ok)
    for (const x of e.executors ?? []) {
      const name = names.canonical(x.executor);
      const at = bodies.get(name) ?? { plans: new Set<string>(), counts: emptyCounts() };
      at.plans.add(e.file);
      at.counts = addCounts(at.counts, x);
      bodies.set(name, at);
    }
  const byExecutor: (SpecCell | null)[][] = [
    [{ v: tr("batch.sheet.byExecutor"), style: "title" }],
    [],
    [...header(["summary.col.executor", "batch.col.plans"]), ...countHeader],
  ];
  for (const [name, b] of [...bodies.entries()].sort(
    (a, b) => b[1].counts.measures - a[1].counts.measures || a[0].localeCompare(b[0])
  ))
    byExecutor.push([
      { v: name, style: "wrap" },
      { v: b.plans.size, style: "count" },
      ...counts(b.counts),
    ]);

  // overdue by executor across plans: each body once, its measures with their file
  const overdue = new Map<string, { file: string; sheet?: string; m: OverdueMeasure }[]>();
  for (const e of ok)
    for (const x of e.overdue ?? []) {
      const name = x.executor ? names.canonical(x.executor) : "";
      const list = overdue.get(name) ?? [];
      for (const m of x.measures) list.push({ file: e.file, sheet: e.sheet, m });
      overdue.set(name, list);
    }
  const overdueCells: (SpecCell | null)[][] = [
    [{ v: tr("sheet.overdue"), style: "title" }],
    [],
    header([
      "batch.col.file",
      "overdue.col.number",
      "overdue.col.measure",
      "overdue.col.deadline",
      "overdue.col.status",
      "overdue.col.cell",
    ]),
  ];
  const overdueMerges: string[] = ["A1:F1"];
  for (const [name, list] of [...overdue.entries()].sort(
    (a, b) => Number(a[0] === "") - Number(b[0] === "") || b[1].length - a[1].length
  )) {
    overdueMerges.push(`A${overdueCells.length + 1}:F${overdueCells.length + 1}`);
    overdueCells.push([
      {
        v: tr("overdue.body", { executor: name || tr("overdue.noExecutor"), count: list.length }),
        style: "strategicGoal",
      },
    ]);
    for (const x of list)
      overdueCells.push([
        { v: x.file, style: "wrap" },
        { v: x.m.number },
        { v: x.m.text, style: "wrap" },
        { v: x.m.deadline, style: "wrap" },
        { v: tr(`status.bucket.${x.m.status}` as MessageKey), style: `status.${x.m.status}` },
        { v: x.m.cell },
      ]);
  }

  const findings: (SpecCell | null)[][] = [
    header([
      "batch.col.file",
      "batch.col.sheet",
      "findings.col.cell",
      "findings.col.severity",
      "findings.col.rule",
      "findings.col.measure",
      "findings.col.message",
      "findings.col.ruleId",
    ]),
  ];
  for (const e of entries) {
    for (const f of e.findings ?? []) {
      findings.push([
        { v: e.file, style: "wrap" },
        { v: f.sheet ?? e.sheet ?? "" },
        { v: f.cell },
        { v: tr(`severity.${f.severity}` as MessageKey), style: f.severity as SpecCell["style"] },
        { v: ruleTitle(f.rule as RuleId, o.lang), style: "wrap" },
        { v: f.measure },
        { v: f.message, style: "wrap" },
        { v: f.rule },
      ]);
    }
  }

  const files: (SpecCell | null)[][] = [
    header([
      "batch.col.file",
      "batch.col.sheet",
      "batch.col.status",
      "summary.col.measures",
      "batch.col.errors",
      "batch.col.warnings",
    ]),
  ];
  for (const e of entries) {
    files.push([
      { v: e.file, style: "wrap" },
      { v: e.sheet ?? null },
      {
        v: e.ok ? tr("batch.status.ok") : tr("batch.status.failed", { reason: e.reason ?? "" }),
        style: e.ok ? "wrap" : "error",
      },
      { v: e.total?.measures ?? null },
      { v: e.counts?.error ?? null },
      { v: e.counts?.warning ?? null },
    ]);
  }

  const sheet = (s: Omit<SheetSpec, "tables" | "pivots" | "charts">): SheetSpec => {
    const spec = { ...s, tables: [], pivots: [], charts: [] };
    const heights = fitHeights(spec);
    return heights.some((h) => h !== null) ? { ...spec, heights } : spec;
  };
  return [
    sheet({
      key: "summary",
      name: tr("batch.sheet.plans"),
      cells: plans,
      merges: ["A1:P1"],
      widths: [28, 14, 7, 40, ...COUNT_WIDTHS],
      freezeRows: 3,
      print: print([3, 3]),
    }),
    sheet({
      key: "summary",
      name: tr("batch.sheet.byGoal"),
      cells: byGoal,
      merges: ["A1:O1"],
      widths: [9, 44, 8, ...COUNT_WIDTHS],
      freezeRows: 3,
      print: print([3, 3]),
    }),
    sheet({
      key: "summary",
      name: tr("batch.sheet.byExecutor"),
      cells: byExecutor,
      merges: ["A1:N1"],
      widths: [48, 8, ...COUNT_WIDTHS],
      freezeRows: 3,
      print: print([3, 3]),
    }),
    sheet({
      key: "overdue",
      name: tr("sheet.overdue"),
      cells: overdueCells,
      merges: overdueMerges,
      widths: [24, 8, 60, 18, 20, 9],
      freezeRows: 3,
      print: print([3, 3]),
    }),
    sheet({
      key: "findings",
      name: tr("batch.sheet.findings"),
      cells: findings,
      merges: [],
      widths: [24, 14, 8, 14, 24, 9, 80, 28],
      hiddenColumns: [7],
      freezeRows: 1,
      print: print([1, 1]),
    }),
    sheet({
      key: "data",
      name: tr("batch.sheet.files"),
      cells: files,
      merges: [],
      widths: [32, 16, 50, 10, 10, 12],
      freezeRows: 1,
      print: print([1, 1]),
    }),
  ];
}

/** The consolidated workbook of a folder of plans, as sheet specs: plans by strategic goal, findings, files. */
import { t, type Lang, type MessageKey } from "../../i18n";
import { ruleTitle } from "../report";
import type { RuleId } from "../rules";
import type { SheetSpec, SpecCell } from "../sheets";
import { emptyCounts, type Counts } from "./aggregate";

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

const COUNT_KEYS = ["measures", "done", "inProgress", "overdue", "missing", "shareDone"] as const;

function counts(k: Counts, style?: SpecCell["style"]): SpecCell[] {
  return COUNT_KEYS.map((key) =>
    key === "shareDone" ? { v: k.shareDone, style: "percent" as const } : { v: k[key], style }
  );
}

function add(a: Counts, b: Counts): Counts {
  const sum = { ...a, stack: { ...a.stack } };
  for (const k of [
    "measures",
    "done",
    "inProgress",
    "notDone",
    "notStarted",
    "cancelled",
    "noStatus",
    "overdue",
    "missing",
  ] as const)
    sum[k] += b[k];
  const base = sum.measures - sum.cancelled;
  sum.shareDone = base > 0 ? Math.round((sum.done / base) * 1000) / 1000 : 0;
  return sum;
}

export function consolidatedSheets(
  entries: PlanEntry[],
  o: { lang: Lang; asOf: string }
): SheetSpec[] {
  const tr = (k: MessageKey, p?: Record<string, string | number>) => t(o.lang, k, p);
  const header = (keys: MessageKey[]) => keys.map((k) => ({ v: tr(k), style: "header" as const }));
  const countHeader = header([
    "summary.col.measures",
    "summary.col.done",
    "summary.col.inProgress",
    "summary.col.overdue",
    "summary.col.missing",
    "summary.col.shareDone",
  ]);

  const plans: (SpecCell | null)[][] = [
    [{ v: tr("batch.title", { count: entries.length, asOf: o.asOf }), style: "title" }],
    [],
    [
      ...header(["batch.col.file", "batch.col.sheet", "summary.col.goal", "summary.col.title"]),
      ...countHeader,
    ],
  ];
  let grand = emptyCounts();
  for (const e of entries) {
    if (!e.ok || !e.total) continue;
    for (const g of e.goals ?? [])
      plans.push([
        { v: e.file },
        { v: e.sheet ?? "" },
        { v: g.strategicGoal },
        { v: g.title, style: "wrap" },
        ...counts(g),
      ]);
    plans.push([
      { v: e.file, style: "total" },
      { v: e.sheet ?? "", style: "total" },
      { v: tr("batch.planTotal"), style: "total" },
      { v: null, style: "total" },
      ...counts(e.total, "total"),
    ]);
    grand = add(grand, e.total);
  }
  plans.push([
    { v: tr("batch.grandTotal"), style: "total" },
    { v: null, style: "total" },
    { v: null, style: "total" },
    { v: null, style: "total" },
    ...counts(grand, "total"),
  ]);

  const findings: (SpecCell | null)[][] = [
    header([
      "batch.col.file",
      "batch.col.sheet",
      "findings.col.cell",
      "findings.col.severity",
      "findings.col.rule",
      "findings.col.measure",
      "findings.col.message",
    ]),
  ];
  for (const e of entries) {
    for (const f of e.findings ?? []) {
      findings.push([
        { v: e.file },
        { v: f.sheet ?? e.sheet ?? "" },
        { v: f.cell },
        { v: tr(`severity.${f.severity}` as MessageKey), style: f.severity as SpecCell["style"] },
        { v: ruleTitle(f.rule as RuleId, o.lang) },
        { v: f.measure },
        { v: f.message, style: "wrap" },
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
      { v: e.file },
      { v: e.sheet ?? null },
      {
        v: e.ok ? tr("batch.status.ok") : tr("batch.status.failed", { reason: e.reason ?? "" }),
        style: e.ok ? undefined : "error",
      },
      { v: e.total?.measures ?? null },
      { v: e.counts?.error ?? null },
      { v: e.counts?.warning ?? null },
    ]);
  }

  const base = { merges: [] as string[], tables: [], pivots: [], charts: [] };
  return [
    {
      ...base,
      key: "summary",
      name: tr("batch.sheet.plans"),
      cells: plans,
      merges: ["A1:J1"],
      widths: [32, 16, 8, 50, 10, 10, 12, 12, 12, 14],
      freezeRows: 3,
    },
    {
      ...base,
      key: "findings",
      name: tr("batch.sheet.findings"),
      cells: findings,
      widths: [32, 16, 8, 14, 30, 10, 90],
      freezeRows: 1,
    },
    {
      ...base,
      key: "data",
      name: tr("batch.sheet.files"),
      cells: files,
      widths: [32, 16, 50, 10, 10, 12],
      freezeRows: 1,
    },
  ];
}

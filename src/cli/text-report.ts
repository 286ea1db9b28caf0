/** The readable report printed without --json. */
import { formatDate, t, type Lang, type MessageKey } from "../i18n";
import type { PlanReport } from "../core/report";
import { STATUS_BUCKETS, topGoals, type ByStatus } from "../core/summary/aggregate";

/** "done 3; past due, not reported 4": the statuses a goal's measures are in, each once, adding up. */
function statusList(byStatus: ByStatus, lang: Lang): string {
  return STATUS_BUCKETS.filter((b) => byStatus[b] > 0)
    .map((b) => {
      const label = t(lang, `status.bucket.${b}` as MessageKey);
      return `${label.charAt(0).toLocaleLowerCase(lang)}${label.slice(1)} ${byStatus[b]}`;
    })
    .join("; ");
}

/**
 * The report's lines, one by one. The report may come with its long lists deferred (src/cli/json.ts): of the
 * measures only the count is read, and the findings are walked once, in order.
 */
export function* textReportLines(r: PlanReport, lang: Lang): Generator<string> {
  yield t(lang, "report.title");
  yield `${t(lang, "report.file")}: ${r.file}`;
  yield `${t(lang, "report.sheet")}: ${r.planSheets.join(", ")}`;
  yield `${t(lang, "report.asOf")}: ${formatDate(lang, r.asOf)}${r.asOfSource === "title" ? ` (${t(lang, "report.asOfFromTitle")})` : ""}`;
  yield `${t(lang, "report.header")}: ${r.layout.headerRows.join(", ")}`;
  const cols = Object.entries(r.layout.columns)
    .map(([role, letter]) => `${letter} ${t(lang, `role.${role}` as MessageKey)}`)
    .join("; ");
  yield `${t(lang, "report.columns")}: ${cols}`;
  yield t(lang, "report.counts", {
    strategicGoals: r.strategicGoals.length,
    operationalGoals: r.operationalGoals.length,
    measures: r.measures.length,
  });
  // only a plan beside the National plan's measures (a local 1325 plan) can leave one without a local measure
  if (r.layout.columns.nationalMeasure)
    yield t(lang, "report.withoutLocal", { count: r.summary.nationalMeasuresWithoutLocal });
  const others = r.sheets.filter((s) => s.measures > 0 && !r.planSheets.includes(s.sheet));
  if (others.length)
    yield t(lang, "report.otherSheets", {
      sheets: others.map((s) => `${s.sheet} (${s.measures})`).join(", "),
    });
  yield "";
  // a plan with no strategic goals is summed up by its operational goals, not in one row
  const goals = topGoals(r.summary.byStrategicGoal);
  const operational = goals[0]?.kind === "operationalGoal";
  yield t(lang, operational ? "report.byOperationalGoal" : "report.byGoal");
  for (const g of goals) {
    yield `  ${t(lang, operational ? "report.operationalGoalLine" : "report.goalLine", { goal: g.number ?? "—", measures: g.measures, statuses: statusList(g.byStatus, lang), missing: g.missing })}`;
  }
  yield "";
  const f = r.summary.findings;
  if (r.findings.length === 0) yield t(lang, "report.noFindings");
  else {
    yield t(lang, "report.findings", { errors: f.error, warnings: f.warning, infos: f.info });
    // a plan over several sheets names each finding's sheet with its cell
    const several = r.planSheets.length > 1;
    for (const x of r.findings) {
      yield `  ${(several ? `${x.sheet}!${x.cell}` : x.cell).padEnd(6)} ${t(lang, `severity.${x.severity}` as MessageKey).padEnd(13)} ${(x.measure ?? "").padEnd(8)} ${x.title.padEnd(34)} ${x.message}`;
    }
  }
}

export function textReport(r: PlanReport, lang: Lang): string {
  return `${[...textReportLines(r, lang)].join("\n")}\n`;
}

/**
 * The report written as it is made, a few hundred lines at a time, each piece made safe for a terminal: a
 * plan with 40,000 findings never becomes one string of megabytes beside its plan. Pieces end at the report's
 * own line breaks, so what is written is what terminalSafe(textReport(…)) would be.
 */
export function writeTextReport(
  r: PlanReport,
  lang: Lang,
  out: (s: string) => void,
  safe: (s: string) => string
): void {
  let piece: string[] = [];
  let length = 0;
  for (const line of textReportLines(r, lang)) {
    piece.push(line, "\n");
    length += line.length + 1;
    if (length >= 1 << 14) {
      out(safe(piece.join("")));
      piece = [];
      length = 0;
    }
  }
  if (piece.length) out(safe(piece.join("")));
}

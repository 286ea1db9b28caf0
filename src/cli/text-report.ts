/** The readable report printed without --json. */
import { formatDate, t, type Lang, type MessageKey } from "../i18n";
import type { PlanReport } from "../core/report";
import { STATUS_BUCKETS, type ByStatus } from "../core/summary/aggregate";

/** "done 3; past due, not reported 4": the statuses a goal's measures are in, each once, adding up. */
function statusList(byStatus: ByStatus, lang: Lang): string {
  return STATUS_BUCKETS.filter((b) => byStatus[b] > 0)
    .map((b) => {
      const label = t(lang, `status.bucket.${b}` as MessageKey);
      return `${label.charAt(0).toLocaleLowerCase(lang)}${label.slice(1)} ${byStatus[b]}`;
    })
    .join("; ");
}

export function textReport(r: PlanReport, lang: Lang): string {
  const out: string[] = [];
  out.push(t(lang, "report.title"));
  out.push(`${t(lang, "report.file")}: ${r.file}`);
  out.push(`${t(lang, "report.sheet")}: ${r.planSheets.join(", ")}`);
  out.push(
    `${t(lang, "report.asOf")}: ${formatDate(lang, r.asOf)}${r.asOfSource === "title" ? ` (${t(lang, "report.asOfFromTitle")})` : ""}`
  );
  out.push(`${t(lang, "report.header")}: ${r.layout.headerRows.join(", ")}`);
  const cols = Object.entries(r.layout.columns)
    .map(([role, letter]) => `${letter} ${t(lang, `role.${role}` as MessageKey)}`)
    .join("; ");
  out.push(`${t(lang, "report.columns")}: ${cols}`);
  out.push(
    t(lang, "report.counts", {
      strategicGoals: r.strategicGoals.length,
      operationalGoals: r.operationalGoals.length,
      measures: r.measures.length,
    })
  );
  out.push(t(lang, "report.withoutLocal", { count: r.summary.nationalMeasuresWithoutLocal }));
  const others = r.sheets.filter((s) => s.measures > 0 && !r.planSheets.includes(s.sheet));
  if (others.length)
    out.push(
      t(lang, "report.otherSheets", {
        sheets: others.map((s) => `${s.sheet} (${s.measures})`).join(", "),
      })
    );
  out.push("");
  out.push(t(lang, "report.byGoal"));
  for (const g of r.summary.byStrategicGoal) {
    out.push(
      `  ${t(lang, "report.goalLine", { goal: g.strategicGoal ?? "—", measures: g.measures, statuses: statusList(g.byStatus, lang), missing: g.missing })}`
    );
  }
  out.push("");
  const f = r.summary.findings;
  if (r.findings.length === 0) out.push(t(lang, "report.noFindings"));
  else {
    out.push(t(lang, "report.findings", { errors: f.error, warnings: f.warning, infos: f.info }));
    // a plan over several sheets names each finding's sheet with its cell
    const several = r.planSheets.length > 1;
    for (const x of r.findings) {
      out.push(
        `  ${(several ? `${x.sheet}!${x.cell}` : x.cell).padEnd(6)} ${t(lang, `severity.${x.severity}` as MessageKey).padEnd(13)} ${(x.measure ?? "").padEnd(8)} ${x.title.padEnd(34)} ${x.message}`
      );
    }
  }
  return `${out.join("\n")}\n`;
}

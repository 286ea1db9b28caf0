import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import { STATUS_COLORS } from "../../core/styles";
import { STATUS_BUCKETS, topGoals, type StatusBucket } from "../../core/summary/aggregate";
import type { MessageKey, Params } from "../../i18n";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  goal: { width: "10%" },
  measures: { width: "15%" },
  head: {
    paddingLeft: "2px",
    paddingRight: "2px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    verticalAlign: "bottom",
  },
  // the status headers are words, not abbreviations: they wrap (at a soft hyphen where one is written)
  status: {
    paddingLeft: "2px",
    paddingRight: "2px",
    whiteSpace: "normal",
    verticalAlign: "bottom",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& abbr": { textDecorationLine: "none" },
  },
  num: { paddingLeft: "2px", paddingRight: "2px", textAlign: "right" },
  bar: {
    display: "flex",
    height: "10px",
    width: "100%",
    overflow: "hidden",
    borderRadius: "2px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "8px",
    rowGap: "2px",
    margin: "4px 0 0 0",
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    verticalAlign: "middle",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface SummarySectionProps {
  result: CheckResult;
  t: (key: MessageKey, params?: Params) => string;
}

/** The columns the pane has room for at 320 px, headed by words that wrap; the bar beneath each goal shows every status. */
const SHOWN: StatusBucket[] = ["done", "overdue", "passedNoStatus"];

/**
 * Per strategic goal (per operational goal where the plan has no strategic goals): measures, done, overdue and passed without a status (short headers, the full name on
 * hover), then a bar of all the statuses that add up to the goal's measures, and the bar's legend.
 */
export function SummarySection({ result, t }: SummarySectionProps) {
  const styles = useStyles();
  const full = (b: StatusBucket) => t(`status.bucket.${b}` as MessageKey);
  return (
    <div>
      <Table size="extra-small" className={styles.table} aria-label={t("pane.section.summary")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={`${styles.goal} ${styles.head}`}>
              {t("pane.summary.goal")}
            </TableHeaderCell>
            <TableHeaderCell className={`${styles.measures} ${styles.head}`}>
              <abbr title={t("summary.col.measures")}>{t("pane.summary.measures")}</abbr>
            </TableHeaderCell>
            {SHOWN.map((b) => (
              <TableHeaderCell key={b} className={styles.status}>
                <abbr title={full(b)}>{t(`status.short.${b}` as MessageKey)}</abbr>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {topGoals(result.summary.byStrategicGoal).flatMap((g) => {
            const key = g.number ?? "-";
            // a plan with no strategic goals is shown by its operational goals, each named in full on hover
            const name = g.number
              ? t(
                  g.kind === "operationalGoal"
                    ? "summary.operationalGoalLabel"
                    : "summary.goalLabel",
                  {
                    goal: g.number,
                  }
                )
              : t("summary.noGoal");
            const pct = (n: number) => `${g.measures ? (n / g.measures) * 100 : 0}%`;
            const said = STATUS_BUCKETS.filter((b) => g.byStatus[b] > 0)
              .map((b) => `${full(b)} ${g.byStatus[b]}`)
              .join(", ");
            return [
              <TableRow key={key}>
                <TableCell className={styles.head} title={g.title ? `${name}: ${g.title}` : name}>
                  {g.number ?? t("summary.noGoal")}
                </TableCell>
                <TableCell className={styles.num}>{g.measures}</TableCell>
                {SHOWN.map((b) => (
                  <TableCell key={b} className={styles.num}>
                    {g.byStatus[b]}
                  </TableCell>
                ))}
              </TableRow>,
              <TableRow key={`${key}-bar`}>
                <TableCell colSpan={SHOWN.length + 2} className={styles.num}>
                  <div className={styles.bar} role="img" aria-label={said} title={said}>
                    {STATUS_BUCKETS.filter((b) => g.byStatus[b] > 0).map((b) => (
                      <span
                        key={b}
                        data-status={b}
                        style={{ width: pct(g.byStatus[b]), backgroundColor: STATUS_COLORS[b] }}
                      />
                    ))}
                  </div>
                </TableCell>
              </TableRow>,
            ];
          })}
        </TableBody>
      </Table>
      <ul className={styles.legend} aria-label={t("pane.summary.legend")}>
        {STATUS_BUCKETS.map((b) => (
          <li key={b}>
            <span className={styles.swatch} style={{ backgroundColor: STATUS_COLORS[b] }} />
            {full(b)}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
import { MARK_COLORS } from "../../core/sheets";
import type { MessageKey, Params } from "../../i18n";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "8px",
    width: "100%",
    minWidth: "60px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export interface SummarySectionProps {
  result: CheckResult;
  t: (key: MessageKey, params?: Params) => string;
}

/** Per strategic goal: done / in progress / overdue / missing, with a bar of the parts. */
export function SummarySection({ result, t }: SummarySectionProps) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t("pane.section.summary")}>
      <TableHeader>
        <TableRow>
          {(
            [
              "pane.summary.goal",
              "summary.col.measures",
              "summary.col.done",
              "summary.col.inProgress",
              "summary.col.overdue",
              "summary.col.missing",
              "pane.summary.bar",
            ] as MessageKey[]
          ).map((k) => (
            <TableHeaderCell key={k}>{t(k)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.summary.byStrategicGoal.map((g) => {
          const pct = (n: number) => `${g.measures ? (n / g.measures) * 100 : 0}%`;
          return (
            <TableRow key={g.strategicGoal ?? "-"}>
              <TableCell>{g.strategicGoal ?? t("summary.noGoal")}</TableCell>
              <TableCell>{g.measures}</TableCell>
              <TableCell>{g.done}</TableCell>
              <TableCell>{g.inProgress}</TableCell>
              <TableCell>{g.overdue}</TableCell>
              <TableCell>{g.missing}</TableCell>
              <TableCell>
                <div
                  className={styles.bar}
                  role="img"
                  aria-label={`${t("summary.col.done")} ${g.stack.done}, ${t("summary.col.inProgress")} ${g.stack.inProgress}, ${t("summary.col.overdue")} ${g.stack.overdue}`}
                >
                  <span style={{ width: pct(g.stack.done), backgroundColor: "#70AD47" }} />
                  <span style={{ width: pct(g.stack.inProgress), backgroundColor: "#5B9BD5" }} />
                  <span
                    style={{
                      width: pct(g.stack.overdue),
                      backgroundColor: MARK_COLORS.markOverdue,
                    }}
                  />
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

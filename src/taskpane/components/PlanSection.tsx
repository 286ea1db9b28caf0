import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import { columnLetter } from "../../core/grid";
import { COLUMN_ROLES, type ColumnRole } from "../../core/layout/vocabulary";
import type { MessageKey, Params } from "../../i18n";

const ROLES: readonly ColumnRole[] = COLUMN_ROLES;

const useStyles = makeStyles({
  // the pane is narrow: a role's dropdown fits its cell instead of its longest option
  role: { minWidth: 0, width: "100%", maxWidth: "100%" },
  table: { tableLayout: "fixed", width: "100%" },
});

export interface PlanSectionProps {
  result: CheckResult;
  asOf: string;
  busy: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onAsOf: (date: string) => void;
  onRole: (col: number, role: ColumnRole | null) => void;
  onSheet: (sheet: string) => void;
}

/** What was recognized: the sheet, the header, each column's role (correctable), the counts, the period. */
export function PlanSection({ result, asOf, busy, t, onAsOf, onRole, onSheet }: PlanSectionProps) {
  const styles = useStyles();
  const { plan, period } = result;
  const roleOf = new Map(
    Object.entries(plan.layout.columns).map(([role, col]) => [col as number, role as ColumnRole])
  );
  const cols = Object.keys(plan.layout.headerText)
    .map(Number)
    .sort((a, b) => a - b);
  return (
    <section aria-label={t("pane.section.plan")}>
      {result.sheets.filter((s) => s.measures > 0).length > 1 && (
        <Field label={t("pane.planSheet")}>
          <Dropdown
            value={plan.sheet}
            selectedOptions={[plan.sheet]}
            disabled={busy}
            onOptionSelect={(_, d) => d.optionValue && onSheet(d.optionValue)}
          >
            {result.sheets
              .filter((s) => s.measures > 0)
              .map((s) => (
                <Option key={s.sheet} value={s.sheet} text={s.sheet}>
                  {t("pane.sheetOption", { sheet: s.sheet, measures: s.measures })}
                </Option>
              ))}
          </Dropdown>
        </Field>
      )}
      <Body1 block as="p">
        {t("pane.sheet")}: <strong>{plan.sheet}</strong> · {t("pane.headerRows")}:{" "}
        {plan.layout.headerRows.join(", ")}
      </Body1>
      <Body1 block as="p">
        {t("pane.counts", {
          strategicGoals: plan.strategicGoals.length,
          operationalGoals: plan.operationalGoals.length,
          measures: plan.measures.length,
        })}
      </Body1>
      <Caption1 block as="p">
        {period
          ? t("pane.period", { start: period.start, end: period.end })
          : t("pane.period.none")}
      </Caption1>
      <Field label={t("pane.asOf")}>
        <Input
          type="date"
          value={asOf}
          disabled={busy}
          onChange={(_, d) => d.value && onAsOf(d.value)}
        />
      </Field>
      <Table size="small" className={styles.table} aria-label={t("pane.columns")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("pane.columns")}</TableHeaderCell>
            <TableHeaderCell>{t("pane.roleHeader")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cols.map((col) => {
            const role = roleOf.get(col) ?? null;
            const letter = columnLetter(col);
            return (
              <TableRow key={col}>
                <TableCell>
                  <strong>{letter}</strong> {plan.layout.headerText[col]}
                </TableCell>
                <TableCell>
                  <Dropdown
                    aria-label={t("pane.column", { letter })}
                    size="small"
                    className={styles.role}
                    disabled={busy}
                    value={role ? t(`role.${role}` as MessageKey) : t("pane.role.none")}
                    selectedOptions={[role ?? ""]}
                    onOptionSelect={(_, d) =>
                      onRole(col, (d.optionValue || null) as ColumnRole | null)
                    }
                  >
                    <Option value="">{t("pane.role.none")}</Option>
                    {ROLES.map((r) => (
                      <Option key={r} value={r}>
                        {t(`role.${r}` as MessageKey)}
                      </Option>
                    ))}
                  </Dropdown>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

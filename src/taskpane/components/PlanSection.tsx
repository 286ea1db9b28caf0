import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { CheckResult } from "../../core/check";
import { columnLetter } from "../../core/grid";
import type { ColumnRole } from "../../core/layout/vocabulary";
import type { MessageKey, Params } from "../../i18n";
import { headerRowsText } from "../layoutView";
import { RoleDropdown } from "./RoleDropdown";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface PlanSectionProps {
  result: CheckResult;
  busy: boolean;
  /** The header and columns were set by hand and are kept in the workbook. */
  manual: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onRole: (col: number, role: ColumnRole | null) => void;
  onSheet: (sheet: string) => void;
  onLayout: () => void;
}

/** What was recognized: the sheet, the header, the counts, the period; each column's role, folded away. */
export function PlanSection({
  result,
  busy,
  manual,
  t,
  onRole,
  onSheet,
  onLayout,
}: PlanSectionProps) {
  const styles = useStyles();
  const [columnsOpen, setColumnsOpen] = useState(false);
  const columnsId = useId();
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
        {t("pane.sheet")}: <strong>{plan.sheet}</strong> ·{" "}
        {t(plan.layout.headerRows.length > 1 ? "pane.headerAt.other" : "pane.headerAt.one", {
          rows: headerRowsText(plan.layout.headerRows),
        })}
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
      {manual && (
        <Caption1 block as="p">
          {t("pane.layout.kept")}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          aria-expanded={columnsOpen}
          aria-controls={columnsId}
          onClick={() => setColumnsOpen(!columnsOpen)}
        >
          {columnsOpen ? "▾" : "▸"} {t("pane.columns.toggle")}
        </Button>
        {/* a button that looks like one: subtle, its bold centred words read as a heading */}
        <Button disabled={busy} onClick={onLayout}>
          {t("pane.layout.open")}
        </Button>
      </div>
      {columnsOpen && (
        <Table id={columnsId} size="small" className={styles.table} aria-label={t("pane.columns")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("pane.columns")}</TableHeaderCell>
              <TableHeaderCell>{t("pane.roleHeader")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cols.map((col) => {
              const letter = columnLetter(col);
              return (
                <TableRow key={col}>
                  <TableCell>
                    <strong>{letter}</strong> {plan.layout.headerText[col]}
                  </TableCell>
                  <TableCell>
                    <RoleDropdown
                      letter={letter}
                      role={roleOf.get(col) ?? null}
                      busy={busy}
                      t={t}
                      onRole={(r) => onRole(col, r)}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

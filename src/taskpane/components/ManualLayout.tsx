import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnLetter } from "../../core/grid";
import type { ColumnRole } from "../../core/layout/vocabulary";
import type { MessageKey, Params } from "../../i18n";
import type { LayoutChoice } from "../hooks/usePlanCheck";
import { rowLabel, suggestedRoles } from "../layoutView";
import { RoleDropdown } from "./RoleDropdown";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { tableLayout: "fixed", width: "100%" },
  wide: { minWidth: 0, width: "100%", maxWidth: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ManualLayoutProps {
  layout: LayoutChoice;
  /** The header row (1-based) and roles the plan is read with now, where there is a plan. */
  current?: { headerRow: number; roles: Record<number, ColumnRole | null> };
  /** The layout kept in the workbook was set by hand: it can be given back to the recognizer. */
  manual: boolean;
  busy: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onSheet: (sheet: string) => void;
  onApply: (sheet: string, headerRow: number, roles: Record<number, ColumnRole | null>) => void;
  onCancel?: () => void;
  onReset: () => void;
}

/** The user says which row is the header and what each of its columns holds. */
export function ManualLayout(p: ManualLayoutProps) {
  const styles = useStyles();
  const { layout, t } = p;
  const initialRow =
    p.current && layout.rows.some((r) => r.row === p.current!.headerRow)
      ? p.current.headerRow
      : null;
  const [row, setRow] = useState<number | null>(initialRow);
  const [roles, setRoles] = useState<Record<number, ColumnRole | null>>(p.current?.roles ?? {});
  useEffect(() => {
    setRow(initialRow);
    setRoles(p.current?.roles ?? {});
  }, [layout]);
  // opened from further down the pane: brought into view, its first choice focused
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "start" });
    box.current?.querySelector<HTMLElement>("button, [role=combobox]")?.focus();
  }, []);
  const header = layout.rows.find((r) => r.row === row) ?? null;
  const pick = (n: number) => {
    setRow(n);
    const r = layout.rows.find((x) => x.row === n);
    setRoles(p.current && n === p.current.headerRow ? p.current.roles : r ? suggestedRoles(r) : {});
  };
  const setRole = (col: number, role: ColumnRole | null) => {
    const next: Record<number, ColumnRole | null> = { ...roles };
    // one column a role: the column that had it before lets it go
    if (role) for (const [c, r] of Object.entries(next)) if (r === role) next[Number(c)] = null;
    next[col] = role;
    setRoles(next);
  };
  const hasMeasure = Object.values(roles).some((r) => r === "measure" || r === "nationalMeasure");
  return (
    <section ref={box} aria-label={t("pane.layout.title")} className={styles.box}>
      <Subtitle2 as="h2">{t("pane.layout.title")}</Subtitle2>
      {layout.sheets.length > 1 && (
        <Field label={t("pane.layout.sheet")}>
          <Dropdown
            value={layout.sheet}
            selectedOptions={[layout.sheet]}
            disabled={p.busy}
            onOptionSelect={(_, d) => d.optionValue && p.onSheet(d.optionValue)}
          >
            {layout.sheets.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {layout.rows.length === 0 ? (
        <Body1 block as="p">
          {t("pane.layout.empty")}
        </Body1>
      ) : (
        <Field label={t("pane.layout.headerRow")}>
          <Dropdown
            className={styles.wide}
            placeholder={t("pane.layout.pickRow")}
            value={header ? rowLabel(header, 40) : ""}
            selectedOptions={row ? [String(row)] : []}
            disabled={p.busy}
            onOptionSelect={(_, d) => d.optionValue && pick(Number(d.optionValue))}
          >
            {layout.rows.map((r) => (
              <Option key={r.row} value={String(r.row)} text={rowLabel(r, 40)}>
                {rowLabel(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {header && (
        <Table
          size="small"
          className={styles.table}
          aria-label={t("pane.layout.columnsOf", { row: header.row })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("pane.columns")}</TableHeaderCell>
              <TableHeaderCell>{t("pane.roleHeader")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {header.cells.map((c) => (
              <TableRow key={c.col}>
                <TableCell>
                  <strong>{columnLetter(c.col)}</strong> {c.text}
                </TableCell>
                <TableCell>
                  <RoleDropdown
                    letter={columnLetter(c.col)}
                    role={roles[c.col] ?? null}
                    busy={p.busy}
                    t={t}
                    onRole={(r) => setRole(c.col, r)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {header && !hasMeasure && (
        <Caption1 block as="p">
          {t("pane.layout.needMeasure")}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={p.busy || !header || !hasMeasure}
          onClick={() => header && p.onApply(layout.sheet, header.row, roles)}
        >
          {t("pane.layout.apply")}
        </Button>
        {p.onCancel && (
          <Button disabled={p.busy} onClick={p.onCancel}>
            {t("pane.layout.cancel")}
          </Button>
        )}
        {p.manual && (
          <Button appearance="subtle" disabled={p.busy} onClick={p.onReset}>
            {t("pane.layout.reset")}
          </Button>
        )}
      </div>
    </section>
  );
}

import { Dropdown, Option, makeStyles } from "@fluentui/react-components";
import { COLUMN_ROLES, type ColumnRole } from "../../core/layout/vocabulary";
import type { MessageKey, Params } from "../../i18n";

const useStyles = makeStyles({
  // the pane is narrow: a role's dropdown fits its cell instead of its longest option
  role: { minWidth: 0, width: "100%", maxWidth: "100%" },
});

export interface RoleDropdownProps {
  letter: string;
  role: ColumnRole | null;
  busy: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onRole: (role: ColumnRole | null) => void;
}

/** A column's role, or "(не використовується)" / "not used": every column can be left out. */
export function RoleDropdown({ letter, role, busy, t, onRole }: RoleDropdownProps) {
  const styles = useStyles();
  return (
    <Dropdown
      aria-label={t("pane.column", { letter })}
      size="small"
      className={styles.role}
      disabled={busy}
      value={role ? t(`role.${role}` as MessageKey) : t("pane.role.none")}
      selectedOptions={[role ?? ""]}
      onOptionSelect={(_, d) => {
        const chosen = (d.optionValue || null) as ColumnRole | null;
        if (chosen !== role) onRole(chosen);
      }}
    >
      <Option value="">{t("pane.role.none")}</Option>
      {COLUMN_ROLES.map((r) => (
        <Option key={r} value={r}>
          {t(`role.${r}` as MessageKey)}
        </Option>
      ))}
    </Dropdown>
  );
}

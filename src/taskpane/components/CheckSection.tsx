import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey, Params } from "../../i18n";
import type { Action } from "../hooks/usePlanCheck";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface CheckSectionProps {
  running: Action | null;
  /** The workbook holds highlights of the add-in's: without them there is nothing to clear. */
  marked: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onRun: (action: Action) => void;
}

/** Validate, Clear highlights, Build summary — the same operations as the ribbon. */
export function CheckSection({ running, marked, t, onRun }: CheckSectionProps) {
  const styles = useStyles();
  const button = (
    action: Action,
    label: MessageKey,
    appearance: "primary" | "secondary",
    enabled = true
  ) => (
    <Button
      appearance={appearance}
      disabled={running !== null || !enabled}
      onClick={() => onRun(action)}
    >
      {t(label)}
    </Button>
  );
  return (
    <section aria-label={t("pane.section.check")} className={styles.row}>
      {button("validate", "pane.validate", "primary")}
      {button("clear", "pane.clear", "secondary", marked)}
      {button("summary", "pane.summary", "secondary")}
      {running && <Spinner size="tiny" label={t("pane.running")} />}
    </section>
  );
}

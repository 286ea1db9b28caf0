import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey, Params } from "../../i18n";
import type { Action } from "../hooks/usePlanCheck";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface CheckSectionProps {
  running: Action | null;
  t: (key: MessageKey, params?: Params) => string;
  onRun: (action: Action) => void;
}

/** Validate, Clear highlights, Build summary — the same operations as the ribbon. */
export function CheckSection({ running, t, onRun }: CheckSectionProps) {
  const styles = useStyles();
  const button = (action: Action, label: MessageKey, appearance: "primary" | "secondary") => (
    <Button appearance={appearance} disabled={running !== null} onClick={() => onRun(action)}>
      {t(label)}
    </Button>
  );
  return (
    <section aria-label={t("pane.section.check")} className={styles.row}>
      {button("validate", "pane.validate", "primary")}
      {button("clear", "pane.clear", "secondary")}
      {button("summary", "pane.summary", "secondary")}
      {running && <Spinner size="tiny" label={t("pane.running")} />}
    </section>
  );
}

import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Lang, MessageKey, Params } from "../../i18n";
import { readAsOf, showAsOf } from "../asOfInput";
import type { AsOfOrigin } from "../hooks/usePlanCheck";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  input: { width: "9em" },
});

export interface AsOfFieldProps {
  asOf: string;
  origin: AsOfOrigin | null;
  lang: Lang;
  busy: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onAsOf: (date: string) => void;
  onReset: () => void;
}

/**
 * The date the plan is checked as of: typed freely, taken on Enter or on leaving the field (never while
 * typing, which would read "3" as a day of the year 3), and said where it came from.
 */
export function AsOfField({ asOf, origin, lang, busy, t, onAsOf, onReset }: AsOfFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(showAsOf(asOf, lang));
  const [problem, setProblem] = useState<MessageKey | null>(null);
  /** The date last handed on: Enter and then leaving the field must not hand it on twice. */
  const sent = useRef<string | null>(null);
  useEffect(() => {
    sent.current = null;
    setDraft(showAsOf(asOf, lang));
    setProblem(null);
  }, [asOf, lang]);
  const commit = () => {
    if (draft === showAsOf(asOf, lang)) return setProblem(null);
    const read = readAsOf(draft, lang);
    if (!read.ok) return setProblem(`pane.asOf.invalid.${read.reason}` as MessageKey);
    setProblem(null);
    if (read.date === asOf) setDraft(showAsOf(asOf, lang));
    else if (read.date !== sent.current) {
      sent.current = read.date;
      onAsOf(read.date);
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <Field
          label={t("pane.asOf")}
          hint={problem ? undefined : t("pane.asOf.hint")}
          validationMessage={problem ? t(problem) : undefined}
          validationState={problem ? "error" : "none"}
        >
          <Input
            className={styles.input}
            value={draft}
            disabled={busy}
            inputMode="numeric"
            autoComplete="off"
            onChange={(_, d) => setDraft(d.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
              if (e.key === "Escape") {
                setDraft(showAsOf(asOf, lang));
                setProblem(null);
              }
            }}
          />
        </Field>
        {(origin === "typed" || origin === "kept") && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={onReset}>
            {t("pane.asOf.auto")}
          </Button>
        )}
      </div>
      {origin && (
        <Caption1 block as="p">
          {t(`pane.asOf.origin.${origin}` as MessageKey)}
        </Caption1>
      )}
    </div>
  );
}

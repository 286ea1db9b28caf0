import {
  Button,
  Caption1,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { CheckResult } from "../../core/check";
import { buildDirectory, directoryLines, planExecutors } from "../../core/directory";
import type { MessageKey, Params } from "../../i18n";
import type { Kept } from "../hooks/usePlanCheck";

const useStyles = makeStyles({
  years: { display: "flex", gap: tokens.spacingHorizontalM },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
});

export interface SettingsSectionProps {
  result: CheckResult;
  kept: Kept;
  busy: boolean;
  t: (key: MessageKey, params?: Params) => string;
  onPeriod: (period: { start: string; end: string } | undefined) => void;
  onDirectory: (directory: string[] | undefined) => void;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** The two things a reviewer sets for the whole plan: its period and the list of bodies that may execute it. */
export function SettingsSection({
  result,
  kept,
  busy,
  t,
  onPeriod,
  onDirectory,
}: SettingsSectionProps) {
  const styles = useStyles();
  // each body a line, its other spellings after " = " (they are what the summaries count as one body)
  const fromPlan = useMemo(
    () =>
      directoryLines(
        buildDirectory(
          result.plan.measures.flatMap((m) => m.executors),
          planExecutors(result.plan).key
        )
      ),
    [result.plan]
  );
  const directory = kept.directory ?? fromPlan;
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [names, setNames] = useState("");
  useEffect(() => {
    setStart(result.period?.start.slice(0, 4) ?? "");
    setEnd(result.period?.end.slice(0, 4) ?? "");
  }, [result.period?.start, result.period?.end]);
  useEffect(() => setNames(directory.join("\n")), [directory.join("\n")]);

  const a = Number(start);
  const b = Number(end);
  const valid =
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    a >= MIN_YEAR &&
    b <= MAX_YEAR &&
    a <= b &&
    start.length === 4 &&
    end.length === 4;
  const list = names
    .split("\n")
    .map((n) => n.trim())
    .filter((n) => n);
  const source = result.period?.source ?? "none";
  const yearInput = (value: string, set: (v: string) => void) => (
    <Input
      type="number"
      inputMode="numeric"
      value={value}
      disabled={busy}
      min={MIN_YEAR}
      max={MAX_YEAR}
      onChange={(_, d) => set(d.value)}
    />
  );

  return (
    <section aria-label={t("pane.section.settings")}>
      <div className={styles.years}>
        <Field
          label={t("pane.period.start")}
          validationMessage={valid || !start || !end ? undefined : t("pane.period.invalid")}
        >
          {yearInput(start, setStart)}
        </Field>
        <Field label={t("pane.period.end")}>{yearInput(end, setEnd)}</Field>
      </div>
      <Caption1 block as="p">
        {t(`pane.period.source.${source}` as MessageKey)}
      </Caption1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !valid}
          onClick={() => onPeriod({ start: `${start}-01-01`, end: `${end}-12-31` })}
        >
          {t("pane.period.save")}
        </Button>
        <Button disabled={busy || !kept.period} onClick={() => onPeriod(undefined)}>
          {t("pane.period.auto")}
        </Button>
      </div>
      <Field label={t("pane.directory")} hint={t("pane.directory.hint")}>
        <Textarea
          value={names}
          rows={8}
          resize="vertical"
          disabled={busy}
          onChange={(_, d) => setNames(d.value)}
        />
      </Field>
      <Caption1 block as="p">
        {kept.directory
          ? t("pane.directory.kept", { count: directory.length })
          : t("pane.directory.built", { count: directory.length })}
      </Caption1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || list.length === 0}
          onClick={() => onDirectory(list)}
        >
          {t("pane.directory.save")}
        </Button>
        <Button disabled={busy || !kept.directory} onClick={() => onDirectory(undefined)}>
          {t("pane.directory.reset")}
        </Button>
      </div>
    </section>
  );
}

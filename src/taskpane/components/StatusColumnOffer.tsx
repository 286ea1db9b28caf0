/**
 * The offer to add a status column to a plan that has none. Adding it is the one change Plan Check makes
 * inside the plan's own sheet, so it runs only on request and after a confirm step that says what will be
 * done (the adapter's preview); a refusal (a protected sheet, a column that is not free) is said instead.
 * `StatusColumnOffer` runs it in Excel; `StatusColumnOfferView` is the same offer over any two callbacks.
 */
import {
  Body1,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { hostCapabilities } from "../../excel/read";
import { runExcel } from "../../excel/run";
import { addStatusColumn, hostCopiesFormats, previewStatusColumn } from "../../excel/statusColumn";
import type { CheckResult } from "../../core/check";
import { planLanguage } from "../../core/statusColumn";
import { STATUS_COLUMN_WORDS } from "../../core/vocabulary";
import { t as translate, type Lang, type MessageKey, type Params } from "../../i18n";

const useStyles = makeStyles({
  offer: {
    display: "grid",
    // long messages and labels wrap inside the pane instead of widening it
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
    // the grid's gap spaces the heading and the text: no paragraph margins on top of it
    "& > h3, & > p": { marginBlock: 0 },
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** What the adapter says: the preview or the outcome, in the user's words. */
export interface Said {
  ok: boolean;
  message: string;
}

/** The adapter's answer, once it has read the workbook. */
export type Answer = Promise<Said>;

export interface StatusColumnOfferViewProps {
  t: (key: MessageKey, params?: Params) => string;
  /** The header of the progress notes column that may go beside the status column. */
  notesHeader: string;
  onPreview: (withNotes: boolean) => Answer;
  onAdd: (withNotes: boolean) => Answer;
}

type Step =
  | { kind: "offer" }
  | { kind: "confirm"; preview: Said }
  | { kind: "working" }
  | { kind: "done"; outcome: Said };

export function StatusColumnOfferView({
  t,
  notesHeader,
  onPreview,
  onAdd,
}: StatusColumnOfferViewProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: "offer" });
  const [withNotes, setWithNotes] = useState(false);
  const preview = async (notes: boolean) => {
    setWithNotes(notes);
    setStep({ kind: "working" });
    setStep({ kind: "confirm", preview: await onPreview(notes) });
  };
  const add = async () => {
    setStep({ kind: "working" });
    setStep({ kind: "done", outcome: await onAdd(withNotes) });
  };
  return (
    <section className={styles.offer} aria-label={t("statusColumn.offer.title")}>
      <Subtitle2 as="h3">{t("statusColumn.offer.title")}</Subtitle2>
      {step.kind === "offer" && (
        <>
          <Body1 as="p">{t("statusColumn.offer.text")}</Body1>
          <div className={styles.actions}>
            <Button onClick={() => void preview(false)}>{t("statusColumn.offer.add")}</Button>
          </div>
        </>
      )}
      {step.kind === "confirm" && (
        <>
          <MessageBar intent={step.preview.ok ? "info" : "error"} role="status" layout="multiline">
            <MessageBarBody>{step.preview.message}</MessageBarBody>
          </MessageBar>
          {step.preview.ok && (
            <Checkbox
              checked={withNotes}
              label={t("statusColumn.offer.withNotes", { header: notesHeader })}
              onChange={(_, d) => void preview(d.checked === true)}
            />
          )}
          <div className={styles.actions}>
            {step.preview.ok && (
              <Button appearance="primary" onClick={() => void add()}>
                {t("statusColumn.offer.confirm")}
              </Button>
            )}
            <Button onClick={() => setStep({ kind: "offer" })}>
              {t("statusColumn.offer.cancel")}
            </Button>
          </div>
        </>
      )}
      {step.kind === "working" && <Body1 as="p">{t("pane.running")}</Body1>}
      {step.kind === "done" && (
        <MessageBar intent={step.outcome.ok ? "success" : "error"} role="status" layout="multiline">
          <MessageBarBody>{step.outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export interface StatusColumnOfferProps {
  /** The plan as read: the offer is shown only when it has no status column. */
  result: CheckResult;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** After the column is added: read the plan again, so the pane shows it with its status column. */
  onAdded: () => void;
}

/**
 * The offer, run in Excel through the adapter's preview and change; nothing for a plan with a status, but
 * for the one the user has just added: its confirmation stays in view (the plan read again has a status
 * column, and the section would otherwise vanish with the message the user is waiting for).
 */
export function StatusColumnOffer({ result, lang, t, onAdded }: StatusColumnOfferProps) {
  const sheet = result.plan.sheet;
  /** The plan sheet whose column was added in this session. */
  const [added, setAdded] = useState<string | null>(null);
  const request = useCallback(
    (withNotes: boolean) => ({
      lang,
      caps: hostCapabilities(),
      sheet,
      withNotes,
      copyFormats: hostCopiesFormats(),
    }),
    [lang, sheet]
  );
  // a failure of the host (an old Excel without Range.copyFrom) is said, never thrown at the user
  const failed = useCallback(
    (e: unknown): Said => ({
      ok: false,
      message: translate(lang, "excel.error", {
        message: e instanceof Error ? e.message : String(e),
      }),
    }),
    [lang]
  );
  const onPreview = useCallback(
    async (withNotes: boolean): Answer => {
      try {
        const p = await runExcel((ctx) => previewStatusColumn(ctx, request(withNotes)));
        return { ok: p.ok, message: p.message };
      } catch (e) {
        return failed(e);
      }
    },
    [request, failed]
  );
  const onAdd = useCallback(
    async (withNotes: boolean): Answer => {
      try {
        const out = await runExcel((ctx) => addStatusColumn(ctx, request(withNotes)));
        if (out.ok) {
          setAdded(sheet);
          onAdded();
        }
        return { ok: out.ok, message: translate(lang, out.key, out.params) };
      } catch (e) {
        return failed(e);
      }
    },
    [request, lang, onAdded, failed, sheet]
  );
  if (result.plan.layout.columns.status !== undefined && added !== sheet) return null;
  const notesHeader = STATUS_COLUMN_WORDS[planLanguage(result.plan)].notesHeader;
  return (
    <StatusColumnOfferView t={t} notesHeader={notesHeader} onPreview={onPreview} onAdd={onAdd} />
  );
}

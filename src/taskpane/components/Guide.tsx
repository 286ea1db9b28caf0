import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { CheckResult } from "../../core/check";
import { findingMessage, ruleTitle } from "../../core/report";
import type { RuleId } from "../../core/rules";
import type { Lang, MessageKey, Params } from "../../i18n";
import { findingItems, topProblems } from "../findingsView";
import { earlierSentences, staleText, type EarlierValidation, type Stale } from "../staleness";
import { counted } from "../words";

const useStyles = makeStyles({
  overview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    "& p, & h2": { margin: 0 },
  },
  top: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type { Stale };

/** What the pane found, and what to do next; where the workbook was validated before, the bar above says that. */
function introKey(goals: boolean, validatedBefore: boolean): MessageKey {
  if (validatedBefore) return goals ? "pane.intro.counted" : "pane.intro.counted.noGoals";
  return goals ? "pane.intro.found" : "pane.intro.found.noGoals";
}

export interface GuideProps {
  result: CheckResult | null;
  /** Validate ran in this session: the overview replaces the first line. */
  validated: boolean;
  stale: Stale | null;
  /** A validation made before this session, whose highlights the workbook holds. */
  earlier?: EarlierValidation | null;
  /** The findings sheet Validate wrote, opened only on request. */
  findingsSheet?: string;
  busy: boolean;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  onValidate: () => void;
  onSummary: () => void;
  onProblem: (rule: string) => void;
  onOpenSheet: (sheet: string) => void;
}

/**
 * What the user needs to read first: on opening, what was found and what to do next; after Validate, the
 * counts by severity and the three most frequent problems; whenever a setting changed since, that the
 * highlights (and the summary) are from before, with the way to bring them up to date.
 */
export function Guide(p: GuideProps) {
  const styles = useStyles();
  const { result, t, lang } = p;
  const top = useMemo(
    () =>
      result
        ? topProblems(
            findingItems(result, (f) => findingMessage(f, lang)),
            (rule) => ruleTitle(rule as RuleId, lang)
          )
        : [],
    [result, lang]
  );
  if (!result) return null;
  const f = result.summary.findings;
  return (
    <>
      {p.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{staleText(p.stale, lang, t)}</MessageBarBody>
          <MessageBarActions>
            {p.stale.marksChanged.length > 0 && (
              <Button appearance="primary" size="small" disabled={p.busy} onClick={p.onValidate}>
                {t("pane.stale.revalidate")}
              </Button>
            )}
            {p.stale.summaryChanged.length > 0 && (
              <Button size="small" disabled={p.busy} onClick={p.onSummary}>
                {t("pane.stale.rebuild")}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {!p.validated && p.earlier && (
        <MessageBar
          intent={p.earlier.current ? "info" : "warning"}
          layout="multiline"
          aria-label={t("pane.earlier.label")}
        >
          <MessageBarBody>
            {earlierSentences(p.earlier, result.asOf.date)
              .map((x) => t(x.key, x.params))
              .join(" ")}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance={p.earlier.current ? "secondary" : "primary"}
              size="small"
              disabled={p.busy}
              onClick={p.onValidate}
            >
              {t("pane.stale.revalidate")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {p.validated ? (
        <section aria-label={t("pane.overview")} className={styles.overview}>
          <Subtitle2 as="h2">{t("pane.overview")}</Subtitle2>
          <Body1 block as="p">
            {t("pane.overview.counts", { errors: f.error, warnings: f.warning, infos: f.info })}
          </Body1>
          {top.length > 0 && (
            <>
              <Body1 block as="p">
                {t("pane.overview.top")}
              </Body1>
              <ul className={styles.top}>
                {top.map((x) => (
                  <li key={x.rule}>
                    <Link as="button" onClick={() => p.onProblem(x.rule)}>
                      {t("pane.overview.item", {
                        title: ruleTitle(x.rule as RuleId, lang),
                        count: x.count,
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {p.findingsSheet && (
            <Link as="button" onClick={() => p.onOpenSheet(p.findingsSheet!)}>
              {t("pane.overview.openSheet", { sheet: p.findingsSheet })}
            </Link>
          )}
        </section>
      ) : (
        <Body1 block as="p" role="status">
          {t(introKey(result.plan.strategicGoals.length > 0, !!p.earlier), {
            measures: counted(t, lang, "pane.n.measure", result.plan.measures.length),
            goals: counted(t, lang, "pane.n.goal", result.plan.strategicGoals.length),
          })}
        </Body1>
      )}
    </>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ColumnRole } from "../core/layout/vocabulary";
import { AsOfField } from "./components/AsOfField";
import { ChangesSection } from "./components/ChangesSection";
import { CheckSection } from "./components/CheckSection";
import { FindingsSection } from "./components/FindingsSection";
import { Guide } from "./components/Guide";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { ManualLayout } from "./components/ManualLayout";
import { PlanSection } from "./components/PlanSection";
import { SettingsSection } from "./components/SettingsSection";
import { StatusColumnOffer } from "./components/StatusColumnOffer";
import { SummarySection } from "./components/SummarySection";
import { useLanguage } from "./hooks/useLanguage";
import { usePlanCheck } from "./hooks/usePlanCheck";
import type { HostInfo } from "./host";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px" },
});

export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const { lang, setLang, t } = useLanguage(host.lang);
  const pc = usePlanCheck(lang);
  const busy = pc.running !== null;
  const [open, setOpen] = useState<string[]>(["findings", "plan"]);
  const [focus, setFocus] = useState<{ rule: string; at: number } | null>(null);
  // no plan table found: the pane asks for the header and the columns at once
  useEffect(() => {
    if (pc.noPlan && !pc.layout) void pc.openLayout();
  }, [pc.noPlan]);
  const manual = pc.kept.headerRow !== undefined;
  const current = pc.result
    ? {
        headerRow: pc.result.plan.layout.headerRows[pc.result.plan.layout.headerRows.length - 1],
        roles: Object.fromEntries(
          Object.entries(pc.result.plan.layout.columns).map(([r, c]) => [c, r as ColumnRole])
        ) as Record<number, ColumnRole | null>,
      }
    : undefined;
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div>
            <Subtitle1 as="h1">{t("app.name")}</Subtitle1>
            <Body1 block as="p">
              {t("app.tagline")}
            </Body1>
          </div>
        </header>
        {!host.inOffice && (
          <MessageBar intent="info">
            <MessageBarBody>{t("pane.notInExcel")}</MessageBarBody>
          </MessageBar>
        )}
        {host.message && (
          <MessageBar intent="warning">
            <MessageBarBody>{host.message}</MessageBarBody>
          </MessageBar>
        )}
        {pc.message && (
          <MessageBar intent={pc.message.ok ? "success" : "error"} role="status">
            <MessageBarBody>{t(pc.message.key, pc.message.params)}</MessageBarBody>
          </MessageBar>
        )}
        {pc.notices.map((k) => (
          <MessageBar key={k} intent="info">
            <MessageBarBody>{t(k)}</MessageBarBody>
          </MessageBar>
        ))}
        {pc.noPlan && (
          <MessageBar intent="warning" role="status">
            <MessageBarBody>
              {t(manual ? "pane.layout.no-measures" : "pane.intro.noPlan")}
            </MessageBarBody>
          </MessageBar>
        )}
        <AsOfField
          asOf={pc.asOf}
          origin={pc.asOfOrigin}
          lang={lang}
          busy={busy}
          t={t}
          onAsOf={(d) => void pc.changeAsOf(d)}
          onReset={() => void pc.resetAsOf()}
        />
        <CheckSection running={pc.running} marked={pc.marked} t={t} onRun={(a) => void pc.run(a)} />
        <Guide
          result={pc.result}
          validated={pc.validated}
          stale={pc.stale}
          earlier={pc.earlier}
          findingsSheet={pc.findingsSheet}
          busy={busy}
          lang={lang}
          t={t}
          onValidate={() => void pc.run("validate")}
          onSummary={() => void pc.run("summary")}
          onProblem={(rule) => {
            setOpen((o) => (o.includes("findings") ? o : [...o, "findings"]));
            setFocus({ rule, at: Date.now() });
          }}
          onOpenSheet={(sheet) => void pc.goTo("A1", sheet)}
        />
        {pc.changes && pc.result && (
          <ChangesSection
            changes={pc.changes.changes}
            sheet={pc.changes.sheet}
            lang={lang}
            t={t}
            onGo={(cell, sheet) => void pc.goTo(cell, sheet)}
            onOpenSheet={(sheet) => void pc.goTo("A1", sheet)}
          />
        )}
        {pc.layout && (
          <ManualLayout
            layout={pc.layout}
            current={current}
            manual={manual}
            busy={busy}
            t={t}
            onSheet={(s) => void pc.openLayout(s)}
            onApply={(s, row, roles) => void pc.applyLayout(s, row, roles)}
            onCancel={pc.result ? pc.closeLayout : undefined}
            onReset={() => void pc.resetLayout()}
          />
        )}
        {pc.result && (
          <StatusColumnOffer
            result={pc.result}
            lang={lang}
            t={t}
            onAdded={() => void pc.run("inspect")}
          />
        )}
        {pc.result && (
          <Accordion
            multiple
            collapsible
            openItems={open}
            onToggle={(_, d) => setOpen(d.openItems as string[])}
          >
            <AccordionItem value="findings">
              <AccordionHeader>{t("pane.section.findings")}</AccordionHeader>
              <AccordionPanel>
                <FindingsSection
                  result={pc.result}
                  lang={lang}
                  t={t}
                  focus={focus}
                  onGo={(cell, sheet) => void pc.goTo(cell, sheet)}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="plan">
              <AccordionHeader>{t("pane.section.plan")}</AccordionHeader>
              <AccordionPanel>
                <PlanSection
                  result={pc.result}
                  busy={busy}
                  manual={manual}
                  t={t}
                  onRole={(c, r) => void pc.correctRole(c, r)}
                  onSheet={(name) => void pc.chooseSheet(name)}
                  onLayout={() => void pc.openLayout()}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="settings">
              <AccordionHeader>{t("pane.section.settings")}</AccordionHeader>
              <AccordionPanel>
                <SettingsSection
                  result={pc.result}
                  kept={pc.kept}
                  busy={busy}
                  t={t}
                  onPeriod={(p) => void pc.setPeriod(p)}
                  onDirectory={(d) => void pc.setDirectory(d)}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="summary">
              <AccordionHeader>{t("pane.section.summary")}</AccordionHeader>
              <AccordionPanel>
                <SummarySection result={pc.result} t={t} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        )}
        <LanguageSwitch
          lang={lang}
          label={t("pane.language")}
          names={{ uk: t("lang.uk"), en: t("lang.en") }}
          onChange={setLang}
        />
      </main>
    </FluentProvider>
  );
}

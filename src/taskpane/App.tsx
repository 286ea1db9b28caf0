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
import { CheckSection } from "./components/CheckSection";
import { FindingsSection } from "./components/FindingsSection";
import { StatusColumnOffer } from "./components/StatusColumnOffer";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PlanSection } from "./components/PlanSection";
import { SettingsSection } from "./components/SettingsSection";
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
  const sections = ["plan", "check", "findings", "summary"];
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
        <CheckSection running={pc.running} t={t} onRun={(a) => void pc.run(a)} />
        {pc.result && (
          <Accordion multiple collapsible defaultOpenItems={sections}>
            <AccordionItem value="plan">
              <AccordionHeader>{t("pane.section.plan")}</AccordionHeader>
              <AccordionPanel>
                <PlanSection
                  result={pc.result}
                  asOf={pc.asOf}
                  busy={pc.running !== null}
                  t={t}
                  onAsOf={(d) => void pc.changeAsOf(d)}
                  onRole={(c, r) => void pc.correctRole(c, r)}
                  onSheet={(name) => void pc.chooseSheet(name)}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="settings">
              <AccordionHeader>{t("pane.section.settings")}</AccordionHeader>
              <AccordionPanel>
                <SettingsSection
                  result={pc.result}
                  kept={pc.kept}
                  busy={pc.running !== null}
                  t={t}
                  onPeriod={(p) => void pc.setPeriod(p)}
                  onDirectory={(d) => void pc.setDirectory(d)}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="findings">
              <AccordionHeader>{t("pane.section.findings")}</AccordionHeader>
              <AccordionPanel>
                <StatusColumnOffer
                  result={pc.result}
                  lang={lang}
                  t={t}
                  onAdded={() => void pc.run("inspect")}
                />
                <FindingsSection
                  result={pc.result}
                  lang={lang}
                  t={t}
                  onGo={(cell, sheet) => void pc.goTo(cell, sheet)}
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

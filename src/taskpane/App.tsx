import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Body1,
  webDarkTheme,
  webLightTheme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { useLanguage } from "./hooks/useLanguage";
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
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div>
            <Subtitle1 as="h1">{t("app.name")}</Subtitle1>
            <Body1 as="p">{t("app.tagline")}</Body1>
          </div>
        </header>
        {!host.inOffice && (
          <MessageBar intent="info">
            <MessageBarBody>{t("pane.notInExcel")}</MessageBarBody>
          </MessageBar>
        )}
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.features.soon")}</MessageBarBody>
        </MessageBar>
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

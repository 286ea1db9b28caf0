/**
 * npm run preview: the built pane beside a read-only rendering of a workbook, both on the Excel API double —
 * so a person without Excel can try the product, and the browser tests have a host. The seed plan by
 * default; any .xlsx by the file picker; ?lang=uk|en sets the "Office display language".
 */
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { t, type Lang } from "../i18n";
import { App } from "../taskpane/App";
import { hostInfo } from "../taskpane/host";
import { ExcelDouble } from "../excel-double";
import { WorkbookView } from "./WorkbookView";
import type { CommandName } from "../commands/run";

/** A ribbon command, run as Excel runs it: the engine is loaded with the first click. */
const ribbon = (name: CommandName) =>
  import("../commands/run").then((m) => m.runCommand(name, { completed: () => undefined }));

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", height: "100vh" },
  sheet: { padding: tokens.spacingHorizontalM, overflow: "hidden" },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflow: "auto" },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    marginBottom: tokens.spacingVerticalS,
  },
});

declare global {
  interface Window {
    /**
     * The workbook's double; `reopen` closes the pane and opens it again on the same workbook; `ribbon` runs
     * a ribbon command as the Home tab's button does (the shared runtime: in the pane's page).
     */
    planCheckPreview?: {
      double: ExcelDouble;
      reopen?: () => void;
      ribbon?: (name: CommandName) => Promise<void>;
    };
  }
}

function install(double: ExcelDouble, lang: string) {
  window.planCheckPreview = { double };
  const g = window as unknown as Record<string, unknown>;
  g.Excel = { run: (o: unknown, b: unknown) => window.planCheckPreview!.double.run(o, b as never) };
  g.Office = {
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({});
    },
    context: {
      displayLanguage: lang === "en" ? "en-US" : "uk-UA",
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= 1.13,
      },
      ui: { displayDialogAsync: () => undefined },
    },
  };
}

function Preview({ initial, lang }: { initial: ExcelDouble; lang: Lang }) {
  const styles = useStyles();
  const [double, setDouble] = useState(initial);
  const [key, setKey] = useState(0);
  /** A file that is no workbook (or a damaged one) is said so; the workbook open before stays. */
  const [failed, setFailed] = useState<string | null>(null);
  // a new session of the pane on the workbook as it is, as when the user closes the pane and opens it again
  useEffect(() => {
    window.planCheckPreview = { double, reopen: () => setKey((k) => k + 1), ribbon };
  }, [double]);
  const open = async (file: File) => {
    let d: ExcelDouble;
    try {
      d = await ExcelDouble.fromBuffer(await file.arrayBuffer());
    } catch {
      setFailed(file.name);
      return;
    }
    setFailed(null);
    window.planCheckPreview = { double: d, ribbon };
    setDouble(d);
    setKey((k) => k + 1);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.sheet}>
          <div className={styles.bar}>
            <label>
              <Body1>{t(lang, "preview.open")} </Body1>
              <input
                type="file"
                accept=".xlsx"
                onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
              />
            </label>
          </div>
          {failed && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                {t(lang, "preview.error.not-workbook", { file: failed })}
              </MessageBarBody>
            </MessageBar>
          )}
          <WorkbookView key={`wb${key}`} double={double} />
        </div>
        <div className={styles.pane}>
          <App key={`pane${key}`} host={hostInfo()} />
        </div>
      </div>
    </FluentProvider>
  );
}

async function start() {
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") ?? "uk";
  const sample = params.get("file") ?? "seeds/zhytomyr-1325-plan.xlsx";
  const root = createRoot(document.getElementById("container")!);
  const shown: Lang = lang === "en" ? "en" : "uk";
  let double: ExcelDouble;
  try {
    double = await ExcelDouble.fromBuffer(await (await fetch(sample)).arrayBuffer());
  } catch {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(shown, "preview.error.sample", { file: sample })}</MessageBarBody>
        </MessageBar>
      </FluentProvider>
    );
    return;
  }
  install(double, lang);
  root.render(<Preview initial={double} lang={shown} />);
}

void start();

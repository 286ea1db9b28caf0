/**
 * @jest-environment jsdom
 *
 * The pane's directory editor, built from the plan: each body a line, its other spellings after " = ".
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { checkPlan } from "../../src/core/check";
import { t } from "../../src/i18n";
import { SettingsSection } from "../../src/taskpane/components/SettingsSection";
import { planWith } from "../fixtures/executorsPlan";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const planOf = (executors: string[]) => planWith(executors.map((e) => ({ executors: [e] })));

test("the directory built from the plan shows each body once, with its other spellings", async () => {
  const plan = planOf([
    "Департамент освіти міської ради",
    "Департамент освіти міської ради",
    "департамент освіти",
    "Управління у справах сім’ї",
    "Управління у справах сім'ї",
    "Управління у справах сім'ї",
  ]);
  const result = checkPlan(plan, [], { asOf: "2023-06-30" });
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SettingsSection
          result={result}
          kept={{}}
          busy={false}
          t={(key, params) => t("uk", key, params)}
          onPeriod={() => undefined}
          onDirectory={() => undefined}
        />
      </FluentProvider>
    )
  );
  expect(host.querySelector("textarea")!.value.split("\n")).toEqual([
    "Департамент освіти міської ради = Департамент освіти",
    "Управління у справах сім'ї = Управління у справах сім’ї",
  ]);
  act(() => root.unmount());
});

/**
 * @jest-environment jsdom
 *
 * The pane's directory editor, built from the plan: each body a line, its other spellings after " = ".
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { checkPlan } from "../../src/core/check";
import type { Measure, Plan } from "../../src/core/plan";
import { t } from "../../src/i18n";
import { SettingsSection } from "../../src/taskpane/components/SettingsSection";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function planOf(executors: string[]): Plan {
  const measure = (e: string, i: number): Measure => ({
    number: `1.1.${i + 1}`,
    text: `Захід ${i + 1}`,
    row: i + 2,
    cell: `C${i + 2}`,
    strategicGoal: "1",
    operationalGoal: "1.1",
    task: null,
    nationalMeasure: null,
    nationalMeasureIndex: null,
    executors: [e],
    executorsCell: `D${i + 2}`,
    deadline: {
      raw: "2025",
      start: "2025-01-01",
      end: "2025-12-31",
      recurrence: null,
      precision: "year",
      unparsed: null,
    },
    deadlineCell: `E${i + 2}`,
    status: null,
    statusCell: null,
    item: 1,
    items: 1,
    extra: {},
    path: [],
  });
  return {
    sheet: "План",
    title: null,
    layout: {
      headerRows: [1],
      columns: {},
      headerText: {},
      firstRow: 2,
      lastRow: 1 + executors.length,
      rows: [],
    },
    strategicGoals: [],
    operationalGoals: [],
    nationalTasks: [],
    nationalMeasures: [],
    measures: executors.map(measure),
  };
}

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

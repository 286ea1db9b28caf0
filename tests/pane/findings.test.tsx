/**
 * The findings list on a large plan: each group shows a page of findings and a button for more, so a plan of
 * thousands of measures does not render thousands of rows at once. Rendered to HTML with React's server
 * renderer (the browser tests drive the same component in Chromium on the seed).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { checkPlan } from "../../src/core/check";
import { recognizePlan } from "../../src/core/layout/recognize";
import { t } from "../../src/i18n";
import { FindingsSection } from "../../src/taskpane/components/FindingsSection";
import { sheetToGrid } from "../fixtures/grid";
import { renderPlan, syntheticPlan, type LayoutOptions } from "../fixtures/planModel";

test("a group of hundreds of overdue measures shows 100 of them and offers the next 100", () => {
  // overdue needs a status that says a measure is not done
  const columns = ["nationalTask", "nationalMeasure", "measure", "executors", "deadline", "status"];
  const r = recognizePlan(
    sheetToGrid(renderPlan(syntheticPlan(1000), { columns: columns as LayoutOptions["columns"] }))
  );
  if (!r.ok) throw new Error(r.reason);
  const result = checkPlan(r.plan, [], { asOf: "2030-06-30" });
  const overdue = result.findings.filter((f) => f.rule === "deadline.overdue").length;
  expect(overdue).toBeGreaterThan(200);
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <FindingsSection
        result={result}
        lang="en"
        t={(key, params) => t("en", key, params)}
        onGo={() => undefined}
      />
    </FluentProvider>
  );
  const items = html.match(/<li /g)?.length ?? 0;
  // the error groups are open: each shows at most a page
  const openErrorGroups = new Set(
    result.findings.filter((f) => f.severity === "error").map((f) => f.rule)
  ).size;
  expect(items).toBeLessThanOrEqual(100 * openErrorGroups);
  expect(items).toBeGreaterThanOrEqual(100);
  expect(html).toContain(`Show 100 more (${overdue - 100} not shown)`);
});

/**
 * The pane's summary on the 2023 report: short headers with the full names on hover, a bar per goal of all
 * the statuses (adding up to its measures) and their legend; the findings' executor filter offers one entry
 * per body. Rendered with React's server renderer (the browser tests show the pane in Chromium).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { join } from "node:path";
import { renderToString } from "react-dom/server";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { STATUS_COLORS } from "../../src/core/styles";
import { STATUS_BUCKETS } from "../../src/core/summary/aggregate";
import { t } from "../../src/i18n";
import { SummarySection } from "../../src/taskpane/components/SummarySection";
import {
  filterItems,
  filterOptions,
  findingItems,
  NO_FILTERS,
} from "../../src/taskpane/findingsView";

const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
let result: CheckResult;

beforeAll(async () => {
  const r = checkWorkbook(await readWorkbookGrids(REPORT), { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error("no plan");
  result = r;
});

test("short headers carry the full names; each goal's bar is its statuses, and the legend names them all", () => {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <SummarySection result={result} t={(key, params) => t("uk", key, params)} />
    </FluentProvider>
  );
  expect(html).toContain('<abbr title="Термін минув, стан не зазначено">Минув</abbr>');
  expect(html).toContain('<abbr title="Прострочено">Простр.</abbr>');
  // goal 2: 8 done, 10 on time, 2 overdue of 20
  expect(html).toContain('aria-label="Виконано 8, Виконується вчасно 10, Прострочено 2"');
  expect(html).toMatch(/data-status="done" style="width:40%;background-color:#93C47D"/);
  const legend = html.slice(html.indexOf('aria-label="Кольори смуг"'));
  for (const b of STATUS_BUCKETS) {
    expect(legend).toContain(`background-color:${STATUS_COLORS[b]}`);
    expect(legend).toContain(t("uk", `status.bucket.${b}` as Parameters<typeof t>[1]));
  }
});

test("the findings' executor filter offers each body once, and finds its findings under any spelling", () => {
  const items = findingItems(result, (f) => f.rule);
  const { executors } = filterOptions(items);
  expect(executors.filter((e) => /сім.ї, молоді/i.test(e))).toEqual([
    "Управління у справах сім'ї, молоді та спорту міської ради",
  ]);
  const found = filterItems(items, {
    ...NO_FILTERS,
    executor: "Управління у справах сім'ї, молоді та спорту міської ради",
  });
  const written = new Set(
    found.flatMap((i) => i.measure!.executors).filter((e) => /сім.ї/i.test(e))
  );
  expect(written.size).toBeGreaterThan(1);
});

test("a ministry's plan with no strategic goals is shown by its operational goals, named in full on hover", async () => {
  const file = join(__dirname, "..", "fixtures", "real-plans", "kmu-6.2.xlsx");
  const r = checkWorkbook(await readWorkbookGrids(file), { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error("no plan");
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <SummarySection result={r} t={(key, params) => t("uk", key, params)} />
    </FluentProvider>
  );
  // the plan's three "Підціль" blocks, not one row "(без цілі)"
  for (const n of ["1", "2", "3"]) expect(html).toContain(`title="Оперативна ціль ${n}`);
  expect(html).not.toContain("(без цілі)");
});

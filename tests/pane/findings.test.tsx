/**
 * The findings list and the overview above it, rendered to HTML with React's server renderer (the browser
 * tests drive the same components in Chromium on the seed): a large group shows a page of findings at a
 * time, many findings of one rule fold into one line with a count, and no rule id reaches the user.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { join } from "node:path";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkPlan, checkWorkbook, type CheckResult } from "../../src/core/check";
import { recognizePlan } from "../../src/core/layout/recognize";
import { ruleTitle } from "../../src/core/report";
import { RULE_IDS, type RuleId } from "../../src/core/rules";
import { t, type Lang } from "../../src/i18n";
import { FindingsSection, FOLD_AT } from "../../src/taskpane/components/FindingsSection";
import { Guide } from "../../src/taskpane/components/Guide";
import { sheetToGrid } from "../fixtures/grid";
import { renderPlan, syntheticPlan } from "../fixtures/planModel";

const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");

const html = (el: ReactElement) =>
  renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function findings(result: CheckResult, lang: Lang, focus?: string) {
  return html(
    <FindingsSection
      result={result}
      lang={lang}
      t={(key, params) => t(lang, key, params)}
      onGo={() => undefined}
      focus={focus ? { rule: focus, at: 0 } : null}
    />
  );
}

function guide(result: CheckResult, lang: Lang) {
  return html(
    <Guide
      result={result}
      validated
      stale={{
        marksChanged: ["asOf", "layout"],
        summaryChanged: ["layout"],
        findingsSheet: "Перевірка",
      }}
      findingsSheet="Перевірка"
      busy={false}
      lang={lang}
      t={(key, params) => t(lang, key, params)}
      onValidate={() => undefined}
      onSummary={() => undefined}
      onProblem={() => undefined}
      onOpenSheet={() => undefined}
    />
  );
}

const counts = (r: CheckResult) => {
  const n = new Map<string, number>();
  for (const f of r.findings) n.set(f.rule, (n.get(f.rule) ?? 0) + 1);
  return n;
};

async function seedAsOf(file: string, asOf: string): Promise<CheckResult> {
  const r = checkWorkbook(await readWorkbookGrids(file), { asOf });
  if (!("plan" in r)) throw new Error("no plan");
  return r;
}

test("a group of hundreds of findings, opened, shows 100 of them and offers the next 100", () => {
  const r = recognizePlan(sheetToGrid(renderPlan(syntheticPlan(1000))));
  if (!r.ok) throw new Error(r.reason);
  const result = checkPlan(r.plan, [], { asOf: "2030-06-30" });
  const [rule, size] = [...counts(result)].sort((a, b) => b[1] - a[1])[0];
  expect(size).toBeGreaterThan(200);
  const out = findings(result, "en", rule);
  const small = [...counts(result).values()].filter((n) => n < FOLD_AT);
  expect(out.match(/<li /g)?.length ?? 0).toBe(100 + small.reduce((a, b) => a + b, 0));
  expect(out).toContain(`Show 100 more (${size - 100} not shown)`);
});

test("many findings of one rule fold into one line with their count; a few are shown as they are", async () => {
  const result = await seedAsOf(SEED, "2030-06-30");
  const groups = [...counts(result)];
  const many = groups.filter(([, n]) => n >= FOLD_AT);
  const few = groups.filter(([, n]) => n < FOLD_AT);
  expect(many.length).toBeGreaterThan(0);
  const out = findings(result, "uk");
  for (const [rule, n] of groups)
    expect(out).toContain(`${ruleTitle(rule as RuleId, "uk")} (${n})`);
  // the folded groups' findings are not there until asked for: one line each, not one Tab stop a measure
  expect(out.match(/<li /g)?.length ?? 0).toBe(few.reduce((a, [, n]) => a + n, 0));
  expect(out.match(/fui-AccordionHeader__button/g)?.length).toBe(groups.length);
  expect(out.match(/aria-expanded="true"/g)?.length ?? 0).toBe(few.length);
});

test.each(["uk", "en"] as const)(
  "no rule id in the rendered findings and overview (%s)",
  async (lang) => {
    for (const result of [
      await seedAsOf(SEED, "2030-06-30"),
      await seedAsOf(REPORT, "2023-06-30"),
    ]) {
      const rules = [...counts(result).keys()];
      const out =
        rules.map((rule) => findings(result, lang, rule)).join("\n") + guide(result, lang);
      expect(out).toContain(ruleTitle(rules[0] as RuleId, lang));
      expect(RULE_IDS.filter((id) => out.includes(id))).toEqual([]);
    }
  }
);

test("the overview gives the counts by severity and the three most frequent problems, most first", async () => {
  const result = await seedAsOf(REPORT, "2023-06-30");
  const out = guide(result, "uk").replace(/<!-- -->/g, "");
  const f = result.summary.findings;
  expect(out).toContain(`Помилок: ${f.error} · попереджень: ${f.warning} · приміток: ${f.info}`);
  const sorted = [...counts(result)].sort((a, b) => b[1] - a[1]);
  const shown = [...out.matchAll(/<li><button[^>]*>([^<]+) — (\d+)<\/button><\/li>/g)].map((m) => [
    m[1],
    Number(m[2]),
  ]);
  // the three counts met most often, most first; each with its own rule's title
  expect(shown.map(([, n]) => n)).toEqual(sorted.slice(0, 3).map(([, n]) => n));
  for (const [title, n] of shown)
    expect(sorted.some(([rule, c]) => c === n && ruleTitle(rule as RuleId, "uk") === title)).toBe(
      true
    );
  expect(out).toContain(
    "Ви змінили дату «станом на» і стовпці плану після перевірки: виділення в плані та аркуш «Перевірка» показують попередню перевірку. Ви змінили стовпці плану після того, як побудували зведення: воно застаріло."
  );
});

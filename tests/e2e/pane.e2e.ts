/**
 * The task pane in a real browser on the seed plan: the built preview (the pane beside the seed workbook on
 * the Excel API double) served on localhost, driven by playwright-core in Debian's Chromium. Expected
 * counts come from the engine itself (checkWorkbook), never pinned. Each step saves a screenshot under
 * test-output/e2e/.
 */
import AxeBuilder from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckOptions, type CheckResult } from "../../src/core/check";
import { MARK_ORDER } from "../../src/core/marks";
import { ruleTitle } from "../../src/core/report";
import type { RuleId } from "../../src/core/rules";
import {
  closePreview,
  double,
  keptState,
  openPreview,
  ROOT,
  ruleIdsInPane,
  shot,
  type Session,
  until,
} from "./browser";

const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const PLAN_SHEET = "План заходів";

let s: Session;
let page: Page;

async function engine(o: Partial<CheckOptions> = {}): Promise<CheckResult> {
  const r = checkWorkbook(await readWorkbookGrids(SEED), { asOf: "2023-06-30", ...o });
  if (!("plan" in r)) throw new Error("no plan in the seed");
  return r;
}

/** The largest group of findings of one rule: the one folding is for. */
function largestGroup(r: CheckResult): { rule: RuleId; count: number } {
  const counts = new Map<RuleId, number>();
  for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const [rule, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { rule, count };
}

const findingsList = () => page.getByRole("region", { name: "Зауваження" }).locator("li");

beforeAll(async () => {
  s = await openPreview("lang=uk");
  page = s.page;
  await page.getByText("Аркуш:").waitFor();
});

afterAll(async () => {
  expect(s?.errors ?? []).toEqual([]);
  await closePreview(s);
});

test("the pane opens with one line saying what it found and what to do next, the columns folded away", async () => {
  const r = await engine();
  expect([r.plan.measures.length, r.plan.strategicGoals.length]).toEqual([65, 5]);
  await page
    .getByText("65 заходів, 5 цілей. Перевірте план: натисніть «Перевірити план».")
    .waitFor();
  await expect(page.getByRole("button", { name: "Перевірити план" }).isVisible()).resolves.toBe(
    true
  );
  // the roles of the columns are there on request only
  expect(await page.getByRole("combobox", { name: "Стовпець E" }).count()).toBe(0);
  await expect(
    page.getByRole("button", { name: /Стовпці та їхні ролі/ }).getAttribute("aria-expanded")
  ).resolves.toBe("false");
  await shot(page, "01-opened");
});

test("a date typed character by character is taken on Enter, as typed, and never while typing", async () => {
  const field = page.getByLabel("Станом на");
  await field.click();
  await field.press("Control+A");
  await field.press("Delete");
  const syncs = await double<number>(page, "d.syncs");
  await field.pressSequentially("30.06.2023", { delay: 40 });
  // nothing is read while the user types
  expect(await double<number>(page, "d.syncs")).toBe(syncs);
  await field.press("Enter");
  const r = await engine({ asOf: "2023-06-30" });
  await page.getByText(`Зауважень: ${r.findings.length}`).waitFor();
  await page.getByText("Дата, яку ви ввели; її збережено в книзі.").waitFor();
  await expect(field.inputValue()).resolves.toBe("30.06.2023");
  expect((await keptState(page)).asOf).toBe("2023-06-30");
  await shot(page, "02-date-typed");
});

test("a year outside 2000–2100 is refused with a message and changes nothing", async () => {
  const field = page.getByLabel("Станом на");
  await field.fill("30.06.0003");
  await field.press("Enter");
  await page.getByText("Рік має бути від 2000 до 2100.").waitFor();
  expect((await keptState(page)).asOf).toBe("2023-06-30");
  await shot(page, "03-year-refused");
  await field.press("Escape");
  await expect(field.inputValue()).resolves.toBe("30.06.2023");
});

test("Validate gives the engine's counts by severity and the three most frequent problems, and keeps the plan in view", async () => {
  await page.getByRole("button", { name: "Перевірити план" }).click();
  const r = await engine();
  const f = r.summary.findings;
  await page
    .getByText(`Перевірено: помилок ${f.error}, попереджень ${f.warning}, приміток ${f.info}`, {
      exact: false,
    })
    .waitFor();
  await page
    .getByText(`Помилок: ${f.error} · попереджень: ${f.warning} · приміток: ${f.info}`)
    .waitFor();
  const top = largestGroup(r);
  await expect(
    page
      .getByRole("region", { name: "Підсумок перевірки" })
      .getByRole("button", { name: `${ruleTitle(top.rule, "uk")} — ${top.count}` })
      .isVisible()
  ).resolves.toBe(true);
  expect(await double<number>(page, `d.metaOf(d.sheet('${PLAN_SHEET}')).cfs.length`)).toBe(
    MARK_ORDER.length
  );
  // the highlights stay in view: the findings sheet is written, not shown
  expect(await double<string>(page, "d.activeSheet")).toBe(PLAN_SHEET);
  await expect(page.locator(`[data-sheet="${PLAN_SHEET}"]`).isVisible()).resolves.toBe(true);
  expect(await ruleIdsInPane(page)).toEqual([]);
  await shot(page, "04-validated");
});

test("many findings of one rule fold into one line with a count, opened from the keyboard", async () => {
  const r = await engine();
  const top = largestGroup(r);
  const header = page.getByRole("button", { name: `${ruleTitle(top.rule, "uk")} (${top.count})` });
  await expect(header.getAttribute("aria-expanded")).resolves.toBe("false");
  const before = await findingsList().count();
  expect(before).toBeLessThan(top.count);
  await header.focus();
  await page.keyboard.press("Enter");
  await expect(header.getAttribute("aria-expanded")).resolves.toBe("true");
  const opened = before + Math.min(top.count, 100);
  expect(await until(() => findingsList().count(), opened)).toBe(opened);
  await shot(page, "05-group-opened");
  await page.keyboard.press("Enter");
  expect(await until(() => findingsList().count(), before)).toBe(before);
  // the most frequent problem, chosen in the overview, opens its group and takes the focus there
  await page
    .getByRole("region", { name: "Підсумок перевірки" })
    .getByRole("button", { name: `${ruleTitle(top.rule, "uk")} — ${top.count}` })
    .click();
  await expect(until(() => header.getAttribute("aria-expanded"), "true")).resolves.toBe("true");
  await expect(header.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await header.click();
});

test("a click on a finding selects its cell in the sheet", async () => {
  const r = await engine();
  const f = r.findings.find((x) => x.rule === "deadline.missing")!;
  const name = `${f.cell}${f.measure ? ` · ${f.measure}` : ""}`;
  await page.getByRole("button", { name, exact: true }).click();
  await page.waitForFunction(
    (cell) =>
      (window as unknown as { planCheckPreview: { double: { selection: string } } })
        .planCheckPreview.double.selection === cell,
    `${PLAN_SHEET}!${f.cell}`
  );
  await expect(page.locator(`td[data-cell="${f.cell}"]`).isVisible()).resolves.toBe(true);
  await shot(page, "06-selected");
});

test("changing the as-of date after Validate says the highlights are from before, and Validate again clears it", async () => {
  const field = page.getByLabel("Станом на");
  await field.fill("31.12.2022");
  await field.press("Enter");
  const stale = page.getByText(
    "Ви змінили дату «станом на» після перевірки: виділення в плані та аркуш «Перевірка» показують попередню перевірку."
  );
  await stale.waitFor();
  await shot(page, "07-stale");
  await page.getByRole("button", { name: "Перевірити ще раз" }).click();
  await stale.waitFor({ state: "detached" });
  const r = await engine({ asOf: "2022-12-31" });
  await page.getByText(`Зауважень: ${r.findings.length}`).waitFor();
  // back to the date the rest of the tests use
  await field.fill("30.06.2023");
  await field.press("Enter");
  await stale.waitFor();
  await page.getByRole("button", { name: "Перевірити ще раз" }).click();
  await stale.waitFor({ state: "detached" });
});

test("correcting a column's role is kept in the workbook and changes what is read", async () => {
  await page.getByRole("button", { name: /Стовпці та їхні ролі/ }).click();
  await page.getByRole("combobox", { name: "Стовпець E" }).click();
  await page.getByRole("option", { name: "Примітка" }).click();
  // without a deadline column every measure's deadline is missing
  const r = await engine();
  await page
    .getByText(`помилка · ${ruleTitle("deadline.missing", "uk")} (${r.plan.measures.length})`)
    .waitFor();
  expect((await keptState(page)).columns).toMatchObject({ note: "E" });
  // a role changed after Validate makes the highlights stale
  await page.getByText(/^Ви змінили [^:]*стовпці плану[^:]* після перевірки/).waitFor();
  await shot(page, "08-role-corrected");
});

test("“not used” can be chosen for a recognized column, and stays", async () => {
  await page.getByRole("combobox", { name: "Стовпець E" }).click();
  await page.getByRole("option", { name: "Термін виконання" }).click();
  await page.getByText(/^Ви змінили /).waitFor({ state: "detached" });
  await page.getByRole("combobox", { name: "Стовпець D" }).click();
  await page.getByRole("option", { name: "(не використовується)" }).click();
  const executors = async () =>
    ((await keptState(page)).columns as Record<string, string>).executors;
  expect(await until(executors, "")).toBe("");
  const r = await engine();
  await page
    .getByText(`помилка · ${ruleTitle("executor.missing", "uk")} (${r.plan.measures.length})`)
    .waitFor();
  await expect(page.getByRole("combobox", { name: "Стовпець D" }).textContent()).resolves.toContain(
    "(не використовується)"
  );
  await shot(page, "09-not-used");
  await page.getByRole("combobox", { name: "Стовпець D" }).click();
  await page.getByRole("option", { name: "Відповідальний виконавець" }).click();
  await page.getByText(/^Ви змінили /).waitFor({ state: "detached" });
  await page.getByRole("button", { name: /Стовпці та їхні ролі/ }).click();
});

test("the plan period the user sets is kept in the workbook, checks every deadline against it and marks the results stale", async () => {
  // the settings are folded away until the reviewer opens them
  await page.getByRole("button", { name: "Період плану та виконавці" }).click();
  await page.getByLabel("Перший рік плану").fill("2021");
  await page.getByLabel("Останній рік плану").fill("2022");
  await page.getByRole("button", { name: "Встановити період" }).click();
  await page.getByText("Цей період встановили ви; його збережено в книзі.").waitFor();
  const r = await engine({ period: { start: "2021-01-01", end: "2022-12-31" } });
  const outside = r.findings.filter((f) => f.rule === "deadline.outside-plan-period").length;
  await page
    .getByText(`попередження · ${ruleTitle("deadline.outside-plan-period", "uk")} (${outside})`)
    .waitFor();
  await page.getByText(/^Ви змінили період плану після перевірки/).waitFor();
  expect((await keptState(page)).period).toEqual({ start: "2021-01-01", end: "2022-12-31" });
  await shot(page, "10-period-set");
  await page.getByRole("button", { name: "Визначати за планом" }).click();
  await page.getByText("Період узято з назви плану.").waitFor();
  await page.getByText(/^Ви змінили період плану/).waitFor({ state: "detached" });
});

test("an executor directory the user keeps makes bodies outside it unknown, with a suggestion", async () => {
  const box = page.getByLabel("Довідник виконавців, по одному на рядок");
  const built = (await box.inputValue()).split("\n");
  // the reviewer's list leaves out the first body the plan names
  const list = built.slice(1);
  await box.fill(list.join("\n"));
  await page.getByRole("button", { name: "Зберегти перелік" }).click();
  await page.getByText(`Ваш перелік, збережений у книзі: ${list.length}.`).waitFor();
  const r = await engine({ directory: list });
  const unknown = r.findings.filter((f) => f.rule === "executor.unknown").length;
  expect(unknown).toBeGreaterThan(0);
  await page
    .getByText(`попередження · ${ruleTitle("executor.unknown", "uk")} (${unknown})`)
    .waitFor();
  await page.getByText(/^Ви змінили довідник виконавців після перевірки/).waitFor();
  expect((await keptState(page)).directory).toEqual(list);
  await shot(page, "11-directory-kept");
  await page.getByRole("button", { name: "Скласти з плану знову" }).click();
  await page.getByText(`Складено з плану: ${built.length}.`, { exact: false }).waitFor();
  await page.getByText(`Зауважень: ${(await engine()).findings.length}`).waitFor();
});

test("Build summary writes the summary sheets", async () => {
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  await page.getByText(/^Зведення — на аркуші «Зведення»/).waitFor();
  expect(await double<string[]>(page, "d.wb.worksheets.map((w) => w.name)")).toEqual(
    expect.arrayContaining(["Зведення", "Дані плану", "Зведена таблиця"])
  );
  await shot(page, "12-summary");
});

test("a protected plan sheet is said in the user's words and nothing is written", async () => {
  await double(page, `d.protect('${PLAN_SHEET}')`);
  await page.getByRole("button", { name: "Перевірити план" }).click();
  await page.getByText(`Аркуш «${PLAN_SHEET}» захищено`, { exact: false }).waitFor();
  await shot(page, "13-protected");
  await double(page, `(d.metaOf(d.sheet('${PLAN_SHEET}')).protected = false)`);
});

test("the language switch turns the pane to English, with no rule id anywhere", async () => {
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Validate plan" }).waitFor();
  await expect(page.getByText("Findings", { exact: true }).isVisible()).resolves.toBe(true);
  expect(await ruleIdsInPane(page)).toEqual([]);
  await shot(page, "14-english");
});

test("has no serious or critical accessibility violations (axe-core)", async () => {
  const results = await new AxeBuilder({ page }).include("main").analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.length}`);
  expect(bad).toEqual([]);
});

/**
 * The task pane in a real browser: the built preview (the pane beside the seed workbook on the Excel API
 * double) served on localhost, driven by playwright-core in Debian's Chromium. Each step saves a screenshot
 * under test-output/e2e/.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "../../scripts/serve";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "e2e");
const CHROMIUM = process.env.PLAN_CHECK_CHROMIUM ?? "/usr/bin/chromium";

let server: Server;
let browser: Browser;
let page: Page;
let base: string;

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

async function double<T>(fn: string): Promise<T> {
  return page.evaluate(
    `(() => { const d = window.planCheckPreview.double; return ${fn}; })()`
  ) as Promise<T>;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(join(ROOT, "dist"), 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: "uk-UA",
  });
  page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/preview.html?lang=uk`);
  await page.getByText("Аркуш:").waitFor();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("the pane opens in Ukrainian and shows what it recognized", async () => {
  await expect(page.getByRole("button", { name: "Перевірити план" }).isVisible()).resolves.toBe(
    true
  );
  await expect(
    page.getByText("Стратегічних цілей: 5 · оперативних цілей: 12 · заходів: 65").isVisible()
  ).resolves.toBe(true);
  await shot("01-opened");
});

test("Validate lists the engine's findings, as of the chosen date, and highlights the sheet", async () => {
  await page.getByLabel("Станом на").fill("2023-06-30");
  await page.getByText("Зауважень: 35").waitFor();
  await page.getByRole("button", { name: "Перевірити план" }).click();
  await page.getByText(/^Перевірено: помилок 16, попереджень 1, приміток 18/).waitFor();
  const engine = checkWorkbook(
    await readWorkbookGrids(join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx")),
    { asOf: "2023-06-30" }
  );
  if (!("plan" in engine)) throw new Error("no plan");
  await expect(page.getByText(`Зауважень: ${engine.findings.length}`).isVisible()).resolves.toBe(
    true
  );
  expect(await double<number>("d.metaOf(d.sheet('План заходів')).cfs.length")).toBe(3);
  await shot("02-validated");
});

test("a click on a finding selects its cell in the sheet", async () => {
  await page.getByRole("button", { name: "E63 · 4.4.3" }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { planCheckPreview: { double: { selection: string } } })
        .planCheckPreview.double.selection === "План заходів!E63"
  );
  await expect(page.locator('td[data-cell="E63"]').isVisible()).resolves.toBe(true);
  await shot("03-selected");
});

test("correcting a column's role is kept in the workbook and changes what is read", async () => {
  await page.getByRole("combobox", { name: "Стовпець E" }).click();
  await page.getByRole("option", { name: "Примітка" }).click();
  // without a deadline column every measure's deadline is missing
  await page.getByText("помилка · Немає терміну (65)").waitFor();
  const settings = await double<string>("d.settings.get('PlanCheck')");
  expect(JSON.parse(settings).columns).toMatchObject({ note: "E" });
  await shot("04-role-corrected");
  await page.getByRole("combobox", { name: "Стовпець E" }).click();
  await page.getByRole("option", { name: "Термін виконання" }).click();
  await page.getByText("Зауважень: 35").waitFor();
});

test("the plan period the user sets is kept in the workbook and checks every deadline against it", async () => {
  // the settings are folded away until the reviewer opens them
  await page.getByRole("button", { name: "Період плану та виконавці" }).click();
  await page.getByLabel("Перший рік плану").fill("2021");
  await page.getByLabel("Останній рік плану").fill("2022");
  await page.getByRole("button", { name: "Встановити період" }).click();
  await page.getByText(/^попередження · Термін поза періодом плану \(\d+\)/).waitFor();
  await page.getByText("Цей період встановили ви; його збережено в книзі.").waitFor();
  const engine = checkWorkbook(
    await readWorkbookGrids(join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx")),
    { asOf: "2023-06-30", period: { start: "2021-01-01", end: "2022-12-31" } }
  );
  if (!("plan" in engine)) throw new Error("no plan");
  const outside = engine.findings.filter((f) => f.rule === "deadline.outside-plan-period").length;
  await expect(
    page.getByText(`попередження · Термін поза періодом плану (${outside})`).isVisible()
  ).resolves.toBe(true);
  expect(JSON.parse(await double<string>("d.settings.get('PlanCheck')")).period).toEqual({
    start: "2021-01-01",
    end: "2022-12-31",
  });
  await shot("05-period-set");
  await page.getByRole("button", { name: "Повернути автоматичний" }).click();
  await page.getByText("Період узято з назви плану.").waitFor();
  await page.getByText("Зауважень: 35").waitFor();
});

test("an executor directory the user keeps makes bodies outside it unknown, with a suggestion", async () => {
  const box = page.getByLabel("Довідник виконавців, по одному на рядок");
  const built = (await box.inputValue()).split("\n");
  // the reviewer's list leaves out the first body the plan names
  const list = built.slice(1);
  await box.fill(list.join("\n"));
  await page.getByRole("button", { name: "Зберегти перелік" }).click();
  await page.getByText(`Ваш перелік, збережений у книзі: ${list.length}.`).waitFor();
  const engine = checkWorkbook(
    await readWorkbookGrids(join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx")),
    { asOf: "2023-06-30", directory: list }
  );
  if (!("plan" in engine)) throw new Error("no plan");
  const unknown = engine.findings.filter((f) => f.rule === "executor.unknown").length;
  expect(unknown).toBeGreaterThan(0);
  await page.getByText(`попередження · Виконавця немає в довіднику (${unknown})`).waitFor();
  expect(JSON.parse(await double<string>("d.settings.get('PlanCheck')")).directory).toEqual(list);
  await shot("06-directory-kept");
  await page.getByRole("button", { name: "Скласти з плану знову" }).click();
  await page.getByText(`Складено з плану: ${built.length}.`, { exact: false }).waitFor();
  await page.getByText("Зауважень: 35").waitFor();
});

test("Build summary writes the summary sheets", async () => {
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  await page.getByText(/^Зведення — на аркуші «Зведення»/).waitFor();
  expect(await double<string[]>("d.wb.worksheets.map((w) => w.name)")).toEqual(
    expect.arrayContaining(["Зведення", "Дані плану", "Зведена таблиця"])
  );
  await shot("07-summary");
});

test("the language switch turns the pane to English", async () => {
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Validate plan" }).waitFor();
  await expect(page.getByText("Findings", { exact: true }).isVisible()).resolves.toBe(true);
  await shot("08-english");
});

test("has no serious or critical accessibility violations (axe-core)", async () => {
  const results = await new AxeBuilder({ page }).include("main").analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.length}`);
  expect(bad).toEqual([]);
});

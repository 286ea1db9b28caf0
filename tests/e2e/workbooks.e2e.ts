/**
 * The pane on workbooks built in the test and opened through the preview's file picker: a file that is no
 * workbook, a report whose title says its as-of date, a plan whose header the add-in cannot recognize and
 * the user maps by hand.
 */
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { recognizeWorkbook } from "../../src/core/workbook";
import { t } from "../../src/i18n";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { writeFixture, type FixtureSheet } from "../fixtures/workbook";
import {
  closePreview,
  keptState,
  openFile,
  openPreview,
  ruleIdsInPane,
  shot,
  type Session,
} from "./browser";

let s: Session;
let page: Page;

/** Writes the workbook and opens it in the preview; the engine reads the same file. */
async function open(name: string, sheets: FixtureSheet[]): Promise<string> {
  const file = await writeFixture(name, sheets);
  await openFile(page, `${name}.xlsx`, readFileSync(file));
  return file;
}

beforeAll(async () => {
  s = await openPreview("lang=uk");
  page = s.page;
  await page.getByText("Аркуш:").waitFor();
});

afterAll(async () => {
  expect(s?.errors ?? []).toEqual([]);
  await closePreview(s);
});

test("a file that is not a workbook shows an error, and the workbook open before stays", async () => {
  await openFile(page, "notes.txt", Buffer.from("Not a workbook, just words.\n"));
  await page
    .getByRole("alert")
    .getByText("«notes.txt» не вдалося відкрити як книгу Excel (.xlsx)", { exact: false })
    .waitFor();
  await expect(page.getByRole("button", { name: "Перевірити план" }).isVisible()).resolves.toBe(
    true
  );
  await shot(page, "20-not-a-workbook");
});

test("a report titled “станом на 30.06.2023” opens as of that date, and says it came from the title", async () => {
  const sheet = renderPlan({
    ...CLEAN_PLAN,
    title: [...CLEAN_PLAN.title, "Звіт про виконання станом на 30.06.2023"],
  });
  const file = await open("report-as-of-title", [sheet]);
  await page.getByText("Дата з назви плану.").waitFor();
  await expect(page.getByLabel("Станом на").inputValue()).resolves.toBe("30.06.2023");
  const r = checkWorkbook(await readWorkbookGrids(file), { today: "2099-01-01" });
  if (!("plan" in r)) throw new Error("no plan");
  expect(r.asOf).toEqual({ date: "2023-06-30", source: "title" });
  await page.getByText(`Зауважень: ${r.findings.length}`).waitFor();
  // the title's date is not kept as if the user had typed it
  expect((await keptState(page)).asOf).toBeUndefined();
  await shot(page, "21-as-of-from-title");
});

test("a plan whose header is not recognized is mapped by hand: the header row, then each column's role", async () => {
  const sheet = renderPlan(CLEAN_PLAN, {
    headers: {
      nationalTask: "Напрям",
      nationalMeasure: "Підстава",
      measure: "Що робимо",
      executors: "Хто робить",
      deadline: "Коли",
    },
  });
  const file = await open("unrecognized-header", [sheet]);
  const grids = await readWorkbookGrids(file);
  expect(recognizeWorkbook(grids).ok).toBe(false);
  await page
    .getByText("Таблиці плану не знайдено. Вкажіть, який рядок — заголовок таблиці", {
      exact: false,
    })
    .waitFor();
  const layout = page.getByRole("region", { name: "Заголовок і стовпці" });
  await layout.getByRole("combobox", { name: "Рядок заголовка таблиці" }).click();
  const headerRow = sheet.rows.findIndex((row) => row.includes("Що робимо")) + 1;
  await page
    .getByRole("option", { name: new RegExp(`^${headerRow}: Напрям \\| Підстава`) })
    .click();
  await shot(page, "22-header-row-chosen");
  const roles: [string, string][] = [
    // each role by the name the catalogue gives it
    ["A", t("uk", "role.nationalTask")],
    ["B", t("uk", "role.nationalMeasure")],
    ["C", t("uk", "role.measure")],
    ["D", t("uk", "role.executors")],
    ["E", t("uk", "role.deadline")],
  ];
  for (const [letter, role] of roles) {
    await layout.getByRole("combobox", { name: `Стовпець ${letter}` }).click();
    await page.getByRole("option", { name: role, exact: true }).click();
  }
  await shot(page, "23-columns-mapped");
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length}`)
  ).toEqual([]);
  await layout.getByRole("button", { name: "Застосувати" }).click();
  await page.getByText("Заголовок і стовпці вказано вручну; їх збережено в книзі.").waitFor();
  const state = await keptState(page);
  expect(state.headerRow).toBe(headerRow);
  expect(state.columns).toMatchObject({
    nationalTask: "A",
    nationalMeasure: "B",
    measure: "C",
    executors: "D",
    deadline: "E",
    operationalGoal: "",
  });
  // the engine, told the same, reads the same plan
  const none = Object.fromEntries(
    Object.entries(state.columns as Record<string, string>).map(([role]) => [role, -1])
  );
  const told = recognizeWorkbook(grids, sheet.name, {
    headerRow,
    columns: {
      ...none,
      nationalTask: 0,
      nationalMeasure: 1,
      measure: 2,
      executors: 3,
      deadline: 4,
    },
  });
  if (!told.ok) throw new Error(told.reason);
  const measures = told.plan.measures.length;
  const goals = told.plan.strategicGoals.length;
  expect(measures).toBeGreaterThan(0);
  await page.getByText(`Стратегічних цілей: ${goals} ·`, { exact: false }).waitFor();
  await page.getByText(`заходів: ${measures}`, { exact: false }).waitFor();
  expect(await ruleIdsInPane(page)).toEqual([]);
  await shot(page, "24-mapped-by-hand");
});

test("the layout set by hand is opened again on request, and given back to the recognizer", async () => {
  await page.getByRole("button", { name: "Вказати заголовок і стовпці вручну" }).click();
  const layout = page.getByRole("region", { name: "Заголовок і стовпці" });
  const headerRow = (await keptState(page)).headerRow as number;
  await expect(
    layout.getByRole("combobox", { name: "Рядок заголовка таблиці" }).textContent()
  ).resolves.toMatch(new RegExp(`^${headerRow}: Напрям`));
  await expect(layout.getByRole("combobox", { name: "Стовпець C" }).textContent()).resolves.toBe(
    t("uk", "role.measure")
  );
  // opened from the plan's section further down, it comes into view
  await expect(layout.isVisible()).resolves.toBe(true);
  await expect(
    layout.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    })
  ).resolves.toBe(true);
  await shot(page, "25-layout-on-request");
  await layout.getByRole("button", { name: "Розпізнавати автоматично" }).click();
  // the recognizer alone finds no header in this plan: the pane asks again
  await page
    .getByText("Таблиці плану не знайдено. Вкажіть, який рядок — заголовок таблиці", {
      exact: false,
    })
    .waitFor();
  const state = await keptState(page);
  expect(state.headerRow).toBeUndefined();
  expect(state.columns).toEqual({});
});

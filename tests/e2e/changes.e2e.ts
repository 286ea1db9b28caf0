/**
 * What changed since the last summary, and a validation made before the pane was opened, in Debian's
 * Chromium at a task-pane width of 320 px: the report seed's plan edited between two Build summary runs the
 * way a user would (a status, a deadline, an executor), then the pane closed and opened again on a workbook
 * validated before. Screenshots under test-output/e2e/.
 */
import type { Locator, Page } from "playwright-core";
import {
  closePreview,
  double,
  keptState,
  openPreview,
  ruleIdsInPane,
  shot,
  type Session,
} from "./browser";

const REPORT = "seeds/zhytomyr-1325-plan-report-2023.xlsx";
const SHEET = "Звіт 2023";

let s: Session;
let page: Page;

/** The pane column of the preview at the width of a narrow task pane. */
async function narrow() {
  await page.evaluate(() => {
    let e: HTMLElement | null = document.querySelector("main");
    while (e && getComputedStyle(e).display !== "grid") e = e.parentElement;
    e!.style.gridTemplateColumns = "minmax(0, 1fr) 320px";
  });
}

/** Elements of a part of the pane that reach past the pane's right edge or cut their own text. */
async function overflowing(part: Locator): Promise<string[]> {
  return part.evaluate((region) => {
    const pane = document.querySelector("main")!.getBoundingClientRect();
    return [...region.querySelectorAll<HTMLElement>("*")]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > pane.right + 0.5 || e.scrollWidth > e.clientWidth + 1
      )
      .map((e) => `${e.tagName} ${e.innerText.slice(0, 40)}`);
  });
}

/** A cell of the plan edited as the user would, in the workbook the pane reads. */
const edit = (cell: string, value: string) =>
  double(
    page,
    `(d.sheet(${JSON.stringify(SHEET)}).getCell('${cell}').value = ${JSON.stringify(value)})`
  );

const reopen = () => page.evaluate(() => window.planCheckPreview!.reopen!());

beforeAll(async () => {
  s = await openPreview(`lang=uk&file=${REPORT}`, { width: 1000, height: 1000 });
  page = s.page;
  await page.getByText("Аркуш:").waitFor();
  await narrow();
});

afterAll(async () => {
  expect(s?.errors ?? []).toEqual([]);
  await closePreview(s);
});

const changes = () => page.getByRole("region", { name: "Що змінилося від попереднього зведення" });

test("the first Build summary says plainly there was no earlier summary to compare with", async () => {
  expect(await changes().count()).toBe(0);
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  await changes()
    .getByText("Порівнювати не було з чим: у книзі ще не було зведення.", { exact: false })
    .waitFor();
  expect(await changes().getByRole("button").count()).toBe(0);
  await shot(page, "30-changes-first");
});

test("after the plan is edited, Build summary lists what changed, grouped with counts, each one click from its cell", async () => {
  await edit("F9", "Виконано"); // 1.1.3: was in progress
  await edit("E15", "2024"); // 1.3.2: was 2021-2025
  await edit("D18", "Департамент освіти міської ради"); // 2.1.1: another body
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  const region = changes();
  await region.getByText("Порівняно зі зведенням станом на 30.06.2023. Змін: 3.").waitFor();
  // every kind of change that happened, in order, with its count; no other
  const headers = await region.locator("[aria-expanded]").allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual([
    "Нові виконані (1)",
    "Змінено дату (1)",
    "Змінено виконавців (1)",
  ]);
  await region.getByText("Було: Виконується вчасно. Стало: Виконано.").waitFor();
  await region
    .getByText("Було: 01.01.2021 – 31.12.2025. Стало: 01.01.2024 – 31.12.2024.")
    .waitFor();
  await region
    .getByText(
      "Було: Управління з питань надзвичайних ситуацій та цивільного захисту населення. Стало: Департамент освіти міської ради."
    )
    .waitFor();
  expect(await overflowing(region)).toEqual([]);
  await shot(page, "31-changes-listed");
  // the measure's own cell, as a finding's
  await region.getByRole("button", { name: "C15 · 1.3.2", exact: true }).click();
  await page.waitForFunction(
    (cell) =>
      (window as unknown as { planCheckPreview: { double: { selection: string } } })
        .planCheckPreview.double.selection === cell,
    `${SHEET}!C15`
  );
  // the sheet the add-in wrote is opened on request
  await region.getByRole("button", { name: "Відкрити аркуш «Зміни»" }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { planCheckPreview: { double: { activeSheet: string } } })
        .planCheckPreview.double.activeSheet === "Зміни"
  );
  expect(await ruleIdsInPane(page)).toEqual([]);
});

test("in English the changes read in English", async () => {
  await page.getByRole("radio", { name: "English" }).check();
  const region = page.getByRole("region", { name: "What changed since the last summary" });
  await region.getByText("Compared with the summary as of 30 June 2023: 3 changes.").waitFor();
  expect((await region.locator("[aria-expanded]").allInnerTexts()).map((h) => h.trim())).toEqual([
    "Newly done (1)",
    "End date changed (1)",
    "Executors changed (1)",
  ]);
  await region
    .getByText("Was: 1 January 2021 – 31 December 2025. Now: 1 January 2024 – 31 December 2024.")
    .waitFor();
  expect(await overflowing(region)).toEqual([]);
  await shot(page, "32-changes-english");
  await page.getByRole("radio", { name: "Українська" }).check();
});

test("built again with the plan as it is, the summary says nothing changed", async () => {
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  await changes()
    .getByText("Від зведення станом на 30.06.2023 нічого не змінилося", { exact: false })
    .waitFor();
  expect(await changes().locator("[aria-expanded]").count()).toBe(0);
});

const earlier = () => page.getByRole("group", { name: "Попередня перевірка" });

test("opened on a workbook validated before, the pane says when, that the plan is as it was, and writes nothing", async () => {
  await page.getByRole("button", { name: "Перевірити план" }).click();
  await page.getByText("Перевірено: помилок", { exact: false }).waitFor();
  const stamp = (await keptState(page)).validated as { at: string };
  const [day, time] = stamp.at.split(" ");
  const [y, m, d] = day.split("-");
  const written = {
    settings: await double<string>(page, "d.settings.get('PlanCheck')"),
    formats: await double<number>(page, `d.metaOf(d.sheet(${JSON.stringify(SHEET)})).cfs.length`),
    undo: await double<number>(page, "d.undoCleared"),
  };
  await reopen();
  await earlier()
    .getByText(
      `Цю книгу перевірено ${d}.${m}.${y} о ${time}, станом на 30.06.2023. Відтоді план не змінився: виділення в плані та аркуш «Перевірка» відповідають йому.`
    )
    .waitFor();
  await narrow();
  expect(await overflowing(earlier())).toEqual([]);
  // what it found, without asking again for the validation the bar has just spoken of
  await page.getByText("65 заходів, 5 цілей.", { exact: true }).waitFor();
  expect(await page.getByText("натисніть «Перевірити план»", { exact: false }).count()).toBe(0);
  await shot(page, "33-validated-before");
  // opening the pane re-applies nothing: the settings, the highlights and Excel's undo are as they were
  expect({
    settings: await double<string>(page, "d.settings.get('PlanCheck')"),
    formats: await double<number>(page, `d.metaOf(d.sheet(${JSON.stringify(SHEET)})).cfs.length`),
    undo: await double<number>(page, "d.undoCleared"),
  }).toEqual(written);
});

test("when the plan changed since, the pane says so and offers to validate again", async () => {
  await edit("E18", "2022");
  await reopen();
  await earlier().getByText("Відтоді план змінився.", { exact: false }).waitFor();
  await earlier()
    .getByText("Виділення в плані та аркуш «Перевірка» показують ту перевірку", { exact: false })
    .waitFor();
  await narrow();
  await shot(page, "34-plan-changed-since");
  await earlier().getByRole("button", { name: "Перевірити ще раз" }).click();
  await earlier().waitFor({ state: "detached" });
  await page.getByRole("region", { name: "Підсумок перевірки" }).waitFor();
});

test("after Clear highlights, a pane opened again speaks of no earlier validation", async () => {
  await page.getByRole("button", { name: "Зняти виділення" }).click();
  await page.getByText("Виділення знято", { exact: false }).waitFor();
  await reopen();
  await page.getByText("Аркуш:").waitFor();
  expect(await earlier().count()).toBe(0);
  expect((await keptState(page)).validated).toBeUndefined();
});

const ribbon = (name: "buildSummary" | "validatePlan") =>
  page.evaluate((n) => window.planCheckPreview!.ribbon!(n), name);

test("Build summary from the ribbon: the open pane lists what changed, as after its own Build summary", async () => {
  await narrow();
  // the summary as the plan is now, then one more edit, then the ribbon's button
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  // E18 edited above: newly overdue, its deadline changed
  await changes().getByText("Нові прострочені (1)").waitFor();
  await edit("E15", "2025");
  await edit("D18", "Управління з питань надзвичайних ситуацій та цивільного захисту населення");
  await ribbon("buildSummary");
  const region = changes();
  await region.getByText("Порівняно зі зведенням станом на 30.06.2023. Змін: 2.").waitFor();
  expect((await region.locator("[aria-expanded]").allInnerTexts()).map((h) => h.trim())).toEqual([
    "Змінено дату (1)",
    "Змінено виконавців (1)",
  ]);
  await region
    .getByText("Було: 01.01.2024 – 31.12.2024. Стало: 01.01.2025 – 31.12.2025.")
    .waitFor();
  // the ribbon's message is the pane's too
  await page.getByText("Зведення — на аркуші «Зведення»", { exact: false }).first().waitFor();
  await region.getByRole("button", { name: "C15 · 1.3.2", exact: true }).click();
  await page.waitForFunction(
    (cell) =>
      (window as unknown as { planCheckPreview: { double: { selection: string } } })
        .planCheckPreview.double.selection === cell,
    `${SHEET}!C15`
  );
  expect(await overflowing(region)).toEqual([]);
  await shot(page, "35-changes-ribbon");
});

test("a pane opened after the ribbon's Build summary lists its changes; one opened after another summary does not", async () => {
  await reopen();
  await narrow();
  await changes().getByText("Порівняно зі зведенням станом на 30.06.2023. Змін: 2.").waitFor();
  await shot(page, "36-changes-ribbon-reopened");
  // the pane's own Build summary since: a pane opened again lists what that one found
  await page.getByRole("button", { name: "Побудувати зведення" }).click();
  await changes().getByText("нічого не змінилося", { exact: false }).waitFor();
  await reopen();
  await changes().getByText("нічого не змінилося", { exact: false }).waitFor();
  expect(await ruleIdsInPane(page)).toEqual([]);
});

/**
 * Adding a status column to a plan kept over two sheets, in Debian's Chromium at a task-pane width of 320 px:
 * the preview names both sheets, a protected one is refused by name, and once confirmed the column is on
 * both sheets and the pane keeps saying so (the plan read again has its status column). Screenshots under
 * test-output/e2e/.
 */
import type { Page } from "playwright-core";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { closePreview, double, openPreview, openWorkbook, shot, type Session } from "./browser";

let s: Session;
let page: Page;

/** CLEAN_PLAN split: goal 1 on "Ціль 1" under the title, goal 2 on "Ціль 2" without one. */
function splitSheets() {
  const one = structuredClone(CLEAN_PLAN);
  one.goals = one.goals.slice(0, 1);
  const two = structuredClone(CLEAN_PLAN);
  two.goals = two.goals.slice(1);
  two.title = [];
  return [renderPlan(one, { sheetName: "Ціль 1" }), renderPlan(two, { sheetName: "Ціль 2" })];
}

async function narrow() {
  await page.evaluate(() => {
    let e: HTMLElement | null = document.querySelector("main");
    while (e && getComputedStyle(e).display !== "grid") e = e.parentElement;
    e!.style.gridTemplateColumns = "minmax(0, 1fr) 320px";
  });
}

const offer = () => page.getByRole("region", { name: "Записуйте, які заходи виконано" });
const cell = (sheet: string, address: string) =>
  double<unknown>(page, `d.sheet(${JSON.stringify(sheet)}).getCell('${address}').value`);

beforeAll(async () => {
  s = await openPreview("lang=uk", { width: 1000, height: 1000 });
  page = s.page;
  await page.getByText("Аркуш:").waitFor();
  await openWorkbook(page, "status-two-sheets", splitSheets());
  // the two-sheet plan read: the pane counts its 7 measures and 2 goals
  await page.getByText("7 заходів, 2 цілі.", { exact: false }).waitFor();
  await narrow();
});

afterAll(async () => {
  expect(s?.errors ?? []).toEqual([]);
  await closePreview(s);
});

test("a protected plan sheet is named in the refusal, and nothing can be confirmed", async () => {
  await double(page, "(d.protect('Ціль 2'), 0)");
  await offer().getByRole("button", { name: "Додати стовпець стану…" }).click();
  await offer().getByText("захищено: Ціль 2.", { exact: false }).waitFor();
  expect(await offer().getByRole("button", { name: "Додати стовпець", exact: true }).count()).toBe(
    0
  );
  await shot(page, "37-status-sheets-protected");
  await offer().getByRole("button", { name: "Скасувати" }).click();
  await double(page, "(d.metaOf(d.sheet('Ціль 2')).protected = false, 0)");
});

test("the preview names both sheets; confirmed, both get the column and the pane keeps the confirmation in view", async () => {
  await offer().getByRole("button", { name: "Додати стовпець стану…" }).click();
  await offer()
    .getByText("у F на кожному з 2 аркушів плану («Ціль 1»: F4:F11; «Ціль 2»: F2:F7)", {
      exact: false,
    })
    .waitFor();
  await shot(page, "38-status-sheets-preview");
  await offer().getByRole("button", { name: "Додати стовпець", exact: true }).click();
  await offer()
    .getByText(
      "Стовпець «Стан виконання» — у F на кожному з 2 аркушів плану (Ціль 1, Ціль 2), зі списком станів для вибору."
    )
    .waitFor();
  expect([await cell("Ціль 1", "F4"), await cell("Ціль 2", "F2")]).toEqual([
    "Стан виконання",
    "Стан виконання",
  ]);
  // the plan read again has its status column: no offer to add one, the confirmation still there
  await page.waitForTimeout(500);
  expect(await offer().getByRole("button", { name: "Додати стовпець стану…" }).count()).toBe(0);
  await offer().getByText("Стовпець «Стан виконання» — у F", { exact: false }).waitFor();
  await shot(page, "39-status-sheets-added");
});

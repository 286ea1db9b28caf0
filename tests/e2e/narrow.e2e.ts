/**
 * Every state of the pane at a task-pane width of 320 px, in Ukrainian and in English, as a reviewer reads
 * it: opened, validated, the roles of the columns, results out of date, the summary built, the header and
 * columns set by hand, the status column's confirmation. In each, nothing runs past the pane's edge or is
 * cut off, no rule id shows, and the Ukrainian pane holds no English words but the product's and Excel's
 * own. Each state's screenshots are test-output/e2e/40-narrow-<lang>-<state>-<n>.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { closePreview, openPreview, ruleIdsInPane, SHOTS, type Session } from "./browser";

let s: Session | undefined;

afterEach(async () => {
  expect(s?.errors ?? []).toEqual([]);
  await closePreview(s);
  s = undefined;
});

const WORDS = {
  uk: {
    validate: "Перевірити план",
    clear: "Зняти виділення",
    note: /^примітка · /,
    summary: "Побудувати зведення",
    columns: /Стовпці та їхні ролі/,
    column: "Стовпець E",
    settings: "Період плану та виконавці",
    summarySection: "Зведення",
    byHand: "Вказати заголовок і стовпці вручну",
    addStatus: "Додати стовпець стану…",
    confirm: "Додати стовпець",
  },
  en: {
    validate: "Validate plan",
    clear: "Clear highlights",
    note: /^note · /,
    summary: "Build summary",
    columns: /Columns and their roles/,
    column: "Column E",
    settings: "Plan period and executors",
    summarySection: "Summary",
    byHand: "Set the header and columns by hand",
    addStatus: "Add a status column…",
    confirm: "Add the column",
  },
};

/** Latin words the Ukrainian pane may show: the product's name, Excel's, its Enter key, the language switch. */
const LATIN_ALLOWED = new Set(["Plan", "Check", "Excel", "Enter", "English"]);

async function narrow(page: Page) {
  await page.evaluate(() => {
    let e: HTMLElement | null = document.querySelector("main");
    while (e && getComputedStyle(e).display !== "grid") e = e.parentElement;
    e!.style.gridTemplateColumns = "minmax(0, 1fr) 320px";
  });
}

/** What runs past the pane's right edge, or is clipped without an ellipsis saying so. */
function cutOff(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    const right = main.getBoundingClientRect().right;
    return [...main.querySelectorAll<HTMLElement>("*")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const css = getComputedStyle(e);
        const clips = css.overflowX === "hidden" || css.overflowX === "clip";
        return (
          r.right > right + 0.5 ||
          (clips && css.textOverflow !== "ellipsis" && e.scrollWidth > e.clientWidth + 1)
        );
      })
      .map(
        (e) => `${e.tagName}.${e.className.toString().slice(0, 30)}: ${e.innerText?.slice(0, 50)}`
      );
  });
}

/** Checks the state and saves it, the pane's whole height in screens of 1,000 px. */
async function review(page: Page, lang: "uk" | "en", state: string) {
  await page.waitForTimeout(300);
  expect([state, await cutOff(page)]).toEqual([state, []]);
  expect(await ruleIdsInPane(page)).toEqual([]);
  if (lang === "uk") {
    const latin =
      (await page.locator("main").innerText()).match(
        /(?<![\p{L}\p{N}])[A-Za-z]{3,}(?![\p{L}\p{N}])/gu
      ) ?? [];
    expect([state, [...new Set(latin)].filter((w) => !LATIN_ALLOWED.has(w))]).toEqual([state, []]);
  }
  const height = await page.evaluate(() => {
    let e: HTMLElement | null = document.querySelector("main")!.parentElement;
    while (e && getComputedStyle(e).overflowY !== "auto") e = e.parentElement;
    (window as unknown as { scroller: HTMLElement }).scroller = e!;
    return e!.scrollHeight;
  });
  for (let y = 0, i = 0; y < height && i < 8; y += 1000, i++) {
    const clip = await page.evaluate((top) => {
      const e = (window as unknown as { scroller: HTMLElement }).scroller;
      e.scrollTop = top;
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, y);
    await page.screenshot({ path: join(SHOTS, `40-narrow-${lang}-${state}-${i}.png`), clip });
  }
  await page.evaluate(
    () => ((window as unknown as { scroller: HTMLElement }).scroller.scrollTop = 0)
  );
}

for (const lang of ["uk", "en"] as const) {
  test(`${lang}: every state of the pane fits 320 px, with nothing cut off and no rule id`, async () => {
    s = await openPreview(`lang=${lang}`, { width: 1000, height: 1000 });
    const { page } = s;
    const w = WORDS[lang];
    await page.getByRole("button", { name: w.validate }).waitFor();
    await narrow(page);
    await page.locator("main section").first().waitFor();
    await review(page, lang, "1-opened");
    // nothing is highlighted yet: there is nothing to clear
    await expect(page.getByRole("button", { name: w.clear }).isDisabled()).resolves.toBe(true);
    await page.getByRole("button", { name: w.validate }).click();
    await page
      .getByRole("region", {
        name: lang === "uk" ? "Підсумок перевірки" : "Validation at a glance",
      })
      .waitFor();
    await review(page, lang, "2-validated");
    await expect(page.getByRole("button", { name: w.clear }).isDisabled()).resolves.toBe(false);
    // a finding of the least severity is a note, as the counts call it, in both languages
    expect(await page.getByRole("button", { name: w.note }).count()).toBeGreaterThan(0);
    await expect(page.getByText(/notes?: \d+|приміток: \d+/).count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: w.columns }).click();
    await page.getByRole("combobox", { name: w.column }).click();
    await page.getByRole("option").nth(3).click();
    await page.getByRole("button", { name: w.summary }).click();
    await page
      .getByRole("region", {
        name:
          lang === "uk"
            ? "Що змінилося від попереднього зведення"
            : "What changed since the last summary",
      })
      .waitFor();
    await page.getByRole("button", { name: w.settings, exact: true }).click();
    await page.getByRole("button", { name: w.summarySection, exact: true }).click();
    await review(page, lang, "3-columns-summary");
    await page.getByRole("button", { name: w.byHand }).click();
    await page
      .getByRole("region", { name: lang === "uk" ? "Заголовок і стовпці" : "Header and columns" })
      .waitFor();
    await review(page, lang, "4-by-hand");
    await page.getByRole("button", { name: w.addStatus }).click();
    await page.getByRole("button", { name: w.confirm, exact: true }).waitFor();
    await review(page, lang, "5-status-column");
  });
}

/**
 * Two workbooks open in one Excel: two panes of one origin, so one localStorage, in Debian's Chromium. What
 * the ribbon does to one workbook is said in that workbook's pane and never in the other's; a command run in
 * a runtime of its own (no shared runtime: a hidden page that only writes storage) is said in the pane of the
 * workbook it ran on. Screenshots under test-output/e2e/.
 */
import type { Page } from "playwright-core";
import { closePreview, double, openPreview, shot, type Session } from "./browser";

const REPORT = "seeds/zhytomyr-1325-plan-report-2023.xlsx";

let s: Session;
/** The pane of workbook A (the seed plan) and of workbook B (the report), in one browser context. */
let a: Page;
let b: Page;
const pages: Page[] = [];

/** Another page of the same origin: a pane opened on another workbook, or a command's own runtime. */
async function another(file: string): Promise<Page> {
  const p = await a.context().newPage();
  pages.push(p);
  await p.goto(`${new URL(a.url()).origin}/preview.html?lang=uk&file=${file}`);
  await p.getByText("Аркуш:").waitFor();
  return p;
}

const ribbon = (p: Page, name: "validatePlan" | "clearHighlights") =>
  p.evaluate((n) => window.planCheckPreview!.ribbon!(n), name);

/** Every text the pane's status lines (its message bar among them) show from now on, each once. */
const record = (p: Page) =>
  p.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const take = () => {
      for (const e of document.querySelectorAll("main [role=status]")) {
        const text = (e as HTMLElement).innerText.trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(take).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
const seen = (p: Page) => p.evaluate(() => (window as unknown as { seen: string[] }).seen);
/** Waits until the pane says this. */
const says = (p: Page, text: string) =>
  p.locator("main [role=status]", { hasText: text }).first().waitFor();

beforeAll(async () => {
  s = await openPreview("lang=uk");
  a = s.page;
  await a.getByText("Аркуш:").waitFor();
});

afterAll(async () => {
  for (const p of pages) await p.close();
  await closePreview(s);
});

test("the ribbon's Validate and Clear in one workbook are said in its pane only; a command's own runtime on a workbook is said in that workbook's pane", async () => {
  // A validated in its own pane: A now has its id, and its pane knows it
  await a.getByRole("button", { name: "Перевірити план" }).click();
  await says(a, "Перевірено: помилок 1");
  b = await another(REPORT);
  await record(a);
  await record(b);

  // B's ribbon (the shared runtime: B's page) — said in B
  await ribbon(b, "validatePlan");
  await says(b, "Перевірено: помилок 4");
  await ribbon(b, "clearHighlights");
  await says(b, "Виділення знято");

  // a command run in a runtime of its own on workbook A: a page over a workbook holding A's settings (so
  // A's id), which only writes the outcome to storage for A's pane to hear
  const own = await another(REPORT);
  const settings = await double<string>(a, "d.settings.get('PlanCheck')");
  await own.evaluate((v) => window.planCheckPreview!.double.settings.set("PlanCheck", v), settings);
  await ribbon(own, "clearHighlights");
  // storage events come in order: once A says this one, it has heard B's two before it
  await says(a, "Виділення знято");
  const inA = await seen(a);
  expect(inA.filter((m) => m.startsWith("Перевірено:"))).toEqual([]);
  expect(inA).toContain("Виділення знято. Ваші значення та форматування — такі, як були.");
  // B said its own two; A's Validate, never
  const inB = await seen(b);
  expect(inB.filter((m) => m.startsWith("Перевірено: помилок 4"))).toHaveLength(1);
  expect(inB.filter((m) => m.startsWith("Перевірено: помилок 1"))).toEqual([]);

  // a pane that knows no id of its workbook yet (the add-in never wrote to it) hears a command in a runtime
  // of its own give the workbook its id: said once the workbook, read again, has that id
  const seed = "seeds/zhytomyr-1325-plan.xlsx";
  const d = await another(seed);
  await record(d);
  // a command in a runtime of its own gives the workbook its id and tells what it did
  const state = JSON.stringify({ version: 1, owned: {}, workbook: "given-by-the-command" });
  await d.evaluate((v) => window.planCheckPreview!.double.settings.set("PlanCheck", v), state);
  const ownOfD = await another(seed);
  await ownOfD.evaluate((v) => window.planCheckPreview!.double.settings.set("PlanCheck", v), state);
  await ribbon(ownOfD, "clearHighlights");
  await says(d, "Виділень Перевірки плану немає.");
  expect(await seen(d)).toContain("Виділень Перевірки плану немає.");
  await shot(a, "60-two-workbooks-a");
  await shot(b, "61-two-workbooks-b");
  expect(s.errors).toEqual([]);
});

/**
 * The pane's summary at a task-pane width of 320 px, in Debian's Chromium: short headers that fit, a bar per
 * goal and its legend, nothing overflowing its cell. The screenshot is test-output/e2e/summary-320.png.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serve } from "../../scripts/serve";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "e2e");
const CHROMIUM = process.env.PLAN_CHECK_CHROMIUM ?? "/usr/bin/chromium";

let server: Server;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(join(ROOT, "dist"), 0);
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
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("at 320 px the summary's headers, numbers and bars stay inside their cells, with a legend", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, locale: "uk-UA" });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await page.goto(`${base}/preview.html?lang=uk`);
  await page.getByText("Аркуш:").waitFor();
  await page.getByText("Стратегічних цілей: 5 · оперативних цілей: 12 · заходів: 65").waitFor();
  // the pane column of the preview at the width of a narrow task pane
  await page.evaluate(() => {
    let e: HTMLElement | null = document.querySelector("main");
    while (e && getComputedStyle(e).display !== "grid") e = e.parentElement;
    e!.style.gridTemplateColumns = "minmax(0, 1fr) 320px";
  });
  const table = page.getByRole("table", { name: "Зведення" });
  // the summary is folded away until the reviewer opens it
  await page.getByRole("button", { name: "Зведення", exact: true }).click();
  await page.getByRole("list", { name: "Кольори смуг" }).waitFor();
  await table.evaluate((t) => t.scrollIntoView());
  const layout = await table.evaluate((t) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const pane = box(document.querySelector("main")!);
    const cells = [...t.querySelectorAll("th, td")].map((c) => ({
      text: (c as HTMLElement).innerText,
      overflow: (c as HTMLElement).scrollWidth - (c as HTMLElement).clientWidth,
    }));
    return { paneWidth: pane.width, right: box(t).right, paneRight: pane.right, cells };
  });
  expect(layout.paneWidth).toBeLessThanOrEqual(320);
  expect(layout.right).toBeLessThanOrEqual(layout.paneRight + 0.5);
  expect(layout.cells.filter((c) => c.overflow > 0)).toEqual([]);
  const legend = page.getByRole("list", { name: "Кольори смуг" });
  expect(await legend.getByRole("listitem").count()).toBe(9);
  await expect(page.locator("abbr[title='Час минув, стан не вказано']").count()).resolves.toBe(1);
  // the summary and its legend, as the pane shows them
  await table.locator("xpath=..").screenshot({ path: join(SHOTS, "summary-320.png") });
});

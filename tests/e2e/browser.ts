/**
 * The browser tests' host: dist/ served on localhost, Debian's Chromium driven by playwright-core, the
 * preview page (the pane beside a workbook on the Excel API double), screenshots under test-output/e2e/.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "../../scripts/serve";
import { RULE_IDS } from "../../src/core/rules";
import { fixtureWorkbook, type FixtureSheet } from "../fixtures/workbook";

export const ROOT = join(__dirname, "..", "..");
export const SHOTS = join(ROOT, "test-output", "e2e");
const CHROMIUM = process.env.PLAN_CHECK_CHROMIUM ?? "/usr/bin/chromium";

export interface Session {
  browser: Browser;
  page: Page;
  server: Server;
  /** Uncaught errors of the page: a test ends with none. */
  errors: string[];
}

export async function openPreview(
  query = "lang=uk",
  viewport = { width: 1400, height: 900 }
): Promise<Session> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await serve(join(ROOT, "dist"), 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
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
    viewport,
    locale: "uk-UA",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/preview.html?${query}`);
  return { browser, page, server, errors };
}

export async function closePreview(s: Session | undefined): Promise<void> {
  await s?.browser.close();
  s?.server.close();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/** Evaluates an expression over the preview's Excel API double, `d`. */
export function double<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(
    `(() => { const d = window.planCheckPreview.double; return ${fn}; })()`
  ) as Promise<T>;
}

/** What the workbook keeps for the add-in (its settings). */
export async function keptState(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await double<string>(page, "d.settings.get('PlanCheck') ?? '{}'")) || "{}");
}

/** Opens a workbook built in the test through the preview's file picker. */
export async function openWorkbook(page: Page, name: string, sheets: FixtureSheet[]) {
  const buffer = Buffer.from(await fixtureWorkbook(sheets).xlsx.writeBuffer());
  await openFile(page, `${name}.xlsx`, buffer);
}

export async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
}

/** The rule ids anywhere in the pane, its text or its markup: users read titles, never ids. */
export async function ruleIdsInPane(page: Page): Promise<string[]> {
  const main = page.locator("main");
  const text = `${await main.innerText()}\n${await main.innerHTML()}`;
  return RULE_IDS.filter((id) => text.includes(id));
}

/** Waits until `read` gives `expected` (the pane answers after a round trip), then returns it. */
export async function until<T>(read: () => Promise<T>, expected: T, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 100));
    last = await read();
  }
  return last;
}

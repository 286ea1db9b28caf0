/**
 * The pane's summary at a task-pane width of 320 px, in Debian's Chromium: short headers that fit, a bar per
 * goal and its legend, nothing overflowing its cell. The screenshot is test-output/e2e/summary-320.png.
 */
import { join } from "node:path";
import { closePreview, openPreview, SHOTS, type Session } from "./browser";

let s: Session | undefined;

afterAll(() => closePreview(s));

test("at 320 px the summary's headers, numbers and bars stay inside their cells, with a legend", async () => {
  s = await openPreview("lang=uk", { width: 1000, height: 900 });
  const { page } = s;
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
  await expect(page.locator("abbr[title='Термін минув, стан не зазначено']").count()).resolves.toBe(
    1
  );
  // the summary and its legend, as the pane shows them
  await table.locator("xpath=..").screenshot({ path: join(SHOTS, "summary-320.png") });
});

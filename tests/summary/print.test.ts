/**
 * The written workbooks as a person sees them on paper: the checked copy of the 2023 report and the
 * consolidated workbook of a folder, rendered by LibreOffice to PDF and by pdftoppm to PNG (in
 * test-output/print/). Every page of the summary holds its first and its last column: one page wide, no
 * column cut off. Without LibreOffice (Debian's libreoffice-calc) and poppler-utils the test is skipped.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../fixtures/cli";
import { tempDir } from "../fixtures/workbook";

const ROOT = join(__dirname, "..", "..");
const REPORT = join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const SEED = join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx");
const PICTURES = join(ROOT, "test-output", "print");

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const tools = has("soffice") && has("pdftoppm") && has("pdftotext");
if (!tools)
  console.warn(
    "print.test: skipped — LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext) are not installed; apt-get install -y libreoffice-calc poppler-utils"
  );
const maybe = tools ? test : test.skip;

/** The PDF of a workbook, in its own LibreOffice profile so runs side by side do not share one. */
function toPdf(xlsx: string, dir: string): string {
  const profile = join(dir, "lo-profile");
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 150_000 }
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return join(dir, xlsx.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
}

function pages(pdf: string): { text: string; landscape: boolean }[] {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  const n = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: n }, (_, i) => {
    const text = spawnSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, "-layout", pdf, "-"], {
      encoding: "utf8",
    }).stdout;
    const size = spawnSync("pdfinfo", ["-f", `${i + 1}`, "-l", `${i + 1}`, pdf], {
      encoding: "utf8",
    }).stdout;
    const [, w, h] = /size:\s+([\d.]+) x ([\d.]+)/.exec(size)!;
    return { text, landscape: Number(w) > Number(h) };
  });
}

function pictures(pdf: string, name: string): string[] {
  mkdirSync(PICTURES, { recursive: true });
  for (const f of readdirSync(PICTURES)) if (f.startsWith(`${name}-`)) rmSync(join(PICTURES, f));
  spawnSync("pdftoppm", ["-r", "60", "-png", pdf, join(PICTURES, name)]);
  return readdirSync(PICTURES).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
}

maybe(
  "the checked copy's summary prints one page wide: every page of it has the first and the last column",
  async () => {
    const dir = tempDir();
    const out = join(dir, "report-2023-checked.xlsx");
    await runCli([REPORT, "--as-of", "2023-06-30", "--out", out, "--lang", "uk"]);
    const pdf = toPdf(out, dir);
    const all = pages(pdf);
    // the summary's pages: its header row is repeated on each, so each names its first and last column
    const summary = all.filter((p) => p.text.includes("Частка"));
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const p of summary) {
      expect(p.text).toMatch(/Ціль\s+Назва\s+Заходів/);
      expect(p.text).toContain("Частка");
      expect(p.text).toContain("станом на 30.06.2023 · побудовано");
      expect(p.landscape).toBe(true);
    }
    // the overdue-by-executor sheet, with its bodies and measures
    const overdue = all.filter((p) => p.text.includes("Прострочені заходи за виконавцями"));
    expect(overdue).toHaveLength(1);
    expect(overdue[0].text).toContain("2.1.3");
    // the findings sheet: the message column is on the page with the cell column
    const findings = all.filter((p) => p.text.includes("Серйозність"));
    for (const p of findings) expect(p.text).toContain("Повідомлення");
    expect(pictures(pdf, "report-2023-checked").length).toBe(all.length);
  },
  200_000
);

maybe(
  "the consolidated workbook prints one page wide too, with totals by goal and by executor",
  async () => {
    const dir = tempDir();
    const plans = join(dir, "plans");
    mkdirSync(plans, { recursive: true });
    copyFileSync(REPORT, join(plans, "zhytomyr-2023.xlsx"));
    copyFileSync(SEED, join(plans, "zhytomyr.xlsx"));
    const out = join(dir, "consolidated.xlsx");
    await runCli([plans, "--as-of", "2023-06-30", "--out", out, "--lang", "uk"]);
    const pdf = toPdf(out, dir);
    const all = pages(pdf);
    const byGoal = all.filter((p) => p.text.includes("Підсумки за цілями"));
    const byExecutor = all.filter((p) => p.text.includes("Підсумки за виконавцями"));
    expect(byGoal.length).toBeGreaterThanOrEqual(1);
    expect(byExecutor.length).toBeGreaterThanOrEqual(1);
    for (const p of [...byGoal, ...byExecutor]) {
      expect(p.text).toContain("Частка");
      expect(p.landscape).toBe(true);
    }
    expect(pictures(pdf, "consolidated").length).toBe(all.length);
  },
  200_000
);

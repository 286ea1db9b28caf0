/**
 * npm run bench [-- --json] [-- --measures N]
 *
 * Builds a synthetic plan of 10,000 local measures as an .xlsx and measures:
 * - the engine's time per 1,000 measures: recognizing the plan, and validating it;
 * - the ratio of the whole command-line run (read + recognize + validate + JSON) to reading the same file
 *   with the xlsx library alone. Target: at most 1.5.
 * Times are medians of several runs; the ratio is what holds on a noisy machine. The command line reads the
 * workbook with ExcelJS too, but without ExcelJS's merged-cell model (quadratic in the number of merges), so its
 * whole run can cost less than ExcelJS's default read of the same file.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type * as CliModule from "../src/cli/plan-check";
import type * as XlsxModule from "../src/cli/xlsx";
import type * as CheckModule from "../src/core/check";
import type * as WorkbookModule from "../src/core/workbook";
import { renderPlan, syntheticPlan } from "../tests/fixtures/planModel";
import { fixtureWorkbook } from "../tests/fixtures/workbook";
import { ExcelDouble } from "../tests/double/excelDouble";
import { buildSummary, clearHighlights, validate } from "../src/excel/operations";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const mi = args.indexOf("--measures");
const MEASURES = mi >= 0 ? Number(args[mi + 1]) : 10_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * The shipped command line is the one compiled by `npm run build:cli` (plain tsc output, run by node), so that
 * is what is measured; `npm run bench` compiles it first.
 */
const DIST = join(__dirname, "..", "dist", "cli");

const { run } = require(join(DIST, "cli", "plan-check.js")) as typeof CliModule;
const { readWorkbookGrids } = require(join(DIST, "cli", "xlsx.js")) as typeof XlsxModule;
const { checkPlan } = require(join(DIST, "core", "check.js")) as typeof CheckModule;
const { recognizeWorkbook } = require(join(DIST, "core", "workbook.js")) as typeof WorkbookModule;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "plan-check-bench-"));
  const file = join(dir, `plan-${MEASURES}.xlsx`);
  await fixtureWorkbook([
    renderPlan(syntheticPlan(MEASURES), { sheetName: "План" }),
  ]).xlsx.writeFile(file);

  // warm up the module caches and the JIT once
  await run([file, "--json", "--as-of", "2023-06-30"], {
    out: () => undefined,
    err: () => undefined,
  });

  const read: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    read.push(await time(async () => new ExcelJS.Workbook().xlsx.readFile(file)));
    whole.push(
      await time(() =>
        run([file, "--json", "--as-of", "2023-06-30"], {
          out: () => undefined,
          err: () => undefined,
        })
      )
    );
  }

  const grids = await readWorkbookGrids(file);
  const recognizeTimes: number[] = [];
  const validateTimes: number[] = [];
  let measures = 0;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    let rec: ReturnType<typeof recognizeWorkbook> | null = null;
    recognizeTimes.push(await time(() => (rec = recognizeWorkbook(grids))));
    const r = rec as unknown as ReturnType<typeof recognizeWorkbook>;
    if (!r.ok) throw new Error("the synthetic plan was not recognized");
    measures = r.plan.measures.length;
    validateTimes.push(
      await time(
        () => (findings = checkPlan(r.plan, r.sheets, { asOf: "2023-06-30" }).findings.length)
      )
    );
  }
  // the add-in's round trips and largest request or response, on the Excel API double
  const excel = [];
  for (const f of [join(__dirname, "..", "seeds", "zhytomyr-1325-plan.xlsx"), file]) {
    const d = await ExcelDouble.fromFile(f);
    const ctx = () => d.context() as unknown as Excel.RequestContext;
    const o = {
      lang: "uk" as const,
      asOf: "2023-06-30",
      caps: { mergedAreas: true, comments: true },
      builtAt: "2023-06-30 10:00",
    };
    const v = await validate(ctx(), o);
    const validateSyncs = d.syncs;
    const validateBytes = d.maxRequestBytes;
    d.resetCounts();
    await buildSummary(ctx(), o);
    const summarySyncs = d.syncs;
    const summaryBytes = d.maxRequestBytes;
    d.resetCounts();
    await clearHighlights(ctx(), o);
    excel.push({
      measures: v.result?.plan.measures.length ?? 0,
      validateSyncs,
      summarySyncs,
      clearSyncs: d.syncs,
      maxRequestBytes: Math.max(validateBytes, summaryBytes, d.maxRequestBytes),
    });
  }
  // a folder of plans: time and peak memory for 25, 50 and 100 plans in one run of the command line
  const folder = join(dir, "plans");
  mkdirSync(folder);
  const layouts = [
    {},
    { headerStyle: "grouped" as const, columnNumbers: true },
    { multiPerCell: "lines" as const },
    { nationalCells: "once" as const, sectionStyle: "first-cell" as const },
  ];
  for (let i = 0; i < 100; i++) {
    await fixtureWorkbook([
      renderPlan(syntheticPlan(150 + (i % 7) * 20), {
        ...layouts[i % layouts.length],
        sheetName: `Громада ${i + 1}`,
      }),
    ]).xlsx.writeFile(join(folder, `plan-${String(i + 1).padStart(3, "0")}.xlsx`));
  }
  const folderRuns = [];
  for (const n of [25, 50, 100]) {
    const files = Array.from({ length: n }, (_, i) =>
      join(folder, `plan-${String(i + 1).padStart(3, "0")}.xlsx`)
    );
    // the compiled command line in a fresh process, sampling its heap; maxRSS from the OS
    const child = `
      const { run } = require(${JSON.stringify(join(DIST, "cli", "plan-check.js"))});
      let peakHeap = 0;
      const t = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 5);
      const t0 = process.hrtime.bigint();
      run(${JSON.stringify([...files, "--format", "json", "--as-of", "2023-06-30"])}, { out: () => {}, err: () => {} }).then(() => {
        clearInterval(t);
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // what the run still holds once garbage is collected: flat when nothing is kept per plan
        global.gc();
        const retained = process.memoryUsage().heapUsed;
        console.log(JSON.stringify({ ms, peakHeap, retained, maxRSS: process.resourceUsage().maxRSS * 1024 }));
      });`;
    const r = JSON.parse(
      execFileSync(process.execPath, ["--expose-gc", "-e", child], { encoding: "utf8" }).trim()
    );
    folderRuns.push({
      plans: n,
      seconds: Math.round(r.ms / 10) / 100,
      msPerPlan: Math.round(r.ms / n),
      peakHeapMB: Math.round(r.peakHeap / 1048576),
      peakRssMB: Math.round(r.maxRSS / 1048576),
      retainedHeapMB: Math.round((r.retained / 1048576) * 10) / 10,
    });
  }
  rmSync(dir, { recursive: true, force: true });

  const perK = (ms: number) => Math.round((ms / measures) * 1000 * 100) / 100;
  const result = {
    excel,
    folder: {
      runs: folderRuns,
      rssGrowth100vs25: Math.round((folderRuns[2].peakRssMB / folderRuns[0].peakRssMB) * 100) / 100,
      retainedGrowth100vs25:
        Math.round((folderRuns[2].retainedHeapMB / folderRuns[0].retainedHeapMB) * 100) / 100,
    },
    engine: {
      measures,
      findings,
      recognizeMsPer1000: perK(median(recognizeTimes)),
      validateMsPer1000: perK(median(validateTimes)),
    },
    cli: {
      readOnlyMs: Math.round(median(read)),
      wholeRunMs: Math.round(median(whole)),
      ratio: Math.round((median(whole) / median(read)) * 100) / 100,
      target: 1.5,
    },
  };
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `synthetic plan: ${measures} measures, ${findings} findings as of 2023-06-30`,
        `engine: recognize ${result.engine.recognizeMsPer1000} ms per 1,000 measures, validate ${result.engine.validateMsPer1000} ms per 1,000`,
        `command line: ${result.cli.wholeRunMs} ms for the whole run vs ${result.cli.readOnlyMs} ms to read the file with ExcelJS alone: ratio ${result.cli.ratio} (target ≤ ${result.cli.target})`,
        ...folderRuns.map(
          (f) =>
            `folder of ${f.plans} plans: ${f.seconds} s (${f.msPerPlan} ms a plan), peak heap ${f.peakHeapMB} MB, peak RSS ${f.peakRssMB} MB, heap held after the run ${f.retainedHeapMB} MB`
        ),
        `peak memory for 100 plans ÷ for 25 plans: ${result.folder.rssGrowth100vs25} (flat is 1)`,
        ...excel.map(
          (e) =>
            `excel (API double), ${e.measures} measures: validate ${e.validateSyncs} syncs, summary ${e.summarySyncs}, clear ${e.clearSyncs}; largest request or response ${e.maxRequestBytes} bytes`
        ),
        "",
      ].join("\n")
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

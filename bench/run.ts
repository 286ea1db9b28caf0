/**
 * npm run bench [-- --json] [-- --measures N] [-- --large N] [-- --skip-large]
 *
 * Builds a synthetic plan of 10,000 local measures as an .xlsx and measures:
 * - the engine's time per 1,000 measures: recognizing the plan, and validating it;
 * - the ratio of the whole command-line run (read + recognize + validate + JSON) to reading the same file
 *   with SheetJS in dense mode alone (`XLSX.readFile(f, { dense: true })`). Target: at most 1.5. Measured in
 *   this process (medians after a warm-up) and in fresh child processes (cold, startup included);
 * - in fresh child processes (peak RSS from the OS, wall time): a generated 200,000-measure plan checked
 *   (--json, the text report, and --out), and hostile files: a used range claiming the whole sheet, a merge over
 *   the whole sheet, a sheet that unpacks to 480 MB of white space, a zip bomb, and the largest grids the
 *   reader's cell limit lets through. Targets: the 200,000-measure check at most 600 MB; any input of at most
 *   10 MB done within 60 s and 1 GB.
 * Times are medians of several runs; the ratios are what holds on a noisy machine. Nothing here is asserted:
 * the figures are printed (and with --json, written as one document).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type * as CliModule from "../src/cli/plan-check";
import type * as XlsxModule from "../src/cli/xlsx";
import type * as CheckModule from "../src/core/check";
import type * as WorkbookModule from "../src/core/workbook";
import { CLEAN_PLAN, renderPlan, syntheticPlan } from "../tests/fixtures/planModel";
import { fixtureWorkbook } from "../tests/fixtures/workbook";
import { excelRoundTrips } from "./excel";
import * as XLSX from "xlsx";
import { cliInChild, sheetJsInChild, type ChildResult } from "./child";
import {
  writeDenseSheet,
  writeInflatingSheet,
  writePlanWorkbook,
  writeWholeSheetMerge,
  writeWholeSheetUsedRange,
  writeZipBomb,
} from "./workbooks";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const mi = args.indexOf("--measures");
const MEASURES = mi >= 0 ? Number(args[mi + 1]) : 10_000;
const li = args.indexOf("--large");
const LARGE = li >= 0 ? Number(args[li + 1]) : 200_000;
const SKIP_LARGE = args.includes("--skip-large");
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
  const sheetJs: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    read.push(await time(async () => new ExcelJS.Workbook().xlsx.readFile(file)));
    sheetJs.push(await time(() => XLSX.readFile(file, { dense: true })));
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
  // the add-in's round trips and largest request, on the strict Excel API double (bench/excel.ts)
  const excel = await excelRoundTrips([
    join(__dirname, "..", "seeds", "zhytomyr-1325-plan.xlsx"),
    file,
  ]);
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
  // the same 10,000-measure plan, cold, each in a fresh process
  const coldArgs = [file, "--json", "--as-of", "2023-06-30"];
  const cold = { whole: [] as number[], sheetJs: [] as number[] };
  for (let i = 0; i < 3; i++) {
    cold.whole.push(cliInChild(coldArgs).wallMs);
    cold.sheetJs.push(sheetJsInChild(file).wallMs);
  }

  const inputs = hostileAndLarge(dir);
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
      excelJsReadMs: Math.round(median(read)),
      sheetJsDenseReadMs: Math.round(median(sheetJs)),
      wholeRunMs: Math.round(median(whole)),
      ratio: Math.round((median(whole) / median(sheetJs)) * 100) / 100,
      coldWholeRunMs: median(cold.whole),
      coldSheetJsReadMs: median(cold.sheetJs),
      coldRatio: Math.round((median(cold.whole) / median(cold.sheetJs)) * 100) / 100,
      target: 1.5,
    },
    inputs,
  };
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `synthetic plan: ${measures} measures, ${findings} findings as of 2023-06-30`,
        `engine: recognize ${result.engine.recognizeMsPer1000} ms per 1,000 measures, validate ${result.engine.validateMsPer1000} ms per 1,000`,
        `command line: ${result.cli.wholeRunMs} ms for the whole run vs ${result.cli.sheetJsDenseReadMs} ms to read the file with SheetJS (dense) alone: ratio ${result.cli.ratio} (target ≤ ${result.cli.target}); ExcelJS alone reads it in ${result.cli.excelJsReadMs} ms`,
        `command line, cold (fresh processes, startup included): ${result.cli.coldWholeRunMs} ms vs ${result.cli.coldSheetJsReadMs} ms for SheetJS: ratio ${result.cli.coldRatio}`,
        ...inputs.map(describeInput),
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

interface InputRun {
  input: string;
  fileKB: number;
  run: string;
  result: ChildResult;
  /** What the targets allow this run: 600 MB for the large plan, 1 GB and 60 s for any file ≤ 10 MB. */
  limits: { peakRssMB: number; seconds: number | null };
}

/** The large plan and the hostile files, each run by the compiled command line in a fresh process. */
function hostileAndLarge(dir: string): InputRun[] {
  const runs: InputRun[] = [];
  const asOf = ["--as-of", "2023-06-30"];
  const add = (input: string, file: string, run: string, args: string[], big = false) => {
    const fileKB = Math.round(statSync(file).size / 1024);
    const small = fileKB <= 10 * 1024;
    runs.push({
      input,
      fileKB,
      run,
      result: cliInChild([file, ...args, ...asOf]),
      limits: big
        ? { peakRssMB: 600, seconds: null }
        : { peakRssMB: 1024, seconds: small ? 60 : null },
    });
  };
  if (!SKIP_LARGE) {
    const large = join(dir, `plan-${LARGE}.xlsx`);
    writePlanWorkbook(large, [renderPlan(syntheticPlan(LARGE), { sheetName: "План" })]);
    add(`${LARGE}-measure plan`, large, "--json", ["--json"], true);
    add(`${LARGE}-measure plan`, large, "text report", [], true);
    add(`${LARGE}-measure plan`, large, "--out", ["--out", join(dir, "large-checked.xlsx")], true);
  }
  const small = renderPlan(CLEAN_PLAN, { sheetName: "План" });
  const far = join(dir, "whole-sheet-used-range.xlsx");
  writeWholeSheetUsedRange(far, small);
  add("a plan and one cell at XFD1048576", far, "--json", ["--json"]);
  add("a plan and one cell at XFD1048576", far, "--out", ["--out", join(dir, "far-checked.xlsx")]);
  const merged = join(dir, "whole-sheet-merge.xlsx");
  writeWholeSheetMerge(merged, small);
  add("a plan under a merge A1:XFD1048576", merged, "--json", ["--json"]);
  const inflating = join(dir, "inflates-480mb.xlsx");
  writeInflatingSheet(inflating, 480);
  add("a sheet unpacking to 480 MB of white space", inflating, "--json", ["--json"]);
  const bomb = join(dir, "zip-bomb.xlsx");
  writeZipBomb(bomb, 64, 250);
  add("a zip bomb: 64 sheets over one 250 MB part", bomb, "--json", ["--json"]);
  for (const kind of ["numbers", "text"] as const) {
    const dense = join(dir, `dense-${kind}.xlsx`);
    writeDenseSheet(dense, 4_900_000, kind);
    add(`4,900,000 cells of ${kind} (under the 5 million cell limit)`, dense, "--json", ["--json"]);
  }
  const over = join(dir, "dense-over.xlsx");
  writeDenseSheet(over, 6_000_000, "numbers");
  add("6,000,000 cells of numbers (over the limit)", over, "--json", ["--json"]);
  return runs;
}

function describeInput(r: InputRun): string {
  const x = r.result;
  const within =
    x.peakRssMB !== null &&
    x.peakRssMB <= r.limits.peakRssMB &&
    (r.limits.seconds === null || x.wallMs <= r.limits.seconds * 1000);
  const outcome =
    x.code === null
      ? `died (${x.died})`
      : `exit ${x.code}${
          x.code === 2 && x.err
            ? `: ${x.err
                .replace(/^plan-check: /, "")
                .replace(/: \/\S*$/, "")
                .replace(/\/\S*\//g, "")}`
            : ""
        }`;
  const limits = `≤ ${r.limits.peakRssMB} MB${r.limits.seconds ? `, ≤ ${r.limits.seconds} s` : ""}`;
  return `${r.input} (${r.fileKB} KB), ${r.run}: ${(x.wallMs / 1000).toFixed(1)} s, peak RSS ${x.peakRssMB ?? "?"} MB, ${outcome} — target ${limits}: ${within ? "met" : "MISSED"}`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

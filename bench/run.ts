/**
 * npm run bench [-- --json] [-- --measures N] [-- --large N] [-- --skip-large]
 *
 * Builds a synthetic plan of 10,000 local measures as an .xlsx and measures:
 * - the engine's time per 1,000 measures: recognizing the plan, and validating it;
 * - the ratio of the whole command-line run (read + recognize + validate + summarize + JSON) to reading the
 *   same file with SheetJS in dense mode alone (`XLSX.readFile(f, { dense: true })`). Target: at most 1.5,
 *   warm: one fresh process warms both up, then takes them in turns (order swapped every round; no forced
 *   collection between them unless BENCH_GC=1: a full GC before each run was measured to make the check
 *   half again slower and SheetJS not, what no user's run pays), 15 rounds, and the ratio is of the medians
 *   (the ratio of the fastest runs is printed beside it, what holds when the machine is busy). The same with
 *   the text report instead of the JSON document, and cold (fresh processes, Node's startup and module
 *   loading included), are printed too;
 * - in fresh child processes (peak RSS from the OS, wall time): a generated 200,000-measure plan checked
 *   (--json, the text report, and --out), and hostile files: a used range claiming the whole sheet, a merge over
 *   the whole sheet, a sheet that unpacks to 480 MB of white space, a zip bomb, and the largest grids the
 *   reader's cell limit lets through. Targets: the 200,000-measure check at most 600 MB (--json and text),
 *   with --out at most 1 GB and at most twice the time of the text check; any input of at most 10 MB done
 *   within 60 s and 1 GB. The large plan's runs are repeated (--large-runs N, 3 by default), the three kinds
 *   in turns, and the medians taken. Every figure with a target is printed with it, and "met" or "MISSED".
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
import { cliInChild, ratioInChild, sheetJsInChild, type ChildResult } from "./child";
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
const lr = args.indexOf("--large-runs");
const LARGE_RUNS = lr >= 0 ? Number(args[lr + 1]) : 3;
const RUNS = 5;
/** Rounds of the warm ratio: each times the whole check and SheetJS's read once. */
const RATIO_RUNS = 15;
const RATIO_TARGET = 1.5;

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

  // ExcelJS's read, for comparison only (the command line no longer reads with it)
  const read: number[] = [];
  for (let i = 0; i < 3; i++)
    read.push(await time(async () => new ExcelJS.Workbook().xlsx.readFile(file)));
  // the ratio, warm and in turns, in a process of its own (see ratioInChild)
  const ratioRuns = ratioInChild([file, "--json", "--as-of", "2023-06-30"], file, RATIO_RUNS);
  const whole = ratioRuns.whole;
  const sheetJs = ratioRuns.sheetJs;
  // the same with the text report the command line prints by default (no JSON document of every measure)
  const textRuns = ratioInChild([file, "--as-of", "2023-06-30"], file, RATIO_RUNS);

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
  for (let i = 0; i < 5; i++) {
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
      ratio: round2(median(whole) / median(sheetJs)),
      fastestRatio: round2(Math.min(...whole) / Math.min(...sheetJs)),
      runs: { whole: whole.map(Math.round), sheetJs: sheetJs.map(Math.round) },
      coldWholeRunMs: median(cold.whole),
      coldSheetJsReadMs: median(cold.sheetJs),
      coldRatio: round2(median(cold.whole) / median(cold.sheetJs)),
      target: RATIO_TARGET,
      met: median(whole) / median(sheetJs) <= RATIO_TARGET,
      /** The whole check with the text report instead of the JSON document. */
      textReport: {
        wholeRunMs: Math.round(median(textRuns.whole)),
        sheetJsDenseReadMs: Math.round(median(textRuns.sheetJs)),
        ratio: round2(median(textRuns.whole) / median(textRuns.sheetJs)),
        fastestRatio: round2(Math.min(...textRuns.whole) / Math.min(...textRuns.sheetJs)),
      },
    },
    inputs,
    outTime: outTimeRatio(inputs),
  };
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `synthetic plan: ${measures} measures, ${findings} findings as of 2023-06-30`,
        `engine: recognize ${result.engine.recognizeMsPer1000} ms per 1,000 measures, validate ${result.engine.validateMsPer1000} ms per 1,000`,
        `command line, warm (medians of ${RATIO_RUNS} runs in turns): ${result.cli.wholeRunMs} ms for the whole check vs ${result.cli.sheetJsDenseReadMs} ms to read the file with SheetJS (dense) alone: ratio ${result.cli.ratio} — target ≤ ${result.cli.target}: ${result.cli.met ? "met" : "MISSED"} (fastest runs: ${result.cli.fastestRatio}); ExcelJS alone reads it in ${result.cli.excelJsReadMs} ms`,
        `command line with the text report instead of --json, warm: ${result.cli.textReport.wholeRunMs} ms vs ${result.cli.textReport.sheetJsDenseReadMs} ms: ratio ${result.cli.textReport.ratio} (fastest runs: ${result.cli.textReport.fastestRatio})`,
        `command line, cold (fresh processes, startup included, medians of 5): ${result.cli.coldWholeRunMs} ms vs ${result.cli.coldSheetJsReadMs} ms for SheetJS: ratio ${result.cli.coldRatio}`,
        ...inputs.map(describeInput),
        ...(result.outTime ? [describeOutTime(result.outTime)] : []),
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

const round2 = (x: number) => Math.round(x * 100) / 100;

interface InputRun {
  input: string;
  fileKB: number;
  run: string;
  /** The run with the median peak memory, its wall time the median of the runs' (one run unless repeated). */
  result: ChildResult;
  runs: number;
  /** What the targets allow this run: 600 MB for the large plan, 1 GB and 60 s for any file ≤ 10 MB. */
  limits: { peakRssMB: number; seconds: number | null };
}

/** The large plan and the hostile files, each run by the compiled command line in a fresh process. */
function hostileAndLarge(dir: string): InputRun[] {
  const runs: InputRun[] = [];
  const asOf = ["--as-of", "2023-06-30"];
  const inputRun = (
    input: string,
    file: string,
    run: string,
    results: ChildResult[],
    limits?: InputRun["limits"]
  ): InputRun => {
    const fileKB = Math.round(statSync(file).size / 1024);
    const small = fileKB <= 10 * 1024;
    const byRss = [...results].sort(
      (a, b) => (a.peakRssMB ?? Infinity) - (b.peakRssMB ?? Infinity)
    );
    const result = { ...byRss[Math.floor(byRss.length / 2)] };
    result.wallMs = median(results.map((r) => r.wallMs));
    return {
      input,
      fileKB,
      run,
      result,
      runs: results.length,
      limits: limits ?? { peakRssMB: 1024, seconds: small ? 60 : null },
    };
  };
  const add = (input: string, file: string, run: string, args: string[]) =>
    runs.push(inputRun(input, file, run, [cliInChild([file, ...args, ...asOf])]));
  if (!SKIP_LARGE) {
    const large = join(dir, `plan-${LARGE}.xlsx`);
    writePlanWorkbook(large, [renderPlan(syntheticPlan(LARGE), { sheetName: "План" })]);
    const check = { peakRssMB: 600, seconds: null };
    const kinds = [
      { run: "--json", args: ["--json"], limits: check },
      { run: "text report", args: [], limits: check },
      {
        run: "--out",
        args: ["--out", join(dir, "large-checked.xlsx")],
        limits: { peakRssMB: 1024, seconds: null },
      },
    ];
    // in turns, round after round: a machine that gets busier or quieter weighs on each kind alike
    const results = kinds.map(() => [] as ChildResult[]);
    for (let i = 0; i < LARGE_RUNS; i++)
      kinds.forEach((k, j) => results[j].push(cliInChild([large, ...k.args, ...asOf])));
    kinds.forEach((k, j) =>
      runs.push(inputRun(`${LARGE}-measure plan`, large, k.run, results[j], k.limits))
    );
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

/** The large plan's --out time against its text check's (target: at most twice). */
function outTimeRatio(inputs: InputRun[]) {
  const large = (run: string) =>
    inputs.find((r) => r.input.endsWith("-measure plan") && r.run === run);
  const text = large("text report");
  const out = large("--out");
  if (!text || !out) return null;
  const ratio = round2(out.result.wallMs / text.result.wallMs);
  return {
    textMs: text.result.wallMs,
    outMs: out.result.wallMs,
    ratio,
    target: 2,
    met: ratio <= 2,
  };
}

function describeOutTime(o: NonNullable<ReturnType<typeof outTimeRatio>>): string {
  return `large plan, --out ÷ text check: ${(o.outMs / 1000).toFixed(1)} s ÷ ${(o.textMs / 1000).toFixed(1)} s = ${o.ratio} — target ≤ ${o.target}: ${o.met ? "met" : "MISSED"}`;
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
  const median = r.runs > 1 ? ` (median of ${r.runs})` : "";
  return `${r.input} (${r.fileKB} KB), ${r.run}${median}: ${(x.wallMs / 1000).toFixed(1)} s, peak RSS ${x.peakRssMB ?? "?"} MB, ${outcome} — target ${limits}: ${within ? "met" : "MISSED"}`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

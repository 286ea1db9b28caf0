/**
 * Runs one measurement in a fresh Node process, so its peak memory is its own: the compiled command line on a
 * file, or SheetJS reading it. The child reports its time and the OS's peak resident set size
 * (process.resourceUsage().maxRSS); the parent adds the wall time it saw, startup included.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface ChildResult {
  /** The command line's exit code, or null when the child died (out of memory, timed out). */
  code: number | null;
  /** Time inside the child, from just before the work to its end. */
  ms: number | null;
  /** Wall time seen by the parent, Node's startup and module loading included. */
  wallMs: number;
  peakRssMB: number | null;
  /** Characters written to stdout (the report), and the first line written to stderr. */
  outChars?: number;
  err?: string;
  /** Why the child ended without a result: a signal, a time-out, the last line it wrote to stderr. */
  died?: string;
}

const DIST = join(__dirname, "..", "dist", "cli");

function inChild(script: string, timeoutMs: number): ChildResult {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  const wallMs = Date.now() - t0;
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return { ...JSON.parse(line), wallMs };
  } catch {
    const why = r.error
      ? String((r.error as NodeJS.ErrnoException).code ?? r.error.message)
      : (r.signal ?? `exit ${r.status}`);
    const last = r.stderr.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
    return { code: null, ms: null, wallMs, peakRssMB: null, died: `${why} ${last}`.trim() };
  }
}

const REPORT = `
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);`;

/** The compiled command line run on `args` in a fresh process: exit code, time, peak memory. */
export function cliInChild(args: string[], timeoutMs = 180_000): ChildResult {
  return inChild(
    `const { run } = require(${JSON.stringify(join(DIST, "cli", "plan-check.js"))});
     let outChars = 0; let err = "";
     const t0 = process.hrtime.bigint();
     run(${JSON.stringify(args)}, { out: (s) => { outChars += s.length; }, err: (s) => { err += s; } }, { LANG: "en_US.UTF-8" }).then((code) => {
       ${REPORT}
       console.log(JSON.stringify({ code, ms, peakRssMB, outChars, err: err.split("\\n")[0].slice(0, 160) }));
     });`,
    timeoutMs
  );
}

/** SheetJS reading the file in dense mode, in a fresh process. */
export function sheetJsInChild(file: string, timeoutMs = 180_000): ChildResult {
  return inChild(
    `const XLSX = require(${JSON.stringify(require.resolve("xlsx"))});
     const t0 = process.hrtime.bigint();
     XLSX.readFile(${JSON.stringify(file)}, { dense: true });
     ${REPORT}
     console.log(JSON.stringify({ code: 0, ms, peakRssMB }));`,
    timeoutMs
  );
}

/** Times of the whole check and of SheetJS's read of one file, taken in one warm process. */
export interface RatioRuns {
  /** The whole command line on the file (read, recognize, validate, summarize, JSON to a sink), ms. */
  whole: number[];
  /** SheetJS reading the same file in dense mode, ms. */
  sheetJs: number[];
}

/**
 * The whole check against SheetJS's dense read, warm and fair: one fresh process loads both, runs each a few
 * times before timing (modules loaded, patterns built, code optimized), then takes them in turns, the order
 * swapped every round, each after a full garbage collection so neither pays for the other's garbage.
 */
export function ratioInChild(args: string[], file: string, runs: number, warm = 3): RatioRuns {
  const r = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "-e",
      `const { run } = require(${JSON.stringify(join(DIST, "cli", "plan-check.js"))});
       const XLSX = require(${JSON.stringify(require.resolve("xlsx"))});
       const io = { out: () => {}, err: () => {} };
       const whole = async () => { await run(${JSON.stringify(args)}, io, { LANG: "en_US.UTF-8" }); };
       const sheetJs = async () => { XLSX.readFile(${JSON.stringify(file)}, { dense: true }); };
       const time = async (fn) => { if (process.env.BENCH_GC) global.gc(); const t0 = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t0) / 1e6; };
       (async () => {
         for (let i = 0; i < ${warm}; i++) { await whole(); await sheetJs(); }
         const out = { whole: [], sheetJs: [] };
         for (let i = 0; i < ${runs}; i++) {
           if (i % 2) { out.sheetJs.push(await time(sheetJs)); out.whole.push(await time(whole)); }
           else { out.whole.push(await time(whole)); out.sheetJs.push(await time(sheetJs)); }
         }
         console.log(JSON.stringify(out));
       })();`,
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 }
  );
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as RatioRuns;
  } catch {
    throw new Error(
      `the ratio run failed: ${r.stderr.trim().split("\n").slice(-1)[0] ?? r.status}`
    );
  }
}

#!/usr/bin/env node
/**
 * plan-check FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--json] [--lang uk|en]
 * Reads a workbook, recognizes the plan, validates it and prints a report (or the JSON contract).
 * Exit codes: 0 no errors found, 1 errors found, 2 usage or file problem.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkWorkbook } from "../core/check";
import { buildReport } from "../core/report";
import { langFromLocale, t, type Lang, type MessageKey, type Params } from "../i18n";
import { parseArgs } from "./args";
import { textReport } from "./text-report";
import { readWorkbookGrids } from "./xlsx";

export const SEED_WORKBOOK = join("seeds", "zhytomyr-1325-plan.xlsx");

/** The repository root, found from this file whether it runs from src/ (tsx) or dist/ (node). */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "seeds"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY?: boolean;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
};

function isZip(file: string): boolean {
  // an .xlsx is a zip archive: "PK" and two more bytes; read only those
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(4);
    return readSync(fd, buf, 0, 4, 0) === 4 && buf[0] === 0x50 && buf[1] === 0x4b;
  } finally {
    closeSync(fd);
  }
}

export async function run(
  argv: string[],
  io: Io = stdio,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const parsed = parseArgs(argv);
  let lang: Lang = langFromLocale(env.PLAN_CHECK_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  const fail = (key: MessageKey, params: Params = {}) => {
    io.err(`plan-check: ${t(lang, key, params)}\n`);
    return 2;
  };
  if (!parsed.ok) return fail(parsed.key, parsed.params);
  const o = parsed.options;
  if (o.lang) lang = o.lang;
  if (o.help) {
    io.out(`${t(lang, "error.usage")}\n`);
    return 0;
  }
  if (o.files.length > 1) return fail("error.usage");
  const file = o.files[0] ?? join(packageRoot(), SEED_WORKBOOK);
  const shown = o.files[0] ?? SEED_WORKBOOK;
  if (!existsSync(file) || !statSync(file).isFile())
    return fail("error.file-not-found", { file: shown });
  if (!isZip(file)) return fail("error.not-a-workbook", { file: shown });
  let grids;
  try {
    grids = await readWorkbookGrids(resolve(file));
  } catch {
    return fail("error.not-a-workbook", { file: shown });
  }
  const asOf = o.asOf ?? today();
  const result = checkWorkbook(grids, { asOf, sheet: o.sheet });
  if (!("plan" in result)) {
    if (result.reason === "no-such-sheet")
      return fail("error.no-such-sheet", {
        file: shown,
        sheet: o.sheet,
        sheets: result.sheets.map((s) => s.sheet).join(", "),
      });
    return fail(`error.no-plan.${result.reason}` as MessageKey, { file: shown });
  }
  const report = buildReport(result, shown, asOf, lang);
  // indented for a person at a terminal, compact for a program reading a pipe
  const indent = io.isTTY ? 2 : undefined;
  io.out(o.json ? `${JSON.stringify(report, null, indent)}\n` : textReport(report, lang));
  return result.summary.findings.error > 0 ? 1 : 0;
}

if (require.main === module) {
  // a reader that stops early (| head) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`plan-check: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    }
  );
}

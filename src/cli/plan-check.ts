#!/usr/bin/env node
/**
 * plan-check [FILE.xlsx | DIR ...] [--sheet NAME] [--as-of YYYY-MM-DD] [--format text|json|csv] [--json]
 *            [--out FILE.xlsx] [--lang uk|en] [--header-row N] [--columns role=C,…] [--add-status [--with-notes]]
 * One workbook: recognizes the plan (where the user says its header and columns are, when told), validates it
 * and prints a report (or the JSON contract, or CSV); --out writes a checked copy, or with --add-status the
 * plan with a status column added. A folder or several files: checks each, with progress, and --out writes the
 * consolidated workbook. Exit codes: 0 no errors found, 1 errors found, 2 usage or file problem (for a folder:
 * when no file at all could be checked; otherwise the files not checked are listed and the plans answer).
 */
import { builtAtText, todayIso } from "../core/names";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkPlan, type CheckResult } from "../core/check";
import type { Grid } from "../core/grid";
import type { RecognizeOptions } from "../core/layout/recognize";
import { recognizeWorkbook, type WorkbookRecognition } from "../core/workbook";
import { isConsolidatedKind } from "../core/ownSheets";
import { buildReport, findingMessage, ruleTitle } from "../core/report";
import {
  compareWithEarlier,
  earlierFromGrids,
  type Changes,
  type EarlierPlan,
} from "../core/summary/changes";
import { consolidatedSheets, type PlanEntry } from "../core/summary/consolidated";
import { langFromLocale, t, type Lang, type MessageKey, type Params } from "../i18n";
import { parseArgs, type CliOptions } from "./args";
import { toCsv, type CsvRow } from "./csv";
import {
  fileSignature,
  firstLine,
  inputKind,
  outputRefusal,
  outputTouchesInput,
  systemRefusal,
  writeAtomically,
  type Refusal,
} from "./files";
import { openPlanSheets } from "./package/statusColumn";
import { statusColumnRefusal, statusColumnsAdded, statusColumnSpecs } from "../core/statusColumn";
import { terminalSafe } from "./terminal";
import { deferred, TERMINAL_CONTROL, writeJson } from "./json";
import { textReport, writeTextReport } from "./text-report";
import { isRefusal, readWorkbook, WorkbookRefusal } from "./read";
import { unmarkedConsolidated } from "./consolidatedSheets";

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

export const today = (): string => todayIso();
const now = (): string => builtAtText();

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY?: boolean;
  /** Standard error is a terminal: progress is a bar; otherwise plain lines. */
  errIsTTY?: boolean;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
};

/** The executor directory file: one name a line, blank lines and "#" comments skipped. */
function directoryOf(o: CliOptions): string[] | undefined | Refusal {
  if (!o.directory) return undefined;
  const what = inputKind(o.directory);
  if ("key" in what) return what;
  if (what.kind === "dir") return { key: "error.is-directory", params: { file: o.directory } };
  try {
    return readFileSync(o.directory, "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
  } catch (e) {
    return systemRefusal(e, o.directory);
  }
}

/**
 * A file checked: its result, whether the workbook's texts were read free of terminal controls (then its
 * JSON needs no escaping beyond JSON.stringify's), and its plan sheet's cells where the caller asked to keep
 * them (to add a column).
 */
type Checked =
  | { ok: true; result: CheckResult; controlFree: boolean; grids?: Grid[] }
  | ({ ok: false } & Refusal);

/** Reads and checks one file; every problem a user can cause is a message key, never an exception. */
async function checkFile(
  file: string,
  shown: string,
  o: CliOptions,
  asOf: string | undefined,
  directory: string[] | undefined,
  keepGrid = false
): Promise<Checked> {
  try {
    return await checkFileOrThrow(file, shown, o, asOf, directory, keepGrid);
  } catch (e) {
    // a file that brings the reader or the engine down is one file that could not be checked, never the run
    const reason = firstLine(e);
    return { ok: false, key: "error.unreadable-workbook", params: { file: shown, reason } };
  }
}

/**
 * The consolidated workbook's writers, loaded only when one is written: a check that only reports (or writes a
 * checked copy) never loads ExcelJS, a third of a second of the command line's start.
 */
async function writers() {
  const [render, excel] = await Promise.all([import("./render"), import("exceljs")]);
  return { ...render, ExcelJS: excel.default };
}

/**
 * The file's sheets read and their plan recognized. The sheets' cells are this function's alone: once it
 * returns, what the check needs is in the plan, and the cells go before the findings are made; only the plan
 * sheet's are kept, where asked (a status column is planned on them).
 */
function recognizeFile(
  file: string,
  sheet: string | undefined,
  layout: RecognizeOptions | undefined,
  keepGrid: boolean
): { rec: WorkbookRecognition; controlFree: boolean; grids?: Grid[]; consolidated?: boolean } {
  const grids = readWorkbook(file);
  if (isRefusal(grids)) throw new WorkbookRefusal(grids);
  const controlFree = grids.every((g) => g.controlFree === true);
  // a folder's consolidated workbook holds no plan: said as such, not as an empty workbook; one written
  // before its sheets were marked is known by their names, and its lists of measures are not read as a plan
  const rec = recognizeWorkbook(
    sheet === undefined && unmarkedConsolidated(grids) ? [] : grids,
    sheet,
    layout
  );
  if (!rec.ok && (grids.some((g) => isConsolidatedKind(g.ownKind)) || unmarkedConsolidated(grids)))
    return { rec, controlFree, consolidated: true };
  if (!keepGrid || !rec.ok) return { rec, controlFree };
  const sheets = rec.plan.planSheets ?? [rec.plan.sheet];
  return { rec, controlFree, grids: grids.filter((g) => sheets.includes(g.sheetName)) };
}

async function checkFileOrThrow(
  file: string,
  shown: string,
  o: CliOptions,
  asOf: string | undefined,
  directory: string[] | undefined,
  keepGrid: boolean
): Promise<Checked> {
  const what = inputKind(file);
  if ("key" in what) return { ok: false, ...what, params: { ...what.params, file: shown } };
  if (what.kind === "dir") return { ok: false, key: "error.is-directory", params: { file: shown } };
  const kind = fileSignature(file);
  if (typeof kind === "object")
    return { ok: false, ...kind, params: { ...kind.params, file: shown } };
  if (kind === "ods") return { ok: false, key: "error.opendocument", params: { file: shown } };
  if (kind === "ole")
    return { ok: false, key: "error.old-or-locked-workbook", params: { file: shown } };
  if (kind !== "zip") return { ok: false, key: "error.not-a-workbook", params: { file: shown } };
  let rec: WorkbookRecognition;
  let grids: Grid[] | undefined;
  let controlFree: boolean;
  let consolidated: boolean | undefined;
  try {
    ({ rec, grids, controlFree, consolidated } = recognizeFile(
      resolve(file),
      o.sheet,
      layoutOf(o),
      keepGrid
    ));
  } catch (e) {
    // what the reader refuses (damaged, encrypted, too large…) has its own message
    if (e instanceof WorkbookRefusal)
      return { ok: false, key: e.refusal.key, params: { ...e.refusal.params, file: shown } };
    // a zip archive the workbook reader cannot make sense of: say what it said
    const reason = firstLine(e);
    return { ok: false, key: "error.unreadable-workbook", params: { file: shown, reason } };
  }
  if (consolidated)
    return { ok: false, key: "error.consolidated-workbook", params: { file: shown } };
  const result = rec.ok
    ? checkPlan(rec.plan, rec.sheets, {
        asOf,
        today: today(),
        sheet: o.sheet,
        layout: layoutOf(o),
        period: o.period ?? null,
        directory,
      })
    : rec;
  if (!("plan" in result)) {
    if (result.reason === "no-such-sheet")
      return {
        ok: false,
        key: "error.no-such-sheet",
        params: {
          file: shown,
          sheet: o.sheet,
          sheets: result.sheets.map((s) => s.sheet).join(", "),
        },
      };
    if (result.reason === "no-header" && layoutOf(o))
      return { ok: false, key: "error.manual-layout", params: { file: shown } };
    return {
      ok: false,
      key: `error.no-plan.${result.reason}` as MessageKey,
      params: { file: shown },
    };
  }
  return { ok: true, result, controlFree, ...(grids ? { grids } : {}) };
}

/** The header row and columns the user gave (`--header-row`, `--columns`), if any. */
function layoutOf(o: CliOptions): RecognizeOptions | undefined {
  if (o.headerRow === undefined && o.columns === undefined && o.unusedColumns === undefined)
    return undefined;
  return {
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.columns !== undefined ? { columns: o.columns } : {}),
    ...(o.unusedColumns !== undefined ? { unusedColumns: o.unusedColumns } : {}),
  };
}

function csvRows(result: CheckResult, file: string, lang: Lang): CsvRow[] {
  return result.findings.map((f) => ({
    file,
    sheet: f.sheet ?? result.plan.sheet,
    cell: f.cell,
    row: f.row,
    severity: f.severity,
    rule: f.rule,
    title: ruleTitle(f.rule, lang),
    measure: f.measure,
    message: findingMessage(f, lang),
  }));
}

/** The workbooks a folder holds (Excel's lock files "~$…" are not workbooks). */
function workbooksIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith("~$"))
    .sort((a, b) => a.localeCompare(b))
    .map((f) => join(dir, f));
}

export async function run(
  argv: string[],
  io: Io = stdio,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const parsed = parseArgs(argv);
  let lang: Lang = langFromLocale(env.PLAN_CHECK_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  const fail = (key: MessageKey, params: Params = {}) => {
    io.err(`plan-check: ${terminalSafe(t(lang, key, params)).replace(/\n/g, " ")}\n`);
    return 2;
  };
  if (!parsed.ok) return fail(parsed.key, parsed.params);
  const o = parsed.options;
  if (o.lang) lang = o.lang;
  if (o.help) {
    io.out(`${t(lang, "error.usage")}\n`);
    return 0;
  }
  // the as-of date: the option's, else the title's ("станом на 30.06.2023"), else today's
  const runAsOf = o.asOf ?? today();
  const directory = directoryOf(o);
  if (directory && !Array.isArray(directory)) return fail(directory.key, directory.params);
  const first = o.files.length === 1 ? inputKind(o.files[0]) : null;
  const batch = o.files.length > 1 || (first !== null && "kind" in first && first.kind === "dir");
  if (batch && o.since) return fail("error.since-one-file");
  if (batch) return runBatch(o, io, lang, runAsOf, directory, fail);

  const file = o.files[0] ?? join(packageRoot(), SEED_WORKBOOK);
  const shown = o.files[0] ?? SEED_WORKBOOK;
  if (o.out) {
    const refused = outRefusal(o.out, [file]) ?? kindRefusal(file, o.out);
    if (refused) return fail(refused.key, refused.params);
  }
  const addStatus = o.addStatus === true && o.out !== undefined;
  const checked = await checkFile(file, shown, o, o.asOf, directory, addStatus);
  if (!checked.ok) return fail(checked.key, checked.params);
  if (addStatus) {
    if (!checked.grids?.length)
      return fail("error.unreadable-workbook", { file: shown, reason: checked.result.plan.sheet });
    return runAddStatus(file, o.out!, checked.result, checked.grids, o, io, lang, directory, fail);
  }
  const { result } = checked;
  const asOf = result.asOf.date;
  let changes: Changes | null = null;
  if (o.since) {
    const earlier = await earlierOf(o.since);
    if ("key" in earlier) return fail(earlier.key, earlier.params);
    changes = compareWithEarlier(result, earlier, directory);
  }
  // the copy is written before the report is printed: a failed write is exit 2 with nothing on stdout
  if (o.out) {
    const out = o.out;
    const failed = await writeAtomically(out, (tmp) =>
      // the copy is the package edited, no ExcelJS in it
      import("./package/copy").then(({ writeCheckedCopy }) =>
        writeCheckedCopy(file, tmp, result, { lang, asOf, builtAt: now(), changes })
      )
    );
    if (failed) return fail(failed.key, failed.params);
  }
  // the report's long lists are made entry by entry as they are written, never held beside the plan
  const report = buildReport(result, shown, asOf, lang, deferred);
  // nothing to escape where neither the workbook's texts, nor the file's name, nor the directory hold a control
  const plain =
    checked.controlFree &&
    !changes &&
    ![shown, ...(directory ?? [])].some((s) => TERMINAL_CONTROL.test(s));
  if (o.format === "json")
    writeJson(changes ? { ...report, changes } : report, io.out, io.isTTY, plain);
  else if (o.format === "csv") io.out(toCsv(csvRows(result, shown, lang)));
  else {
    writeTextReport(report, lang, io.out, terminalSafe);
    if (changes) io.out(terminalSafe(changesText(changes, lang)));
  }
  if (o.out) io.err(`${terminalSafe(t(lang, "report.written", { file: o.out }))}\n`);
  return result.summary.findings.error > 0 ? 1 : 0;
}

/** The earlier summary's data table, read from its workbook, or why it cannot be. */
async function earlierOf(file: string): Promise<EarlierPlan | Refusal> {
  const what = inputKind(file);
  if ("key" in what) return { ...what, params: { ...what.params, file } };
  if (what.kind === "dir") return { key: "error.is-directory", params: { file } };
  if (fileSignature(file) !== "zip") return { key: "error.not-a-workbook", params: { file } };
  try {
    const grids = readWorkbook(resolve(file));
    if (isRefusal(grids)) throw new WorkbookRefusal(grids);
    const earlier = earlierFromGrids(grids);
    return earlier ?? { key: "error.since-no-data", params: { file } };
  } catch (e) {
    if (e instanceof WorkbookRefusal)
      return { key: e.refusal.key, params: { ...e.refusal.params, file } };
    return { key: "error.unreadable-workbook", params: { file, reason: firstLine(e) } };
  }
}

/** The text report's closing lines: what changed since the earlier summary, one change a line. */
function changesText(changes: Changes, lang: Lang): string {
  const since = changes.since ?? t(lang, "changes.unknownDate");
  const lines = [
    "",
    t(lang, "report.since", { since, count: changes.list.length }),
    ...changes.list.map((c) =>
      t(lang, "report.sinceLine", {
        change: t(lang, `changes.kind.${c.kind}` as MessageKey),
        number: c.number ?? "",
        measure: c.text.length > 80 ? `${c.text.slice(0, 79)}…` : c.text,
      })
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * `--add-status --out COPY.xlsx`: the copy is the plan with a status column right of its table and nothing
 * else changed; what was added is said on stderr, and the report is the copy's, checked again, so the user
 * sees the new column read as the status. The plan's cells come from the first check, and the package is
 * loaded once: the input is read once.
 */
async function runAddStatus(
  file: string,
  out: string,
  result: CheckResult,
  grids: Grid[],
  o: CliOptions,
  io: Io,
  lang: Lang,
  directory: string[] | undefined,
  fail: (key: MessageKey, params?: Params) => number
): Promise<number> {
  const sheets = await openPlanSheets(file, result.plan.planSheets ?? [result.plan.sheet]);
  const planned = statusColumnSpecs(result.plan, grids, {
    protectedSheets: sheets.protected,
    withNotes: o.withNotes,
  });
  if (!planned.ok) {
    io.err(`plan-check: ${terminalSafe(statusColumnRefusal(planned, lang))}\n`);
    return 2;
  }
  const { specs } = planned;
  let refusedAt: { cell: string; sheet: string } | null = null;
  const failed = await writeAtomically(out, async (tmp) => {
    const done = await sheets.writeWithStatusColumns(tmp, specs);
    if (!done.ok) refusedAt = { cell: done.cell, sheet: done.sheet };
  });
  if (refusedAt !== null) {
    io.err(`plan-check: ${terminalSafe(t(lang, "statusColumn.refused.not-free", refusedAt))}\n`);
    return 2;
  }
  if (failed) return fail(failed.key, failed.params);
  const told = statusColumnsAdded(specs);
  io.err(`${terminalSafe(t(lang, told.key, told.params))}\n`);
  // the new columns are the ones read, whatever the user said of the plan's own ("status=none")
  const added = Object.fromEntries(specs[0].columns.map((c) => [c.role, c.col]));
  const columns = o.columns ? { ...o.columns, ...added } : undefined;
  const again = await checkFile(
    out,
    out,
    { ...o, sheet: specs[0].sheet, columns },
    o.asOf,
    directory
  );
  if (!again.ok) return fail(again.key, again.params);
  const asOf = again.result.asOf.date;
  const report = buildReport(again.result, out, asOf, lang, deferred);
  if (o.format === "json") writeJson(report, io.out, io.isTTY);
  else if (o.format === "csv") io.out(toCsv(csvRows(again.result, out, lang)));
  else io.out(terminalSafe(textReport(report, lang)));
  io.err(`${terminalSafe(t(lang, "report.written", { file: out }))}\n`);
  return again.result.summary.findings.error > 0 ? 1 : 0;
}

/**
 * A copy keeps every part of the plan's workbook, its macros too: a macro-enabled plan (.xlsm) is copied to
 * an .xlsm, any other to an .xlsx, since Excel opens neither under the other's name.
 */
function kindRefusal(input: string, out: string): Refusal | null {
  const macros = /\.xlsm$/i.test(input);
  if (macros === /\.xlsm$/i.test(out)) return null;
  return { key: macros ? "error.out-needs-xlsm" : "error.out-not-xlsx", params: { file: out } };
}

/** Why `out` may not be written: it is (or links to) an input, or it is no place for a file. */
function outRefusal(out: string, inputs: string[]): Refusal | null {
  const touched = outputTouchesInput(out, inputs);
  if (touched) return { key: "error.out-is-input", params: { file: out } };
  return outputRefusal(out);
}

async function runBatch(
  o: CliOptions,
  io: Io,
  lang: Lang,
  asOf: string,
  directory: string[] | undefined,
  fail: (key: MessageKey, params?: Params) => number
): Promise<number> {
  const files: string[] = [];
  for (const f of o.files) {
    const what = inputKind(f);
    if ("kind" in what && what.kind === "dir") {
      const inside = workbooksIn(f);
      if (inside.length === 0 && o.files.length === 1) return fail("batch.noFiles", { dir: f });
      files.push(...inside);
    } else files.push(f);
  }
  if (o.out) {
    // the consolidated workbook is a new workbook without macros
    const refused =
      outRefusal(o.out, files) ??
      (/\.xlsm$/i.test(o.out)
        ? { key: "error.out-not-xlsx" as const, params: { file: o.out } }
        : null);
    if (refused) return fail(refused.key, refused.params);
  }
  const entries: PlanEntry[] = [];
  const rows: CsvRow[] = [];
  let errors = 0;
  for (const [i, file] of files.entries()) {
    const shown = file;
    const checked = await checkFile(file, shown, o, o.asOf, directory);
    let line: string;
    if (checked.ok) {
      const { result } = checked;
      const f = result.summary.findings;
      errors += f.error;
      entries.push({
        file: basename(file),
        ok: true,
        sheet: result.plan.sheet,
        asOf: result.asOf.date,
        total: result.summary.total,
        goals: result.summary.byStrategicGoal.map((g) => ({ ...g, operationalGoals: undefined })),
        executors: result.summary.byExecutor,
        overdue: result.summary.overdueByExecutor,
        findings: result.findings.map((x) => ({
          sheet: x.sheet ?? result.plan.sheet,
          cell: x.cell,
          severity: x.severity,
          rule: x.rule,
          measure: x.measure,
          message: findingMessage(x, lang),
        })),
        counts: f,
      });
      rows.push(...csvRows(result, basename(file), lang));
      line = t(lang, "batch.result.ok", {
        measures: result.plan.measures.length,
        errors: f.error,
        warnings: f.warning,
      });
    } else {
      const reason = t(lang, checked.key, checked.params);
      entries.push({ file: basename(file), ok: false, reason });
      line = reason;
    }
    const progress = t(lang, "batch.progress", {
      n: i + 1,
      total: files.length,
      file: basename(file),
      result: line,
    });
    if (io.errIsTTY) {
      const width = 24;
      const done = Math.round(((i + 1) / files.length) * width);
      // a file not checked keeps its line; the bar goes on below it
      const end = i + 1 === files.length || !checked.ok ? "\n" : "";
      io.err(
        `\r\u001b[2K[${"#".repeat(done)}${".".repeat(width - done)}] ${terminalSafe(progress).slice(0, checked.ok ? 100 : Infinity)}${end}`
      );
    } else io.err(`${terminalSafe(progress)}\n`);
  }

  const checkedEntries = entries.filter((e) => e.ok);
  const totals = {
    files: entries.length,
    checked: checkedEntries.length,
    failed: entries.length - checkedEntries.length,
    measures: checkedEntries.reduce((n, e) => n + (e.total?.measures ?? 0), 0),
    errors,
    warnings: checkedEntries.reduce((n, e) => n + (e.counts?.warning ?? 0), 0),
  };
  // nothing could be checked: a file problem (exit 2), so nothing is printed or written
  if (totals.checked === 0) return fail("batch.noneChecked", { total: totals.files });
  // the consolidated workbook is written before anything is printed: a failed write prints nothing
  if (o.out) {
    const failed = await writeAtomically(o.out, async (tmp) => {
      const { ExcelJS, renderConsolidated } = await writers();
      const wb = new ExcelJS.Workbook();
      renderConsolidated(wb, consolidatedSheets(entries, { lang, asOf, builtAt: now() }));
      await wb.xlsx.writeFile(tmp);
    });
    if (failed) return fail(failed.key, failed.params);
  }
  if (o.format === "json") {
    const doc = {
      version: 1,
      asOf,
      lang,
      totals,
      files: entries.map((e) => ({
        file: e.file,
        ok: e.ok,
        reason: e.reason ?? null,
        sheet: e.sheet ?? null,
        asOf: e.asOf ?? null,
        measures: e.total?.measures ?? null,
        findings: e.counts ?? null,
        summary: e.total ?? null,
        byStrategicGoal: e.goals ?? [],
      })),
      findings: rows,
    };
    writeJson(doc, io.out, io.isTTY);
  } else if (o.format === "csv") io.out(toCsv(rows));
  else {
    const lines = [
      t(lang, "batch.summary", {
        checked: totals.checked,
        total: totals.files,
        measures: totals.measures,
        errors: totals.errors,
        warnings: totals.warnings,
        failed: totals.failed,
      }),
      ...entries.map(
        (e) =>
          `  ${e.file}: ${e.ok ? t(lang, "batch.result.ok", { measures: e.total!.measures, errors: e.counts!.error, warnings: e.counts!.warning }) : e.reason}`
      ),
    ];
    io.out(terminalSafe(`${lines.join("\n")}\n`));
  }
  if (o.out) io.err(`${terminalSafe(t(lang, "report.written", { file: o.out }))}\n`);
  // the plans checked answer by their findings; the files that could not be checked are listed last, apart
  if (totals.failed > 0) {
    const notChecked = entries
      .filter((e) => !e.ok)
      .map((e) => `  ${e.file}: ${e.reason}`)
      .join("\n");
    io.err(
      terminalSafe(
        `${t(lang, "batch.notChecked", { failed: totals.failed, total: totals.files })}\n${notChecked}\n`
      )
    );
  }
  return errors > 0 ? 1 : 0;
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
      const reason = firstLine(e, Infinity);
      process.stderr.write(`plan-check: ${terminalSafe(reason)}\n`);
      process.exitCode = 2;
    }
  );
}

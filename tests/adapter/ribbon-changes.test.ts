/**
 * Build summary run from the ribbon: its outcome carries what changed since the summary before, so the pane
 * lists the changes as after its own Build summary — at once when it is open, or when it is opened later on
 * the same workbook — and never those of another workbook open in the same Excel (localStorage is shared).
 * Against the Excel API double, on the report seed edited the way a user would.
 */
import { join } from "node:path";
import { runCommand } from "../../src/commands/run";
import { buildSummary, inspect } from "../../src/excel/operations";
import type { Capabilities } from "../../src/excel/read";
import { SETTINGS_KEY, type AddinState } from "../../src/excel/state";
import {
  OUTCOME_EVENT,
  OUTCOME_KEY,
  publishOutcome,
  readOutcome,
  slimChanges,
  type SharedOutcome,
} from "../../src/shared/outcome";
import { ribbonChanges } from "../../src/taskpane/changesView";
import { ExcelDouble } from "../double/excelDouble";
import { MemoryStorage } from "../fixtures/storage";

const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const SHEET = "Звіт 2023";
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS = { lang: "uk" as const, caps: ALL, today: "2026-12-01", builtAt: "2026-12-01 10:05" };

const g = globalThis as unknown as Record<string, unknown>;
let double: ExcelDouble;

function host(d: ExcelDouble) {
  g.Excel = { run: (o: unknown, b: unknown) => d.run(o, b as never) };
}

beforeEach(async () => {
  double = await ExcelDouble.fromFile(REPORT);
  g.localStorage = new MemoryStorage();
  g.location = { origin: "https://localhost:3000" };
  host(double);
  g.Office = {
    context: {
      displayLanguage: "uk-UA",
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= 1.13,
      },
      ui: { displayDialogAsync: () => undefined },
    },
  };
});

afterAll(() => {
  for (const k of ["localStorage", "location", "Excel", "Office", "dispatchEvent"]) delete g[k];
});

const ribbon = (name: "buildSummary" | "validatePlan") =>
  runCommand(name, { completed: () => undefined });
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
/** What the pane reads on opening, or after hearing the ribbon: the workbook's state. */
const paneState = async (d: ExcelDouble) => (await runIn(d, (ctx) => inspect(ctx, OPTS))).state;
/** The plan edited between two summaries: a status, a deadline, an executor. */
function edit(d: ExcelDouble) {
  const ws = d.sheet(SHEET)!;
  ws.getCell("F9").value = "Виконано";
  ws.getCell("E15").value = "2024";
  ws.getCell("D18").value = "Департамент освіти міської ради";
}
const told = (): SharedOutcome => readOutcome()!;

test("the ribbon's Build summary tells the pane what changed: the same changes as the pane's own run, each with its cell", async () => {
  await ribbon("buildSummary");
  // the first summary: nothing to compare with, said as such
  expect(ribbonChanges(told(), await paneState(double))).toEqual({ changes: null });
  edit(double);
  await ribbon("buildSummary");
  const listed = ribbonChanges(told(), await paneState(double));
  expect(listed?.sheet).toBe("Зміни");
  expect(listed?.changes?.since).toBe("2023-06-30");
  expect(listed?.changes?.list.map((c) => [c.kind, c.cell, c.before, c.after])).toEqual([
    ["newlyDone", "C9", "inProgressOnTime", "done"],
    ["deadlineChanged", "C15", "2021-01-01 – 2025-12-31", "2024-01-01 – 2024-12-31"],
    [
      "executorsChanged",
      "C18",
      "Управління з питань надзвичайних ситуацій та цивільного захисту населення",
      "Департамент освіти міської ради",
    ],
  ]);
  // what the pane's own Build summary would list on a workbook in the same state
  const twin = await ExcelDouble.fromFile(REPORT);
  await runIn(twin, (ctx) => buildSummary(ctx, OPTS));
  edit(twin);
  const own = await runIn(twin, (ctx) => buildSummary(ctx, OPTS));
  expect(listed?.changes?.list).toEqual(slimChanges(own.changes!)!.list);
});

test("the outcome names its summary, and the workbook keeps the same id: a later summary of the pane's own, or another workbook, is not this one", async () => {
  await ribbon("buildSummary");
  const outcome = told();
  const state = JSON.parse(double.settings.get(SETTINGS_KEY) as string) as AddinState;
  expect(state.summarized?.id).toBe(outcome.summary?.id);
  expect(state.summarized?.id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  // another workbook open in the same Excel, its pane hearing the same storage
  const other = await ExcelDouble.fromFile(REPORT);
  await runIn(other, (ctx) => buildSummary(ctx, OPTS));
  expect(ribbonChanges(outcome, await paneState(other))).toBeNull();
  // the pane built the summary again since: the ribbon's changes are no longer the last ones
  await runIn(double, (ctx) => buildSummary(ctx, OPTS));
  expect(ribbonChanges(outcome, await paneState(double))).toBeNull();
});

test("only a Build summary that worked tells changes; Validate and a refused summary tell none", async () => {
  await ribbon("validatePlan");
  expect(told().summary).toBeUndefined();
  expect(ribbonChanges(told(), await paneState(double))).toBeNull();
  await ribbon("buildSummary");
  double.protect("Зведення");
  await ribbon("buildSummary");
  expect(told()).toMatchObject({ command: "buildSummary", ok: false, key: "excel.protected" });
  expect(told().summary).toBeUndefined();
  expect(ribbonChanges(told(), await paneState(double))).toBeNull();
});

test("in a shared runtime the event carries the whole comparison; storage too full for it keeps the message without it", async () => {
  await ribbon("buildSummary");
  edit(double);
  const heard: SharedOutcome[] = [];
  const target = new EventTarget();
  target.addEventListener(OUTCOME_EVENT, (e) => heard.push((e as CustomEvent).detail));
  g.dispatchEvent = (e: Event) => target.dispatchEvent(e);
  // room for a message, not for the changes
  g.localStorage = new MemoryStorage(600);
  try {
    await ribbon("buildSummary");
  } finally {
    delete g.dispatchEvent;
  }
  expect(heard[0].summary?.changes?.list).toHaveLength(3);
  expect(ribbonChanges(heard[0], await paneState(double))?.changes?.list).toHaveLength(3);
  const stored = JSON.parse((g.localStorage as MemoryStorage).getItem(OUTCOME_KEY)!);
  expect(stored).toMatchObject({ command: "buildSummary", ok: true, key: "excel.summary-built" });
  expect(stored.summary).toBeUndefined();
});

test("a measure's text travels cut to what the pane shows, so a long list fits in localStorage", () => {
  const long = "Проведення ".repeat(40);
  const outcome: SharedOutcome = {
    command: "buildSummary",
    ok: true,
    key: "excel.summary-built",
    params: {},
    at: "2026-12-01 10:05",
    summary: {
      id: "a-b",
      changes: slimChanges({
        since: null,
        list: [
          {
            kind: "added",
            strategicGoal: "1",
            number: "1.1.1",
            text: long,
            before: null,
            after: null,
            cell: "C8",
          },
        ],
        byGoal: [],
      }),
    },
  };
  publishOutcome(outcome);
  expect(readOutcome()?.summary?.changes?.list[0].text).toBe(long.slice(0, 120));
});

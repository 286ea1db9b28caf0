/**
 * A validation made before the pane was opened: Validate stamps the workbook with when, as of which date and
 * fingerprints of the plan and its findings; the pane's reading tells from the stamp alone whether the
 * highlights still hold, and says so in plain sentences. Against the Excel API double.
 */
import { clearHighlights, inspect, saveChoices, validate } from "../../src/excel/operations";
import type { Capabilities } from "../../src/excel/read";
import { SETTINGS_KEY, type AddinState } from "../../src/excel/state";
import { t } from "../../src/i18n";
import {
  changedSince,
  earlierSentences,
  earlierValidation,
  settingsOf,
  staleText,
  type Setting,
} from "../../src/taskpane/staleness";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { writeFixture } from "../fixtures/workbook";

const ALL: Capabilities = { mergedAreas: true, comments: true };
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const OPTS = { lang: "uk" as const, caps: ALL, today: "2026-12-01", builtAt: "2026-12-01 10:05" };
const state = (d: ExcelDouble): AddinState => JSON.parse(d.settings.get(SETTINGS_KEY) as string);
const SHEET = "План";

async function plan(name: string): Promise<ExcelDouble> {
  const sheet = renderPlan(
    { ...CLEAN_PLAN, title: [...CLEAN_PLAN.title, "Звіт про виконання станом на 30.06.2023"] },
    { sheetName: SHEET }
  );
  return ExcelDouble.fromFile(await writeFixture(name, [sheet]));
}

/** What the pane makes of the workbook when it is opened: its reading, and the earlier validation. */
async function opened(d: ExcelDouble) {
  const out = await runIn(d, (ctx) => inspect(ctx, OPTS));
  return earlierValidation(out.state, out.result!);
}

/** The cell of the first measure's deadline, as the user would edit it. */
async function firstDeadline(d: ExcelDouble): Promise<string> {
  const out = await runIn(d, (ctx) => inspect(ctx, OPTS));
  return out.result!.plan.measures.find((m) => m.deadlineCell)!.deadlineCell!;
}

test("a workbook never validated has no earlier validation to speak of", async () => {
  expect(await opened(await plan("earlier-none"))).toBeNull();
});

test("opened after Validate, with nothing changed: when it was made, as of which date, and that it still holds", async () => {
  const d = await plan("earlier-current");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  expect(state(d).validated).toMatchObject({
    at: "2026-12-01 10:05",
    asOf: "2023-06-30",
    sheet: "Перевірка",
  });
  const e = await opened(d);
  expect(e).toEqual({
    date: "2026-12-01",
    time: "10:05",
    asOf: "2023-06-30",
    sheet: "Перевірка",
    current: true,
    planChanged: false,
    asOfChanged: false,
    layoutChanged: false,
  });
  expect(earlierSentences(e!, "2023-06-30")).toEqual([
    { key: "pane.earlier.when", params: { date: "2026-12-01", time: "10:05", asOf: "2023-06-30" } },
    { key: "pane.earlier.current", params: { sheet: "Перевірка" } },
  ]);
});

test("a cell of the plan edited since: the plan changed, the highlights are from before", async () => {
  const d = await plan("earlier-edited");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const cell = await firstDeadline(d);
  d.sheet(SHEET)!.getCell(cell).value = "2019";
  const e = await opened(d);
  expect(e).toMatchObject({ current: false, planChanged: true, asOfChanged: false });
  expect(earlierSentences(e!, "2023-06-30").map((x) => x.key)).toEqual([
    "pane.earlier.when",
    "pane.earlier.planChanged",
    "pane.earlier.stale",
  ]);
});

test("another as-of date since, the plan as it was: the date is said, not a change of the plan", async () => {
  const d = await plan("earlier-as-of");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) => saveChoices(ctx, ALL, { asOf: "2030-01-01" }));
  const e = await opened(d);
  expect(e).toMatchObject({ current: false, planChanged: false, asOfChanged: true });
  expect(earlierSentences(e!, "2030-01-01")).toEqual([
    { key: "pane.earlier.when", params: { date: "2026-12-01", time: "10:05", asOf: "2023-06-30" } },
    { key: "pane.earlier.asOfChanged", params: { asOf: "2030-01-01" } },
    { key: "pane.earlier.stale", params: { sheet: "Перевірка" } },
  ]);
});

test("a setting changed since, with the plan and the date as they were: the findings differ, and that is said", async () => {
  const d = await plan("earlier-period");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) =>
    saveChoices(ctx, ALL, { period: { start: "2030-01-01", end: "2031-12-31" } })
  );
  const e = await opened(d);
  expect(e).toMatchObject({ current: false, planChanged: false, asOfChanged: false });
  expect(earlierSentences(e!, "2023-06-30").map((x) => x.key)).toEqual([
    "pane.earlier.when",
    "pane.earlier.settingsChanged",
    "pane.earlier.stale",
  ]);
});

test("a column role or header row chosen by hand since: the settings changed, not the plan", async () => {
  const d = await plan("earlier-layout");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const read = (await runIn(d, (ctx) => inspect(ctx, OPTS))).result!;
  // the user says the deadline column is not used (the manual layout's "not used")
  const deadline = read.plan.layout.columns.deadline!;
  const header = read.plan.layout.headerRows[read.plan.layout.headerRows.length - 1];
  await runIn(d, (ctx) => saveChoices(ctx, ALL, { headerRow: header, columns: { deadline: "" } }));
  expect(deadline).toBeGreaterThanOrEqual(0);
  const e = await opened(d);
  expect(e).toMatchObject({
    current: false,
    planChanged: false,
    asOfChanged: false,
    layoutChanged: true,
  });
  expect(earlierSentences(e!, "2023-06-30").map((x) => x.key)).toEqual([
    "pane.earlier.when",
    "pane.earlier.layoutChanged",
    "pane.earlier.stale",
  ]);
  // choosing the layout as it was makes the highlights current again
  await runIn(d, (ctx) => saveChoices(ctx, ALL, { headerRow: undefined, columns: undefined }));
  expect(await opened(d)).toMatchObject({ current: true, layoutChanged: false });
});

test("a stamp of an earlier version (no layout choices in it) still tells a plan edited since", async () => {
  const d = await plan("earlier-old-stamp");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const older = state(d);
  delete older.validated!.choices;
  d.settings.set(SETTINGS_KEY, JSON.stringify(older));
  d.sheet(SHEET)!.getCell(await firstDeadline(d)).value = "2019";
  expect(await opened(d)).toMatchObject({ planChanged: true, layoutChanged: false });
});

test("highlights without a stamp (an older add-in's): an earlier validation of unknown time, not current", async () => {
  const d = await plan("earlier-unstamped");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  const older = state(d);
  delete older.validated;
  d.settings.set(SETTINGS_KEY, JSON.stringify(older));
  const e = await opened(d);
  expect(e).toMatchObject({ date: null, current: false });
  expect(earlierSentences(e!, "2023-06-30")).toEqual([{ key: "pane.earlier.unknown", params: {} }]);
});

test("after Clear highlights there is no earlier validation, and the stamp is gone", async () => {
  const d = await plan("earlier-cleared");
  await runIn(d, (ctx) => validate(ctx, OPTS));
  await runIn(d, (ctx) => clearHighlights(ctx, OPTS));
  expect(state(d).validated).toBeUndefined();
  expect(await opened(d)).toBeNull();
});

describe("what is from before since a setting changed in this session, in one sentence where it can be", () => {
  const uk = (key: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t("uk", key, p);
  const en = (key: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t("en", key, p);

  test("the same settings changed since Validate and since Build summary: said once, the list joined in words", () => {
    const stale = {
      marksChanged: ["asOf", "period"] as Setting[],
      summaryChanged: ["asOf", "period"] as Setting[],
      findingsSheet: "Перевірка",
    };
    expect(staleText(stale, "uk", uk)).toBe(
      "Ви змінили дату «станом на» і період плану після перевірки та зведення: виділення в плані, аркуш «Перевірка» і зведення показують попередній стан."
    );
    expect(staleText(stale, "en", en)).toBe(
      "You changed the as-of date and the plan period after validating and building the summary: the highlights, the “Перевірка” sheet and the summary show the earlier state."
    );
  });

  test("only the highlights, or each with its own list", () => {
    expect(
      staleText(
        { marksChanged: ["directory"], summaryChanged: [], findingsSheet: "Перевірка" },
        "uk",
        uk
      )
    ).toBe(
      "Ви змінили довідник виконавців після перевірки: виділення в плані та аркуш «Перевірка» показують попередню перевірку."
    );
    expect(
      staleText({ marksChanged: [], summaryChanged: ["layout", "directory", "period"] }, "en", en)
    ).toBe(
      "You changed the plan's columns, the executor directory, and the plan period after building the summary: it is out of date."
    );
  });
});

describe("the settings results are made with, as the pane compares them", () => {
  test("a period the user sets counts; one found from the title or the deadlines follows the other settings", async () => {
    const d = await plan("settings-period");
    const read = async () => (await runIn(d, (ctx) => inspect(ctx, OPTS))).result!;
    const before = await read();
    expect(before.period?.source).not.toBe("user");
    // the layout changed, and with it the period the deadlines give: only the layout is the user's doing
    const derived = { ...before, period: { ...before.period!, end: "2040-12-31" } };
    expect(changedSince(settingsOf(before, undefined), settingsOf(derived, undefined))).toEqual([]);
    await runIn(d, (ctx) =>
      saveChoices(ctx, ALL, { period: { start: "2021-01-01", end: "2022-12-31" } })
    );
    expect(
      changedSince(settingsOf(before, undefined), settingsOf(await read(), undefined))
    ).toEqual(["period"]);
  });
});

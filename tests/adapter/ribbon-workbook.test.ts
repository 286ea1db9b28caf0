/**
 * Which workbook a ribbon command's outcome is of. localStorage is shared by every workbook open in one
 * Excel, so each outcome names the workbook it ran on (an id the workbook keeps in its settings) and a pane
 * shows only its own workbook's; and Office's storage partition, where there is one, begins every key.
 * Against the Excel API double, on the seed plan.
 */
import { join } from "node:path";
import { runCommand, type CommandName } from "../../src/commands/run";
import { inspect, saveChoices, validate } from "../../src/excel/operations";
import type { Capabilities } from "../../src/excel/read";
import { SETTINGS_KEY, type AddinState } from "../../src/excel/state";
import {
  OUTCOME_KEY,
  publishOutcome,
  readOutcome,
  storageKey,
  type SharedOutcome,
} from "../../src/shared/outcome";
import { whose } from "../../src/taskpane/whose";
import { ExcelDouble } from "../double/excelDouble";
import { MemoryStorage } from "../fixtures/storage";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");
const ALL: Capabilities = { mergedAreas: true, comments: true };
const OPTS = { lang: "uk" as const, caps: ALL, today: "2026-12-01", builtAt: "2026-12-01 10:05" };

const g = globalThis as unknown as Record<string, unknown>;
let storage: MemoryStorage;
let office: { context: Record<string, unknown> };

/** Excel with this workbook in front: the ribbon's commands run on it. */
const front = (d: ExcelDouble) => {
  g.Excel = { run: (o: unknown, b: unknown) => d.run(o, b as never) };
};
const ribbon = (name: CommandName) => runCommand(name, { completed: () => undefined });
const runIn = <T>(d: ExcelDouble, op: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  d.run((ctx: unknown) => op(ctx as Excel.RequestContext));
const kept = (d: ExcelDouble): AddinState | undefined => {
  const v = d.settings.get(SETTINGS_KEY);
  return typeof v === "string" ? (JSON.parse(v) as AddinState) : undefined;
};
/** The id a pane opened on this workbook reads with it. */
const paneId = async (d: ExcelDouble) => (await runIn(d, (ctx) => inspect(ctx, OPTS))).workbook;
const told = (): SharedOutcome => readOutcome()!;

beforeEach(() => {
  storage = new MemoryStorage();
  g.localStorage = storage;
  g.location = { origin: "https://localhost:3000" };
  office = {
    context: {
      displayLanguage: "uk-UA",
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= 1.13,
      },
      ui: { displayDialogAsync: () => undefined },
    },
  };
  g.Office = office;
});

afterAll(() => {
  for (const k of ["localStorage", "location", "Excel", "Office"]) delete g[k];
});

test("every ribbon outcome names the workbook it ran on, by the one id the workbook keeps", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  front(d);
  await ribbon("validatePlan");
  const id = told().workbook;
  expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  expect(kept(d)?.workbook).toBe(id);
  await ribbon("clearHighlights");
  expect(told()).toMatchObject({ command: "clearHighlights", key: "excel.cleared", workbook: id });
  await ribbon("clearHighlights");
  expect(told()).toMatchObject({ key: "excel.nothing-to-clear", workbook: id });
  await ribbon("buildSummary");
  expect(told()).toMatchObject({ command: "buildSummary", ok: true, workbook: id });
  // a refusal too, once the workbook has its id
  d.protect("План заходів");
  await ribbon("validatePlan");
  expect(told()).toMatchObject({ ok: false, key: "excel.protected", workbook: id });
  expect(kept(d)?.workbook).toBe(id);
  // and the pane opened on it reads the same id
  expect(await paneId(d)).toBe(id);
});

test("a choice saved in the pane gives the workbook its id, which the ribbon's runs then carry", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  front(d);
  const state = await runIn(d, (ctx) => saveChoices(ctx, ALL, { asOf: "2023-06-30" }));
  expect(state.workbook).toBe(kept(d)?.workbook);
  await ribbon("validatePlan");
  expect(told().workbook).toBe(state.workbook);
});

test("a command that writes nothing on a workbook the add-in never wrote to names no workbook, and gives it no id", async () => {
  const d = await ExcelDouble.fromFile(SEED);
  front(d);
  await ribbon("clearHighlights");
  expect(told()).toMatchObject({ ok: true, key: "excel.nothing-to-clear" });
  expect(told().workbook).toBeUndefined();
  expect(kept(d)).toBeUndefined();
  // its own page hears it; a pane hearing it through storage cannot know it is its own
  expect(whose(told(), "page", undefined)).toBe("ours");
  expect(whose(told(), "storage", undefined)).toBe("theirs");
});

test("two workbooks open in one Excel: each pane passes over what the ribbon did to the other", async () => {
  const a = await ExcelDouble.fromFile(SEED);
  const b = await ExcelDouble.fromFile(SEED);
  front(a);
  await ribbon("validatePlan");
  const fromA = told();
  // B's pane before the add-in ever wrote to B: read B first, and B has no id, so A's outcome is not B's
  expect(whose(fromA, "storage", await paneId(b))).toBe("read-first");
  expect(await paneId(b)).toBeUndefined();
  // B validated in its own pane: its own id, another than A's
  await runIn(b, (ctx) => validate(ctx, OPTS));
  const idB = await paneId(b);
  expect(idB).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  expect(idB).not.toBe(fromA.workbook);
  expect(whose(fromA, "storage", idB)).toBe("theirs");
  expect(whose(fromA, "storage", await paneId(a))).toBe("ours");
  front(b);
  await ribbon("clearHighlights");
  expect(whose(told(), "storage", await paneId(a))).toBe("theirs");
  expect(whose(told(), "storage", idB)).toBe("ours");
});

test("whose an outcome is, by how it came and the workbook it names", () => {
  const rows: [string | undefined, "page" | "storage", string | undefined, string][] = [
    ["w1", "page", "w2", "ours"],
    [undefined, "page", undefined, "ours"],
    ["w1", "storage", "w1", "ours"],
    ["w1", "storage", "w2", "theirs"],
    ["w1", "storage", undefined, "read-first"],
    [undefined, "storage", "w1", "theirs"],
    [undefined, "storage", undefined, "theirs"],
  ];
  for (const [named, via, own, expected] of rows)
    expect([named, via, own, whose({ workbook: named }, via, own)]).toEqual([
      named,
      via,
      own,
      expected,
    ]);
});

const outcome = (key: "excel.validated" | "excel.cleared", workbook: string): SharedOutcome => ({
  command: key === "excel.validated" ? "validatePlan" : "clearHighlights",
  ok: true,
  key,
  params: {},
  at: "2026-12-01 10:05",
  workbook,
});

test("where Office partitions storage, each partition's key begins every key, and one partition never reads another's outcome", () => {
  office.context.partitionKey = "p1:";
  publishOutcome(outcome("excel.validated", "w1"));
  expect([...storage.data.keys()]).toEqual(["p1:PlanCheck.lastOutcome"]);
  office.context.partitionKey = "p2:";
  expect(readOutcome()).toBeNull();
  publishOutcome(outcome("excel.cleared", "w2"));
  expect(readOutcome()?.key).toBe("excel.cleared");
  office.context.partitionKey = "p1:";
  expect(readOutcome()?.key).toBe("excel.validated");
  // the key the pane listens for is its partition's
  expect(storageKey(OUTCOME_KEY)).toBe("p1:PlanCheck.lastOutcome");
  expect([...storage.data.keys()].sort()).toEqual([
    "p1:PlanCheck.lastOutcome",
    "p2:PlanCheck.lastOutcome",
  ]);
});

test("without a partition the key is today's: what was stored before partitions were heeded is still read", async () => {
  storage.setItem("PlanCheck.lastOutcome", JSON.stringify(outcome("excel.cleared", "w1")));
  for (const none of [undefined, ""]) {
    office.context.partitionKey = none;
    expect(storageKey(OUTCOME_KEY)).toBe("PlanCheck.lastOutcome");
    expect(readOutcome()?.key).toBe("excel.cleared");
  }
  // the ribbon writes under the same key
  const d = await ExcelDouble.fromFile(SEED);
  front(d);
  delete office.context.partitionKey;
  await ribbon("validatePlan");
  expect([...storage.data.keys()]).toEqual(["PlanCheck.lastOutcome"]);
  expect(told().key).toBe("excel.validated");
});

test("outside Office (no Office at all) the key is today's too", () => {
  delete g.Office;
  expect(storageKey(OUTCOME_KEY)).toBe("PlanCheck.lastOutcome");
});

/** The ribbon commands: they run in Excel.run with delayForCellEdit, tell the user, and always complete. */
import { join } from "node:path";
import { COMMANDS, runCommand } from "../../src/commands/run";
import { OUTCOME_EVENT, OUTCOME_KEY } from "../../src/shared/outcome";
import { ExcelDouble } from "../double/excelDouble";
import { MemoryStorage } from "../fixtures/storage";

const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");

let double: ExcelDouble;
let dialogs: string[];
const g = globalThis as unknown as Record<string, unknown>;

beforeEach(async () => {
  double = await ExcelDouble.fromFile(SEED);
  dialogs = [];
  g.localStorage = new MemoryStorage();
  g.location = { origin: "https://localhost:3000" };
  g.Excel = { run: (o: unknown, b: unknown) => double.run(o, b as never) };
  g.Office = {
    context: {
      displayLanguage: "uk-UA",
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= 1.13,
      },
      ui: { displayDialogAsync: (url: string) => dialogs.push(url) },
    },
  };
});

afterAll(() => {
  for (const k of ["localStorage", "location", "Excel", "Office"]) delete g[k];
});

function outcome() {
  return JSON.parse((g.localStorage as MemoryStorage).getItem(OUTCOME_KEY)!);
}

test("Validate plan runs with delayForCellEdit, writes the findings and completes its event", async () => {
  const completed = jest.fn();
  await runCommand("validatePlan", { completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(double.runOptions).toEqual([{ delayForCellEdit: true }]);
  expect(double.sheet("Перевірка")).toBeDefined();
  expect(outcome()).toMatchObject({ command: "validatePlan", ok: true, key: "excel.validated" });
  expect(dialogs).toEqual([]);
});

test("Build summary and Clear highlights complete their events too", async () => {
  const completed = jest.fn();
  await runCommand("buildSummary", { completed });
  await runCommand("validatePlan", { completed });
  await runCommand("clearHighlights", { completed });
  expect(completed).toHaveBeenCalledTimes(3);
  expect(outcome()).toMatchObject({ command: "clearHighlights", ok: true, key: "excel.cleared" });
});

test("a problem the user can fix is told in the user's language, and the event still completes", async () => {
  double.protect("План заходів");
  const completed = jest.fn();
  await runCommand("validatePlan", { completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(outcome()).toMatchObject({ ok: false, key: "excel.protected" });
  expect(decodeURIComponent(dialogs[0])).toContain("Аркуш «План заходів» захищено");
  // the dialog's button speaks the same language before Office is ready in it
  expect(new URL(dialogs[0]).searchParams.get("lang")).toBe("uk");
});

test("an exception completes the event and is reported, never thrown", async () => {
  const completed = jest.fn();
  await runCommand("validatePlan", { completed }, () => Promise.reject(new Error("boom")));
  expect(completed).toHaveBeenCalledTimes(1);
  expect(outcome()).toMatchObject({ ok: false, key: "excel.error", params: { message: "boom" } });
});

test("every ribbon command is a function of the commands table", () => {
  expect(Object.keys(COMMANDS)).toEqual(["validatePlan", "clearHighlights", "buildSummary"]);
});

test("in a shared runtime the pane hears the outcome at once: the command raises it in its own page", async () => {
  const heard: unknown[] = [];
  const target = new EventTarget();
  target.addEventListener(OUTCOME_EVENT, (e) => heard.push((e as CustomEvent).detail));
  g.dispatchEvent = (e: Event) => target.dispatchEvent(e);
  try {
    await runCommand("validatePlan", { completed: () => undefined });
  } finally {
    delete g.dispatchEvent;
  }
  expect(heard).toEqual([outcome()]);
  expect(heard[0]).toMatchObject({ command: "validatePlan", ok: true });
});

test("the functions the ribbon calls are registered at once, and a click runs its command and completes", async () => {
  const handlers = new Map<string, (e: { completed: () => void }) => Promise<void>>();
  (g.Office as Record<string, unknown>).actions = {
    associate: (name: string, f: (e: { completed: () => void }) => Promise<void>) =>
      handlers.set(name, f),
  };
  // never ready: registering must not wait for Office.onReady
  (g.Office as Record<string, unknown>).onReady = () => new Promise(() => undefined);
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  expect([...handlers.keys()]).toEqual(Object.keys(COMMANDS));
  const completed = jest.fn();
  await handlers.get("validatePlan")!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(double.sheet("Перевірка")).toBeDefined();
});

/** The ribbon's Validate takes the as-of date the pane would: the one the workbook keeps, else the title's. */
import { COMMANDS } from "../../src/commands/run";
import { SETTINGS_KEY } from "../../src/excel/state";
import { ExcelDouble } from "../double/excelDouble";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { writeFixture } from "../fixtures/workbook";

const g = globalThis as unknown as Record<string, unknown>;
let double: ExcelDouble;

beforeEach(async () => {
  const sheet = renderPlan(
    { ...CLEAN_PLAN, title: [...CLEAN_PLAN.title, "Звіт про виконання станом на 30.06.2023"] },
    { sheetName: "План" }
  );
  double = await ExcelDouble.fromFile(await writeFixture("ribbon-as-of", [sheet]));
  g.Excel = { run: (o: unknown, b: unknown) => double.run(o, b as never) };
  g.Office = {
    context: {
      displayLanguage: "uk-UA",
      requirements: { isSetSupported: () => false },
    },
  };
});

afterAll(() => {
  for (const k of ["Excel", "Office"]) delete g[k];
});

test("a plan titled “станом на 30.06.2023” is validated from the ribbon as of that date, and no date is kept", async () => {
  const out = await COMMANDS.validatePlan();
  expect(out.result!.asOf).toEqual({ date: "2023-06-30", source: "title" });
  expect(JSON.parse(double.settings.get(SETTINGS_KEY) as string).asOf).toBeUndefined();
});

test("a date the workbook keeps wins over the title's for the ribbon too", async () => {
  double.settings.set(SETTINGS_KEY, JSON.stringify({ version: 1, owned: {}, asOf: "2024-01-01" }));
  const out = await COMMANDS.validatePlan();
  expect(out.result!.asOf).toEqual({ date: "2024-01-01", source: "user" });
});

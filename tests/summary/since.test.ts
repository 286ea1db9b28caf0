/**
 * What changed since the last meeting, on two versions of the seed report built here: the later one has one
 * measure newly done, one newly overdue, a deadline and the executors of another changed, a measure added and
 * one removed. The command line's --since and Build summary in Excel list exactly those.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPlanWorkbook, readTranscription } from "../../scripts/build-seeds";
import { checkPlan } from "../../src/core/check";
import { statusBucket } from "../../src/core/summary/aggregate";
import {
  compareWithEarlier,
  dataHeader,
  earlierFromRows,
  type EarlierPlan,
} from "../../src/core/summary/changes";
import { planWith } from "../fixtures/executorsPlan";
import { buildSummary, type RunOptions } from "../../src/excel/operations";
import { ExcelDouble } from "../double/excelDouble";
import { runCli, runCliUk } from "../fixtures/cli";
import { tempDir } from "../fixtures/workbook";

const EXPECTED = [
  ["newlyDone", "1.1.3"],
  ["executorsChanged", "1.1.4"],
  ["deadlineChanged", "1.3.2"],
  ["newlyOverdue", "2.1.5"],
  ["added", "4.3.8"],
  ["removed", "3.1.1"],
];

let earlierPlan: string;
let laterPlan: string;
let earlierChecked: string;

beforeAll(async () => {
  const dir = tempDir();
  const doc = readTranscription();
  earlierPlan = join(dir, "report-2023-earlier.xlsx");
  await buildPlanWorkbook(doc, true).xlsx.writeFile(earlierPlan);

  const later = structuredClone(doc);
  later.report2023.status["1.1.3"] = "Виконано";
  later.report2023.status["2.1.5"] = "Не виконано";
  const row = (n: string) => later.body.findIndex((b) => b.measures?.startsWith(`${n}.`));
  later.body[row("1.3.2")].deadlines = "2021-2024";
  later.body[row("1.1.4")].executors = "Управління культури міської ради";
  later.body.splice(row("3.1.1"), 1);
  later.body.splice(row("4.3.7") + 1, 0, {
    measures: "4.3.8. Навчання фахівців кризових центрів щодо роботи з постраждалими",
    executors: "Департамент соціальної політики міської ради",
    deadlines: "2024",
  });
  later.report2023.status["4.3.8"] = "Виконується";
  laterPlan = join(dir, "report-2023-later.xlsx");
  await buildPlanWorkbook(later, true).xlsx.writeFile(laterPlan);

  earlierChecked = join(dir, "report-2023-earlier-checked.xlsx");
  await runCli([earlierPlan, "--as-of", "2023-06-30", "--out", earlierChecked]);
}, 60_000);

test("--since EARLIER.xlsx lists exactly the changes, with the earlier date, per goal and in a list", async () => {
  const r = await runCli([laterPlan, "--as-of", "2023-06-30", "--since", earlierChecked, "--json"]);
  expect(r.err).toBe("");
  const { changes } = JSON.parse(r.out);
  expect(changes.since).toBe("2023-06-30");
  expect(changes.list.map((c: { kind: string; number: string }) => [c.kind, c.number])).toEqual(
    EXPECTED
  );
  expect(changes.list[0]).toMatchObject({ before: "inProgressOnTime", after: "done", cell: "C9" });
  expect(changes.list[2]).toMatchObject({
    before: "2021-01-01 – 2025-12-31",
    after: "2021-01-01 – 2024-12-31",
  });
  expect(changes.list[1].after).toBe("Управління культури міської ради");
  const goal = (g: string) =>
    changes.byGoal.find((x: { strategicGoal: string }) => x.strategicGoal === g).counts;
  expect(goal("1")).toEqual({
    newlyDone: 1,
    newlyOverdue: 0,
    deadlineChanged: 1,
    executorsChanged: 1,
    added: 0,
    removed: 0,
  });
  expect(goal("3")).toMatchObject({ removed: 1 });
  expect(goal("4")).toMatchObject({ added: 1 });
});

test("the text report ends with the changes; --out writes them on a sheet of their own", async () => {
  const out = join(tempDir(), "report-2023-later-checked.xlsx");
  const r = await runCliUk([
    laterPlan,
    "--as-of",
    "2023-06-30",
    "--since",
    earlierChecked,
    "--out",
    out,
  ]);
  expect(r.out).toContain("Зміни з 30.06.2023: 6");
  expect(r.out).toContain("  Нові виконані: 1.1.3 Організація навчальних заходів");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.getWorksheet("Зміни")!;
  expect(sheet.getCell("A1").value).toBe("Зміни з 30.06.2023 (тепер станом на 30.06.2023)");
  const listed: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 11) listed.push([row.getCell(1).value, row.getCell(3).value]);
  });
  expect(listed).toEqual([
    ["Нові виконані", "1.1.3"],
    ["Змінено виконавців", "1.1.4"],
    ["Змінено дату", "1.3.2"],
    ["Нові прострочені", "2.1.5"],
    ["Додано", "4.3.8"],
    ["Вилучено", "3.1.1"],
  ]);
});

test("--since a workbook without an earlier summary's data table says so", async () => {
  const r = await runCli([laterPlan, "--as-of", "2023-06-30", "--since", earlierPlan]);
  expect(r).toMatchObject({ code: 2, out: "" });
  expect(r.err).toContain("holds no data table of an earlier summary (PlanData)");
});

test("--since with a folder is a usage problem: it compares one plan", async () => {
  const r = await runCli([tempDir(), "--since", earlierChecked]);
  expect(r).toMatchObject({ code: 2, out: "" });
  expect(r.err).toContain("--since compares one plan with its earlier summary");
});

test("Build summary in Excel compares with the data table it wrote last time", async () => {
  const opts: RunOptions = {
    lang: "uk",
    asOf: "2023-06-30",
    caps: { mergedAreas: true, comments: true },
    builtAt: "2023-06-30 10:00",
  };
  // Excel.run as Office.js makes it: the writes go in its closing round trip
  const runIn = (d: ExcelDouble) =>
    d.run((ctx) => buildSummary(ctx as unknown as Excel.RequestContext, opts));
  // the earlier meeting's summary, built in Excel on the earlier version
  const before = await ExcelDouble.fromFile(earlierPlan);
  expect((await runIn(before)).changes).toBeNull();
  const earlierData = before.sheet("Дані плану")!;

  // the later version with the summary of the earlier one in it: its data sheet holds the earlier table
  const d = await ExcelDouble.fromFile(laterPlan);
  await runIn(d);
  const data = d.sheet("Дані плану")!;
  data.eachRow((row) => row.eachCell((c) => (c.value = null)));
  earlierData.eachRow((row, r) => row.eachCell((c, col) => (data.getCell(r, col).value = c.value)));
  const out = await runIn(d);
  expect(out.changes!.since).toBe("2023-06-30");
  expect(out.changes!.list.map((c) => [c.kind, c.number])).toEqual(EXPECTED);
  expect(out.sheets).toMatchObject({ changes: "Зміни", overdue: "Прострочені за виконавцями" });
});

test("an earlier table is read as its cells hold it: either language, dates as serials or text, old status words", () => {
  const rows = [
    [
      "Strategic goal",
      "Number",
      "Measure",
      "Executors",
      "Start",
      "End",
      "Status",
      "Overdue",
      "As of",
    ],
    [
      "1",
      "1.1.1",
      "Training",
      "Education Department; Youth Centre",
      44197,
      44561,
      "In progress",
      "yes",
      "2023-01-15",
    ],
    ["1", "1.1.2", "Survey", "", "2022-01-01", "31.12.2022", "Виконано", "ні", null],
  ];
  expect(earlierFromRows(rows)).toEqual({
    asOf: "2023-01-15",
    measures: [
      {
        strategicGoal: "1",
        number: "1.1.1",
        text: "Training",
        executors: ["Education Department", "Youth Centre"],
        start: "2021-01-01",
        end: "2021-12-31",
        status: "inProgressOnTime",
        overdue: true,
      },
      {
        strategicGoal: "1",
        number: "1.1.2",
        text: "Survey",
        executors: [],
        start: "2022-01-01",
        end: "2022-12-31",
        status: "done",
        overdue: false,
      },
    ],
  });
  expect(earlierFromRows([["Ціль", "Назва", "Заходів"]])).toBeNull();
});

test("a table written before its headers were spelled out (“Захід НП”) is read with those columns too", () => {
  const header = [
    "Стратегічна ціль",
    "Завдання НП",
    "Захід НП",
    "Номер",
    "Захід",
    "Виконавці",
    "Стан",
  ];
  const cols = dataHeader(header);
  expect(cols?.get("task")).toBe(1);
  expect(cols?.get("nationalMeasure")).toBe(2);
  // and as written now
  const now = dataHeader([
    "Стратегічна ціль",
    "Завдання Національного плану",
    "Захід Національного плану",
    "Номер",
    "Захід",
    "Виконавці",
  ]);
  expect(now?.get("nationalMeasure")).toBe(2);
});

test("“what changed” names bodies as the summary does: a directory variant or a tail written once is no change", () => {
  const plan = planWith([
    { executors: ["УО"] },
    { executors: ["Управління освіти"] },
    { executors: ["Служба у справах дітей"] },
  ]);
  const directory = ["Управління освіти міської ради = УО"];
  const result = checkPlan(plan, [], { asOf: "2023-06-30", directory });
  const earlier: EarlierPlan = {
    asOf: "2023-01-01",
    measures: plan.measures.map((m, i) => ({
      strategicGoal: m.strategicGoal,
      number: m.number,
      text: m.text,
      executors: [i < 2 ? "Управління освіти міської ради" : "Відділ культури міської ради"],
      start: m.deadline.start,
      end: m.deadline.end,
      status: statusBucket(m, { asOf: "2023-06-30", period: result.period }),
      overdue: false,
    })),
  };
  const changes = compareWithEarlier(result, earlier, directory);
  // only the third measure's executor changed, and it is named as the summary names it
  expect(changes.list.map((c) => [c.kind, c.number, c.before, c.after])).toEqual([
    ["executorsChanged", "1.1.3", "Відділ культури міської ради", "Служба у справах дітей"],
  ]);
  expect(result.summary.byExecutor.map((e) => e.executor)).toContain(
    "Управління освіти міської ради"
  );
});

test("--since with --directory: a body the directory makes one is no change", async () => {
  const before = await runCli([
    laterPlan,
    "--as-of",
    "2023-06-30",
    "--since",
    earlierChecked,
    "--json",
  ]);
  const changed = JSON.parse(before.out).changes.list.find(
    (c: { kind: string }) => c.kind === "executorsChanged"
  );
  const directory = join(tempDir(), "since-directory.txt");
  writeFileSync(directory, `Управління культури міської ради = ${changed.before}\n`);
  const r = await runCli([
    laterPlan,
    "--as-of",
    "2023-06-30",
    "--since",
    earlierChecked,
    "--directory",
    directory,
    "--json",
  ]);
  const kinds = JSON.parse(r.out).changes.list.map((c: { kind: string; number: string }) => [
    c.kind,
    c.number,
  ]);
  expect(kinds).toEqual(EXPECTED.filter(([kind]) => kind !== "executorsChanged"));
});

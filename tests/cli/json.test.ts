/**
 * The JSON document and the text report streamed: the report's long lists made entry by entry as they are
 * written give the same text as the report built whole (JSON.stringify's, compact or indented, C1 controls
 * escaped alike; the text report made safe for a terminal).
 */
import { DeferredList, deferred, writeJson } from "../../src/cli/json";
import { terminalSafe } from "../../src/cli/terminal";
import { textReport, writeTextReport } from "../../src/cli/text-report";
import { checkWorkbook } from "../../src/core/check";
import { buildReport } from "../../src/core/report";
import { syntheticPlan, renderPlan } from "../fixtures/planModel";
import { readWorkbook } from "../../src/cli/read";
import { isRefusal } from "../../src/cli/read/zip";
import { join } from "node:path";
import { sheetToGrid } from "../fixtures/grid";

function written(doc: object, isTTY = false): string {
  let out = "";
  writeJson(doc, (s) => (out += s), isTTY);
  return out;
}

const escapeC1 = (s: string) =>
  s.replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );

function checked(measures: number) {
  const result = checkWorkbook([sheetToGrid(renderPlan(syntheticPlan(measures)))], {
    asOf: "2023-06-30",
  });
  if (!("plan" in result)) throw new Error("the synthetic plan was not recognized");
  return result;
}

test("a report with deferred lists streams the text JSON.stringify gives for the report built whole", () => {
  // more measures than one piece holds (500), so the lists are written in several pieces
  const result = checked(1234);
  const whole = buildReport(result, "plan.xlsx", "2023-06-30", "uk");
  const streamed = buildReport(result, "plan.xlsx", "2023-06-30", "uk", deferred);
  expect(streamed.measures).toBeInstanceOf(DeferredList);
  expect(streamed.measures).toHaveLength(1234);
  expect(written(streamed)).toBe(`${JSON.stringify(whole)}\n`);
  // on a terminal, indented, as before
  expect(written(streamed, true)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
});

const REAL = [
  "seeds/zhytomyr-1325-plan.xlsx",
  "seeds/zhytomyr-1325-plan-report-2023.xlsx",
  "tests/fixtures/real-plans/kmu-1.2.xlsx",
  "tests/fixtures/real-plans/kmu-6.2.xlsx",
  "tests/fixtures/real-plans/kmu-15.4.xlsx",
];

function checkedFile(file: string) {
  const grids = readWorkbook(join(__dirname, "..", "..", file));
  if (isRefusal(grids)) throw new Error(`${file} was refused`);
  const result = checkWorkbook(grids, { asOf: "2023-06-30" });
  if (!("plan" in result)) throw new Error(`${file} was not recognized`);
  return result;
}

test.each(REAL)("%s streams as the report built whole", (file) => {
  const result = checkedFile(file);
  const whole = buildReport(result, "plan.xlsx", "2023-06-30", "en");
  const streamed = buildReport(result, "plan.xlsx", "2023-06-30", "en", deferred);
  expect(written(streamed)).toBe(`${JSON.stringify(whole)}\n`);
});

test("measures with extra columns, other sheets, shared and changing paths stream as the report built whole", () => {
  const result = checked(200);
  const ms = result.plan.measures;
  // what the faster measure text must get right beside what the synthetic plan has
  ms[3].extra = { indicator: "кількість\u0085заходів", funding: "Місцевий бюджет" };
  ms[4].sheet = "Аркуш 2";
  ms[5].path = [];
  ms[6].status = undefined as unknown as null;
  // texts JSON must escape, each in a field of its own: quotes, backslashes, controls, a lone surrogate
  ms[7].text = 'Захід "Рівні права"\\2025\n\tкінець';
  ms[8].executors = ["Відділ \u0001 освіти", "emoji 😀", "lone \ud800"];
  ms[9].deadline = { ...ms[9].deadline, raw: "до «1»\r\nчервня" };
  ms[10].status = "виконано\u001f";
  ms[11].path = [{ kind: "group", number: '1"', title: "Ціль\\ \u2028", row: 3 }];
  // values that are not what the types say are written as JSON.stringify writes them
  ms[12].row = Number.NaN;
  ms[13].items = Infinity;
  ms[14].executors = [undefined as unknown as string];
  ms[15].path = [{ ...ms[15].path[0], number: undefined as unknown as null }];
  ms[16].cell = undefined as unknown as string;
  ms[17].deadline = { ...ms[17].deadline, end: undefined as unknown as null };
  // objects measures share, their texts made once: what is wrong in one is wrong in every measure using it
  const badList = [undefined as unknown as string];
  ms[20].executors = badList;
  ms[21].executors = badList;
  const badDeadline = { ...ms[22].deadline, start: undefined as unknown as null };
  ms[22].deadline = badDeadline;
  ms[23].deadline = badDeadline;
  const badPath = [{ ...ms[24].path[0], row: Number.NaN }];
  ms[24].path = badPath;
  ms[25].path = badPath;
  // a path shared by measures side by side, and again after another's
  const sharedPath = [
    ...ms[30].path,
    { kind: "group" as const, number: "2", title: "Група", row: 31 },
  ];
  for (const k of [30, 31, 32, 34]) ms[k].path = sharedPath;
  const goodList = ["Відділ освіти", 'ГО "Рівність"'];
  for (const k of [26, 27, 28]) ms[k].executors = goodList;
  // the layout's rows: a reason JSON must escape, a row that is no number, a kind that is no text
  const rows = result.plan.layout.rows;
  rows[0].reason = 'a "quoted"\\ reason\u0001';
  rows[1].row = Number.NaN;
  rows[2].kind = undefined as unknown as "measure";
  const nms = result.plan.nationalMeasures;
  expect(nms.length).toBeGreaterThan(5);
  nms[0].text = 'захід "НП" \\ \u0002';
  nms[1].task = null;
  nms[2].row = Number.NaN;
  nms[3].cell = undefined as unknown as string;
  expect(new Set(ms.map((m) => m.path)).size).toBeGreaterThan(10);
  const whole = buildReport(result, "plan.xlsx", "2023-06-30", "uk");
  const streamed = buildReport(result, "plan.xlsx", "2023-06-30", "uk", deferred);
  expect(written(streamed)).toBe(`${escapeC1(JSON.stringify(whole))}\n`);
});

test("more paths, levels and deadlines than a report keeps texts of are each written as JSON.stringify writes them", () => {
  // a national measure a row: a path and a level of its own for each of 1,000 measures
  const result = checked(1000);
  expect(new Set(result.plan.measures.map((m) => m.path)).size).toBeGreaterThan(256 * 3);
  const whole = buildReport(result, "plan.xlsx", "2023-06-30", "uk");
  const streamed = buildReport(result, "plan.xlsx", "2023-06-30", "uk", deferred);
  expect(written(streamed)).toBe(`${JSON.stringify(whole)}\n`);
});

test("long arrays, short ones, nulls and C1 controls are written as JSON.stringify writes them", () => {
  const doc = {
    a: Array.from({ length: 1201 }, (_, i) => (i % 7 === 0 ? null : { n: i, s: `x\u0085${i}` })),
    b: [1, 2, 3],
    c: undefined,
    d: { e: "\u2028", f: [undefined, 1] },
    g: new DeferredList([1, 2, 3], (x) => ({ x, y: "\u009b" })),
    h: new DeferredList([], (x: number) => x),
  };
  const plain = { ...doc, g: [1, 2, 3].map((x) => ({ x, y: "\u009b" })), h: [] };
  expect(written(doc)).toBe(`${escapeC1(JSON.stringify(plain))}\n`);
  expect(JSON.parse(written(doc))).toEqual(JSON.parse(JSON.stringify(plain)));
});

test("long lists a few levels down are written in pieces, as JSON.stringify writes the whole", () => {
  // the summary's overdue measures by executor: a short list of bodies, each with thousands of measures
  const measures = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ number: `1.${i}`, text: 'Захід "1"', end: null }));
  const doc = {
    summary: {
      total: { measures: 9000 },
      overdueByExecutor: [
        { executor: "Відділ освіти", measures: measures(4000), f: () => 1, u: undefined },
        { executor: "ЦНАП", measures: measures(5000) },
        undefined,
        () => 2,
        { when: new Date(Date.UTC(2024, 0, 31)), nested: [[measures(300)], [1, [2]]] },
      ],
    },
    short: [{ a: [1, 2] }],
  };
  const pieces: string[] = [];
  writeJson(doc, (s) => pieces.push(s));
  expect(pieces.join("")).toBe(`${JSON.stringify(doc)}\n`);
  // no piece holds a body's list whole
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(10_000);
});

test("a deferred list walks its entries in order and makes them anew each time", () => {
  let made = 0;
  const list = new DeferredList(["a", "b", "c"], (s) => ({ s, n: ++made }));
  expect([...list].map((e) => e.s)).toEqual(["a", "b", "c"]);
  expect(list.slice(1, 3)).toEqual([
    { s: "b", n: 4 },
    { s: "c", n: 5 },
  ]);
  expect(made).toBe(5);
});

test("the text report written piece by piece is the report made whole, made safe for a terminal", () => {
  // enough findings for several pieces (16,000 characters each)
  const result = checked(3000);
  expect(result.findings.length).toBeGreaterThan(300);
  const streamed = buildReport(result, "plan\u001b[2J.xlsx", "2023-06-30", "en", deferred);
  let out = "";
  const pieces: string[] = [];
  writeTextReport(streamed, "en", (s) => (pieces.push(s), (out += s)), terminalSafe);
  expect(pieces.length).toBeGreaterThan(1);
  const whole = buildReport(result, "plan\u001b[2J.xlsx", "2023-06-30", "en");
  expect(out).toBe(terminalSafe(textReport(whole, "en")));
});

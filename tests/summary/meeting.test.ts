/** The summaries a commission meeting uses, on the 2023 report workbook of the seed (the Zhytomyr plan). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { t } from "../../src/i18n";
import { MARK_FILLS } from "../../src/core/marks";
import { isoToSerial } from "../../src/core/names";
import { STATUS_COLORS, STYLE_FORMATS } from "../../src/core/styles";
import { STATUS_BUCKETS, type Counts } from "../../src/core/summary/aggregate";
import { overdueSheet, summarySheets } from "../../src/core/summary/sheets";
import type { SheetSpec, SpecCell } from "../../src/core/sheets";
import { runCli } from "../fixtures/cli";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { fixtureWorkbook, tempDir } from "../fixtures/workbook";

const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");
const O = { lang: "uk" as const, asOf: "2023-06-30", builtAt: "2023-06-30 10:00" };
let result: CheckResult;

beforeAll(async () => {
  const r = checkWorkbook(await readWorkbookGrids(REPORT), { asOf: "2023-06-30" });
  if (!("plan" in r)) throw new Error("no plan in the 2023 report");
  result = r;
});

const sum = (c: Counts) => STATUS_BUCKETS.reduce((n, b) => n + c.byStatus[b], 0);
const values = (row: (SpecCell | null)[] | undefined) => (row ?? []).map((c) => c?.v ?? null);

describe("by executor: one body, one row", () => {
  test("the report's 31 spellings are 17 bodies, each under one name, with its measures", () => {
    expect(result.summary.byExecutor.map((e) => [e.executor, e.measures])).toEqual([
      ["Управління у справах сім'ї, молоді та спорту міської ради", 28],
      ["Житомирський міський центр соціальних служб міської ради", 16],
      ["Департамент освіти міської ради", 15],
      ["ЗЗСО", 11],
      ["Управління з питань надзвичайних ситуацій та цивільного захисту населення", 10],
      ["Управління охорони здоров'я міської ради", 8],
      ["Департамент соціальної політики міської ради", 6],
      ["Служба (управління) у справах дітей міської ради", 5],
      ["ГО (за згодою)", 4],
      ["Житомирське районне управління поліції (за згодою)", 4],
      ["Управління по зв'язках з громадськістю міської ради", 3],
      ["Управління культури міської ради", 2],
      ["Виконавчі органи міської ради", 1],
      ["Департамент економічного розвитку міської ради", 1],
      ["Житомирський військовий інститут імені С.П. Корольова (за згодою)", 1],
      ["ЗОЗ", 1],
      ["Центр надання адміністративних послуг міської ради", 1],
    ]);
    // the spellings of "Управління у справах сім'ї…" the plan writes, apostrophes and case included
    expect(result.summary.byExecutor[0].variants).toEqual([
      "Управління у справах сім'ї, молоді та спорту",
      "Управління у справах сім'ї, молоді та спорту міської ради",
      "Управління у справах сім’ї, молоді та спорту міської ради",
      "управління у справах сім'ї, молоді та спорту",
      "управління у справах сім'ї, молоді та спорту міської ради",
    ]);
  });

  test("findings still quote the executor as written; the data tables carry the canonical name", () => {
    const f = result.findings.find(
      (x) => x.rule === "executor.inconsistent" && String(x.params.executor).includes("сім’ї")
    )!;
    expect(f.params).toMatchObject({
      executor: "Управління у справах сім’ї, молоді та спорту міської ради",
      canonical: "Управління у справах сім'ї, молоді та спорту міської ради",
      difference: "apostrophe",
      detail: "’ ≠ '",
    });
    const [, data] = summarySheets(result, O);
    const pairs = data.tables[1].rows.map((r) => r[2]);
    expect(new Set(pairs).size).toBe(17);
    expect(pairs).not.toContain("департамент освіти міської ради");
  });
});

describe("the data table's dates", () => {
  test("are Excel serials made by the one shared helper; a date that is none is an empty cell, never NaN", () => {
    const [, data] = summarySheets(result, O);
    const start = data.tables[0].columns.findIndex((c) => c === t("uk", "data.col.start"));
    expect(start).toBeGreaterThan(0);
    const rows = data.tables[0].rows;
    expect(rows.map((r) => [r[start], r[start + 1]])).toEqual(
      result.plan.measures.map((m) => [isoToSerial(m.deadline.start), isoToSerial(m.deadline.end)])
    );
    // 30.06.2023 is Excel's day 45107
    expect(isoToSerial("2023-06-30")).toBe(45107);
    const odd = structuredClone(result);
    odd.plan.measures[0].deadline = { ...odd.plan.measures[0].deadline, end: "2025-13-01" };
    expect(summarySheets(odd, O)[1].tables[0].rows[0][start + 1]).toBeNull();
    // the summary holds no date arithmetic of its own
    const code = readFileSync(
      join(__dirname, "..", "..", "src", "core", "summary", "sheets.ts"),
      "utf8"
    );
    expect(code).not.toMatch(/25569|86400000|86_400_000/);
  });
});

describe("counts that add up", () => {
  test("every counts object's statuses sum to its measures", () => {
    const s = result.summary;
    const all: Counts[] = [
      s.total,
      ...s.byStrategicGoal,
      ...s.byStrategicGoal.flatMap((g) => g.operationalGoals),
      ...s.byExecutor,
      ...s.byYear,
    ];
    for (const c of all) expect(sum(c)).toBe(c.measures);
    expect(s.total.byStatus).toEqual({
      done: 15,
      inProgressOnTime: 46,
      overdue: 3,
      notDone: 0,
      notStarted: 0,
      postponed: 0,
      cancelled: 0,
      passedNoStatus: 0,
      noStatus: 1,
    });
  });

  test("each row of the summary sheet sums its status columns to its measures, and the chart's numbers are the goal rows'", () => {
    const [summary] = summarySheets(result, O);
    const header = values(summary.cells[4]);
    expect(header.slice(0, 3)).toEqual(["Ціль", "Назва", "Заходів"]);
    expect(header.slice(3, 12)).toEqual([
      "Виконано",
      "Виконується вчасно",
      "Прострочено",
      "Не виконано",
      "Не розпочато",
      "Перенесено",
      "Скасовано",
      "Термін минув, стан не зазначено",
      "Стан невідомий",
    ]);
    const countRows = summary.cells.filter(
      (r) => typeof r[2]?.v === "number" && typeof r[12]?.v === "number" && r.length === 14
    );
    expect(countRows.length).toBeGreaterThan(30);
    for (const r of countRows) {
      const v = values(r) as number[];
      expect(v.slice(3, 12).reduce((a, b) => a + b, 0)).toBe(v[2]);
    }
    // the chart's source: the goal rows' statuses, cell for cell
    const chart = summary.charts[0];
    const [from, to] = chart.source.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    const chartRows = summary.cells.slice(from, to).map((r) => values(r).slice(2, 11));
    const goalRows = result.summary.byStrategicGoal.map((g) => {
      const row = summary.cells.find(
        (r) => r[0]?.v === g.strategicGoal && r[0]?.style === "strategicGoal"
      );
      return values(row).slice(3, 12);
    });
    expect(chartRows).toEqual(goalRows);
    expect(values(summary.cells[from - 1]).slice(2, 11)).toEqual(header.slice(3, 12));
    expect(chart.seriesColors).toEqual(STATUS_BUCKETS.map((b) => STATUS_COLORS[b]));
  });

  test("the summary's colours never reuse a highlight's; the legend shows every status in its colour", () => {
    const highlights = new Set(Object.values(MARK_FILLS).map((c) => c.toUpperCase()));
    const styles = [
      "header",
      "strategicGoal",
      "operationalGoal",
      "total",
      ...STATUS_BUCKETS.map((b) => `status.${b}`),
    ];
    for (const s of styles) {
      const fill = STYLE_FORMATS[s as keyof typeof STYLE_FORMATS].fill!;
      expect(highlights.has(fill.toUpperCase())).toBe(false);
    }
    const [summary] = summarySheets(result, O);
    const legend = summary.cells[2];
    expect(legend[0]?.v).toBe("Кольори стану:");
    expect(legend.slice(3).map((c) => c?.style)).toEqual(STATUS_BUCKETS.map((b) => `status.${b}`));
  });
});

describe("years", () => {
  test("a measure counts in every year its deadline spans, with those due in each year beside it", () => {
    expect(result.summary.byYear.map((y) => [y.year, y.measures, y.due])).toEqual([
      ["2021", 55, 12],
      ["2022", 53, 7],
      ["2023", 49, 3],
      ["2024", 48, 2],
      ["2025", 48, 48],
      ["none", 1, 1],
    ]);
    const [summary] = summarySheets(result, O);
    const labels = summary.cells.map((r) => r[0]?.v);
    expect(labels).toContain("Строк не вказано");
    expect(labels).not.toContain("(не розпізнано)");
  });
});

describe("overdue by executor", () => {
  test("each body with its overdue measures: number, text, deadline, and a link to the cell", () => {
    expect(
      result.summary.overdueByExecutor.map((e) => [e.executor, e.measures.map((m) => m.number)])
    ).toEqual([
      [
        "Управління з питань надзвичайних ситуацій та цивільного захисту населення",
        ["2.1.3", "2.2.8"],
      ],
      ["Управління у справах сім'ї, молоді та спорту міської ради", ["5.2.2"]],
    ]);
    const sheet: SheetSpec = overdueSheet(result, O);
    expect(sheet.name).toBe("Прострочені за виконавцями");
    const first = sheet.cells[5];
    expect(values(first).slice(0, 5)).toEqual([
      "2.1.3",
      expect.stringContaining("Розроблення проекту Програми"),
      "2022",
      "2022-12-31",
      "Прострочено",
    ]);
    expect(first[5]).toMatchObject({ v: "C19", link: { sheet: "Звіт 2023", cell: "C19" } });
  });
});

describe("print-ready", () => {
  test("every sheet prints landscape, one page wide, its header rows repeated, with a title of plan, date and time", () => {
    const specs = summarySheets(result, O);
    for (const s of specs) {
      expect(s.print).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
      expect(s.print!.title).toContain("станом на 30.06.2023 · побудовано 2023-06-30 10:00");
    }
    expect(specs.find((s) => s.key === "summary")!.print!.repeatRows).toEqual([5, 5]);
    // rows of wrapped text are as tall as their lines: a goal's long title gets several
    const summary = specs[0];
    const goalRow = summary.cells.findIndex(
      (r) => r[0]?.v === "1" && r[0]?.style === "strategicGoal"
    );
    expect(summary.heights![goalRow]).toBeGreaterThanOrEqual(60);
    expect(summary.heights![0]).toBeNull();
  });
});

describe("a checked copy checked again", () => {
  test.each(["uk", "en"])(
    "finds the plan, never the summary sheets written beside it (%s)",
    async (lang) => {
      const input = join(tempDir(), `again-${lang}.xlsx`);
      const first = join(tempDir(), `again-${lang}-checked.xlsx`);
      await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(input);
      await runCli([input, "--as-of", "2021-06-30", "--out", first, "--lang", lang]);
      const r = await runCli([first, "--as-of", "2021-06-30", "--json", "--lang", lang]);
      const doc = JSON.parse(r.out);
      expect(doc.sheet).toBe("План");
      expect(doc.measures).toHaveLength(7);
    }
  );
});

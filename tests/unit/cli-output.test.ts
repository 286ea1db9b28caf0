/**
 * What the command line writes: a checked copy of a plan (the original cells untouched, highlights, findings,
 * summary, data tables) and, for a folder of plans, a consolidated workbook — opened back with ExcelJS.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MARKS_SHEET } from "../../src/cli/render";
import { attrs } from "../../src/cli/package/xml";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import {
  CLEAN_PLAN,
  EN_HEADERS,
  EN_SECTIONS,
  renderPlan,
  syntheticPlan,
  type LayoutOptions,
  type PlanSpec,
} from "../fixtures/planModel";
import { cellsOf, fixtureWorkbook, tempDir, writeFixture } from "../fixtures/workbook";
import { runCliUk } from "../fixtures/cli";

const ROOT = join(__dirname, "..", "..");
const REPORT = join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx");

const cli = runCliUk;

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's links to cells, by cell: the copy writes them as Excel does, a location without a relationship. */
async function linksOf(file: string, sheet: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = (part: string) => zip.file(part)!.async("string");
  const tags = (xml: string, name: string) =>
    [...xml.matchAll(new RegExp(`<${name}\\s[^>]*>`, "g"))].map((m) => attrs(m[0]));
  const rid = tags(await text("xl/workbook.xml"), "sheet").find((a) => a.name === sheet)!["r:id"];
  const target = tags(await text("xl/_rels/workbook.xml.rels"), "Relationship").find(
    (a) => a.Id === rid
  )!.Target;
  const links = tags(await text(`xl/${target}`), "hyperlink");
  return Object.fromEntries(links.map((a) => [a.ref, a.location]));
}

function formulasIn(wb: ExcelJS.Workbook, except: string[]): string[] {
  const found: string[] = [];
  for (const ws of wb.worksheets) {
    if (except.includes(ws.name)) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${ws.name}!${cell.address}`);
      })
    );
  }
  return found;
}

describe("plan-check FILE --out CHECKED.xlsx", () => {
  test("writes a copy with highlights, findings, summary and data; the input and its cells are untouched", async () => {
    const input = join(tempDir(), "report-copy-in.xlsx");
    writeFileSync(input, readFileSync(REPORT));
    const before = readFileSync(input);
    const out = join(tempDir(), "report-checked.xlsx");
    const r = await cli([input, "--as-of", "2023-06-30", "--out", out]);
    expect(r.code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);

    const original = await open(input);
    const copy = await open(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual([
      "Звіт 2023",
      MARKS_SHEET,
      "Перевірка",
      "Зведення",
      "Дані плану",
      "Прострочені за виконавцями",
    ]);
    const plan = copy.getWorksheet("Звіт 2023")!;
    const origPlan = original.getWorksheet("Звіт 2023")!;
    // every original cell's value, merge and format survives (the notes are added beside them)
    const a = cellsOf(origPlan);
    const b = cellsOf(plan);
    expect(Object.keys(b).filter((k) => a[k] !== undefined && a[k] !== b[k])).toEqual([]);
    expect(Object.keys((plan as unknown as { _merges: object })._merges).sort()).toEqual(
      Object.keys((origPlan as unknown as { _merges: object })._merges).sort()
    );
    expect(copy.getWorksheet(MARKS_SHEET)!.state).toBe("hidden");
    const cf = (
      plan as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.map((x) => x.formulae[0])])).toEqual([
      [
        "A5:F77",
        // overdue, missing, deadline passed with no status, other warnings
        [1, 2, 4, 3].map((code) => `'${MARKS_SHEET}'!A5=${code}`),
      ],
    ]);
    expect(String(plan.getCell("E63").note)).toContain("Захід 4.4.3 не має терміну виконання.");

    // the summary's numbers are the engine's
    const engine = checkWorkbook(await readWorkbookGrids(input), { asOf: "2023-06-30" });
    if (!("plan" in engine)) throw new Error("no plan");
    const summary = copy.getWorksheet("Зведення")!;
    let total: (string | number)[] = [];
    summary.eachRow((row) => {
      if (row.getCell(1).value === "Усього")
        total = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((c) => row.getCell(c).value as number);
    });
    const s = engine.summary.total;
    expect(total).toEqual([s.measures, ...Object.values(s.byStatus), s.missing]);
    const findings = copy.getWorksheet("Перевірка")!;
    expect(findings.rowCount).toBe(5 + engine.findings.length);
    expect(findings.getCell("A6").value).toBe(engine.findings[0].cell);
    expect((await linksOf(out, "Перевірка")).A6).toBe(`'Звіт 2023'!${engine.findings[0].cell}`);
    const data = copy.getWorksheet("Дані плану")!;
    expect(data.getCell("A1").value).toBe("Стратегічна ціль");
    expect(data.getCell("E2").value).toBe("1.1.1");
    expect(data.getCell("E66").value).toBe("5.2.6");
  });

  test("no cell written from plan text is a formula", async () => {
    const spec: PlanSpec = structuredClone(CLEAN_PLAN);
    const m = spec.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0];
    m.text = "=1+1 провести";
    m.executors = "+Відділ культури";
    const input = await writeFixture("formula-cli", [renderPlan(spec)]);
    const out = join(tempDir(), "formula-cli-checked.xlsx");
    await cli([input, "--as-of", "2023-06-30", "--out", out]);
    const copy = await open(out);
    expect(formulasIn(copy, ["План"])).toEqual([]);
    expect(copy.getWorksheet("Дані плану")!.getCell("F2").value).toBe("=1+1 провести");
  });

  test("--out may not be the plan itself", async () => {
    const input = join(tempDir(), "same.xlsx");
    writeFileSync(input, readFileSync(REPORT));
    const r = await cli([input, "--out", input]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("--out має називати новий файл");
  });
});

describe("--format csv", () => {
  test("prints the findings as CSV that keeps formula-like text as text", async () => {
    const r = await cli(["--as-of", "2023-06-30", "--format", "csv", "--lang", "en"]);
    const lines = r.out
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("file,sheet,cell,row,severity,rule,measure,message");
    expect(lines).toContain(
      "seeds/zhytomyr-1325-plan.xlsx,План заходів,E63,63,error,No deadline,4.4.3,Measure 4.4.3 has no deadline."
    );
    // the header, 15 deadlines passed with no status, one notice that the plan has no status column, and the rest
    expect(lines.filter((l) => l.includes(`,"Deadline passed, no status",`))).toHaveLength(15);
    expect(lines.filter((l) => l.includes(",No status column,"))).toHaveLength(1);
    expect(lines).toHaveLength(1 + 36);
  });
});

/** Twenty plans of different layouts, some broken, and two files that are not plans. */
async function makeFolder(): Promise<string> {
  const dir = join(tempDir(), "communities");
  mkdirSync(dir, { recursive: true });
  const layouts: LayoutOptions[] = [
    {},
    { headerStyle: "grouped", columnNumbers: true },
    { headers: EN_HEADERS, sectionStyle: "first-cell", ...EN_SECTIONS },
    {
      columns: [
        "number",
        "nationalTask",
        "nationalMeasure",
        "measure",
        "executors",
        "deadline",
        "status",
      ],
      numberIn: "column",
      nationalCells: "once",
    },
    { multiPerCell: "lines" },
    { multiPerCell: "run-together", repeatHeaderEvery: 3 },
    {
      startRow: 3,
      startCol: 2,
      approval: ["ЗАТВЕРДЖЕНО", "рішенням міської ради"],
      footer: ["Секретар ради   І. П. Петренко"],
    },
    { fragments: ["1.1.1"], blankRowAfterSections: true },
  ];
  for (let i = 0; i < 20; i++) {
    const spec = structuredClone(CLEAN_PLAN);
    if (i % 5 === 3)
      spec.goals[0].operationalGoals[1].tasks[0].nationalMeasures[0].measures[0].deadline = ""; // broken: 1.2.1 has no deadline
    if (i % 5 === 4)
      spec.goals[1].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].executors = ""; // broken: no executor
    await fixtureWorkbook([
      renderPlan(spec, { ...layouts[i % layouts.length], sheetName: `Громада ${i + 1}` }),
    ]).xlsx.writeFile(join(dir, `community-${String(i + 1).padStart(2, "0")}.xlsx`));
  }
  await fixtureWorkbook([
    {
      name: "Бюджет",
      rows: [
        ["Стаття", "Сума"],
        ["Зарплата", 100],
      ],
    },
  ]).xlsx.writeFile(join(dir, "budget.xlsx"));
  writeFileSync(join(dir, "notes.xlsx"), "not a workbook");
  writeFileSync(join(dir, "~$community-01.xlsx"), "an Excel lock file");
  return dir;
}

describe("plan-check DIR", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeFolder();
  });

  test("checks every plan, lists the files that are not plans with the reason, and goes on", async () => {
    const r = await cli([dir, "--as-of", "2021-06-30", "--format", "json"]);
    const doc = JSON.parse(r.out);
    expect(doc.totals).toEqual({
      files: 22,
      checked: 20,
      failed: 2,
      measures: 140,
      errors: 8,
      warnings: 0,
    });
    expect(
      doc.files
        .filter((f: { ok: boolean }) => !f.ok)
        .map((f: { file: string; reason: string }) => [f.file, f.reason])
    ).toEqual([
      ["budget.xlsx", expect.stringMatching(/^У .*budget\.xlsx не знайдено таблиці плану/)],
      ["notes.xlsx", expect.stringMatching(/^Це не книга Excel/)],
    ]);
    expect(r.code).toBe(1);
    // progress, one plain line a file when not a terminal, then the files not checked, apart
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(22 + 3);
    expect(lines[0]).toContain("[1/22] budget.xlsx");
    expect(lines.slice(22).map((l) => l.replace(/(\.xlsx):.*/, "$1"))).toEqual([
      "Не перевірено файлів: 2 з 22 (звіт про інші надруковано):",
      "  budget.xlsx",
      "  notes.xlsx",
    ]);
  });

  test("--out writes the consolidated workbook: plans by strategic goal with totals, and every finding with its file", async () => {
    const out = join(tempDir(), "consolidated.xlsx");
    await cli([dir, "--as-of", "2021-06-30", "--out", out]);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Плани",
      "Підсумки за цілями",
      "Підсумки за виконавцями",
      "Прострочені за виконавцями",
      "Зауваження",
      "Файли",
    ]);
    const plans = wb.getWorksheet("Плани")!;
    const rows: unknown[][] = [];
    plans.eachRow((row, n) => {
      if (n > 3) rows.push([1, 2, 3, 5].map((c) => row.getCell(c).value));
    });
    expect(rows).toHaveLength(20 * 3 + 1);
    expect(rows[0]).toEqual(["community-01.xlsx", "Громада 1", "1", 4]);
    expect(rows[2]).toEqual(["community-01.xlsx", "Громада 1", "Усього за планом", 7]);
    expect(rows[rows.length - 1]).toEqual(["Усі плани", null, null, 140]);
    const findings = wb.getWorksheet("Зауваження")!;
    expect(findings.rowCount).toBe(1 + 8);
    expect(findings.getRow(2).values).toEqual([
      undefined,
      "community-04.xlsx",
      "Громада 4",
      "F11",
      "помилка",
      "Немає терміну",
      "1.2.1",
      "Захід 1.2.1 не має терміну виконання.",
      "deadline.missing",
    ]);
    // the rule's id is there for filtering, in a hidden column
    expect(findings.getColumn(8).hidden).toBe(true);
    const files = wb.getWorksheet("Файли")!;
    expect(files.getCell("C2").value).toMatch(/^не перевірено: /);
    expect(formulasIn(wb, [])).toEqual([]);
  });

  test("several files name a batch too; a folder without workbooks is a usage problem", async () => {
    const a = await writeFixture("batch-a", [renderPlan(CLEAN_PLAN)]);
    const b = await writeFixture("batch-b", [renderPlan(syntheticPlan(12))]);
    const r = await cli([a, b, "--as-of", "2021-06-30"]);
    expect(r.out.split("\n")[0]).toMatch(/^Перевірено файлів 2 з 2: заходів 19/);
    const empty = join(tempDir(), "empty-dir");
    mkdirSync(empty, { recursive: true });
    expect(await cli([empty])).toMatchObject({ code: 2, out: "" });
  });
});

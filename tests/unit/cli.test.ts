/** The plan-check command line: its JSON contract, its readable report, its exit codes and its errors. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { tempDir, writeFixture } from "../fixtures/workbook";
import { runCli } from "../fixtures/cli";

const cli = runCli;

describe("plan-check --json", () => {
  test("on the seed workbook gives the documented document, errors exit 1", async () => {
    const { code, out, err } = await cli(["--as-of", "2023-06-30", "--json"]);
    expect(err).toBe("");
    expect(code).toBe(1);
    const r = JSON.parse(out);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        "file",
        "sheet",
        "asOf",
        "layout",
        "strategicGoals",
        "operationalGoals",
        "measures",
        "findings",
        "summary",
      ])
    );
    expect([r.file, r.sheet, r.asOf]).toEqual([
      "seeds/zhytomyr-1325-plan.xlsx",
      "План заходів",
      "2023-06-30",
    ]);
    expect(r.layout.headerRows).toEqual([5]);
    expect(r.layout.columns).toEqual({
      nationalTask: "A",
      nationalMeasure: "B",
      measure: "C",
      executors: "D",
      deadline: "E",
    });
    expect(r.layout.rows.find((x: { row: number }) => x.row === 5)).toEqual({
      row: 5,
      kind: "header",
      reason: "column names",
    });
    expect(r.strategicGoals[0]).toEqual({
      number: "1",
      title: expect.stringMatching(/^Жінки і чоловіки/),
      row: 6,
    });
    expect(r.operationalGoals[0]).toEqual({
      number: "1.1",
      strategicGoal: "1",
      title: expect.stringMatching(/^Створено/),
      row: 7,
    });
    expect(r.measures).toHaveLength(65);
    expect(r.measures[0]).toMatchObject({
      number: "1.1.1",
      row: 8,
      cell: "C8",
      strategicGoal: "1",
      operationalGoal: "1.1",
      task: "1",
      nationalMeasure: "1",
      text: expect.stringMatching(/^Надання пропозицій/),
      executors: ["Управління у справах сім'ї, молоді та спорту міської ради"],
      deadline: { raw: "2021", start: "2021-01-01", end: "2021-12-31", recurrence: null },
      status: null,
    });
  });

  test("on the seed as of 2023-06-30: the missing deadline of 4.4.3, national measure 4) of 3.2, the measures of 2021–2022 passed with no status (the plan has none), one notice saying so, and no other error or warning", async () => {
    const r = JSON.parse((await cli(["--as-of", "2023-06-30", "--json"])).out);
    const errors = r.findings.filter((f: { severity: string }) => f.severity === "error");
    const warnings = r.findings.filter((f: { severity: string }) => f.severity === "warning");
    const brief = (fs: { rule: string; measure: string; cell: string }[]) =>
      fs.map((f) => [f.rule, f.measure, f.cell]);
    expect(brief(errors)).toEqual([["deadline.missing", "4.4.3", "E63"]]);
    const endedBy2022 = r.measures
      .filter(
        (m: { deadline: { end: string | null } }) =>
          m.deadline.end && m.deadline.end <= "2022-12-31"
      )
      .map((m: { number: string }) => m.number);
    expect(
      warnings
        .filter((f: { rule: string }) => f.rule === "deadline.passed-no-status")
        .map((f: { measure: string }) => f.measure)
    ).toEqual(endedBy2022);
    expect(endedBy2022).toHaveLength(15);
    expect(
      brief(warnings.filter((f: { rule: string }) => f.rule !== "deadline.passed-no-status"))
    ).toEqual([["national-measure.without-local", "4", "B41"]]);
    expect(
      r.findings
        .filter((f: { rule: string }) => f.rule === "plan.no-status-column")
        .map((f: { severity: string; cell: string; params: unknown }) => [
          f.severity,
          f.cell,
          f.params,
        ])
    ).toEqual([["info", "E5", { passed: 15 }]]);
    expect(
      r.findings.find((f: { rule: string }) => f.rule === "deadline.passed-no-status").message
    ).toBe(
      "The deadline “2021” ended on 31 December 2021; the plan does not say whether the measure is done."
    );
  });

  test("on the seed as of today: no deadline is overdue, 64 passed with no status, one notice", async () => {
    const r = JSON.parse((await cli(["--as-of", "2026-12-01", "--json"])).out);
    const count = (rule: string) =>
      r.findings.filter((f: { rule: string }) => f.rule === rule).length;
    expect([
      count("deadline.overdue"),
      count("deadline.passed-no-status"),
      count("plan.no-status-column"),
    ]).toEqual([0, 64, 1]);
    expect(r.summary.findings).toMatchObject({ error: 1 });
  });

  test("the 2023 report keeps the measures its status column records as not done overdue", async () => {
    const r = JSON.parse(
      (await cli(["seeds/zhytomyr-1325-plan-report-2023.xlsx", "--as-of", "2023-06-30", "--json"]))
        .out
    );
    const of = (rule: string) =>
      r.findings
        .filter((f: { rule: string }) => f.rule === rule)
        .map((f: { measure: string; params: { status?: string } }) => [f.measure, f.params.status]);
    expect(of("deadline.overdue")).toEqual([
      ["2.1.3", "Виконується"],
      ["2.2.8", "Не виконано"],
      ["5.2.2", "Не розпочато"],
    ]);
    expect([of("plan.no-status-column"), of("deadline.passed-no-status")]).toEqual([[], []]);
  });

  test("the text report's goal lines name each status once, adding up to the goal's measures", async () => {
    const file = "seeds/zhytomyr-1325-plan-report-2023.xlsx";
    const args = [file, "--as-of", "2023-06-30", "--lang", "uk"];
    const json = JSON.parse((await cli([...args, "--json"])).out);
    const lines = (await cli(args)).out
      .split("\n")
      .filter((l) => l.startsWith("  Стратегічна ціль"));
    expect(lines).toHaveLength(json.summary.byStrategicGoal.length);
    for (const [i, line] of lines.entries()) {
      const g = json.summary.byStrategicGoal[i];
      const [, statuses] = line.split(" — ");
      const numbers = statuses
        .split("; ")
        .filter((p) => !p.startsWith("з неповними даними"))
        .map((p) => Number(p.slice(p.lastIndexOf(" ") + 1)));
      expect(numbers.reduce((a, b) => a + b, 0)).toBe(g.measures);
    }
    expect(lines[1]).toContain("прострочено 2");
  });

  test("messages follow --lang", async () => {
    const r = JSON.parse((await cli(["--as-of", "2023-06-30", "--json", "--lang", "uk"])).out);
    expect(r.findings.find((f: { rule: string }) => f.rule === "deadline.missing").message).toBe(
      "Захід 4.4.3 не має терміну виконання."
    );
  });

  test("a clean plan exits 0", async () => {
    const file = await writeFixture("cli-clean", [renderPlan(CLEAN_PLAN)]);
    const { code, out } = await cli([file, "--as-of", "2021-06-30", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).summary.findings).toMatchObject({ error: 0, warning: 0 });
  });

  test("--sheet picks a sheet", async () => {
    const file = await writeFixture("cli-sheets", [
      renderPlan(CLEAN_PLAN, { sheetName: "Перший" }),
      renderPlan(CLEAN_PLAN, { sheetName: "Другий" }),
    ]);
    const r = JSON.parse(
      (await cli([file, "--sheet", "Другий", "--json", "--as-of", "2021-06-30"])).out
    );
    expect(r.sheet).toBe("Другий");
    expect(r.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["Перший", "Другий"]);
  });
});

describe("the readable report", () => {
  test("names the layout, the counts and every finding with its cell", async () => {
    const { out } = await cli(["--as-of", "2023-06-30"]);
    expect(out).toContain(
      "Columns: A Task; B National plan measure; C Measure; D Responsible executor; E Deadline"
    );
    expect(out).toContain("5 strategic goals, 12 operational goals, 65 measures");
    expect(out).toMatch(/E63\s+error\s+4\.4\.3\s+No deadline\s+Measure 4\.4\.3 has no deadline\./);
  });

  test("says how many National plan measures lack a local one only for a plan that lists them", async () => {
    const local = await cli(["--as-of", "2023-06-30"]);
    expect(local.out).toContain("National measures without a local measure: 1");
    // a ministry's plan: tasks and measures, no National plan measures beside them
    const ministry = await cli([
      join(__dirname, "..", "fixtures", "real-plans", "kmu-6.2.xlsx"),
      "--as-of",
      "2023-06-30",
    ]);
    expect(ministry.out).toContain("19 measures");
    expect(ministry.out).not.toContain("National measures without");
  });

  test("speaks Ukrainian where the locale is Ukrainian", async () => {
    const { out } = await cli(["--as-of", "2023-06-30"], { LANG: "uk_UA.UTF-8" });
    expect(out).toContain("Стратегічних цілей: 5, оперативних цілей: 12, заходів: 65");
  });
});

describe("bad input: one clear line on stderr, exit 2", () => {
  test.each([
    ["a missing file", ["nope.xlsx"], "plan-check: File not found: nope.xlsx\n"],
    [
      "a bad as-of date",
      ["--as-of", "31.06.2023"],
      "plan-check: The as-of date is a day between 2000 and 2100, written YYYY-MM-DD or DD.MM.YYYY, not “31.06.2023”.\n",
    ],
    ["an unknown option", ["--frobnicate"], "plan-check: Unknown option: --frobnicate\n"],
    [
      "a copy that is not .xlsx",
      ["--out", "checked.xlsm"],
      "plan-check: --out writes an .xlsx workbook: give it a name ending in .xlsx (checked.xlsm)\n",
    ],
  ])("%s", async (_, args, message) => {
    expect(await cli(args)).toEqual({ code: 2, out: "", err: message });
  });

  test("a file that is not a workbook", async () => {
    const file = join(tempDir(), "notes.xlsx");
    writeFileSync(file, "just text");
    const r = await cli([file]);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      "",
      `plan-check: Not an Excel workbook (.xlsx): ${file}\n`,
    ]);
  });

  test("a zip archive that is not a workbook", async () => {
    const file = join(tempDir(), "archive.xlsx");
    // a zip archive's first header and then nothing a zip reader can follow
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(7)]));
    const r = await cli([file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^plan-check: The workbook could not be read \(.+\): .*archive\.xlsx\n$/);
  });

  test("an old .xls or a workbook saved with a password", async () => {
    const file = join(tempDir(), "locked.xlsx");
    // an OLE compound file starts with D0 CF 11 E0 A1 B1 1A E1
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await cli([file]);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      "",
      `plan-check: An old .xls workbook or one saved with a password: save it as .xlsx without a password and check it again: ${file}\n`,
    ]);
  });

  test("a workbook without a plan", async () => {
    const file = await writeFixture("cli-no-plan", [
      {
        name: "Бюджет",
        rows: [
          ["Стаття", "Сума"],
          ["Зарплата", 100],
        ],
      },
    ]);
    const r = await cli([file]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(
      /^plan-check: No plan table found in .*cli-no-plan\.xlsx: no header row names a measure with its executor or deadline\.\n$/
    );
  });

  test("a sheet that does not exist", async () => {
    const r = await cli(["--sheet", "Немає"]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "plan-check: There is no sheet “Немає” in seeds/zhytomyr-1325-plan.xlsx. Sheets: План заходів\n",
    });
  });
});

describe("the plan period and the executor directory", () => {
  test("--period sets the plan period where the title does not say it", async () => {
    const r = JSON.parse(
      (await cli(["--as-of", "2023-06-30", "--json", "--period", "2021-2023"])).out
    );
    expect(r.period).toEqual({ start: "2021-01-01", end: "2023-12-31", source: "user" });
    expect(
      r.findings.filter((f: { rule: string }) => f.rule === "deadline.outside-plan-period").length
    ).toBeGreaterThan(40);
    expect(await cli(["--period", "2025-2021"])).toMatchObject({ code: 2, out: "" });
  });

  test("--directory checks the executors against a list kept by the user", async () => {
    const file = join(tempDir(), "directory.txt");
    writeFileSync(
      file,
      "# executors of the Zhytomyr plan\nУправління у справах сім'ї, молоді та спорту міської ради\nДепартамент освіти міської ради\n"
    );
    const r = JSON.parse((await cli(["--as-of", "2023-06-30", "--json", "--directory", file])).out);
    const unknown = r.findings.filter((f: { rule: string }) => f.rule === "executor.unknown");
    expect(unknown.length).toBeGreaterThan(10);
    expect(
      unknown.some(
        (f: { params: { executor: string } }) => f.params.executor === "Департамент освіти"
      )
    ).toBe(false);
    expect(
      unknown.find(
        (f: { params: { executor: string } }) =>
          f.params.executor === "Управління у справах сім'ї, молоді та спорту"
      )
    ).toBeUndefined();
  });
});

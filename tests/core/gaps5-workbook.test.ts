/**
 * A plan written as real plans are: executors named with people's names and lists of kinds of bodies,
 * deadlines as a day of the year, a weekday or "протягом року". Checked as the command line reads it.
 */
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureCell } from "../fixtures/workbook";

const ROWS: FixtureCell[][] = [
  [
    "1.",
    "Проведення навчань",
    "Начальник відділу освіти Іваненко І.І.\nДиректор ЦНАП Петренко П.П.",
    "до 01.06",
    "",
  ],
  ["2.", "Нарада з питань рівності", "Іваненко І.І., начальник відділу освіти", "щопонеділка", ""],
  [
    "3.",
    "Моніторинг безпеки громад",
    "Структурні підрозділи облдержадміністрації, райдержадміністрації, територіальні громади (за згодою)",
    "протягом року",
    "",
  ],
  ["4.", "Звіт про виконання плану", "Директор ЦНАП Петренко П. П.", "до 1 червня", ""],
  ["5.", "Підсумкова конференція", "Відділ освіти", "протягом 2025 року", ""],
];

const deadlines = (
  ms: {
    deadline: {
      start: string | null;
      end: string | null;
      recurrence: string | null;
      unparsed: string | null;
    };
  }[]
) => ms.map(({ deadline: d }) => [d.start, d.end, d.recurrence, d.unparsed]);

test("a plan for several years: people's executors, kinds of bodies, every year's and every week's deadlines", async () => {
  const { result } = await checkFixture("gaps5-several-years", [
    { name: "План", rows: [["План заходів на 2024-2026 роки"], PLAN_HEADER, ...ROWS] },
  ]);
  expect(result.plan.measures.map((m) => m.executors)).toEqual([
    ["Начальник відділу освіти Іваненко І.І.", "Директор ЦНАП Петренко П.П."],
    ["Іваненко І.І., начальник відділу освіти"],
    [
      "Структурні підрозділи облдержадміністрації",
      "райдержадміністрації",
      "територіальні громади (за згодою)",
    ],
    ["Директор ЦНАП Петренко П. П."],
    ["Відділ освіти"],
  ]);
  expect(deadlines(result.plan.measures)).toEqual([
    [null, null, "annual", null],
    [null, null, "weekly", null],
    [null, null, "annual", null],
    [null, null, "annual", null],
    ["2025-01-01", "2025-12-31", null, null],
  ]);
  // no deadline left unread; the person's initials written with and without a space are one executor, the
  // other spelling reported once as such, never as a body of its own
  expect(result.findings.filter((f) => f.rule === "deadline.unparsed")).toEqual([]);
  const executorFindings = result.findings.filter((f) => f.rule.startsWith("executor."));
  expect(executorFindings).toHaveLength(1);
  expect(executorFindings[0].rule).toBe("executor.inconsistent");
  expect(
    [executorFindings[0].params.executor, executorFindings[0].params.canonical].sort()
  ).toEqual(["Директор ЦНАП Петренко П. П.", "Директор ЦНАП Петренко П.П."]);
  expect(result.summary.byExecutor.map((e) => e.executor)).toContain(
    "Начальник відділу освіти Іваненко І.І."
  );
});

test("a plan for one year: a day of the year is that year's, «протягом року» the year", async () => {
  const { result } = await checkFixture("gaps5-one-year", [
    { name: "План", rows: [["План заходів на 2025 рік"], PLAN_HEADER, ...ROWS] },
  ]);
  expect(deadlines(result.plan.measures)).toEqual([
    [null, "2025-06-01", null, null],
    ["2025-01-01", "2025-12-31", "weekly", null],
    ["2025-01-01", "2025-12-31", null, null],
    [null, "2025-06-01", null, null],
    ["2025-01-01", "2025-12-31", null, null],
  ]);
  // 1 June 2025 has passed by 30 June 2025 with no status column: passed, not overdue
  expect(
    result.findings.filter((f) => f.rule.startsWith("deadline.")).map((f) => [f.rule, f.measure])
  ).toEqual([
    ["deadline.passed-no-status", "1"],
    ["deadline.passed-no-status", "4"],
  ]);
});

test("a plan whose period nothing says: a day with no year stays unread, with its finding", async () => {
  const { result } = await checkFixture("gaps5-no-period", [
    {
      name: "План",
      rows: [["План заходів"], PLAN_HEADER, ...ROWS.slice(0, 4).map((r) => [...r])],
    },
  ]);
  expect(
    result.findings
      .filter((f) => f.rule === "deadline.unparsed")
      .map((f) => [f.measure, f.params.reason])
  ).toEqual([
    ["1", "no-period"],
    ["3", "no-period"],
    ["4", "no-period"],
  ]);
});

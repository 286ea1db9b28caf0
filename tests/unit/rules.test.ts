/**
 * Every rule fires where it must and stays silent where it must not. A correct plan gives no error and no
 * warning: a checker that cries wolf is not trusted.
 */
import { checkPlan } from "../../src/core/check";
import { recognizePlan } from "../../src/core/layout/recognize";
import type { Plan } from "../../src/core/plan";
import { RULE_IDS, type Finding } from "../../src/core/rules";
import { sheetToGrid } from "../fixtures/grid";
import {
  CLEAN_PLAN,
  renderPlan,
  type LayoutOptions,
  type MeasureSpec,
  type PlanSpec,
} from "../fixtures/planModel";

const WITH_STATUS: LayoutOptions = {
  columns: ["nationalTask", "nationalMeasure", "measure", "executors", "deadline", "status"],
};

function planOf(spec: PlanSpec, layout: LayoutOptions = {}): Plan {
  const r = recognizePlan(sheetToGrid(renderPlan(spec, layout)));
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

function check(
  spec: PlanSpec,
  asOf: string,
  layout: LayoutOptions = {},
  extra: { directory?: string[]; period?: { start: string; end: string } } = {}
): Finding[] {
  return checkPlan(planOf(spec, layout), [], { asOf, ...extra }).findings;
}

/** A copy of the clean plan with one measure changed. */
function withMeasure(number: string, change: Partial<MeasureSpec>): PlanSpec {
  const spec = structuredClone(CLEAN_PLAN);
  for (const g of spec.goals)
    for (const o of g.operationalGoals)
      for (const t of o.tasks)
        for (const n of t.nationalMeasures)
          n.measures = n.measures.map((m) => (m.number === number ? { ...m, ...change } : m));
  return spec;
}

const brief = (fs: Finding[]) => fs.map((f) => [f.rule, f.measure, f.cell]);
const only = (fs: Finding[], rule: string) => brief(fs.filter((f) => f.rule === rule));

describe("a correct plan", () => {
  test.each([
    ["without a status column", {}],
    ["with a status column", WITH_STATUS],
  ])("yields no error and no warning (%s)", (_, layout) => {
    const fs = check(CLEAN_PLAN, "2021-06-30", layout);
    expect(fs.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("executor rules", () => {
  test("executor.missing fires for a measure without an executor, and only there", () => {
    const fs = check(withMeasure("1.2.1", { executors: "" }), "2021-06-30");
    expect(only(fs, "executor.missing")).toEqual([["executor.missing", "1.2.1", "D11"]]);
  });

  test("executor.unknown fires for a body outside the directory kept in the workbook, with a suggestion", () => {
    const spec = withMeasure("1.2.1", {
      executors: "Управління у справах сімї, молоді та спорту міської ради",
    });
    const directory = [
      "Управління у справах сім'ї, молоді та спорту міської ради",
      "Департамент соціальної політики міської ради",
      "департамент освіти міської ради",
      "Управління з питань надзвичайних ситуацій та цивільного захисту населення міської ради",
      "Житомирський міський центр соціальних служб міської ради",
      "ГО «Ла Страда-Україна» (за згодою)",
    ];
    const fs = check(spec, "2021-06-30", {}, { directory });
    expect(
      fs
        .filter((f) => f.rule === "executor.unknown")
        .map((f) => [f.measure, f.params.executor, f.params.suggestion])
    ).toEqual([
      [
        "1.2.1",
        "Управління у справах сімї, молоді та спорту міської ради",
        "Управління у справах сім'ї, молоді та спорту міської ради",
      ],
    ]);
    expect(only(check(CLEAN_PLAN, "2021-06-30", {}, { directory }), "executor.unknown")).toEqual(
      []
    );
  });

  test("executor.unknown stays silent when the plan's own bodies make the directory", () => {
    expect(
      only(
        check(withMeasure("1.2.1", { executors: "Обласна прокуратура" }), "2021-06-30"),
        "executor.unknown"
      )
    ).toEqual([]);
  });

  test("executor.inconsistent names the usual spelling of a body written differently", () => {
    const spec = withMeasure("1.2.1", {
      executors: "Управління у справах сім’ї, молоді та спорту",
    });
    const fs = check(spec, "2021-06-30");
    expect(
      fs
        .filter((f) => f.rule === "executor.inconsistent")
        .map((f) => [f.measure, f.params.executor, f.params.canonical, f.severity])
    ).toEqual([
      [
        "1.2.1",
        "Управління у справах сім’ї, молоді та спорту",
        "Управління у справах сім'ї, молоді та спорту міської ради",
        "info",
      ],
    ]);
  });
});

describe("deadline rules", () => {
  test("deadline.missing fires for an empty deadline", () => {
    expect(
      only(check(withMeasure("2.1.1", { deadline: "" }), "2021-06-30"), "deadline.missing")
    ).toEqual([["deadline.missing", "2.1.1", "E14"]]);
  });

  test("deadline.unparsed gives the text and why", () => {
    const fs = check(withMeasure("2.1.1", { deadline: "коли буде фінансування" }), "2021-06-30");
    expect(
      fs
        .filter((f) => f.rule === "deadline.unparsed")
        .map((f) => [f.measure, f.params.text, f.params.reason])
    ).toEqual([["2.1.1", "коли буде фінансування", "unknown-words"]]);
  });

  test("deadline.outside-plan-period fires for a deadline beyond the period in the title, and not within it", () => {
    expect(
      only(
        check(withMeasure("2.1.1", { deadline: "2026-2027" }), "2021-06-30"),
        "deadline.outside-plan-period"
      )
    ).toEqual([["deadline.outside-plan-period", "2.1.1", "E14"]]);
    expect(
      only(
        check(withMeasure("2.1.1", { deadline: "2025" }), "2021-06-30"),
        "deadline.outside-plan-period"
      )
    ).toEqual([]);
  });

  test("without a period in the title: inferred from the span most measures share, never from one year", () => {
    const untitled = (spec: PlanSpec): PlanSpec => ({ ...spec, title: ["План заходів громади"] });
    const deadlines = (ds: string[]): PlanSpec => {
      const spec = untitled(structuredClone(CLEAN_PLAN));
      let i = 0;
      for (const g of spec.goals)
        for (const o of g.operationalGoals)
          for (const t of o.tasks)
            for (const n of t.nationalMeasures)
              n.measures = n.measures.map((m) => ({ ...m, deadline: ds[i++ % ds.length] }));
      return spec;
    };
    // single years spread over the plan: no shared span, so no deadline is outside the period
    expect(
      only(
        check(deadlines(["2021", "2022", "2023", "2024"]), "2021-06-30"),
        "deadline.outside-plan-period"
      )
    ).toEqual([]);
    // most measures run 2021-2025: one that ends in 2027 lies outside
    expect(
      only(
        check(
          deadlines([
            "2021-2025",
            "2021-2025",
            "2021-2025",
            "2022",
            "2021-2025",
            "2023",
            "2026-2027",
          ]),
          "2021-06-30"
        ),
        "deadline.outside-plan-period"
      ).map((f) => f[1])
    ).toEqual(["2.1.3"]);
  });

  test("the plan period can be set by the user", () => {
    const fs = check(
      CLEAN_PLAN,
      "2021-06-30",
      {},
      { period: { start: "2021-01-01", end: "2023-12-31" } }
    );
    expect(only(fs, "deadline.outside-plan-period").map((f) => f[1])).toEqual([
      "1.1.1",
      "1.1.3",
      "1.2.1",
      "2.1.1",
      "2.1.2",
      "2.1.3",
    ]);
  });

  test("deadline.overdue: ended before the as-of date and recorded as not done; done, cancelled or postponed measures are not overdue", () => {
    const asOf = "2023-06-30";
    const overdue = (status: string) =>
      only(check(withMeasure("1.1.2", { status }), asOf, WITH_STATUS), "deadline.overdue");
    expect(overdue("Виконано")).toEqual([]);
    expect(overdue("Скасовано")).toEqual([]);
    expect(overdue("Не виконано")).toEqual([["deadline.overdue", "1.1.2", "E8"]]);
    expect(overdue("Виконується")).toEqual([["deadline.overdue", "1.1.2", "E8"]]);
    // postponed: the plan says its deadline moved; the summary counts it as postponed, never overdue
    expect(overdue("Перенесено")).toEqual([]);
  });

  test("without a status column a passed deadline is passed with no status, never overdue, and the plan gets one notice", () => {
    const fs = check(CLEAN_PLAN, "2023-06-30");
    expect(only(fs, "deadline.overdue")).toEqual([]);
    expect(only(fs, "deadline.passed-no-status")).toEqual([
      ["deadline.passed-no-status", "1.1.2", "E8"],
    ]);
    expect(fs.find((f) => f.rule === "deadline.passed-no-status")).toMatchObject({
      severity: "warning",
      params: { text: "2022", end: "2022-12-31" },
    });
    const notices = fs.filter((f) => f.rule === "plan.no-status-column");
    expect(notices).toEqual([
      expect.objectContaining({
        severity: "info",
        measure: null,
        cell: "E4",
        row: 4,
        params: { passed: 1 },
      }),
    ]);
    // with a status column there is no notice
    expect(only(check(CLEAN_PLAN, "2023-06-30", WITH_STATUS), "plan.no-status-column")).toEqual([]);
  });

  test("with a status column, an ended measure with an empty status is status.missing and also passed with no status", () => {
    const fs = check(withMeasure("1.1.2", { status: "" }), "2023-06-30", WITH_STATUS);
    expect(only(fs, "status.missing")).toEqual([["status.missing", "1.1.2", "F8"]]);
    expect(only(fs, "deadline.passed-no-status")).toEqual([
      ["deadline.passed-no-status", "1.1.2", "E8"],
    ]);
    expect(only(fs, "deadline.overdue")).toEqual([]);
    // a status the vocabulary does not know says nothing either way: not overdue, passed with no status
    const odd = check(withMeasure("1.1.2", { status: "див. звіт" }), "2023-06-30", WITH_STATUS);
    expect([only(odd, "deadline.overdue"), only(odd, "deadline.passed-no-status")]).toEqual([
      [],
      [["deadline.passed-no-status", "1.1.2", "E8"]],
    ]);
  });

  test("recurring measures end with their period; a deadline ending on the as-of date has not yet passed", () => {
    const passed = (asOf: string) =>
      only(check(CLEAN_PLAN, asOf), "deadline.passed-no-status").map((f) => f[1]);
    expect(passed("2025-12-31")).toEqual(["1.1.2", "1.2.1"]);
    expect(passed("2026-01-01")).toEqual([
      "1.1.1",
      "1.1.2",
      "1.1.3",
      "1.2.1",
      "2.1.1",
      "2.1.2",
      "2.1.3",
    ]);
  });

  test("deadline.due-soon fires within 90 days of the end, not after", () => {
    expect(only(check(CLEAN_PLAN, "2024-10-15"), "deadline.due-soon")).toEqual([
      ["deadline.due-soon", "1.2.1", "E11"],
    ]);
    expect(only(check(CLEAN_PLAN, "2024-09-01"), "deadline.due-soon")).toEqual([]);
  });
});

describe("status rules", () => {
  test("status.missing: a started measure without a status; not before it starts, not without a status column", () => {
    const spec = withMeasure("2.1.3", { status: "" });
    expect(only(check(spec, "2023-06-30", WITH_STATUS), "status.missing")).toEqual([
      ["status.missing", "2.1.3", "F16"],
    ]);
    expect(only(check(spec, "2022-06-30", WITH_STATUS), "status.missing")).toEqual([]);
    expect(only(check(spec, "2023-06-30"), "status.missing")).toEqual([]);
  });

  test("status.unknown: a value outside the vocabulary; the usual variants pass", () => {
    expect(
      only(
        check(withMeasure("2.1.3", { status: "думаємо" }), "2023-06-30", WITH_STATUS),
        "status.unknown"
      )
    ).toEqual([["status.unknown", "2.1.3", "F16"]]);
    for (const s of [
      "виконано",
      "Виконано.",
      "Виконано у повному обсязі",
      "в процесі",
      "частково виконано",
      "Done",
      "In progress",
      "Not started",
      "Cancelled",
      "не розпочато",
    ]) {
      expect(
        only(
          check(withMeasure("2.1.3", { status: s }), "2023-06-30", WITH_STATUS),
          "status.unknown"
        )
      ).toEqual([]);
    }
  });
});

describe("numbering rules", () => {
  test("measure.number-missing fires where most measures are numbered and one is not", () => {
    const spec = withMeasure("2.1.2", { number: "" });
    const plan = planOf(spec);
    expect(plan.measures.find((m) => m.row === 15)!.number).toBeNull();
    const fs = checkPlan(plan, [], { asOf: "2021-06-30" }).findings;
    expect(only(fs, "measure.number-missing")).toEqual([["measure.number-missing", null, "C15"]]);
  });

  test("measure.number-duplicate fires on the second use of a number", () => {
    const fs = check(withMeasure("2.1.3", { number: "2.1.2" }), "2021-06-30");
    expect(only(fs, "measure.number-duplicate")).toEqual([
      ["measure.number-duplicate", "2.1.2", "C16"],
    ]);
    expect(only(fs, "measure.number-sequence")).toEqual([]);
  });

  test("measure.number-sequence fires for a gap or wrong order within an operational goal", () => {
    // 2.1.1, 2.1.4, 2.1.3: a gap at 2.1.4, then 2.1.3 out of order
    expect(
      only(
        check(withMeasure("2.1.2", { number: "2.1.4" }), "2021-06-30"),
        "measure.number-sequence"
      )
    ).toEqual([
      ["measure.number-sequence", "2.1.4", "C15"],
      ["measure.number-sequence", "2.1.3", "C16"],
    ]);
    // 2.1.1, 2.1.3: one gap, one finding
    const gap = structuredClone(CLEAN_PLAN);
    gap.goals[1].operationalGoals[0].tasks[0].nationalMeasures[1].measures = [];
    gap.goals[1].operationalGoals[0].tasks[0].nationalMeasures.pop();
    expect(only(check(gap, "2021-06-30"), "measure.number-sequence")).toEqual([
      ["measure.number-sequence", "2.1.3", "C15"],
    ]);
  });

  test("measure.number-mismatch fires for a number of another operational goal", () => {
    const fs = check(withMeasure("2.1.2", { number: "2.3.12" }), "2021-06-30");
    expect(only(fs, "measure.number-mismatch")).toEqual([
      ["measure.number-mismatch", "2.3.12", "C15"],
    ]);
  });

  test("measure.text-missing fires for a measure with an executor and a deadline but no text", () => {
    const spec = withMeasure("2.1.2", { text: "" });
    const fs = checkPlan(
      planOf(spec, {
        numberIn: "column",
        columns: ["number", "nationalTask", "nationalMeasure", "measure", "executors", "deadline"],
      }),
      [],
      { asOf: "2021-06-30" }
    ).findings;
    expect(only(fs, "measure.text-missing")).toEqual([["measure.text-missing", "2.1.2", "D15"]]);
  });
});

describe("national-measure.without-local", () => {
  test("fires for a national measure that no local measure implements", () => {
    const spec = structuredClone(CLEAN_PLAN);
    spec.goals[0].operationalGoals[1].tasks[0].nationalMeasures.push({
      text: "4) проведення циклу тренінгів",
      measures: [],
    });
    const fs = check(spec, "2021-06-30");
    expect(
      fs
        .filter((f) => f.rule === "national-measure.without-local")
        .map((f) => [f.measure, f.cell, f.params.operationalGoal])
    ).toEqual([["4", "B12", "1.2"]]);
  });
});

describe("findings", () => {
  test("are ordered by sheet position and never duplicated", () => {
    const spec = withMeasure("2.1.1", { deadline: "", executors: "" });
    const fs = check(spec, "2023-06-30");
    const keys = fs.map((f) => `${f.rule}|${f.cell}|${f.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
    const rows = fs.map((f) => f.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  test("every rule id is one of the documented contract", () => {
    expect(RULE_IDS).toEqual([
      "executor.missing",
      "executor.unknown",
      "executor.inconsistent",
      "deadline.missing",
      "deadline.unparsed",
      "deadline.outside-plan-period",
      "deadline.overdue",
      "deadline.passed-no-status",
      "deadline.due-soon",
      "status.missing",
      "status.unknown",
      "measure.number-missing",
      "measure.number-duplicate",
      "measure.number-sequence",
      "measure.number-mismatch",
      "measure.text-missing",
      "national-measure.without-local",
      "cell.error",
      "plan.no-status-column",
      "layout.ambiguous",
    ]);
  });
});

test("the summary's overdue are exactly the overdue findings: a postponed or unreadable status is never overdue", () => {
  const spec = structuredClone(CLEAN_PLAN);
  const statuses = ["Перенесено", "хтозна", "Не виконано", ""];
  let i = 0;
  for (const g of spec.goals)
    for (const o of g.operationalGoals)
      for (const t of o.tasks)
        for (const n of t.nationalMeasures)
          for (const m of n.measures) {
            m.deadline = "2022";
            m.status = statuses[i++ % statuses.length];
          }
  const plan = planOf(spec, WITH_STATUS);
  const result = checkPlan(plan, [], { asOf: "2023-06-30" });
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => f.measure);
  const byBucket = (bucket: string) =>
    plan.measures
      .filter(
        (_, k) => ["postponed", "passedNoStatus", "overdue", "passedNoStatus"][k % 4] === bucket
      )
      .map((m) => m.number);
  expect(result.summary.total.byStatus).toMatchObject({
    postponed: byBucket("postponed").length,
    overdue: of("deadline.overdue").length,
    passedNoStatus: of("deadline.passed-no-status").length,
  });
  expect(of("deadline.overdue")).toEqual(byBucket("overdue"));
  expect(of("deadline.passed-no-status")).toEqual(byBucket("passedNoStatus"));
});

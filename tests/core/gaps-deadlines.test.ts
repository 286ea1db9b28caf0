/**
 * Deadlines the grammar read wrong or not at all: work done every week (or every day) is weekly, not monthly;
 * the middle of a year ("середина 2025 року", "до середини 2025", "mid-2025") is the end of its first half,
 * due by 30 June, and as a start ("з середини 2025 року") 1 July. One line each: text in, period out.
 */
import { checkWorkbook } from "../../src/core/check";
import { parseDeadline } from "../../src/core/deadline";
import { sheetToGrid } from "../fixtures/grid";
import { CLEAN_PLAN, renderPlan, type PlanSpec } from "../fixtures/planModel";

type Row = [
  text: string,
  start: string | null,
  end: string | null,
  recurrence: string | null,
  precision: string | null,
];

const READ: Row[] = [
  // every week, or more often
  ["Щотижня", null, null, "weekly", "open"],
  ["щотижнево", null, null, "weekly", "open"],
  ["щотижневі", null, null, "weekly", "open"],
  ["раз на тиждень", null, null, "weekly", "open"],
  ["Щоденно", null, null, "weekly", "open"],
  ["weekly", null, null, "weekly", "open"],
  ["every week", null, null, "weekly", "open"],
  ["daily", null, null, "weekly", "open"],
  ["щотижня, 2024-2025", "2024-01-01", "2025-12-31", "weekly", "years"],
  // every month and every ten days stay monthly
  ["щомісяця", null, null, "monthly", "open"],
  ["щодекади", null, null, "monthly", "open"],
  ["monthly", null, null, "monthly", "open"],
  // the middle of a year: its first half, due by 30 June
  ["середина 2025 року", "2025-01-01", "2025-06-30", null, "half-year"],
  ["в середині 2025 року", "2025-01-01", "2025-06-30", null, "half-year"],
  ["до середини 2025", null, "2025-06-30", null, "half-year"],
  ["до середини 2025 року", null, "2025-06-30", null, "half-year"],
  ["Mid-2025", "2025-01-01", "2025-06-30", null, "half-year"],
  ["mid 2025", "2025-01-01", "2025-06-30", null, "half-year"],
  ["by mid-2025", null, "2025-06-30", null, "half-year"],
  ["by the middle of 2025", null, "2025-06-30", null, "half-year"],
  // as a start, from 1 July; in a range, each side its own
  ["з середини 2025 року", "2025-07-01", null, null, "half-year"],
  ["з середини 2025 року і надалі", "2025-07-01", null, null, "half-year"],
  ["2024 - середина 2025", "2024-01-01", "2025-06-30", null, "years"],
  ["середина 2024 - 2025", "2024-07-01", "2025-12-31", null, "years"],
];

describe("deadlines read as they are meant", () => {
  test.each(READ)("%j → %s … %s (%s, %s)", (text, start, end, recurrence, precision) => {
    expect(parseDeadline(text)).toEqual({
      raw: text,
      start,
      end,
      recurrence,
      precision,
      unparsed: null,
    });
  });

  test("the middle of a year out of range is said so", () => {
    expect(parseDeadline("середина 2250 року").unparsed).toBe("year-out-of-range");
  });
});

describe("a weekly measure in the summary and the checks", () => {
  /** The clean plan with its first measure's deadline and status as given, checked as of 30 June 2024. */
  function checked(deadline: string) {
    const plan: PlanSpec = structuredClone(CLEAN_PLAN);
    const first = plan.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0];
    first.deadline = deadline;
    first.status = "Не виконано";
    const result = checkWorkbook([sheetToGrid(renderPlan(plan))], { asOf: "2024-06-30" });
    if (!("plan" in result)) throw new Error("no plan");
    const measure = result.plan.measures.find((m) => m.number === first.number)!;
    const rules = result.findings
      .filter((f) => f.row === measure.row)
      .map((f) => f.rule)
      .sort();
    return { result, measure, rules };
  }
  const weekly = checked("Щотижня");
  const monthly = checked("щомісяця");

  test("reads the measure as weekly", () => {
    expect(weekly.measure.deadline).toMatchObject({ recurrence: "weekly", start: null, end: null });
  });

  test("falls due in every year of the plan, as a monthly measure does", () => {
    const due = weekly.result.summary.byYear.map((y) => [y.year, y.due]);
    expect(due).toEqual(monthly.result.summary.byYear.map((y) => [y.year, y.due]));
    // the plan has one measure for each of 2021 and 2022 otherwise: the weekly one adds to every year
    expect(
      due.filter(([year]) => /^\d{4}$/.test(String(year))).every(([, n]) => Number(n) >= 1)
    ).toBe(true);
  });

  test("gets the findings a monthly measure gets, and no 'not understood'", () => {
    expect(weekly.rules).toEqual(monthly.rules);
    expect(weekly.rules).not.toContain("deadline.unparsed");
  });
});

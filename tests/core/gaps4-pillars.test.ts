/**
 * A level above the goals: "Pillar I: …" rows over "Goal 1: …" rows in English plans, "Напрям І" or
 * "Складова 1" over "Стратегічна ціль 1" in Ukrainian ones. The pillar is the top of its measures' paths; the
 * strategic goals — what the summary counts by, and what the plan numbers its measures after ("1.1" under
 * Goal 1) — stay the goal rows, so a pillar is no goal of the summary's. A "Напрям" row with measures under
 * it and no goal rows is the strategic goal, as before. Each plan is written to a real .xlsx and read back.
 */
import type { Plan } from "../../src/core/plan";
import { checkFixture, PLAN_HEADER } from "../fixtures/checked";
import type { FixtureSheet } from "../fixtures/workbook";

const check = async (name: string, sheets: FixtureSheet[]) =>
  (await checkFixture(name, sheets)).result;
const paths = (p: Plan) =>
  p.measures.map(
    (m) => `${m.row} ${m.path.map((l) => `${l.kind} ${l.number} ${l.title}`).join(" > ")}`
  );
const kinds = (p: Plan) => p.layout.rows.map((x) => `${x.row}:${x.kind}`);

test("“Pillar I: …” over “Goal 1: …” rows is the top of the path; the goals stay the strategic goals the summary counts", async () => {
  const r = await check("gaps4-pillars", [
    {
      name: "Plan",
      rows: [
        ["Action plan 2025"],
        ["No.", "Activity", "Responsible", "Deadline"],
        ["Pillar I: Prevention"],
        ["Goal 1: Safer communities"],
        ["Objective 1.1: Police"],
        ["1.1.1", "Train police officers", "Police", "2025"],
        ["1.1.2", "Map shelters", "City council", "2025"],
        ["Goal 2: Services for survivors"],
        ["2.1.1", "Open a crisis room", "Social department", "2025"],
        ["Pillar II: Participation"],
        ["Goal 3: Women in decisions"],
        ["3.1.1", "Hold a forum", "Youth department", "2025"],
      ],
      merges: ["A3:D3", "A4:D4", "A5:D5", "A8:D8", "A10:D10", "A11:D11"],
    },
  ]);
  const p = r.plan;
  expect(paths(p)).toEqual([
    "6 pillar 1 Prevention > strategicGoal 1 Safer communities > operationalGoal 1.1 Police",
    "7 pillar 1 Prevention > strategicGoal 1 Safer communities > operationalGoal 1.1 Police",
    "9 pillar 1 Prevention > strategicGoal 2 Services for survivors",
    "12 pillar 2 Participation > strategicGoal 3 Women in decisions",
  ]);
  expect(kinds(p)).toEqual([
    "1:title",
    "2:header",
    "3:section",
    "4:strategic-goal",
    "5:operational-goal",
    "6:measure",
    "7:measure",
    "8:strategic-goal",
    "9:measure",
    "10:section",
    "11:strategic-goal",
    "12:measure",
  ]);
  expect(p.strategicGoals.map((g) => [g.number, g.title])).toEqual([
    ["1", "Safer communities"],
    ["2", "Services for survivors"],
    ["3", "Women in decisions"],
  ]);
  expect(r.summary.byStrategicGoal.map((g) => [g.strategicGoal, g.title, g.measures])).toEqual([
    ["1", "Safer communities", 2],
    ["2", "Services for survivors", 1],
    ["3", "Women in decisions", 1],
  ]);
  expect(r.findings.map((f) => f.rule)).not.toContain("measure.number-mismatch");
});

test("“Напрям І” (its title in the row below) and “Складова 1” over “Стратегічна ціль 1” are pillars; a “Напрям” with measures under it is the goal", async () => {
  const r = await check("gaps4-napriam", [
    {
      name: "План",
      rows: [
        PLAN_HEADER,
        ["Напрям І. Безпека"],
        ["Стратегічна ціль 1. Захист цивільного населення"],
        ["1.1", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
        ["Стратегічна ціль 2. Протидія насильству"],
        ["2.1", "Відкриття кризової кімнати", "Центр соціальних служб", "2025", "Кімната"],
        ["Напрям ІІ"],
        ["Участь"],
        ["Стратегічна ціль 3. Участь жінок"],
        ["3.1", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
      ],
      merges: ["A2:E2", "A3:E3", "A5:E5", "A7:E7", "A8:E8", "A9:E9"],
    },
  ]);
  expect(paths(r.plan)).toEqual([
    "4 pillar 1 Безпека > strategicGoal 1 Захист цивільного населення",
    "6 pillar 1 Безпека > strategicGoal 2 Протидія насильству",
    "10 pillar 2 Участь > strategicGoal 3 Участь жінок",
  ]);
  expect(r.plan.strategicGoals.map((g) => g.number)).toEqual(["1", "2", "3"]);

  const parts = await check("gaps4-skladova", [
    {
      name: "План",
      rows: [
        PLAN_HEADER,
        ["Складова 1. Безпека"],
        ["Стратегічна ціль 1. Захист"],
        ["1.1", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
        ["Складова 2. Участь"],
        ["Стратегічна ціль 2. Участь жінок"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
      ],
      merges: ["A2:E2", "A3:E3", "A5:E5", "A6:E6"],
    },
  ]);
  expect(paths(parts.plan)).toEqual([
    "4 pillar 1 Безпека > strategicGoal 1 Захист",
    "7 pillar 2 Участь > strategicGoal 2 Участь жінок",
  ]);

  const directions = await check("gaps4-napriam-goals", [
    {
      name: "План",
      rows: [
        PLAN_HEADER,
        ["Напрям 1. Безпека"],
        ["1.1", "Облаштування укриттів", "Управління ЖКГ", "2025", "Укриття"],
        ["Напрям 2. Участь"],
        ["2.1", "Проведення форуму", "Відділ молоді", "2025", "Форум"],
      ],
      merges: ["A2:E2", "A4:E4"],
    },
  ]);
  expect(paths(directions.plan)).toEqual(["3 strategicGoal 1 Безпека", "5 strategicGoal 2 Участь"]);
});

/** Column headers and goal rows as programmes, strategies and English plans write them. */
import { sectionOf } from "../../src/core/layout/rows";
import { headerRole } from "../../src/core/layout/vocabulary";
import { normalize } from "../../src/core/text";

const HEADERS: [header: string, role: string][] = [
  // a programme's annex, "Напрями діяльності та заходи програми"
  ["Назва напряму діяльності (пріоритетні завдання)", "operationalGoal"],
  ["Найменування напряму діяльності", "operationalGoal"],
  ["Пріоритетні напрями", "operationalGoal"],
  ["Дії", "measure"],
  ["Зміст дії", "measure"],
  ["Учасники", "coExecutors"],
  ["Виконавці інші", "coExecutors"],
  ["Supporting agencies", "coExecutors"],
  ["Відмітка про виконання", "status"],
  ["Хід виконання", "report"],
  ["Результат виконання", "report"],
  ["Вартість, тис. грн", "funding"],
  ["Дата", "deadline"],
  ["Період", "deadline"],
  ["Хто виконує", "executors"],
  // a footnote's mark after the words
  ["Виконавці¹", "executors"],
  ["Індикатор²", "indicator"],
  ["Примітки³", "note"],
  // English plans
  ["Lead agency", "executors"],
  ["Lead", "executors"],
  ["Lead ministry", "executors"],
  ["Focal point", "executors"],
  ["Results", "expectedResult"],
  ["Outcome", "strategicGoal"],
  ["Output", "operationalGoal"],
  ["Expected output", "expectedResult"],
  ["Target", "indicator"],
  ["Means of verification", "indicator"],
  ["Cost (UAH)", "funding"],
  ["Estimated cost", "funding"],
];

const SECTIONS: [text: string, kind: string, number: string, title: string][] = [
  ["Напрям 1. Безпека", "strategicGoal", "1", "Безпека"],
  ["Напрямок 2: Освіта", "strategicGoal", "2", "Освіта"],
  ["Пріоритет 1. Безпечна громада", "strategicGoal", "1", "Безпечна громада"],
  ["Стратегічний напрям 3. Економіка", "strategicGoal", "3", "Економіка"],
  ["Операційна мета 1.1. Розвиток МСП", "operationalGoal", "1.1", "Розвиток МСП"],
  ["Підціль 1.2 Туризм", "operationalGoal", "1.2", "Туризм"],
  ["Напрям 1.3. Спорт", "operationalGoal", "1.3", "Спорт"],
  ["Pillar 1. Participation", "strategicGoal", "1", "Participation"],
  ["Priority 2: Protection", "strategicGoal", "2", "Protection"],
  [
    "Outcome 1: Women participate in decisions",
    "strategicGoal",
    "1",
    "Women participate in decisions",
  ],
  ["Output 1.2: Leaders trained", "operationalGoal", "1.2", "Leaders trained"],
];

describe("headers of plans nobody here wrote", () => {
  test.each(HEADERS)("%j is the %s column", (header, role) => {
    expect(headerRole(normalize(header))).toBe(role);
  });
  test("the report's “Результат виконання” is not the plan's expected result, nor “Leadership” a lead", () => {
    expect(headerRole(normalize("Результат виконання"))).toBe("report");
    expect(headerRole(normalize("Очікуваний результат виконання"))).toBe("expectedResult");
    expect(headerRole(normalize("Lead agency"))).toBe("executors");
    expect(headerRole(normalize("Leadership training"))).toBeNull();
  });
});

describe("goal rows of plans nobody here wrote", () => {
  test.each(SECTIONS)("%j is a %s numbered %s", (text, kind, number, title) => {
    expect(sectionOf(text)).toEqual({ kind, number, title });
  });
  test("the short words are a goal only with a number", () => {
    expect(sectionOf("Напрям 2")).toEqual({ kind: "strategicGoal", number: "2", title: "" });
    expect(sectionOf("Напрям роботи з молоддю")).toBeNull();
    expect(sectionOf("Пріоритетні напрями розвитку")).toBeNull();
  });
});

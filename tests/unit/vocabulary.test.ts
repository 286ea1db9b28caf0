/** Header wordings → column roles, as a table a domain expert can read and extend. */
import { headerRole, SECTION_PATTERNS } from "../../src/core/layout/vocabulary";
import { normalize } from "../../src/core/text";

const HEADERS: [header: string, role: string | null][] = [
  ["Найменування завдання Національного плану", "nationalTask"],
  ["Завдання Національного плану", "nationalTask"],
  ["Національний план Завдання", "nationalTask"],
  ["Завдання", "nationalTask"],
  ["Завдання (напрям)", "nationalTask"],
  ["National Action Plan task", "nationalTask"],
  ["NAP task", "nationalTask"],
  ["Task", "nationalTask"],
  ["Найменування заходу Національного плану", "nationalMeasure"],
  ["Національний план Захід", "nationalMeasure"],
  ["Захід Національного плану дій", "nationalMeasure"],
  ["National measure", "nationalMeasure"],
  ["NAP activity", "nationalMeasure"],
  ["Найменування заходу місцевого плану", "measure"],
  ["Захід місцевого плану", "measure"],
  ["Зміст заходу", "measure"],
  ["Заходи", "measure"],
  ["Local measure", "measure"],
  ["Activity", "measure"],
  ["Action", "measure"],
  ["Відповідальний виконавець", "executors"],
  ["Відповідальні за виконання", "executors"],
  ["Виконавці", "executors"],
  ["Відповідальний\nза виконання", "executors"],
  ["Responsible", "executors"],
  ["Responsible body", "executors"],
  ["Implementing agency", "executors"],
  ["Термін виконання", "deadline"],
  ["Строк виконання", "deadline"],
  ["Терміни", "deadline"],
  ["Строки виконання, роки", "deadline"],
  ["Deadline", "deadline"],
  ["Timeframe", "deadline"],
  ["Time frame", "deadline"],
  ["Implementation period", "deadline"],
  ["Рік виконання", "deadline"],
  ["Тер-\nмін вико-\nнання", "deadline"],
  ["Відпові-\nдальні за виконання", "executors"],
  ["Роки реалізації", "deadline"],
  ["Timing", "deadline"],
  ["Year", "deadline"],
  ["Стан реалізації", "status"],
  ["Status of implementation", "status"],
  ["Показники результативності", "indicator"],
  ["Заходи з виконання", "measure"],
  ["Захід, передбачений Національним планом", "nationalMeasure"],
  ["Зміст завдання", "nationalTask"],
  ["Стан виконання", "status"],
  ["Статус", "status"],
  ["Implementation status", "status"],
  ["Status", "status"],
  ["Інформація про стан виконання", "report"],
  ["Індикатор виконання", "indicator"],
  ["Показники", "indicator"],
  ["Indicator", "indicator"],
  ["Джерела фінансування", "funding"],
  ["Обсяг фінансування, тис. грн", "funding"],
  ["Source of funding", "funding"],
  ["№ з/п", "number"],
  ["№", "number"],
  ["No.", "number"],
  ["Номер заходу", "number"],
  ["Примітка", "note"],
  ["Notes", "note"],
  ["Очікуваний результат", "expectedResult"],
  ["Сума", null],
  ["ПІБ", null],
];

test.each(HEADERS)("%j is %s", (header, role) => {
  expect(headerRole(normalize(header))).toBe(role);
});

describe("section rows", () => {
  test.each([
    ["СТРАТЕГІЧНА ЦІЛЬ 1. Жінки і чоловіки", "strategicGoal", "1", "Жінки і чоловіки"],
    ["Стратегічна ціль 2: Створено систему", "strategicGoal", "2", "Створено систему"],
    ["стратегічна ціль № 3 Процес відновлення", "strategicGoal", "3", "Процес відновлення"],
    ["I. Стратегічна ціль 1. Жінки беруть участь", "strategicGoal", "1", "Жінки беруть участь"],
    ["Strategic objective 4. Protection", "strategicGoal", "4", "Protection"],
    ["Оперативна ціль 1.1. Створено умови", "operationalGoal", "1.1", "Створено умови"],
    ["ОПЕРАТИВНА ЦІЛЬ 2.3: Населення спроможне", "operationalGoal", "2.3", "Населення спроможне"],
    [
      "1. Оперативна ціль 1.2 Забезпечено представництво",
      "operationalGoal",
      "1.2",
      "Забезпечено представництво",
    ],
    ["Operational goal 5.2 Cooperation", "operationalGoal", "5.2", "Cooperation"],
    ["Операційна ціль 1.2. Подолано насильство", "operationalGoal", "1.2", "Подолано насильство"],
    ["Specific objective 3.1: Services", "operationalGoal", "3.1", "Services"],
    ["Стратегічна мета 2. Безпека громади", "strategicGoal", "2", "Безпека громади"],
    ["Стратегічна ціль II. Безпека", "strategicGoal", "II", "Безпека"],
    ["Strategic goal IV: Recovery", "strategicGoal", "IV", "Recovery"],
    ["Стратегічна ціль Інклюзія", "strategicGoal", undefined, "Інклюзія"],
    ["1.2. Оперативна ціль: Створено умови", "operationalGoal", undefined, "Створено умови"],
    ["Objective 1.2: Services", "operationalGoal", "1.2", "Services"],
    ["Оперативна ціль 2. Подолано насильство", "operationalGoal", "2", "Подолано насильство"],
    ["Оперативна ціль 2: Подолано", "operationalGoal", "2", "Подолано"],
    ["Оперативна ціль 2021 року", "operationalGoal", undefined, "2021 року"],
    ["Ціль 2.1. Притулки", "operationalGoal", "2.1", "Притулки"],
    ["Goal 3: Recovery", "strategicGoal", "3", "Recovery"],
    ["Мета 1. Участь", "strategicGoal", "1", "Участь"],
  ])("%j", (text, kind, number, title) => {
    const p = SECTION_PATTERNS.find((x) => x.pattern.test(text))!;
    const m = p.pattern.exec(text)!;
    expect([p.kind, m[1]?.replace(/\s+/g, ""), m[2]]).toEqual([kind, number, title]);
  });

  test.each([
    ["1. Забезпечити інституційні механізми"],
    ["Мета заходу: підвищення обізнаності"],
    ["Goals and objectives of the plan"],
    ["Ціль проєкту — безпека"],
  ])("%j is not a section row", (text) => {
    expect(SECTION_PATTERNS.some((p) => p.pattern.test(text))).toBe(false);
  });
});

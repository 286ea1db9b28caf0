/** The status vocabulary: what staff write in "Стан виконання", and the report written after it. */
import { statusKind } from "../../src/core/status";

test.each([
  ["Виконано", "done"],
  ["ВИКОНАНО", "done"],
  ["Виконано у повному обсязі", "done"],
  ["Виконано. Проведено 5 навчань для 120 осіб", "done"],
  ["Done", "done"],
  ["Completed.", "done"],
  ["Виконано частково", "partial"],
  ["Частково виконано: проведено 2 з 4 заходів", "partial"],
  ["Виконується", "inProgress"],
  ["На стадії виконання", "inProgress"],
  ["in progress", "inProgress"],
  ["Не виконано", "notDone"],
  ["Не виконано у зв'язку з відсутністю фінансування", "notDone"],
  ["Перенесено на 2024 рік", "postponed"],
  ["postponed", "postponed"],
  ["Не розпочато", "notStarted"],
  ["Not started", "notStarted"],
  ["Скасовано", "cancelled"],
  ["Втратив актуальність", "cancelled"],
  ["Cancelled", "cancelled"],
  // the status word after the first words of a report's first sentence
  ["Захід виконано: проведено 3 семінари", "done"],
  ["Даний захід виконується", "inProgress"],
  ["Станом на 01.07.2023 захід виконано частково", "partial"],
  ["Завдання не виконано через відсутність коштів", "notDone"],
  ["Частково виконано, роботу продовжено", "partial"],
  ["Перенесено на 2025 рік", "postponed"],
  ["The measure is completed", "done"],
])("%j is %s", (text, kind) => {
  expect(statusKind(text)).toBe(kind);
});

test.each([
  ["Проведено 5 навчань"],
  ["так"],
  ["Захід передбачає навчання"],
  ["Виконання заплановано на 2024 рік"],
  ["2023"],
])("%j is not a status", (text) => {
  expect(statusKind(text)).toBeNull();
});

test("no status is no status", () => {
  expect(statusKind("")).toBeNull();
  expect(statusKind(null)).toBeNull();
});

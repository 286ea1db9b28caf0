/** Statuses as other reports write them: one line each, text in, state out. */
import { statusKind } from "../../src/core/status";

const STATUSES: [text: string, kind: string][] = [
  ["Не виконувався", "notDone"],
  ["Не виконувалось через відсутність коштів", "notDone"],
  ["Призупинено", "postponed"],
  ["Призупинений до завершення воєнного стану", "postponed"],
  ["Зупинено", "postponed"],
  ["On hold", "postponed"],
  ["Suspended", "postponed"],
  ["Розпочато", "inProgress"],
  ["Виконання продовжується", "inProgress"],
  ["Продовжується", "inProgress"],
  ["Постійно", "inProgress"],
  ["Знаходиться на виконанні", "inProgress"],
  ["Перебуває в процесі виконання", "inProgress"],
  ["Опрацьовується", "inProgress"],
  ["На стадії розробки", "inProgress"],
  ["On track", "inProgress"],
  ["Не потребує виконання", "cancelled"],
  ["Not applicable", "cancelled"],
];

test.each(STATUSES)("%j is %s", (text, kind) => {
  expect(statusKind(text)).toBe(kind);
});

test("“розпочато” after “не” is still not started, and a plan's wording is no status", () => {
  expect(statusKind("Розпочато")).toBe("inProgress");
  expect(statusKind("Не розпочато")).toBe("notStarted");
  expect(statusKind("Виконання заплановано на 2025 рік")).toBeNull();
});

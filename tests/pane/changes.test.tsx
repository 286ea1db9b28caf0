/**
 * What changed since the last summary, as the pane says it: one group per kind, in the order of the kinds,
 * each change's before and after in the reader's words, and plain sentences for no earlier summary and for
 * nothing changed. The changes are written out here as Build summary hands them over; rendered with
 * React's server renderer (the browser test clicks them).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { Change, Changes } from "../../src/core/summary/changes";
import { t, type Lang } from "../../src/i18n";
import { changeDetail, changeGroups, changeValue } from "../../src/taskpane/changesView";
import { ChangesSection } from "../../src/taskpane/components/ChangesSection";
import { headerRowsText } from "../../src/taskpane/layoutView";

const change = (c: Partial<Change> & Pick<Change, "kind">): Change => ({
  strategicGoal: "1",
  number: "1.1.1",
  text: "Надання пропозицій",
  before: null,
  after: null,
  cell: "C8",
  ...c,
});

const LIST: Change[] = [
  change({
    kind: "removed",
    number: "3.1.2",
    text: "Семінар",
    before: "inProgressOnTime",
    cell: null,
  }),
  change({
    kind: "deadlineChanged",
    number: "1.3.2",
    before: "2021-01-01 – 2025-12-31",
    after: "2024-12-31",
    cell: "C15",
  }),
  change({
    kind: "newlyDone",
    number: "1.1.3",
    before: "inProgressOnTime",
    after: "done",
    cell: "C9",
  }),
  change({ kind: "added", number: "4.1.9", after: "noStatus", cell: "C70" }),
  change({
    kind: "executorsChanged",
    number: "2.1.1",
    before: "Управління освіти",
    after: "Департамент освіти",
    cell: "C18",
  }),
  change({ kind: "newlyDone", number: "1.2.1", before: null, after: "done", cell: "C12" }),
];
const changes = (list: Change[], since: string | null = "2023-06-30"): Changes => ({
  since,
  list,
  byGoal: [],
});
const tr = (lang: Lang) => (key: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) =>
  t(lang, key, p);

test("changes fall into groups of their kind, in the order of the kinds, empty kinds left out", () => {
  expect(changeGroups(changes(LIST)).map((g) => [g.kind, g.items.map((c) => c.number)])).toEqual([
    ["newlyDone", ["1.1.3", "1.2.1"]],
    ["deadlineChanged", ["1.3.2"]],
    ["executorsChanged", ["2.1.1"]],
    ["added", ["4.1.9"]],
    ["removed", ["3.1.2"]],
  ]);
});

test.each([
  ["uk", "deadlineChanged", "2021-01-01 – 2025-12-31", "01.01.2021 – 31.12.2025"],
  ["en", "deadlineChanged", "2024-12-31", "31 December 2024"],
  ["uk", "deadlineChanged", "", "без терміну"],
  ["en", "executorsChanged", "", "none given"],
  ["uk", "newlyDone", "inProgressOnTime", "Виконується вчасно"],
  ["en", "newlyOverdue", "passedNoStatus", "Deadline passed, no status"],
  ["uk", "newlyDone", null, null],
] as const)("%s: %s %j reads %j", (lang, kind, value, read) => {
  expect(changeValue(kind, value, lang, tr(lang))).toBe(read);
});

test.each([
  ["uk", LIST[1], "Було: 01.01.2021 – 31.12.2025. Стало: 31.12.2024."],
  ["en", LIST[2], "Was: In progress, on time. Now: Done."],
  ["uk", LIST[5], "Стало: Виконано."],
  ["uk", LIST[3], "Стан: Стан невідомий."],
  ["uk", LIST[0], "Цього заходу в плані вже немає (його стан був: Виконується вчасно)."],
  ["en", LIST[4], "Was: Управління освіти. Now: Департамент освіти."],
] as const)("%s: the line under a change is its before and after (%#)", (lang, c, line) => {
  expect(changeDetail(c, lang, tr(lang))).toBe(line);
});

const render = (c: Changes | null, lang: Lang = "uk", sheet?: string) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <ChangesSection
        changes={c}
        sheet={sheet}
        lang={lang}
        t={tr(lang)}
        onGo={() => undefined}
        onOpenSheet={() => undefined}
      />
    </FluentProvider>
  );

test("no earlier summary is said plainly, with nothing to click", () => {
  const html = render(null);
  expect(html).toContain("Порівнювати не було з чим: у книзі ще не було зведення.");
  expect(html).not.toContain("<button");
});

test("nothing changed is said with the earlier summary's date, or without it where its table gave none", () => {
  expect(render(changes([]), "en")).toContain(
    "Nothing changed since the summary as of 30 June 2023"
  );
  expect(render(changes([], null))).toContain("Від попереднього зведення нічого не змінилося");
});

test("the changes: the count, a header per kind with its count, a link to each cell, a removed one without", () => {
  const html = render(changes(LIST), "uk", "Зміни");
  expect(html).toContain("Порівняно зі зведенням станом на 30.06.2023. Змін: 6.");
  const headers = [
    ...html.matchAll(/aria-expanded="(?:true|false)"[^>]*>(?:<[^>]+>)*([^<]+)/g),
  ].map((m) => m[1]);
  expect(headers).toEqual([
    "Нові виконані (2)",
    "Змінено дату (1)",
    "Змінено виконавців (1)",
    "Додано (1)",
    "Вилучено (1)",
  ]);
  for (const link of ["C9 · 1.1.3", "C12 · 1.2.1", "C15 · 1.3.2", "C18 · 2.1.1", "C70 · 4.1.9"])
    expect(html).toContain(`>${link}</button>`);
  expect(html).toContain("<strong>3.1.2</strong>");
  expect(html).toContain("Відкрити аркуш «Зміни»");
});

test("the header's rows as the sheet numbers them", () => {
  expect(headerRowsText([5])).toBe("5");
  expect(headerRowsText([5, 4])).toBe("4–5");
  expect(headerRowsText([2, 4])).toBe("2, 4");
});

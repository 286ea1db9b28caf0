/**
 * The recognizer's steps, each on its own: classifying rows, roles against content, following levels,
 * unfolding a row's cells into measures, and the refiners. The whole pass is tested in levels.test.ts,
 * layouts.test.ts and the property test; these say what each step does by itself.
 */
import { parseDeadline } from "../../src/core/deadline";
import { numbersAreNotMeasures, withCorrections } from "../../src/core/layout/columns";
import { Levels } from "../../src/core/layout/levels";
import {
  completeDeadlinesWithPlanYear,
  inferGoalsFromNumbers,
  joinDeadlines,
} from "../../src/core/layout/refine";
import {
  isColumnNumbersRow,
  looksLikeFragment,
  rowTextsDistinct,
  sectionOf,
} from "../../src/core/layout/rows";
import { SheetText } from "../../src/core/layout/sheetText";
import { numberedItems, unfoldRow } from "../../src/core/layout/unfold";
import { MergeIndex } from "../../src/core/grid";
import type { Measure } from "../../src/core/plan";
import { sheetToGrid } from "../fixtures/grid";

describe("rows", () => {
  test.each([
    ["СТРАТЕГІЧНА ЦІЛЬ 2. Безпека", { kind: "strategicGoal", number: "2", title: "Безпека" }],
    ["Оперативна ціль 1.3: Укриття", { kind: "operationalGoal", number: "1.3", title: "Укриття" }],
    [
      "4.2. Оперативна ціль: Навчання",
      { kind: "operationalGoal", number: "4.2", title: "Навчання" },
    ],
    ["ІІ. Стратегічна ціль", { kind: "strategicGoal", number: "2", title: "" }],
    ["Goal 3: Participation", { kind: "strategicGoal", number: "3", title: "Participation" }],
    ["Ціль проєкту — безпека", null],
    ["Організаційна робота", null],
  ] as const)("%j is %j", (text, section) => {
    expect(sectionOf(text)).toEqual(section);
  });

  test.each([
    [["1", "2", "3", "4"], true],
    [["1.", "2.", "3."], true],
    [["1", "3", "4"], false],
    [["1", "2"], false],
  ] as const)("%j is a row of column numbers: %s", (texts, yes) => {
    expect(isColumnNumbersRow([...texts])).toBe(yes);
  });

  test.each([
    ["та громадськими організаціями", true],
    ["«Безпечне місто»", true],
    ["Проведення навчань", false],
  ] as const)("%j starts mid-sentence: %s", (text, yes) => {
    expect(looksLikeFragment(text)).toBe(yes);
  });

  test("a row's texts: a merged area once, a merge from the row above not again", () => {
    const sheet = new SheetText(
      sheetToGrid({
        name: "P",
        rows: [
          ["Завдання", "Захід", "Виконавець", "Виконавець"],
          [null, "Навчання", "Відділ освіти", null],
        ],
        merges: ["A1:A2", "C2:D2"],
      })
    );
    expect(rowTextsDistinct(sheet, 0, 0, 3)).toEqual(["Завдання", "Захід", "Виконавець"]);
    expect(rowTextsDistinct(sheet, 1, 0, 3)).toEqual(["Навчання", "Відділ освіти"]);
  });
});

describe("columns", () => {
  test("a corrected column loses any role it had; the user's role wins", () => {
    expect(withCorrections({ measure: 1, executors: 2, deadline: 3 }, { executors: 3 })).toEqual({
      measure: 1,
      executors: 3,
    });
  });

  test("a measure column of numbers only hands the measure to the text beside it", () => {
    const sheet = new SheetText(
      sheetToGrid({
        name: "P",
        rows: [
          ["Захід", null, "Виконавець"],
          ["1", "Навчання", "Відділ освіти"],
          ["2", "Укриття", "Відділ з питань НС"],
        ],
      })
    );
    expect(numbersAreNotMeasures(sheet, { measure: 0, executors: 2 }, 0, 3)).toEqual({
      measure: 1,
      number: 0,
      executors: 2,
    });
  });
});

describe("levels", () => {
  test("goal rows number what the plan leaves unnumbered; a band is numbered among its siblings", () => {
    const lv = new Levels();
    lv.goalRow({ kind: "strategicGoal", number: null, title: "Безпека" }, 2, "A2");
    lv.goalRow({ kind: "operationalGoal", number: "2", title: "Укриття" }, 3, "A3");
    expect([lv.sg, lv.og]).toEqual(["1", "1.2"]);
    lv.band = {
      kind: "section",
      number: lv.nextAmong("section:1|1.2"),
      title: "Організаційна робота",
      row: 4,
    };
    expect(lv.path().map((l) => `${l.kind} ${l.number}`)).toEqual([
      "strategicGoal 1",
      "operationalGoal 1.2",
      "section 1",
    ]);
  });

  test("measures of one group share one path; a new task makes a new one", () => {
    const lv = new Levels();
    lv.goalColumn("operationalGoal", "Якісна освіта", 4, "A4");
    const first = lv.path();
    expect(lv.path()).toBe(first);
    lv.startTask(null, "Стандарт", 4, "B4");
    const second = lv.path();
    expect(second).not.toBe(first);
    expect(second.map((l) => [l.kind, l.number, l.title])).toEqual([
      ["operationalGoal", "1", "Якісна освіта"],
      ["nationalTask", "1", "Стандарт"],
    ]);
    // the same title again is the same goal; another title the next one
    lv.goalColumn("operationalGoal", "Якісна освіта", 5, "A5");
    expect(lv.og).toBe("1");
    lv.goalColumn("operationalGoal", "Доступна освіта", 6, "A6");
    expect([lv.og, lv.task]).toEqual(["2", null]);
  });
});

describe("unfolding a row", () => {
  test("the number column's lines number as many lines of measures", () => {
    expect(numberedItems([{ number: null, text: "Навчання\nУкриття" }], "1.1.1\n1.1.2")).toEqual([
      { number: "1.1.1", text: "Навчання" },
      { number: "1.1.2", text: "Укриття" },
    ]);
    expect(numberedItems([{ number: null, text: "Навчання" }], "7.")).toEqual([
      { number: "7", text: "Навчання" },
    ]);
  });

  test("two measures in one cell take their own line of the executor and deadline cells", () => {
    const grid = sheetToGrid({
      name: "P",
      rows: [["Навчання\nУкриття", "Відділ освіти\nВідділ з питань НС", "2024\n2025"]],
    });
    const ms = unfoldRow(
      {
        grid,
        merges: new MergeIndex([]),
        roleCols: { measure: 0, executors: 1, deadline: 2 },
        tableLeft: 0,
      },
      0,
      {
        row: 0,
        text: {
          measure: "Навчання\nУкриття",
          executors: "Відділ освіти\nВідділ з питань НС",
          deadline: "2024\n2025",
        },
        coveredFromAbove: new Set(),
        address: { measure: "A1", executors: "B1", deadline: "C1" },
      },
      [
        { number: null, text: "Навчання" },
        { number: null, text: "Укриття" },
      ],
      {
        strategicGoal: "1",
        operationalGoal: "1.1",
        task: null,
        nationalMeasure: null,
        nationalMeasureIndex: null,
        path: [],
      }
    );
    expect(
      ms.map((m) => [m.text, m.executors, m.deadline.raw, m.item, m.items, m.operationalGoal])
    ).toEqual([
      ["Навчання", ["Відділ освіти"], "2024", 1, 2, "1.1"],
      ["Укриття", ["Відділ з питань НС"], "2025", 2, 2, "1.1"],
    ]);
  });
});

describe("refiners", () => {
  test.each([
    ["01-11-2019", "30-04-2020", "2019-11-01", "2020-04-30", null],
    ["2021", "2025", "2021-01-01", "2025-12-31", null],
    ["2021", "", "2021-01-01", "2021-12-31", null],
    ["", "31.12.2024", "2024-12-31", "2024-12-31", null],
    ["01-12-2020", "31-10-2020", null, null, "reversed-range"],
  ] as const)("start %j and end %j → %s … %s", (a, b, start, end, unparsed) => {
    const d = joinDeadlines(parseDeadline(a), parseDeadline(b));
    expect([d.start, d.end, d.unparsed]).toEqual([start, end, unparsed]);
  });

  test("a measure outside goal rows takes its goals from its number", () => {
    const m = { number: "2.3.1", strategicGoal: null, operationalGoal: null } as Measure;
    inferGoalsFromNumbers([m]);
    expect([m.strategicGoal, m.operationalGoal]).toEqual(["2", "2.3"]);
  });

  test("in a plan for one year, a quarter without its year is that year's", () => {
    const m = { deadline: parseDeadline("IV квартал") } as Measure;
    completeDeadlinesWithPlanYear([m], 2024);
    expect([m.deadline.raw, m.deadline.start, m.deadline.end]).toEqual([
      "IV квартал",
      "2024-10-01",
      "2024-12-31",
    ]);
  });
});

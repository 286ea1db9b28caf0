/** Canonical executor names: what makes two spellings one body, read like a specification. */
import {
  abbreviationsIn,
  directoryLines,
  buildDirectory,
  executorResolver,
  invisibleDifferences,
  parseDirectoryLine,
} from "../../src/core/directory";
import { findingMessage } from "../../src/core/report";
import { executorInconsistent, executorUnknown } from "../../src/core/rules/executors";
import { summarize } from "../../src/core/summary/aggregate";
import { planWith } from "../fixtures/executorsPlan";

const one = (spellings: string[], directory?: string[], texts: string[] = []) => {
  const r = executorResolver(spellings, directory, texts);
  return [...new Set(spellings.map((s) => r.canonical(s)))];
};

test.each([
  [
    "letter case",
    ["Департамент освіти", "департамент освіти", "ДЕПАРТАМЕНТ ОСВІТИ", "Департамент освіти"],
  ],
  [
    "apostrophes ’ ' ʼ `",
    [
      "Управління у справах сім'ї",
      "Управління у справах сім’ї",
      "Управління у справах сімʼї",
      "Управління у справах сім`ї",
      "Управління у справах сім'ї",
    ],
  ],
  ["spaces", ["Управління  культури", " Управління культури", "Управління культури"]],
  [
    "the council's tail",
    [
      "Департамент освіти міської ради",
      "Департамент освіти",
      "Департамент освіти Житомирської міської ради",
    ],
  ],
  [
    "the regional administration's tail",
    [
      "Департамент охорони здоров'я облдержадміністрації",
      "Департамент охорони здоров'я",
      "Департамент охорони здоров'я обласної державної адміністрації",
      "Департамент охорони здоров'я",
    ],
  ],
  [
    "a partner's mark",
    [
      "ГО «Ла Страда-Україна» (за згодою)",
      "ГО «Ла Страда-Україна»",
      "ГО «Ла Страда-Україна» (за згодою)",
    ],
  ],
])("%s: one body under its most frequent spelling", (_, spellings) => {
  expect(one(spellings)).toEqual([spellings[spellings.length - 1]]);
});

test("an abbreviation the plan expands is the body it abbreviates", () => {
  const texts = ["Забезпечити роботу центру надання адміністративних послуг (ЦНАП) для ВПО"];
  expect(abbreviationsIn(texts)).toEqual(
    new Map([["цнап", "центру надання адміністративних послуг"]])
  );
  const bodies = [
    "Центр надання адміністративних послуг (ЦНАП)",
    "ЦНАП",
    "Центр надання адміністративних послуг міської ради",
    "Центр надання адміністративних послуг міської ради",
  ];
  expect(one(bodies)).toEqual(["Центр надання адміністративних послуг міської ради"]);
  // letters that do not fit the words are no expansion
  expect(abbreviationsIn(["Відділ культури (ЗЗСО)"])).toEqual(new Map());
  // short joining words are left out of the letters
  expect(
    abbreviationsIn(["центр соціальних служб для сім'ї, дітей та молоді (ЦСССДМ)"]).get("цсссдм")
  ).toBe("центр соціальних служб для сім'ї дітей та молоді");
});

test("the directory maps every variant to its canonical name", () => {
  expect(parseDirectoryLine("Управління освіти = УО; відділ освіти")).toEqual({
    name: "Управління освіти",
    variants: ["УО", "відділ освіти"],
  });
  const directory = ["Управління освіти = УО; відділ освіти", "Служба у справах дітей"];
  expect(one(["УО", "Відділ освіти міської ради", "управління освіти"], directory)).toEqual([
    "Управління освіти",
  ]);
  const r = executorResolver(["УО", "Поліція"], directory);
  expect([r.known("УО"), r.known("Поліція")]).toEqual([true, false]);
  // built from a plan, the editor shows each body with its other spellings
  expect(
    directoryLines(
      buildDirectory(["Відділ культури", "відділ культури міської ради", "Відділ культури"])
    )
  ).toEqual(["Відділ культури = Відділ культури міської ради"]);
});

test.each([
  ["Управління у справах сім’ї", "Управління у справах сім'ї", ["apostrophe"]],
  ["Департамент Освіти", "Департамент освіти", ["case"]],
  ["Департамент  освіти", "Департамент освіти", ["spaces"]],
  ["Департамент  Освіти сім’ї", "Департамент освіти сім'ї", ["apostrophe", "case", "spaces"]],
  ["Департамент освіти", "Департамент освіти міської ради", null],
])("%s vs %s differ invisibly in %j", (a, b, kinds) => {
  expect(invisibleDifferences(a, b)).toEqual(kinds);
});

test("“written differently” names the difference a reader cannot see, in both languages", () => {
  const plan = planWith([
    { executors: ["Управління у справах сім'ї, молоді та спорту"] },
    { executors: ["Управління у справах сім'ї, молоді та спорту"] },
    { executors: ["Управління у справах сім’ї, молоді та спорту"] },
    { executors: ["Департамент Освіти"] },
    { executors: ["Департамент освіти"] },
    { executors: ["Департамент освіти"] },
  ]);
  const found = executorInconsistent.check(plan, { asOf: "2023-06-30", period: null });
  expect(found.map((f) => findingMessage(f, "uk"))).toEqual([
    "«Управління у справах сім’ї, молоді та спорту» відрізняється від звичного написання «Управління у справах сім'ї, молоді та спорту» лише апострофом (’ ≠ ').",
    "«Департамент Освіти» відрізняється від звичного написання «Департамент освіти» лише великими й малими літерами (Освіти ≠ освіти).",
  ]);
  expect(findingMessage(found[0], "en")).toBe(
    "“Управління у справах сім’ї, молоді та спорту” differs from the usual form “Управління у справах сім'ї, молоді та спорту” only in the apostrophe (’ ≠ ')."
  );
});

test("a body the directory names under a variant is known; another is unknown with the nearest name", () => {
  const plan = planWith([{ executors: ["УО"] }, { executors: ["Служба у справах дітeй"] }]);
  const found = executorUnknown.check(plan, {
    asOf: "2023-06-30",
    period: null,
    directory: ["Управління освіти = УО", "Служба у справах дітей"],
  });
  expect(found.map((f) => [f.params.executor, f.params.suggestion])).toEqual([
    ["Служба у справах дітeй", "Служба у справах дітей"],
  ]);
});

describe("one body one row, but not across levels of government", () => {
  test("the same department of the city council and of the oblast administration are two bodies; each one's spellings are one", () => {
    const spellings = [
      "Управління освіти облдержадміністрації",
      "Управління освіти Житомирської обласної державної адміністрації",
      "Управління освіти міської ради",
      "управління освіти міськради",
      "Управління освіти Житомирської міської ради (за згодою)",
      "Управління освіти міської ради",
      "Управління освіти обласної ради",
      "Управління освіти облради",
    ];
    expect(one(spellings)).toEqual([
      "Управління освіти Житомирської обласної державної адміністрації",
      "Управління освіти міської ради",
      "Управління освіти обласної ради",
    ]);
  });

  test("a name without a tail is the body at the one level the plan writes it with; written at several, the plan's usual level's, or a body of its own", () => {
    expect(
      one([
        "Служба у справах дітей",
        "Служба у справах дітей райдержадміністрації",
        "Служба у справах дітей обласної ради",
        "Відділ культури",
        "Відділ культури райдержадміністрації",
      ])
    ).toEqual([
      "Служба у справах дітей райдержадміністрації",
      "Служба у справах дітей обласної ради",
      "Відділ культури райдержадміністрації",
    ]);
    const cityPlan = [
      "Управління освіти",
      "Управління освіти міської ради",
      "Управління освіти облдержадміністрації",
      "Департамент культури міської ради",
      "Служба у справах дітей міської ради",
    ];
    expect(one(cityPlan)).toEqual([
      "Управління освіти міської ради",
      "Управління освіти облдержадміністрації",
      "Департамент культури міської ради",
      "Служба у справах дітей міської ради",
    ]);
    // no level is the plan's usual one: the bare name is not guessed into either
    expect(
      one([
        "Управління освіти",
        "Управління освіти міської ради",
        "Управління освіти облдержадміністрації",
      ])
    ).toEqual([
      "Управління освіти",
      "Управління освіти міської ради",
      "Управління освіти облдержадміністрації",
    ]);
  });

  test("the summary counts the city's and the oblast's department in two rows; a bare name in a city plan is the city's", () => {
    const plan = planWith([
      { executors: ["Управління освіти міської ради"] },
      { executors: ["Управління освіти міськради", "Управління освіти облдержадміністрації"] },
      { executors: ["Управління освіти ОДА"] },
      { executors: ["управління освіти", "Служба у справах дітей міської ради"] },
    ]);
    const s = summarize(plan, [], { asOf: "2023-06-30", period: null });
    expect(s.byExecutor.map((e) => [e.executor, e.measures])).toEqual([
      ["Управління освіти міської ради", 3],
      ["Управління освіти облдержадміністрації", 2],
      ["Служба у справах дітей міської ради", 1],
    ]);
  });

  test("a directory name at one level does not take in a body of the same name at another", () => {
    const directory = ["Управління освіти міської ради"];
    const r = executorResolver(
      ["Управління освіти міськради", "Управління освіти облдержадміністрації"],
      directory
    );
    expect([
      r.known("Управління освіти міськради"),
      r.known("Управління освіти облдержадміністрації"),
    ]).toEqual([true, false]);
    expect(r.canonical("Управління освіти міськради")).toBe("Управління освіти міської ради");
  });
});

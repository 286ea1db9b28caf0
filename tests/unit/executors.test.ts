/** Splitting executor cells into bodies, and grouping a cell that serves several measures. */
import { groupExecutorCell, isPartner, splitExecutors } from "../../src/core/executors";
import { bodyKey, buildDirectory, executorResolver, suggest } from "../../src/core/directory";

const SPLITS: [cell: string, bodies: string[]][] = [
  // ministries and agencies by their short names, between commas or semicolons
  ["МКМС, МЗС, МОЗ", ["МКМС", "МЗС", "МОЗ"]],
  ["Мінфін, Мін'юст; ДПС", ["Мінфін", "Мін'юст", "ДПС"]],
  ["Міноборони\nГенеральний штаб ЗСУ", ["Міноборони", "Генеральний штаб ЗСУ"]],
  // a known name of several words is never split inside
  ["Верховна Рада України", ["Верховна Рада України"]],
  // utilities, councils and foundations among the bodies of every level
  [
    "Відділ освіти, комунальне підприємство «Водоканал», благодійний фонд «Крила»",
    ["Відділ освіти", "комунальне підприємство «Водоканал»", "благодійний фонд «Крила»"],
  ],
  ["Кабінет Міністрів України, Міноборони", ["Кабінет Міністрів України", "Міноборони"]],
  [
    "Житомирська обласна державна адміністрація, МОН",
    ["Житомирська обласна державна адміністрація", "МОН"],
  ],
  ["1. Відділ культури\n2. ЦНАП", ["Відділ культури", "ЦНАП"]],
  ["- Відділ кадрів;\n- Служба у справах дітей", ["Відділ кадрів", "Служба у справах дітей"]],
  ["• Department of Education\n• Youth Council", ["Department of Education", "Youth Council"]],
  [
    "ГУНП в Житомирській області (за згодою), територіальні громади (за згодою)",
    ["ГУНП в Житомирській області (за згодою)", "територіальні громади (за згодою)"],
  ],
  ["КНП «Центральна лікарня», КЗ «Центр ПМСД»", ["КНП «Центральна лікарня»", "КЗ «Центр ПМСД»"]],
  ["Department of Education; Youth Council", ["Department of Education", "Youth Council"]],
  [
    "Управління у справах сім'ї, молоді та спорту міської ради",
    ["Управління у справах сім'ї, молоді та спорту міської ради"],
  ],
  ["Департамент освіти, ЗЗСО", ["Департамент освіти", "ЗЗСО"]],
  ["Управління охорони здоров'я, ЗОЗ", ["Управління охорони здоров'я", "ЗОЗ"]],
  [
    "Департамент соціальної політики, управління культури, управління у справах сім'ї, молоді та спорту",
    [
      "Департамент соціальної політики",
      "управління культури",
      "управління у справах сім'ї, молоді та спорту",
    ],
  ],
  [
    "Управління у справах сім'ї, молоді та спорту, служба (управління) у справах дітей міської ради, Житомирське районне управління поліції (за згодою)",
    [
      "Управління у справах сім'ї, молоді та спорту",
      "служба (управління) у справах дітей міської ради",
      "Житомирське районне управління поліції (за згодою)",
    ],
  ],
  [
    "Управління у справах сім'ї, молоді та спорту міської ради, департамент освіти міської ради, ЗЗСО\nЖитомирський військовий інститут імені С.П. Корольова (за згодою)",
    [
      "Управління у справах сім'ї, молоді та спорту міської ради",
      "департамент освіти міської ради",
      "ЗЗСО",
      "Житомирський військовий інститут імені С.П. Корольова (за згодою)",
    ],
  ],
  [
    "Управління у справах сім'ї, молоді та спорту міської ради Департамент соціальної політики міської ради",
    [
      "Управління у справах сім'ї, молоді та спорту міської ради",
      "Департамент соціальної політики міської ради",
    ],
  ],
  [
    "департамент освіти міської ради ГО (за згодою)",
    ["департамент освіти міської ради", "ГО (за згодою)"],
  ],
  ["Відділ культури; Відділ освіти", ["Відділ культури", "Відділ освіти"]],
  [
    "Управління з питань надзвичайних ситуацій та цивільного захисту населення міської ради",
    ["Управління з питань надзвичайних ситуацій та цивільного захисту населення міської ради"],
  ],
  [
    "Department of Education, NGOs (by agreement)",
    ["Department of Education", "NGOs (by agreement)"],
  ],
  ["", []],
];

describe("splitting an executor cell into bodies", () => {
  test.each(SPLITS)("%j → %j", (cell, bodies) => {
    expect(splitExecutors(cell)).toEqual(bodies);
  });

  test("“(за згодою)” marks a partner from outside the council", () => {
    expect(isPartner("ГО «Ла Страда-Україна» (за згодою)")).toBe(true);
    expect(isPartner("Житомирське районне управління поліції ( за згодою )")).toBe(true);
    expect(isPartner("Департамент освіти міської ради")).toBe(false);
  });
});

describe("grouping an executor cell item by item for several measures", () => {
  test("one line per measure", () => {
    expect(
      groupExecutorCell("Департамент освіти, ЗЗСО\nУправління з питань надзвичайних ситуацій", 2)
    ).toEqual(["Департамент освіти, ЗЗСО", "Управління з питань надзвичайних ситуацій"]);
  });
  test("lines that start in lower case continue the group above", () => {
    const cell =
      "Управління у справах сім'ї, молоді та спорту міської ради\nУправління у справах сім'ї, молоді та спорту, департамент освіти міської ради\nдепартамент соціальної політики міської ради\nуправління охорони здоров'я міської ради";
    expect(groupExecutorCell(cell, 2)).toEqual([
      "Управління у справах сім'ї, молоді та спорту міської ради",
      "Управління у справах сім'ї, молоді та спорту, департамент освіти міської ради\nдепартамент соціальної політики міської ради\nуправління охорони здоров'я міської ради",
    ]);
  });
  test("groups run together on one line are split where a capitalized body starts", () => {
    expect(
      groupExecutorCell(
        "Департамент освіти, ЗЗСО Управління з питань надзвичайних ситуацій та цивільного захисту населення",
        2
      )
    ).toEqual([
      "Департамент освіти, ЗЗСО",
      "Управління з питань надзвичайних ситуацій та цивільного захисту населення",
    ]);
    expect(
      groupExecutorCell(
        "Департамент освіти, ЗЗСО Департамент соціальної політики, управління культури Управління з питань надзвичайних ситуацій",
        3
      )
    ).toEqual([
      "Департамент освіти, ЗЗСО",
      "Департамент соціальної політики, управління культури",
      "Управління з питань надзвичайних ситуацій",
    ]);
  });
  test("one executor for several measures is shared (no grouping)", () => {
    expect(
      groupExecutorCell("Управління у справах сім'ї, молоді та спорту міської ради", 2)
    ).toBeNull();
  });
});

describe("the executor directory", () => {
  test("spellings that differ in case, apostrophes, the way a tail is written or “(за згодою)” are one key", () => {
    expect(bodyKey("Департамент освіти міськради")).toBe(
      bodyKey("департамент освіти міської ради")
    );
    expect(bodyKey("Управління у справах сім’ї, молоді та спорту міської ради")).toBe(
      bodyKey("Управління у справах сім'ї, молоді та спорту міської ради")
    );
    expect(bodyKey("ГО (за згодою)")).toBe(bodyKey("ГО"));
    // any community's or oblast's council and administration, no place name in the code: in a plan that
    // names one place at the level, the tail written with it and without it are one body
    const same = (a: string, b: string) => {
      const names = executorResolver([a, b]);
      expect(names.key(a)).toBe(names.key(b));
    };
    same("Відділ освіти Бердичівської міської ради", "Відділ освіти міської ради");
    same("Служба у справах дітей Оліївської селищної ради", "Служба у справах дітей селищної ради");
    same(
      "Управління освіти Рівненської обласної державної адміністрації",
      "Управління освіти облдержадміністрації"
    );
    expect(bodyKey("Управління освіти ОДА")).toBe(
      bodyKey("Управління освіти облдержадміністрації")
    );
    same("Відділ освіти виконавчого комітету Житомирської міської ради", "Відділ освіти міськради");
    expect(bodyKey("Департамент освіти")).not.toBe(bodyKey("Департамент соціальної політики"));
  });
  test("the same department of two cities, or of two oblasts, is two bodies; the tail without a place joins the plan's usual one", () => {
    const plan = [
      "Управління освіти Бердичівської міської ради",
      "Управління освіти Житомирської міської ради",
      "Управління освіти Житомирської міської ради",
      "Управління освіти міської ради",
      "Управління освіти Житомирської обласної державної адміністрації",
      "Управління освіти Рівненської обласної державної адміністрації",
    ];
    const names = executorResolver(plan);
    const keys = plan.map((b) => names.key(b));
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[1]).toBe(keys[2]);
    // the city the plan names most often with the department
    expect(keys[3]).toBe(keys[1]);
    expect(keys[4]).not.toBe(keys[5]);
    expect(new Set(keys).size).toBe(4);
    expect(names.canonical(plan[0])).toBe("Управління освіти Бердичівської міської ради");
    expect(names.canonical(plan[3])).toBe("Управління освіти Житомирської міської ради");
  });

  test("with two places named as often, a tail without a place is a body of its own", () => {
    const plan = [
      "Відділ культури Бердичівської міської ради",
      "Відділ культури Житомирської міської ради",
      "Відділ культури міської ради",
    ];
    const names = executorResolver(plan);
    expect(new Set(plan.map((b) => names.key(b))).size).toBe(3);
  });

  test.each([
    ["Управління освіти облдержадміністрації", "Управління освіти міської ради"],
    ["Управління освіти обласної ради", "Управління освіти міської ради"],
    ["Управління освіти облради", "Управління освіти райради"],
    ["Відділ культури районної державної адміністрації", "Відділ культури районної ради"],
    ["Відділ культури сільської ради", "Відділ культури селищної ради"],
    ["Служба у справах дітей РДА", "Служба у справах дітей ОДА"],
    [
      "Department of education of the city council",
      "Department of education of the oblast council",
    ],
  ])("%s and %s are two bodies: the level of government stays in the key", (a, b) => {
    expect(bodyKey(a)).not.toBe(bodyKey(b));
  });
  test("the canonical name is the most frequent spelling", () => {
    const d = buildDirectory([
      "Департамент освіти міської ради",
      "департамент освіти міської ради",
      "Департамент освіти",
      "ЗЗСО",
    ]);
    expect(d.map((e) => e.name)).toEqual(["Департамент освіти міської ради", "ЗЗСО"]);
  });
  test("did you mean: the nearest name, and none when nothing is near", () => {
    const names = ["Департамент освіти міської ради", "Управління культури міської ради"];
    expect(suggest("Департамент освіт", names)).toBe("Департамент освіти міської ради");
    expect(suggest("Обласна прокуратура", names)).toBeNull();
  });
});

/** Executor cells as ministry and community plans write them: one line in, the bodies out. */
import { isPartner, splitExecutors } from "../../src/core/executors";

const SPLITS: [cell: string, bodies: string[]][] = [
  // a head word of two, the second followed by a comma
  ["МВС, Національна поліція, ДСНС", ["МВС", "Національна поліція", "ДСНС"]],
  // a known name of several words after a place's adjective
  [
    "Бердичівська міська рада, Житомирська обласна військова адміністрація",
    ["Бердичівська міська рада", "Житомирська обласна військова адміністрація"],
  ],
  // a lower-case word or two before the head word
  [
    "МОН, інші центральні органи виконавчої влади",
    ["МОН", "інші центральні органи виконавчої влади"],
  ],
  ["Відділ освіти, навчальні заклади громади", ["Відділ освіти", "навчальні заклади громади"]],
  [
    "ДСНС, обласні та Київська міська держадміністрації",
    ["ДСНС", "обласні та Київська міська держадміністрації"],
  ],
  [
    "Відділ культури, старости старостинських округів",
    ["Відділ культури", "старости старостинських округів"],
  ],
  // two bodies joined by a conjunction or a slash
  ["Відділ освіти та Відділ культури", ["Відділ освіти", "Відділ культури"]],
  ["Управління освіти / Відділ культури", ["Управління освіти", "Відділ культури"]],
  // English names end with their head word
  ["City Council, Youth Centre", ["City Council", "Youth Centre"]],
  [
    "Department of Social Protection, Department of Education, local NGOs",
    ["Department of Social Protection", "Department of Education", "local NGOs"],
  ],
];

/** Cells that must stay as they are: one body whose name holds commas, conjunctions or head words. */
const WHOLE: string[] = [
  "Управління у справах сім'ї, молоді та спорту міської ради",
  "Відділ освіти, культури, молоді та спорту селищної ради",
  "Сектор з питань цивільного захисту, оборонної роботи та взаємодії з правоохоронними органами",
  "Управління праці, соціального захисту населення",
  "обласні, Київська міська держадміністрації",
  "Department of Youth, Sports and Culture",
  "ТЦК та СП (за згодою)",
];

describe("executor cells of plans nobody here wrote", () => {
  test.each(SPLITS)("%j → %j", (cell, bodies) => {
    expect(splitExecutors(cell)).toEqual(bodies);
  });
  test("a body on a line of its own after a name's comma is a body; the rest of a name is not", () => {
    expect(splitExecutors("Відділ освіти,\nнавчальні заклади")).toEqual([
      "Відділ освіти",
      "навчальні заклади",
    ]);
    expect(splitExecutors("Відділ освіти,\nмолоді та спорту")).toEqual([
      "Відділ освіти, молоді та спорту",
    ]);
  });
  test("a bracket on a line of its own belongs to the name above it", () => {
    expect(splitExecutors("ГО «Світло»\n(за згодою)")).toEqual(["ГО «Світло» (за згодою)"]);
    expect(splitExecutors("Відділ освіти\n(Петренко О.В.)")).toEqual([
      "Відділ освіти (Петренко О.В.)",
    ]);
  });
  test("names whose own commas and conjunctions join words stay whole, beside a cell that splits", () => {
    for (const cell of WHOLE) expect(splitExecutors(cell)).toEqual([cell]);
    expect(splitExecutors(`${WHOLE[0]}, навчальні заклади`)).toEqual([
      WHOLE[0],
      "навчальні заклади",
    ]);
  });
});

test("a partner outside the council is marked in the ways plans write it", () => {
  for (const body of [
    "ГО «Ла Страда» (за згодою)",
    "ГО (за погодженням)",
    "ГО (за умови згоди)",
    "ГО (за домовленістю)",
    "ГО (за їх згодою)",
    "NGO (upon consent)",
    "NGOs (on agreement)",
  ])
    expect([body, isPartner(body)]).toEqual([body, true]);
  expect(splitExecutors("ГУНП (за погодженням), ГО (за домовленістю) Відділ освіти")).toEqual([
    "ГУНП (за погодженням)",
    "ГО (за домовленістю)",
    "Відділ освіти",
  ]);
});

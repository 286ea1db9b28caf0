/** Splitting a local-measure cell into its numbered measures. */
import {
  leadingMeasureNumber,
  splitByItemNumbers,
  splitMeasureCell,
} from "../../src/core/layout/measures";

describe("splitting a measure cell", () => {
  test.each([
    ["1.1.1. Надання пропозицій", [["1.1.1", "Надання пропозицій"]]],
    ["5.2.5.Оприлюднення звіту", [["5.2.5", "Оприлюднення звіту"]]],
    ["2.2.10 Участь фахівців", [["2.2.10", "Участь фахівців"]]],
    [
      "1.1.1. Надання пропозицій 1.1.2. Проведення аналізу",
      [
        ["1.1.1", "Надання пропозицій"],
        ["1.1.2", "Проведення аналізу"],
      ],
    ],
    [
      "2.1.2. Розроблення проекту\n2.1.3. Розроблення іншого проекту",
      [
        ["2.1.2", "Розроблення проекту"],
        ["2.1.3", "Розроблення іншого проекту"],
      ],
    ],
    [
      "4.2.4. Забезпечення виконання вимог Наказу МОЗ від 01.02.2019 №278 щодо обстеження",
      [["4.2.4", "Забезпечення виконання вимог Наказу МОЗ від 01.02.2019 №278 щодо обстеження"]],
    ],
    [
      "3.1.1. Виконання п. 1.2.3. Положення про комісію",
      [["3.1.1", "Виконання п. 1.2.3. Положення про комісію"]],
    ],
    ["Проведення тренінгів без номера", [[null, "Проведення тренінгів без номера"]]],
    [
      "4.4.6. Підготовка тематичних\nконсультацій для батьків",
      [["4.4.6", "Підготовка тематичних\nконсультацій для батьків"]],
    ],
    ["", []],
  ] as [string, [string | null, string][]][])("%j", (cell, items) => {
    expect(splitMeasureCell(cell).map((i) => [i.number, i.text])).toEqual(items);
  });

  test("a date at the start of a text is not a measure number", () => {
    expect(leadingMeasureNumber("01.02.2019 проведено")).toBeNull();
  });

  test("a number after any blank trim() takes away is read; one after a letter or a mark is not", () => {
    // the first letter rules most texts out before the pattern is run: it must pass what trim() skips
    for (const blank of [
      " ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "\u2028",
      " \u202f ",
    ])
      expect(leadingMeasureNumber(`${blank}1.2.3. Навчання`)).toBe("1.2.3");
    for (const before of ["а", "№", "(", "\u200b", "-", "\u0661"])
      expect(leadingMeasureNumber(`${before}1.2.3. Навчання`)).toBeNull();
    expect(leadingMeasureNumber("   ")).toBeNull();
    expect(leadingMeasureNumber("")).toBeNull();
  });
});

describe("cells beside several measures that repeat the measures' numbers", () => {
  test.each([
    [
      "1.1.1. Відділ освіти 1.1.2. Відділ комунікацій",
      ["1.1.1", "1.1.2"],
      ["Відділ освіти", "Відділ комунікацій"],
    ],
    [
      "Відділ освіти 1.1.2. Відділ комунікацій",
      ["1.1.1", "1.1.2"],
      ["Відділ освіти", "Відділ комунікацій"],
    ],
    ["2022 1.1.2. 2023", ["1.1.1", "1.1.2"], ["2022", "2023"]],
    ["1.1.1 – 2022\n1.1.2 – 2023", ["1.1.1", "1.1.2"], ["2022", "2023"]],
    [
      "2.3.4: Виконано\n2.3.5: Не виконано\n2.3.6: Виконується",
      ["2.3.4", "2.3.5", "2.3.6"],
      ["Виконано", "Не виконано", "Виконується"],
    ],
  ])("%j", (cell, numbers, parts) => {
    expect(splitByItemNumbers(cell, numbers)).toEqual(parts);
  });

  test.each([
    // no numbers in the cell, a number left out in the middle, a measure without a number, dates
    ["Відділ освіти\nВідділ комунікацій", ["1.1.1", "1.1.2"]],
    ["1.1.1. Відділ освіти 1.1.3. Відділ комунікацій", ["1.1.1", "1.1.2", "1.1.3"]],
    ["Відділ освіти 1.1.2. Відділ комунікацій", ["1.1.1", null]],
    ["01.01.2022 1.1.2022", ["1.1.1", "1.1.2"]],
  ])("%j is not split by numbers", (cell, numbers) => {
    expect(splitByItemNumbers(cell, numbers)).toBeNull();
  });
});

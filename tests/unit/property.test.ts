/**
 * Property-based tests over random grids: whatever a sheet holds, the engine returns a plan or says why
 * there is none — it never throws — and what it returns points at cells that exist.
 */
import fc from "fast-check";
import { checkPlan } from "../../src/core/check";
import { parseDeadline } from "../../src/core/deadline";
import { splitExecutors } from "../../src/core/executors";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseAddress } from "../../src/core/grid";
import { recognizePlan } from "../../src/core/layout/recognize";
import { recognizeWorkbook } from "../../src/core/workbook";
import type { Plan } from "../../src/core/plan";
import { sheetToGrid } from "../fixtures/grid";
import { CLEAN_PLAN, EN_HEADERS, EN_SECTIONS, renderPlan } from "../fixtures/planModel";

const WORDS = [
  "СТРАТЕГІЧНА ЦІЛЬ 1.",
  "Оперативна ціль 1.1.",
  "1.1.1. Захід",
  "1.1.2.",
  "2021",
  "2021-2025",
  "Щорічно",
  "Департамент освіти, ЗЗСО",
  "Відповідальний виконавець",
  "Термін виконання",
  "Захід місцевого плану",
  "Завдання",
  "1)",
  "1.",
  "",
  " ",
  "\n",
  "(за згодою)",
  "=SUM(A1)",
  "Стан виконання",
  "Виконано",
  "I квартал 2022",
  "до 31.12.2024",
  "«",
  "—",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(" ")),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 60000 }),
  fc.double({ noNaN: false }),
  fc.boolean()
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
    merges: fc.array(fc.record({ top: fc.nat(30), left: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }), {
      maxLength: 6,
    }),
  })
  .map(({ rows, merges }) => ({
    sheetName: "random",
    values: rows,
    merges: merges.map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
  }));

/** The clean plan with random cells overwritten: mostly a plan, sometimes broken in odd places. */
const damagedPlan: fc.Arbitrary<Grid> = fc
  .array(fc.record({ r: fc.nat(20), c: fc.nat(5), v: cell }), { maxLength: 12 })
  .map((edits) => {
    const g = sheetToGrid(renderPlan(CLEAN_PLAN));
    for (const e of edits) {
      g.values[e.r] = g.values[e.r] ?? [];
      g.values[e.r][e.c] = e.v;
    }
    return g;
  });

function expectSane(g: Grid) {
  const r = recognizePlan(g);
  if (!r.ok) {
    expect(["empty-sheet", "no-header", "no-measures"]).toContain(r.reason);
    return;
  }
  const { findings } = checkPlan(r.plan, [], { asOf: "2023-06-30" });
  for (const m of r.plan.measures) {
    expect(parseAddress(m.cell)).not.toBeNull();
    expect(m.row).toBeGreaterThan(0);
    expect(m.executors.every((e) => e.trim() === e && e !== "")).toBe(true);
  }
  for (const f of findings) expect(parseAddress(f.cell)).not.toBeNull();
  // every row that holds something, in sheet order; blank rows are not listed
  const listed = r.plan.layout.rows;
  expect(
    listed.every((row, i) => row.kind !== "blank" && (i === 0 || row.row > listed[i - 1].row))
  ).toBe(true);
}

describe("the engine never throws", () => {
  test("on random grids: it returns a plan or says why there is none", () => {
    fc.assert(
      fc.property(grid, (g) => expectSane(g)),
      { numRuns: 400 }
    );
  });

  test("on damaged plans", () => {
    fc.assert(
      fc.property(damagedPlan, (g) => expectSane(g)),
      { numRuns: 300 }
    );
  });

  test("the deadline grammar and the executor splitter take any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const d = parseDeadline(s);
        expect(d.unparsed === null || (d.start === null && d.end === null)).toBe(true);
        if (d.start && d.end) expect(d.start <= d.end).toBe(true);
        expect(Array.isArray(splitExecutors(s))).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });
});

describe("the same plan laid out any way the fixtures know reads the same", () => {
  const CORE = ["nationalTask", "nationalMeasure", "measure", "executors", "deadline"] as const;
  /**
   * What must not change with the layout: each measure's number (its last part, where the plan numbers its
   * measures anew in each goal), goal, text, executors and period.
   */
  const essence = (plan: Plan, restart = false) =>
    plan.measures.map((m) => [
      restart ? m.number?.split(".").pop() : m.number,
      m.operationalGoal,
      m.text,
      m.executors,
      m.deadline.start,
      m.deadline.end,
    ]);
  const baseline = (() => {
    const r = recognizePlan(sheetToGrid(renderPlan(CLEAN_PLAN)));
    if (!r.ok) throw new Error(r.reason);
    return r.plan;
  })();

  const layout = fc.record({
    columns: fc.oneof(
      fc.constant([...CORE]),
      fc.shuffledSubarray([...CORE], { minLength: 5, maxLength: 5 }),
      fc.constant(["number", ...CORE] as string[]),
      fc.constant([...CORE, "status", "indicator", "funding", "note"] as string[])
    ),
    headerStyle: fc.constantFrom("single" as const, "grouped" as const),
    columnNumbers: fc.boolean(),
    repeatHeaderEvery: fc.constantFrom(undefined, 2, 3),
    sectionStyle: fc.constantFrom("merged" as const, "first-cell" as const),
    nationalCells: fc.constantFrom("merged" as const, "once" as const),
    numberIn: fc.constantFrom("text" as const, "column" as const),
    blankRowAfterSections: fc.boolean(),
    multiPerCell: fc.constantFrom(undefined, "lines" as const, "run-together" as const),
    fragments: fc.constantFrom(undefined, ["1.1.1"], ["2.1.3"]),
    startCol: fc.nat(3),
    startRow: fc.nat(4),
    approval: fc.constantFrom(undefined, ["ЗАТВЕРДЖЕНО", "рішенням міської ради"]),
    footer: fc.constantFrom(undefined, ["Секретар міської ради       Галина КИСІЛЬ"]),
    headers: fc.constantFrom(undefined, EN_HEADERS),
    translatedHeader: fc.boolean(),
    totalsRows: fc.boolean(),
    bandSections: fc.boolean(),
    restartNumbers: fc.boolean(),
    levelColumns: fc.constantFrom(
      undefined,
      undefined,
      "merged" as const,
      "blank" as const,
      "repeated" as const
    ),
    deadlineForm: fc.constantFrom(
      "as-is" as const,
      "dashes" as const,
      "slashes" as const,
      "short-year" as const,
      "cyrillic-roman" as const,
      "words" as const
    ),
    sheets: fc.constantFrom(1, 1, 2),
    sections: fc.constantFrom(
      {},
      EN_SECTIONS,
      {
        strategicFormat: (n: string, t: string) => `стратегічна ціль ${n}: ${t}`,
        operationalFormat: (n: string, t: string) => `оперативна ціль ${n}: ${t}`,
      },
      {
        strategicFormat: (n: string, t: string) => `Стратегічна ціль № ${n} ${t}`,
        operationalFormat: (n: string, t: string) => `Операційна ціль ${n}. ${t}`,
      }
    ),
  });

  test("goals, measures, texts, executors and deadlines are the same in every layout", () => {
    fc.assert(
      fc.property(layout, (o) => {
        // numbers written anew in each goal ("1.", "2.") are told from the text only in a number column
        const numberIn = o.restartNumbers ? "column" : o.numberIn;
        const given = o.columns as string[];
        const columns =
          numberIn === "column" && !given.includes("number") ? ["number", ...given] : given;
        // a group header spans the national task and measure side by side; elsewhere the header is one row
        const side = columns.indexOf("nationalMeasure") === columns.indexOf("nationalTask") + 1;
        const headerStyle = side ? o.headerStyle : "single";
        // measures run together on one line are told apart only by the numbers in their text
        const multiPerCell =
          o.multiPerCell === "run-together" && numberIn === "column" ? "lines" : o.multiPerCell;
        const options = {
          ...o,
          ...o.sections,
          columns,
          headerStyle,
          multiPerCell,
          numberIn,
          // a header repeated after a page break would cut a level merged down through it
          repeatHeaderEvery: o.levelColumns === "merged" ? undefined : o.repeatHeaderEvery,
          // a translation row under a one-row header in Ukrainian
          translatedHeader: o.translatedHeader && headerStyle === "single" && !o.headers,
        } as Parameters<typeof renderPlan>[1];
        // one sheet, or one sheet per strategic goal with the header repeated and the title on the first
        const parts =
          o.sheets === 2
            ? CLEAN_PLAN.goals.map((g, i) => ({
                ...CLEAN_PLAN,
                title: i === 0 ? CLEAN_PLAN.title : [],
                goals: [g],
              }))
            : [CLEAN_PLAN];
        // the approval block and the leading rows belong to the first sheet
        const grids = parts.map((p, i) =>
          sheetToGrid(
            renderPlan(p, {
              ...options,
              sheetName: `Аркуш ${i + 1}`,
              ...(i > 0 ? { approval: undefined, startRow: 0 } : {}),
            })
          )
        );
        const r = recognizeWorkbook(grids);
        if (!r.ok) throw new Error(r.reason);
        expect(r.plan.planSheets ?? [r.plan.sheet]).toEqual(grids.map((g) => g.sheetName));
        expect(essence(r.plan, o.restartNumbers)).toEqual(essence(baseline, o.restartNumbers));
      }),
      { numRuns: Number(process.env.PLAN_CHECK_PROPERTY_RUNS ?? 200) }
    );
  });
});

/**
 * Plans nobody on this team wrote: three ministry implementation plans, read as their answer keys say —
 * every measure's text, executors, start and end, and the groups (sub-goal › task) it sits in, kept only in
 * vertically merged cells, with no numbers and no section rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";

const DIR = join(__dirname, "..", "fixtures", "real-plans");

interface Expected {
  headerRow: number;
  measures: {
    row: number;
    text: string;
    executors: string[];
    deadlineStart: string;
    deadlineEnd: string;
    groups: { subgoal: number; task: number };
  }[];
}

const squeeze = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

describe.each(["kmu-1.2", "kmu-6.2", "kmu-15.4"])("the ministry plan %s", (name) => {
  const key: Expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
  let result: CheckResult;
  beforeAll(async () => {
    const r = checkWorkbook(await readWorkbookGrids(join(DIR, `${name}.xlsx`)), {
      asOf: "2020-06-30",
    });
    if (!("plan" in r)) throw new Error(`no plan: ${r.reason}`);
    result = r;
  });

  test("every measure, in its row, with its text and executors", () => {
    const got = result.plan.measures.map((m) => [m.row, squeeze(m.text), m.executors]);
    expect(got).toEqual(key.measures.map((m) => [m.row, squeeze(m.text), m.executors]));
    expect(result.plan.layout.headerRows).toEqual([key.headerRow]);
  });

  test("start and end read from the two columns in dd-mm-yyyy; an end before its start is reported", () => {
    for (const [i, m] of result.plan.measures.entries()) {
      const k = key.measures[i];
      if (k.deadlineEnd < k.deadlineStart) {
        expect([m.row, m.deadline.unparsed]).toEqual([k.row, "reversed-range"]);
        expect(result.findings).toContainEqual(
          expect.objectContaining({ rule: "deadline.unparsed", row: k.row })
        );
      } else
        expect([m.row, m.deadline.start, m.deadline.end]).toEqual([
          k.row,
          k.deadlineStart,
          k.deadlineEnd,
        ]);
    }
  });

  test("measures in the same merged sub-goal and task blocks share those levels, and no others", () => {
    const levels = result.plan.measures.map((m) =>
      m.path.map((l) => `${l.kind}:${l.number}:${l.row}`)
    );
    expect(levels.every((p) => p.length === 2)).toBe(true);
    const blocks = (get: (i: number) => string | number) => {
      // the same partition: a block index for each measure, numbered by first appearance
      const seen = new Map<string | number, number>();
      return key.measures.map((_, i) => {
        if (!seen.has(get(i))) seen.set(get(i), seen.size + 1);
        return seen.get(get(i));
      });
    };
    expect(blocks((i) => levels[i][0])).toEqual(blocks((i) => key.measures[i].groups.subgoal));
    expect(blocks((i) => levels[i].join("/"))).toEqual(
      blocks((i) => `${key.measures[i].groups.subgoal}/${key.measures[i].groups.task}`)
    );
    // sub-goals are the operational goals 1, 2…; tasks are numbered within them
    const first = result.plan.measures[0];
    expect(first.path.map((l) => [l.kind, l.number])).toEqual([
      ["operationalGoal", "1"],
      ["nationalTask", "1"],
    ]);
    expect([first.operationalGoal, first.task]).toEqual(["1", "1"]);
  });

  test("no ended measure goes unflagged: the plan has no status column, so every ended measure has passed with no status, none is called overdue, and one notice says why", () => {
    expect(result.plan.layout.columns.status).toBeUndefined();
    const ended = key.measures.filter(
      (m) => m.deadlineEnd < "2020-06-30" && m.deadlineStart <= m.deadlineEnd
    );
    const rows = (rule: string) =>
      new Set(result.findings.filter((f) => f.rule === rule).map((f) => f.row));
    const flagged = rows("deadline.passed-no-status");
    expect(ended.map((m) => m.row).filter((r) => !flagged.has(r))).toEqual([]);
    expect(rows("deadline.overdue").size).toBe(0);
    expect(result.findings.filter((f) => f.rule === "plan.no-status-column")).toHaveLength(
      ended.length > 0 ? 1 : 0
    );
  });
});

describe("a plan with a status column (the 2023 report, as of 2023-06-30)", () => {
  test("an ended measure its status records as not done is overdue; one done is not; no notice about a status column", async () => {
    const r = checkWorkbook(
      await readWorkbookGrids(
        join(DIR, "..", "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx")
      ),
      { asOf: "2023-06-30" }
    );
    if (!("plan" in r)) throw new Error(`no plan: ${r.reason}`);
    const statusOf = new Map(r.plan.measures.map((m) => [m.number, m.status]));
    const overdue = r.findings.filter((f) => f.rule === "deadline.overdue");
    expect(overdue.map((f) => [f.measure, statusOf.get(f.measure!)])).toEqual([
      ["2.1.3", "Виконується"],
      ["2.2.8", "Не виконано"],
      ["5.2.2", "Не розпочато"],
    ]);
    expect(overdue.every((f) => f.severity === "error")).toBe(true);
    expect(r.findings.filter((f) => f.rule === "plan.no-status-column")).toEqual([]);
  });
});

/**
 * Finding levels: where the reading stands in the plan's hierarchy — strategic goal, operational goal, a band
 * across the table, national task, national measure — and every measure's path through it. Levels the plan
 * does not number are numbered by their place among their siblings; measures of one group share one path.
 */
import type { Level, NationalMeasure, NationalTask, OperationalGoal, StrategicGoal } from "../plan";
import { lastWith, sectionOf } from "./rows";
import type { SectionKind } from "./vocabulary";

export class Levels {
  readonly strategicGoals: StrategicGoal[] = [];
  readonly operationalGoals: OperationalGoal[] = [];
  readonly nationalTasks: NationalTask[] = [];
  readonly nationalMeasures: NationalMeasure[] = [];
  /** The numbers of the strategic and operational goal the reading is in. */
  sg: string | null = null;
  og: string | null = null;
  task: NationalTask | null = null;
  taskIndex: number | null = null;
  nm: NationalMeasure | null = null;
  nmIndex: number | null = null;
  /** A band across the table that is not a goal ("Організаційна робота"): a level of its own. */
  band: Level | null = null;
  /** A level above the goals ("Pillar I: …" over "Goal 1: …"): the top of the path while it lasts. */
  pillar: Level | null = null;
  private pillars = 0;

  private readonly siblings = new Map<string, number>();
  // the current task's and national measure's place among their siblings, where the plan does not number them
  private taskNo: string | null = null;
  private nmNo: string | null = null;
  private last: {
    sg: string | null;
    og: string | null;
    band: Level | null;
    task: NationalTask | null;
    nm: NationalMeasure | null;
    taskText: string | undefined;
    nmText: string | undefined;
    pillar: Level | null;
    path: Level[];
  } | null = null;

  /** Below a new goal, the task, national measure and band above are over. */
  private clearBelowGoal(): void {
    this.task = null;
    this.taskIndex = null;
    this.nm = null;
    this.nmIndex = null;
    this.band = null;
  }

  /**
   * A goal row ("Стратегічна ціль 2. …", "Оперативна ціль 1.3: …"). A goal written without its number takes
   * the next one in order; "Оперативна ціль 2" under strategic goal 3 is objective 3.2.
   */
  goalRow(
    section: { kind: SectionKind; number: string | null; title: string },
    row: number,
    cell: string
  ): StrategicGoal | OperationalGoal {
    let number = section.number;
    if (section.kind === "operationalGoal" && number && !number.includes("."))
      number = `${this.sg ?? "1"}.${number}`;
    if (!number)
      number =
        section.kind === "strategicGoal"
          ? String(this.strategicGoals.length + 1)
          : `${this.sg ?? "1"}.${this.operationalGoals.filter((g) => g.strategicGoal === (this.sg ?? "1")).length + 1}`;
    this.clearBelowGoal();
    if (section.kind === "strategicGoal") {
      this.sg = number;
      this.og = null;
      const goal = { number, title: section.title, row, cell };
      this.strategicGoals.push(goal);
      return goal;
    }
    this.og = number;
    if (!this.sg) this.sg = number.split(".")[0];
    const goal = { number, strategicGoal: this.sg, title: section.title, row, cell };
    this.operationalGoals.push(goal);
    return goal;
  }

  /**
   * A goal kept in a column of its own (merged down, written once or on every row): a new text starts a new
   * goal. Its number is the one it writes ("1.", "1.2"), or the same goal's while the title is the same, or
   * the next in order.
   */
  goalColumn(kind: SectionKind, text: string, row: number, cell: string): void {
    if (kind === "strategicGoal") {
      const parsed = sectionOf(text) ?? {
        number: /^(\d+)/.exec(text)?.[1] ?? null,
        title: text.replace(/^\d+\s*[.):]?\s*/, ""),
      };
      const last = this.strategicGoals[this.strategicGoals.length - 1];
      const number =
        parsed.number ??
        (last && last.title === parsed.title && last.number
          ? last.number
          : String(this.strategicGoals.length + 1));
      if (number === this.sg) return;
      this.sg = number;
      this.og = null;
      this.clearBelowGoal();
      this.strategicGoals.push({ number, title: parsed.title, row, cell });
      return;
    }
    const parsed = sectionOf(text) ?? {
      number: /^(\d+\.\d+)/.exec(text)?.[1] ?? null,
      title: text.replace(/^\d+(\.\d+)*\s*[.):]?\s*/, ""),
    };
    const last = this.operationalGoals[this.operationalGoals.length - 1];
    // without a strategic goal above, an unnumbered operational goal is numbered 1, 2… on its own
    const count = this.operationalGoals.filter((g) => g.strategicGoal === this.sg).length + 1;
    const number =
      parsed.number ??
      (last && last.title === parsed.title && last.number
        ? last.number
        : this.sg
          ? `${this.sg}.${count}`
          : String(count));
    if (number === this.og) return;
    this.og = number;
    if (!this.sg && number.includes(".")) this.sg = number.split(".")[0];
    this.clearBelowGoal();
    this.operationalGoals.push({ number, strategicGoal: this.sg, title: parsed.title, row, cell });
  }

  /**
   * A goal row worded as a level above the goals ("Pillar II: …", once a pillar has been seen): the goal
   * above ends, and the pillar heads the goals that follow.
   */
  pillarRow(section: { number: string | null; title: string }, row: number): Level {
    this.pillars++;
    this.pillar = {
      kind: "pillar",
      number: section.number ?? String(this.pillars),
      title: section.title,
      row,
    };
    this.sg = null;
    this.og = null;
    this.clearBelowGoal();
    return this.pillar;
  }

  /**
   * The strategic goal read last heads goal rows named otherwise, with no measure of its own between: it is a
   * pillar above them ("Pillar I: …" over "Goal 1: …"), no goal.
   */
  goalToPillar(goal: StrategicGoal): Level {
    const i = this.strategicGoals.lastIndexOf(goal);
    if (i >= 0) this.strategicGoals.splice(i, 1);
    return this.pillarRow(goal, goal.row);
  }

  /** The next place among the children of `parent` ("1", "2"…). */
  nextAmong(parent: string): string {
    const n = (this.siblings.get(parent) ?? 0) + 1;
    this.siblings.set(parent, n);
    return String(n);
  }

  private scope(): string {
    return `${this.sg ?? ""}|${this.og ?? ""}|${this.band?.row ?? ""}`;
  }

  /** A national task starts (a cell of its own, or a heading across the table): the national measure above ends. */
  startTask(number: string | null, text: string, row: number, cell: string): NationalTask {
    const task: NationalTask = {
      number,
      text,
      row,
      cell,
      strategicGoal: this.sg,
      operationalGoal: this.og,
    };
    // the plan's number, or its place within its goal
    this.taskNo = number ?? this.nextAmong(`task:${this.scope()}`);
    this.task = task;
    this.nationalTasks.push(task);
    this.taskIndex = this.nationalTasks.length - 1;
    this.nm = null;
    this.nmIndex = null;
    return task;
  }

  newNm(n: NationalMeasure): NationalMeasure {
    this.nmNo = n.number ?? this.nextAmong(`nm:${this.scope()}|${this.task?.row ?? ""}`);
    return n;
  }

  /** The current task's number: the plan's own, or its place within its goal. */
  taskNumber(): string | null {
    return this.taskNo ?? this.task?.number ?? null;
  }

  /** Every level the reading is in, from the top; the same array while nothing changes. */
  path(): Level[] {
    const l = this.last;
    if (
      l &&
      l.sg === this.sg &&
      l.og === this.og &&
      l.band === this.band &&
      l.task === this.task &&
      l.nm === this.nm &&
      l.taskText === this.task?.text &&
      l.nmText === this.nm?.text &&
      l.pillar === this.pillar
    )
      return l.path;
    const path = this.levels();
    this.last = {
      sg: this.sg,
      og: this.og,
      band: this.band,
      task: this.task,
      nm: this.nm,
      taskText: this.task?.text,
      nmText: this.nm?.text,
      pillar: this.pillar,
      path,
    };
    return path;
  }

  private levels(): Level[] {
    const path: Level[] = [];
    if (this.pillar) path.push(this.pillar);
    const goal = lastWith(this.strategicGoals, (g) => g.number === this.sg);
    if (goal) path.push(this.level("strategicGoal", goal.number, goal.title, goal.row));
    const objective = lastWith(this.operationalGoals, (g) => g.number === this.og);
    if (objective)
      path.push(this.level("operationalGoal", objective.number, objective.title, objective.row));
    if (this.band) path.push(this.band);
    if (this.task)
      path.push(this.level("nationalTask", this.taskNumber(), this.task.text, this.task.row));
    if (this.nm)
      path.push(
        this.level("nationalMeasure", this.nmNo ?? this.nm.number, this.nm.text, this.nm.row)
      );
    return path;
  }

  // the last level made of each kind: paths that change only below a level share its object, so a plan of
  // 200,000 measures each under a national measure of its own holds one goal level, not 200,000 copies
  private readonly made = new Map<Level["kind"], Level>();

  private level(kind: Level["kind"], number: string | null, title: string, row: number): Level {
    const l = this.made.get(kind);
    if (l && l.number === number && l.title === title && l.row === row) return l;
    const made: Level = { kind, number, title, row };
    this.made.set(kind, made);
    return made;
  }
}

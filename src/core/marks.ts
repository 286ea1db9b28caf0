/**
 * Highlights as data: which cells of the plan get which mark, and the note text for each. Overdue and
 * missing entries are marked; a deadline passed with no status recorded gets its own softer mark; other
 * errors and warnings get a lighter mark; notes are not marked.
 */
import type { Lang } from "../i18n";
import { columnIndex } from "./grid";
import type { Plan } from "./plan";
import { MARK_COLORS } from "./sheets";
import { findingMessage } from "./report";
import { ruleSpec, type Finding, type MarkKind } from "./rules";

export type { MarkKind };

/** The marks in the order their conditional formats are tried, and the fill each paints: both adapters draw these. */
export const MARK_ORDER: readonly MarkKind[] = ["overdue", "missing", "passed", "warning"];
export const MARK_FILLS: Record<MarkKind, string> = {
  overdue: MARK_COLORS.markOverdue,
  missing: MARK_COLORS.markMissing,
  passed: MARK_COLORS.markPassed,
  warning: MARK_COLORS.markWarning,
};

/**
 * Codes written into the helper range that drives the conditional formats. A new kind takes a new code, so
 * the codes of a workbook marked by an earlier version keep their meaning.
 */
export const MARK_CODES: Record<MarkKind, number> = {
  overdue: 1,
  missing: 2,
  warning: 3,
  passed: 4,
};

/** Which mark wins on a cell with several findings: the order above. */
const PRIORITY = Object.fromEntries(MARK_ORDER.map((k, i) => [k, i])) as Record<MarkKind, number>;

export interface Mark {
  cell: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  kind: MarkKind;
  messages: string[];
}

/** The mark the catalogue gives the finding's rule. */
export function markKind(f: Finding): MarkKind | null {
  return ruleSpec(f.rule).mark;
}

/**
 * The marks on one sheet: a plan over several sheets is marked sheet by sheet, so a finding of another
 * sheet never paints the same address here.
 */
export function computeMarks(findings: Finding[], lang: Lang, sheet?: string): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (sheet !== undefined && f.sheet !== undefined && f.sheet !== sheet) continue;
    const kind = markKind(f);
    if (!kind) continue;
    const message = `${f.measure ? `${f.measure}: ` : ""}${findingMessage(f, lang)}`;
    const m = byCell.get(f.cell);
    if (!m) {
      byCell.set(f.cell, {
        cell: f.cell,
        row: f.row - 1,
        col: columnIndex(f.cell.replace(/\d+$/, "")),
        kind,
        messages: [message],
      });
    } else {
      if (PRIORITY[kind] < PRIORITY[m.kind]) m.kind = kind;
      if (!m.messages.includes(message)) m.messages.push(message);
    }
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The rectangle the marks may fall in: the plan table, from its first to its last row and column. */
export interface MarkArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function markArea(plan: Plan): MarkArea {
  const cols = Object.values(plan.layout.columns) as number[];
  return {
    top: plan.layout.headerRows[0] - 1,
    left: Math.min(...cols),
    bottom: plan.layout.lastRow - 1,
    right: Math.max(...cols),
  };
}

/** The helper range's values: one code per cell of the area, 0 where there is no mark. */
export function markMatrix(marks: Mark[], area: MarkArea): number[][] {
  const m = Array.from({ length: area.bottom - area.top + 1 }, () =>
    new Array<number>(area.right - area.left + 1).fill(0)
  );
  for (const k of marks) {
    if (k.row < area.top || k.row > area.bottom || k.col < area.left || k.col > area.right)
      continue;
    m[k.row - area.top][k.col - area.left] = MARK_CODES[k.kind];
  }
  return m;
}

export const NOTE_PREFIX = "Plan Check";

export function noteText(mark: Mark): string {
  return `${NOTE_PREFIX}:\n${mark.messages.join("\n")}`;
}

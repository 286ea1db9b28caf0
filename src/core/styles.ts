/**
 * How each cell style of a sheet spec looks, for both renderers (Office.js and ExcelJS). The summary's fills
 * and the status colours never reuse a highlight's colour (MARK_COLORS): a reader of a printed summary must
 * not take a goal row for an overdue one.
 */
import { MARK_COLORS, type CellStyle, type SheetSpec } from "./sheets";
import { STATUS_BUCKETS, type StatusBucket } from "./summary/aggregate";

/** Each status's colour: the summary's status columns, its chart's series, the legends of sheet and pane. */
export const STATUS_COLORS: Record<StatusBucket, string> = {
  done: "#93C47D",
  inProgressOnTime: "#6FA8DC",
  overdue: "#E06666",
  notDone: "#B4A7D6",
  notStarted: "#A2C4C9",
  postponed: "#D5A6BD",
  cancelled: "#BFBFBF",
  passedNoStatus: "#F6B26B",
  noStatus: "#EFEFEF",
};

type Format = {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  numberFormat?: string;
  wrap?: boolean;
  /** Aligned to the top of the cell, as wrapped text is, so a row's numbers sit beside their names. */
  top?: boolean;
};

const statusStyles = Object.fromEntries(
  STATUS_BUCKETS.map((b) => [`status.${b}`, { fill: STATUS_COLORS[b], bold: true, wrap: true }])
) as Record<`status.${StatusBucket}`, Format>;

export const STYLE_FORMATS: Record<CellStyle, Format> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#D9D9D9", wrap: true },
  strategicGoal: { bold: true, fill: "#C9DAF8", wrap: true, top: true },
  operationalGoal: { fill: "#F3F3F3", wrap: true },
  total: { bold: true, fill: "#D9EAD3", top: true },
  percent: { numberFormat: "0%", top: true },
  count: { top: true },
  error: { color: "#C00000", bold: true, top: true },
  warning: { color: "#9C5700", top: true },
  info: { color: "#1F4E79", top: true },
  markOverdue: { fill: MARK_COLORS.markOverdue },
  markMissing: { fill: MARK_COLORS.markMissing },
  markPassed: { fill: MARK_COLORS.markPassed },
  markWarning: { fill: MARK_COLORS.markWarning },
  wrap: { wrap: true },
  ...statusStyles,
};

/** Points per line of 11-point text, and the share of a column's width (in "0" characters) a line holds. */
const LINE = 15;
const FILL = 1.1;
const BOLD_FILL = 0.85;

/**
 * Row heights for wrapped text: each wrapped cell's lines at its column's (or merged area's) width, the
 * tallest cell of the row deciding. Rows of one line keep the default height (null).
 */
export function fitHeights(
  spec: Pick<SheetSpec, "cells" | "merges" | "widths">
): (number | null)[] {
  const span = new Map<string, number>();
  for (const m of spec.merges) {
    const [a, b] = m.split(":");
    const row = a.replace(/^[A-Z]+/, "");
    if (!b || b.replace(/^[A-Z]+/, "") !== row) continue;
    const col = (x: string) =>
      [...x.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    span.set(`${Number(row) - 1}:${col(a)}`, col(b) - col(a) + 1);
  }
  return spec.cells.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || cell.v === null || !cell.style || !STYLE_FORMATS[cell.style].wrap) return;
      const cols = span.get(`${r}:${c}`) ?? 1;
      let width = 0;
      for (let k = c; k < c + cols; k++) width += spec.widths[k] ?? 9;
      // bold letters are wider: fewer of them to a line
      const fill = STYLE_FORMATS[cell.style].bold ? BOLD_FILL : FILL;
      const perLine = Math.max(4, Math.floor(width * fill));
      const n = String(cell.v)
        .split("\n")
        .reduce((sum, para) => sum + Math.max(1, wrappedLines(para, perLine)), 0);
      lines = Math.max(lines, n);
    });
    return lines > 1 ? lines * LINE : null;
  });
}

/** How many lines a paragraph takes when wrapped at word edges, `perLine` characters a line. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

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
  // merged across columns on one row: the merge's columns by its top left cell (row * COLS + column)
  const span = new Map<number, number>();
  for (const m of spec.merges) {
    const [a, b] = m.split(":");
    const row = a.replace(/^[A-Z]+/, "");
    if (!b || b.replace(/^[A-Z]+/, "") !== row) continue;
    const col = (x: string) =>
      [...x.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    span.set((Number(row) - 1) * COLS + col(a), col(b) - col(a) + 1);
  }
  return spec.cells.map((row, r) => {
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.v === null || !cell.style) continue;
      const format = STYLE_FORMATS[cell.style];
      if (!format.wrap) continue;
      const cols = span.get(r * COLS + c) ?? 1;
      let width = 0;
      for (let k = c; k < c + cols; k++) width += spec.widths[k] ?? 9;
      // bold letters are wider: fewer of them to a line
      const perLine = Math.max(4, Math.floor(width * (format.bold ? BOLD_FILL : FILL)));
      const text = String(cell.v);
      // a text no longer than a line, on one line, is one line: most cells
      const n = text.length <= perLine && !text.includes("\n") ? 1 : textLines(text, perLine);
      if (n > lines) lines = n;
    }
    return lines > 1 ? lines * LINE : null;
  });
}

/** Columns a sheet may have: a row's cells are keyed by row * COLS + column. */
const COLS = 16384;

/** What `\s` matches in a regular expression, as character codes. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The lines a text takes: each paragraph (between line feeds) at least one, wrapped at word edges (runs of
 * white space), `perLine` characters a line, a word longer than a line broken across lines.
 */
export function textLines(text: string, perLine: number): number {
  let total = 0;
  let lines = 1;
  let used = 0;
  let word = 0;
  const endWord = () => {
    if (word === 0) return;
    if (used === 0) used = word;
    else if (used + 1 + word <= perLine) used += 1 + word;
    else {
      lines++;
      used = word;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
    word = 0;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      endWord();
      total += lines;
      lines = 1;
      used = 0;
    } else if (isWhiteSpace(c)) endWord();
    else word++;
  }
  return total;
}

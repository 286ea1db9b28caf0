/** How each cell style of a sheet spec looks, for both renderers (Office.js and ExcelJS). */
import { MARK_COLORS, type CellStyle } from "./sheets";

export const STYLE_FORMATS: Record<
  CellStyle,
  {
    fill?: string;
    bold?: boolean;
    italic?: boolean;
    size?: number;
    color?: string;
    numberFormat?: string;
    wrap?: boolean;
  }
> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#D9E1F2", wrap: true },
  strategicGoal: { bold: true, fill: "#FCE4D6" },
  operationalGoal: { fill: "#FFF2CC" },
  total: { bold: true, fill: "#E2EFDA" },
  percent: { numberFormat: "0%" },
  error: { color: "#C00000", bold: true },
  warning: { color: "#9C5700" },
  info: { color: "#1F4E79" },
  markOverdue: { fill: MARK_COLORS.markOverdue },
  markMissing: { fill: MARK_COLORS.markMissing },
  markPassed: { fill: MARK_COLORS.markPassed },
  markWarning: { fill: MARK_COLORS.markWarning },
  wrap: { wrap: true },
};

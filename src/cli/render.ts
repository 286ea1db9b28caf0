/**
 * The command line's renderer: the same sheet specs and highlights as the add-in, written with ExcelJS into a
 * copy of the plan's workbook. The copy keeps every original cell as it was; highlights are conditional
 * formats over a hidden helper sheet, as in Excel, and each marked cell gets a note unless it has one.
 * ExcelJS cannot write charts or PivotTables: the copy has their data (the chart's table, the PlanData
 * table) and the add-in makes them in Excel.
 */
import ExcelJS from "exceljs";
import type { CheckResult } from "../core/check";
import { cellAddress, parseAddress } from "../core/grid";
import {
  computeMarks,
  MARK_CODES,
  markArea,
  markMatrix,
  noteText,
  type MarkKind,
} from "../core/marks";
import { looksLikeFormula, MARK_COLORS, type CellStyle, type SheetSpec } from "../core/sheets";
import {
  DATA_DATE_COLUMNS,
  findingsSheet,
  summarySheets,
  type SheetOptions,
} from "../core/summary/sheets";
import { STYLE_FORMATS } from "../core/styles";
import { loadWorkbook } from "./xlsx";

export const MARKS_SHEET = "PlanCheck_Marks";

const argb = (hex: string) => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const f = STYLE_FORMATS[style];
  if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(f.fill) };
  if (f.bold || f.italic || f.size || f.color)
    cell.font = {
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(f.size ? { size: f.size } : {}),
      ...(f.color ? { color: argb(f.color) } : {}),
    };
  if (f.numberFormat) cell.numFmt = f.numberFormat;
  if (f.wrap) cell.alignment = { wrapText: true, vertical: "top" };
}

function freeName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++)
    if (!taken.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}

/** Table names are unique across a workbook (Excel refuses a second "PlanData"), letter case ignored. */
function freeTableName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(
    wb.worksheets.flatMap((w) =>
      (w.getTables() as unknown as { name?: string; table?: { name: string } }[]).map((t) =>
        (t.table?.name ?? t.name ?? "").toLowerCase()
      )
    )
  );
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}${i}`.toLowerCase())) return `${wanted}${i}`;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function renderSpec(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(
    freeName(wb, spec.name),
    spec.freezeRows > 0 ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}
  );
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  spec.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (c.link && c.v !== null)
        cell.value = {
          text: String(c.v),
          hyperlink: `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`,
        };
      else cell.value = c.v;
      if (looksLikeFormula(c.v)) cell.numFmt = "@";
      if (c.style) applyStyle(cell, c.style);
    })
  );
  for (const m of spec.merges) ws.mergeCells(m);
  for (const t of spec.tables) {
    const isData = spec.key === "data" && t.topLeft === "A1";
    ws.addTable({
      name: freeTableName(wb, t.name),
      ref: t.topLeft,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: t.rows.map((row) =>
        row.map((v, c) =>
          isData && DATA_DATE_COLUMNS.includes(c) && typeof v === "number"
            ? new Date(SERIAL_EPOCH + v * 86400000)
            : v
        )
      ),
    });
    const start = parseAddress(t.topLeft)!;
    if (isData)
      for (const c of DATA_DATE_COLUMNS) ws.getColumn(start.col + c + 1).numFmt = "yyyy-mm-dd";
  }
  return ws;
}

const MARK_ORDER: MarkKind[] = ["overdue", "missing", "warning"];
const MARK_FILL: Record<MarkKind, string> = {
  overdue: MARK_COLORS.markOverdue,
  missing: MARK_COLORS.markMissing,
  warning: MARK_COLORS.markWarning,
};

/** Highlights on the plan's sheet, as in Excel: a hidden helper sheet of codes and conditional formats reading it. */
export function renderMarks(wb: ExcelJS.Workbook, result: CheckResult, o: SheetOptions): void {
  const plan = wb.getWorksheet(result.plan.sheet);
  if (!plan) return;
  const marks = computeMarks(result.findings, o.lang);
  const area = markArea(result.plan);
  const helperName = freeName(wb, MARKS_SHEET);
  const helper = wb.addWorksheet(helperName, { state: "hidden" });
  markMatrix(marks, area).forEach((row, i) =>
    row.forEach((code, j) => {
      if (code) helper.getCell(area.top + i + 1, area.left + j + 1).value = code;
    })
  );
  const ref = `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
  const topLeft = cellAddress(area.top, area.left);
  plan.addConditionalFormatting({
    ref,
    rules: MARK_ORDER.map((kind, i) => ({
      type: "expression" as const,
      priority: 1000 + i,
      formulae: [`'${helperName}'!${topLeft}=${MARK_CODES[kind]}`],
      style: {
        fill: {
          type: "pattern" as const,
          pattern: "solid" as const,
          bgColor: argb(MARK_FILL[kind]),
        },
      },
    })),
  });
  for (const m of marks) {
    const cell = plan.getCell(m.row + 1, m.col + 1);
    if (!cell.note) cell.note = noteText(m);
  }
}

/** A copy of the plan's workbook with highlights, the findings sheet, the summary and the data tables. */
export async function writeCheckedCopy(
  input: string,
  output: string,
  checked: CheckResult,
  o: SheetOptions
): Promise<void> {
  const { wb, original } = await loadWorkbook(input, { modelMerges: true });
  // a sheet whose name Excel would not allow is written under the name Excel allows
  // a sheet whose name Excel would not allow is written, and linked to, under the name Excel allows
  const named = [...original].find(([, name]) => name === checked.plan.sheet)?.[0];
  const result = named ? { ...checked, plan: { ...checked.plan, sheet: named } } : checked;
  renderMarks(wb, result, o);
  renderSpec(wb, findingsSheet(result, o));
  for (const spec of summarySheets(result, o)) if (spec.key !== "pivot") renderSpec(wb, spec);
  await wb.xlsx.writeFile(output);
}

/**
 * The command line's renderers. The checked copy of a plan is made by editing the workbook's package
 * (./package): every part of the original is kept, and the highlights, findings, summary and data tables are
 * added. A folder's consolidated workbook is a new workbook, and `renderSpec` draws its sheet specs with
 * ExcelJS; `renderConsolidated` marks them as Plan Check's.
 */
import { freeName, takenNames } from "../core/names";
import ExcelJS from "exceljs";
import { parseAddress } from "../core/grid";
import { markFormula, SHEET_MARK } from "../core/ownSheets";
import { consolidatedKind } from "./consolidatedSheets";
import { looksLikeFormula, type CellStyle, type SheetSpec } from "../core/sheets";
import { DATA_DATE_COLUMNS } from "../core/summary/sheets";
import { STYLE_FORMATS } from "../core/styles";
import { headerText } from "./package/sheet";

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
  else if (f.top) cell.alignment = { vertical: "top" };
}

function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  return freeName(wanted, takenNames(wb.worksheets.map((w) => w.name)));
}

/** Table names are unique across a workbook (Excel refuses a second "PlanData"), letter case ignored. */
function freeTableName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = takenNames(
    wb.worksheets.flatMap((w) =>
      (w.getTables() as unknown as { name?: string; table?: { name: string } }[]).map(
        (t) => t.table?.name ?? t.name ?? ""
      )
    )
  );
  return freeName(wanted, taken, "table");
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function renderSpec(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(
    freeSheetName(wb, spec.name),
    spec.freezeRows > 0 ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}
  );
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
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
  spec.heights?.forEach((h, r) => {
    if (h) ws.getRow(r + 1).height = h;
  });
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: spec.print.fitToWidth,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(spec.print.repeatRows
        ? { printTitlesRow: `${spec.print.repeatRows[0]}:${spec.print.repeatRows[1]}` }
        : {}),
    };
    ws.headerFooter = {
      oddHeader: `&L${headerText(spec.print.title)}`,
      oddFooter: "&R&P / &N",
    };
  }
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

/** A copy of the plan's workbook with highlights, the findings sheet, the summary and the data tables. */
export { MARKS_SHEET, writeCheckedCopy } from "./package/copy";

/**
 * A folder's consolidated workbook: each sheet drawn and marked as Plan Check's, as a checked copy's sheets
 * are (a workbook name, `PlanCheck_Sheet_batchPlans`…, referring to the sheet's first cell). Read again —
 * checked as a plan, or lying in the folder checked next time — it is known as Plan Check's own, never
 * taken for a plan of the lists of measures it holds.
 */
export function renderConsolidated(wb: ExcelJS.Workbook, specs: SheetSpec[]): void {
  for (const spec of specs) {
    const ws = renderSpec(wb, spec);
    const kind = consolidatedKind(spec.name);
    if (kind) wb.definedNames.add(markFormula(ws.name), `${SHEET_MARK}${kind}`);
  }
}

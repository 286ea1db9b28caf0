/**
 * Adds the status column the specs describe (src/core/statusColumn.ts: one per plan sheet) to a copy of the
 * workbook, by editing each plan sheet's part: new cells in the header rows (each with the style index of the table's last header cell
 * of its row, so they look alike), new merged areas, one data validation (the dropdown of statuses) and the
 * width of the table's last column. Every cell already there keeps its bytes; every other part is copied as
 * it is.
 */
import { readFileSync } from "node:fs";
import { columnIndex, columnLetter, parseAddress } from "../../core/grid";
import { validationFormula, type StatusColumnSpec } from "../../core/statusColumn";
import { WORKSHEET_ORDER } from "./copy";
import { Package, REL } from "./opc";
import { borderedXfs } from "./styles";
import { WorkbookPart } from "./workbook";
import {
  appendInside,
  attrs,
  childrenOf,
  esc,
  escText,
  insertionPoint,
  prefixOf,
  rootOf,
  spliceAt,
  withAttr,
  type Element,
} from "./xml";

/** The plan sheet's part in a package, by the sheet's name. */
async function planPart(pkg: Package, sheet: string): Promise<string | null> {
  const wb = await WorkbookPart.open(pkg);
  const entry = wb.sheets.find((s) => s.name === sheet);
  return entry?.part && pkg.has(entry.part) ? entry.part : null;
}

/** Whether the part's sheet is protected (sheetProtection with sheet="1"): Excel would refuse to change it. */
function isProtected(xml: string): boolean {
  const root = rootOf(xml);
  const p = childrenOf(xml, root, ["sheetData"]).find((k) => k.name === "sheetProtection");
  if (!p) return false;
  const on = attrs(xml.slice(p.start, p.tagEnd)).sheet;
  return on === "1" || on === "true";
}

/**
 * The plan's sheets of a workbook (one, or each of a plan kept over several), its package loaded once: which
 * are protected, and the copy written from it.
 */
export interface PlanSheetsPackage {
  /** The plan sheets that are protected, in the order asked. */
  protected: string[];
  /**
   * Writes `output`: the workbook with the status column of each spec added to its sheet; nothing is written
   * where a cell of any sheet refuses it.
   */
  writeWithStatusColumns(
    output: string,
    specs: readonly StatusColumnSpec[]
  ): Promise<AddStatusOutcome>;
}

export async function openPlanSheets(input: string, sheets: string[]): Promise<PlanSheetsPackage> {
  const pkg = Package.load(readFileSync(input));
  const parts = new Map<string, { part: string; xml: string }>();
  for (const sheet of sheets) {
    const part = await planPart(pkg, sheet);
    if (part) parts.set(sheet, { part, xml: await pkg.text(part) });
  }
  return {
    protected: sheets.filter((s) => {
      const p = parts.get(s);
      return p !== undefined && isProtected(p.xml);
    }),
    writeWithStatusColumns: async (output, specs) => {
      const edited: { part: string; xml: string; spec: StatusColumnSpec }[] = [];
      for (const spec of specs) {
        const at = parts.get(spec.sheet);
        if (!at) throw new Error(`no part for the sheet ${spec.sheet}`);
        const next = withStatusColumn(at.xml, spec);
        if (!next.ok) return { ok: false, cell: next.cell, sheet: spec.sheet };
        edited.push({ part: at.part, xml: next.xml, spec });
      }
      // the borders' cell formats go into the one styles part, sheet after sheet
      for (const e of edited) pkg.put(e.part, await withBorders(pkg, e.xml, e.spec));
      await pkg.write(output);
      return { ok: true };
    },
  };
}

/** The workbook's styles part, where it has one. */
async function stylesPart(pkg: Package): Promise<string | null> {
  const wb = await WorkbookPart.open(pkg);
  const rel = (await pkg.relationships(wb.part)).find((r) => r.type === REL.styles);
  if (!rel) return null;
  const at = pkg.resolve(wb.part, rel.target);
  return pkg.has(at) ? at : null;
}

/**
 * The new columns' data cells drawn with the table's borders: each takes the borders (and font and alignment)
 * of the table's cell beside it, through a cell format added to the styles part; nothing else there changes.
 */
async function withBorders(pkg: Package, xml: string, spec: StatusColumnSpec): Promise<string> {
  const styles = await stylesPart(pkg);
  if (!styles) return xml;
  const sheetData = () => {
    const el = childrenOf(xml, rootOf(xml), ["sheetData"]).find((k) => k.name === "sheetData");
    if (!el) throw new Error("a worksheet without sheetData");
    return el;
  };
  // the formats of the neighbours first, so only those with a border get a twin
  const neighbours = new Set<number>();
  withDataCells(
    xml,
    sheetData(),
    spec.body,
    spec.columns.map((c) => c.col),
    (s) => {
      neighbours.add(s);
      return undefined;
    }
  );
  if (neighbours.size === 0) return xml;
  const { xml: stylesXml, ids } = borderedXfs(await pkg.text(styles), [...neighbours]);
  if (ids.size === 0) return xml;
  pkg.put(styles, stylesXml);
  return withDataCells(
    xml,
    sheetData(),
    spec.body,
    spec.columns.map((c) => c.col),
    (s) => ids.get(s)
  );
}

const hasValue = (cellXml: string) => /<(\w+:)?(v|is|f)\b/.test(cellXml);

function cellXml(
  p: string,
  ref: string,
  style: string | undefined,
  value: string | number
): string {
  const s = style !== undefined ? ` s="${esc(style)}"` : "";
  if (typeof value === "number") return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  if (value === "") return `<${p}c r="${ref}"${s}/>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t>${escText(value)}</${p}t></${p}is></${p}c>`;
}

interface RowAt {
  el: Element;
  number: number;
}

/** The rows of sheetData with their numbers (a row without r follows the one before it, as the schema says). */
function rowsOf(xml: string, sheetData: Element): RowAt[] {
  let last = 0;
  return childrenOf(xml, sheetData)
    .filter((k) => k.name === "row")
    .map((el) => {
      const r = Number(attrs(xml.slice(el.start, el.tagEnd)).r) || last + 1;
      last = r;
      return { el, number: r };
    });
}

/** The cells of a row element: their column and element. */
function cellsOf(xml: string, row: Element): { col: number; el: Element }[] {
  if (row.selfClosing) return [];
  let last = -1;
  return childrenOf(xml, row)
    .filter((k) => k.name === "c")
    .map((el) => {
      const ref = attrs(xml.slice(el.start, el.tagEnd)).r;
      const col = ref ? columnIndex(ref.replace(/\d+$/, "")) : last + 1;
      last = col;
      return { col, el };
    });
}

/** The new cells of one row put into the sheet's text; refused (null) where a cell there holds a value. */
function withRowCells(
  xml: string,
  sheetData: Element,
  rowNumber: number,
  cells: { col: number; ref: string; value: string | number; styleFrom: number }[]
): string | null {
  const rows = rowsOf(xml, sheetData);
  const row = rows.find((r) => r.number === rowNumber);
  const p = prefixOf(sheetData);
  if (!row) {
    // no such row yet: a new row element in its place among the others
    const after = rows.filter((r) => r.number < rowNumber).pop();
    const at = after ? after.el.end : sheetData.selfClosing ? -1 : sheetData.tagEnd;
    const inner = cells.map((c) => cellXml(p, c.ref, undefined, c.value)).join("");
    const rowXml = `<${p}row r="${rowNumber}">${inner}</${p}row>`;
    return at < 0 ? appendInside(xml, sheetData, rowXml) : spliceAt(xml, at, rowXml);
  }
  const existing = cellsOf(xml, row.el);
  const styleOf = (col: number) => {
    const c = existing.find((x) => x.col === col);
    return c ? attrs(xml.slice(c.el.start, c.el.tagEnd)).s : undefined;
  };
  // edits from the right, so earlier offsets stay valid
  let out = xml;
  const edits: { start: number; end: number; text: string; col: number }[] = [];
  // the cells of a row that has none yet: its content, in column order
  const loose: string[] = [];
  for (const c of [...cells].sort((a, b) => a.col - b.col)) {
    const text = cellXml(prefixOf(row.el), c.ref, styleOf(c.styleFrom), c.value);
    const same = existing.find((x) => x.col === c.col);
    if (same) {
      // an empty cell that only carries a format: the new cell takes its place
      if (hasValue(xml.slice(same.el.start, same.el.end))) return null;
      edits.push({ start: same.el.start, end: same.el.end, text, col: c.col });
      continue;
    }
    const before = existing.filter((x) => x.col < c.col).pop();
    const after = existing.find((x) => x.col > c.col);
    const at = before ? before.el.end : after ? after.el.start : -1;
    if (at >= 0) edits.push({ start: at, end: at, text, col: c.col });
    else loose.push(text);
  }
  if (loose.length) {
    const text = loose.join("");
    const tag = xml.slice(row.el.start, row.el.tagEnd);
    if (row.el.selfClosing) {
      const open = tag.replace(/\s*\/>$/, ">");
      edits.push({
        start: row.el.start,
        end: row.el.end,
        text: `${open}${text}</${row.el.qname}>`,
        col: -1,
      });
    } else edits.push({ start: row.el.tagEnd, end: row.el.tagEnd, text, col: -1 });
  }
  // the row's spans hint ("1:5") takes in the new columns
  const tag = xml.slice(row.el.start, row.el.tagEnd);
  const spans = attrs(tag).spans;
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  const maxCol = Math.max(...cells.map((c) => c.col)) + 1;
  const rowTagEdit =
    m && Number(m[2]) < maxCol ? withAttr(tag, "spans", `${m[1]}:${maxCol}`) : null;
  // from the right; cells inserted at one place go in from the last column, so they end up in column order
  edits.sort((a, b) => b.start - a.start || b.col - a.col);
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (rowTagEdit && !row.el.selfClosing)
    out = out.slice(0, row.el.start) + rowTagEdit + out.slice(row.el.tagEnd);
  return out;
}

/**
 * The new columns' data cells, each with the bordered twin of its neighbour's format (`styleOf` maps the
 * neighbour's format index to it), in one pass over the rows: only in rows that exist, beside a neighbour
 * whose format has a border, and never over a cell already there (its format is the user's).
 */
function withDataCells(
  xml: string,
  sheetData: Element,
  body: StatusColumnSpec["body"],
  cols: readonly number[],
  styleOf: (neighbourStyle: number) => number | undefined
): string {
  const edits: { at: number; end: number; text: string }[] = [];
  const maxCol = Math.max(...cols) + 1;
  for (const row of rowsOf(xml, sheetData)) {
    const r = row.number - 1;
    if (r < body.first || r > body.last || row.el.selfClosing) continue;
    const cells = cellsOf(xml, row.el);
    const beside = cells.find((c) => c.col === body.borderFrom);
    if (!beside) continue;
    const from = Number(attrs(xml.slice(beside.el.start, beside.el.tagEnd)).s ?? "0");
    const style = styleOf(from);
    if (style === undefined) continue;
    const p = prefixOf(row.el);
    // each new cell after the cells left of it, in column order; never over a cell already there
    for (const col of cols) {
      if (cells.some((c) => c.col === col)) continue;
      const before = cells.filter((c) => c.col < col).pop()!;
      edits.push({
        at: before.el.end,
        end: before.el.end,
        text: cellXml(p, `${columnLetter(col)}${row.number}`, String(style), ""),
      });
    }
    // the row's spans hint ("1:5") takes in the new columns
    const tag = xml.slice(row.el.start, row.el.tagEnd);
    const m = attrs(tag).spans ? /^(\d+):(\d+)$/.exec(attrs(tag).spans) : null;
    if (m && Number(m[2]) < maxCol)
      edits.push({
        at: row.el.start,
        end: row.el.tagEnd,
        text: withAttr(tag, "spans", `${m[1]}:${maxCol}`),
      });
  }
  if (edits.length === 0) return xml;
  edits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const e of edits) {
    parts.push(xml.slice(from, e.at), e.text);
    from = e.end;
  }
  parts.push(xml.slice(from));
  return parts.join("");
}

/** The worksheet's text with a child element added where the schema puts it, or appended to the one there. */
function withChild(
  xml: string,
  name: "mergeCells" | "dataValidations",
  item: string,
  wrap: (count: number, inner: string) => string,
  added: number
): string {
  const root = rootOf(xml);
  const kids = childrenOf(xml, root, ["sheetData"]);
  const el = kids.find((k) => k.name === name);
  if (!el)
    return spliceAt(xml, insertionPoint(xml, root, kids, name, WORKSHEET_ORDER), wrap(added, item));
  const tag = xml.slice(el.start, el.tagEnd);
  const count = Number(attrs(tag).count);
  const next = appendInside(xml, el, item);
  if (!Number.isFinite(count) || attrs(tag).count === undefined) return next;
  return (
    next.slice(0, el.start) + withAttr(tag, "count", String(count + added)) + next.slice(el.tagEnd)
  );
}

/** The width of the table's last column given to the new columns, where no column width covers them yet. */
function withWidths(xml: string, from: number, to: number[]): string {
  const root = rootOf(xml);
  const kids = childrenOf(xml, root, ["sheetData"]);
  const cols = kids.find((k) => k.name === "cols");
  if (!cols || cols.selfClosing) return xml;
  const defs = childrenOf(xml, cols).map((el) => ({
    el,
    a: attrs(xml.slice(el.start, el.tagEnd)),
  }));
  const covering = (c: number) =>
    defs.find((d) => Number(d.a.min) <= c + 1 && c + 1 <= Number(d.a.max));
  const source = covering(from);
  if (!source?.a.width) return xml;
  const p = prefixOf(cols);
  const items = to
    .filter((c) => !covering(c))
    .map(
      (c) =>
        `<${p}col min="${c + 1}" max="${c + 1}" width="${esc(source.a.width)}" customWidth="1"/>`
    );
  if (!items.length) return xml;
  // col elements are kept in order of their columns: the new ones go after those left of them
  const before = defs.filter((d) => Number(d.a.max) < to[0] + 1).pop();
  const at = before ? before.el.end : cols.tagEnd;
  return spliceAt(xml, at, items.join(""));
}

/** The dimension's reference ("A1:E77") widened to the new columns. */
function withDimension(xml: string, lastCol: number): string {
  const root = rootOf(xml);
  const dim = childrenOf(xml, root, ["sheetData"]).find((k) => k.name === "dimension");
  if (!dim) return xml;
  const tag = xml.slice(dim.start, dim.tagEnd);
  const m = /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(attrs(tag).ref ?? "");
  if (!m || columnIndex(m[2]) >= lastCol) return xml;
  const ref = `${m[1]}:${columnLetter(lastCol)}${m[3]}`;
  return xml.slice(0, dim.start) + withAttr(tag, "ref", ref) + xml.slice(dim.tagEnd);
}

export type AddStatusOutcome = { ok: true } | { ok: false; cell: string; sheet: string };

/** The plan sheet's text with the status column added, or the cell that refuses it. */
function withStatusColumn(
  original: string,
  spec: StatusColumnSpec
): { ok: true; xml: string } | { ok: false; cell: string } {
  let xml = original;
  const byRow = new Map<number, StatusColumnSpec["cells"]>();
  for (const c of spec.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const [row, cells] of byRow) {
    const root = rootOf(xml);
    const sheetData = childrenOf(xml, root, ["sheetData"]).find((k) => k.name === "sheetData");
    if (!sheetData) throw new Error("a worksheet without sheetData");
    const next = withRowCells(
      xml,
      // the sheetData element with its end found, so its rows can be listed
      { ...sheetData },
      row + 1,
      cells.map((c) => ({
        col: c.col,
        ref: c.address,
        value: c.value,
        styleFrom: parseAddress(c.styleFrom)!.col,
      }))
    );
    if (next === null) return { ok: false, cell: cells[0].address };
    xml = next;
  }
  for (const ref of spec.merges)
    xml = withChild(
      xml,
      "mergeCells",
      `<${prefixOf(rootOf(xml))}mergeCell ref="${ref}"/>`,
      (n, inner) =>
        `<${prefixOf(rootOf(xml))}mergeCells count="${n}">${inner}</${prefixOf(rootOf(xml))}mergeCells>`,
      1
    );
  const p = prefixOf(rootOf(xml));
  xml = withChild(
    xml,
    "dataValidations",
    `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${spec.validation.range}"><${p}formula1>${esc(validationFormula(spec.validation.list))}</${p}formula1></${p}dataValidation>`,
    (n, inner) => `<${p}dataValidations count="${n}">${inner}</${p}dataValidations>`,
    1
  );
  const cols = spec.columns.map((c) => c.col);
  // the table's last column, whose widths the new columns take (a sheet with no header cell has no cells)
  const styleCol = spec.body.borderFrom;
  xml = withWidths(xml, styleCol, cols);
  xml = withDimension(xml, Math.max(...cols));
  return { ok: true, xml };
}

/** Excel.Range, its format and Excel.RangeAreas (the merged areas of a range). */
import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid";
import { ClientObject } from "./clientObject";
import { ConditionalFormatCollectionDouble } from "./conditionalFormats";
import { MERGED_AREAS_LIMIT, type ExcelDouble, type Rect } from "./double";
import { DoubleError } from "./errors";
import { overlaps, quoteSheet } from "./values";
import type { Path } from "./wire";

/** Excel's answer to a single value for a whole range's values or number formats: it fills every cell. */
function grid<T>(v: T | T[][], rows: number, cols: number): T[][] {
  if (Array.isArray(v)) return v;
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

export class RangeDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    readonly ws: () => ExcelJS.Worksheet,
    readonly area: () => Rect | null,
    private readonly orNull = false
  ) {
    super(d, path);
    strict(this);
  }
  protected alwaysLoaded(): string[] {
    return this.orNull ? ["isNullObject"] : [];
  }
  rectNow(): Rect {
    const r = this.area();
    if (!r) throw new DoubleError("ItemNotFound", "the range is a null object");
    return r;
  }
  protected snapshot() {
    const r = this.area();
    if (!r)
      return {
        isNullObject: true,
        address: null,
        rowCount: 0,
        columnCount: 0,
        values: [],
        numberFormat: [],
        columnHidden: null,
        rowHidden: null,
      };
    const ws = this.ws();
    const cells = <T>(f: (i: number, j: number) => T): T[][] => {
      const out: T[][] = [];
      for (let i = r.top; i <= r.bottom; i++) {
        const row: T[] = [];
        for (let j = r.left; j <= r.right; j++) row.push(f(i, j));
        out.push(row);
      }
      return out;
    };
    const self = this;
    // each property worked out only when loaded: a whole sheet's hidden columns without its 17 billion cells
    return {
      isNullObject: false,
      get address() {
        return self.fullAddress();
      },
      rowCount: r.bottom - r.top + 1,
      columnCount: r.right - r.left + 1,
      get values() {
        return cells((i, j) => self.d.cellValue(ws, i, j));
      },
      get numberFormat() {
        return cells((i, j) => ws.getCell(i + 1, j + 1).numFmt || "General");
      },
      get columnHidden() {
        return uniform(across(columnsOf(ws, r), (j) => !!ws.getColumn(j + 1).hidden, false));
      },
      get rowHidden() {
        return uniform(across(rowsOf(ws, r), (i) => !!ws.getRow(i + 1).hidden, false));
      },
    };
  }
  fullAddress(): string {
    const r = this.rectNow();
    const a = cellAddress(r.top, r.left);
    const b = cellAddress(r.bottom, r.right);
    return `${quoteSheet(this.ws().name)}!${a === b ? a : `${a}:${b}`}`;
  }
  a1(): string {
    const r = this.rectNow();
    return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, () => {
      this.d.guardSheet(this.ws());
      const r = this.rectNow();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      const all = grid(v as unknown, rows, cols) as unknown[][];
      if (all.length !== rows || all.some((row) => row.length !== cols))
        throw new DoubleError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${all.length} rows for ${rows}×${cols}).`
        );
      const ws = this.ws();
      all.forEach((row, i) =>
        row.forEach((x, j) => this.d.writeValue(ws, r.top + i, r.left + j, x))
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.set("numberFormat", v, () => {
      this.d.guardSheet(this.ws());
      const r = this.rectNow();
      const ws = this.ws();
      grid(v as unknown as string, r.bottom - r.top + 1, r.right - r.left + 1).forEach((row, i) =>
        row.forEach((f, j) => {
          const cell = ws.getCell(r.top + i + 1, r.left + j + 1);
          cell.numFmt = f === "General" ? (undefined as unknown as string) : f;
        })
      );
    });
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.set("hyperlink", h, () => {
      this.d.guardSheet(this.ws());
      const r = this.rectNow();
      this.d
        .metaOf(this.ws())
        .hyperlinks.set(cellAddress(r.top, r.left), h.documentReference ?? h.address ?? "");
    });
  }
  /** Range.columnHidden (ExcelApi 1.2): every column of the range hidden or shown; null where they differ. */
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(h: boolean) {
    this.set("columnHidden", h, () => {
      this.d.guardSheet(this.ws());
      const ws = this.ws();
      for (const j of columnsOf(ws, this.rectNow()).columns) ws.getColumn(j + 1).hidden = h;
    });
  }
  /** Range.rowHidden (ExcelApi 1.2): every row of the range hidden or shown; null where they differ. */
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set rowHidden(h: boolean) {
    this.set("rowHidden", h, () => {
      this.d.guardSheet(this.ws());
      const ws = this.ws();
      for (const i of rowsOf(ws, this.rectNow()).rows) ws.getRow(i + 1).hidden = h;
    });
  }
  /** Range.clear: "All" (the default) takes values, formats (merges and conditional formats among them) and links. */
  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], () => {
      this.d.guardSheet(this.ws());
      const r = this.rectNow();
      const ws = this.ws();
      const m = this.d.metaOf(ws);
      const all = applyTo === "All";
      if (all || applyTo === "Formats") {
        for (const g of this.d.merges(ws))
          if (overlaps(g, r)) ws.unMergeCells(g.top + 1, g.left + 1, g.bottom + 1, g.right + 1);
        m.cfs = m.cfs.filter((cf) => !overlaps(rectOf(cf.range), r));
      }
      if (all || applyTo === "Hyperlinks") m.hyperlinks.clear();
      const bottom = Math.min(r.bottom, ws.rowCount - 1);
      const right = Math.min(r.right, ws.columnCount - 1);
      for (let i = r.top; i <= bottom; i++)
        for (let j = r.left; j <= right; j++) {
          const cell = ws.getCell(i + 1, j + 1);
          if (all || applyTo === "Contents") cell.value = null;
          if (all || applyTo === "Formats") cell.style = {};
        }
    });
  }
  private formatProxy: RangeFormatDouble | null = null;
  private cfProxy: ConditionalFormatCollectionDouble | null = null;
  get format(): RangeFormatDouble {
    return (this.formatProxy ??= new RangeFormatDouble(this.d, this.nav("format"), this));
  }
  /** Applies a style change to every cell of the range (used by the format proxies). */
  styleEach(change: (cell: ExcelJS.Cell) => void): void {
    this.d.guardSheet(this.ws());
    const r = this.rectNow();
    const ws = this.ws();
    const bottom = Math.min(r.bottom, Math.max(r.top, ws.rowCount));
    for (let i = r.top; i <= bottom; i++)
      for (let j = r.left; j <= r.right; j++) change(ws.getCell(i + 1, j + 1));
  }
  merge(across = false): void {
    this.call("merge", [across], () => {
      this.d.guardSheet(this.ws());
      const r = this.rectNow();
      this.ws().mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    });
  }
  select(): void {
    this.call("select", [], () => {
      const ws = this.ws();
      this.d.activeSheet = ws.name;
      this.d.selection = `${ws.name}!${this.a1().replace(/^(\w+):\1$/, "$1")}`;
    });
  }
  // --- Range.copyFrom (ExcelApi 1.9) and Range.dataValidation (1.8), for adding a status column ---
  /** Copies the formats of `source` (tiled over this range, as Excel does); values and formulas only in Excel. */
  copyFrom(source: RangeDouble, copyType: string = "All"): void {
    this.call("copyFrom", ["{range}", copyType], () => {
      this.d.guardSheet(this.ws());
      if (copyType !== "Formats")
        throw new DoubleError("InvalidArgument", "the double copies formats only");
      const from = source.rectNow();
      const to = this.rectNow();
      const h = from.bottom - from.top + 1;
      const w = from.right - from.left + 1;
      const src = source.ws();
      const ws = this.ws();
      for (let i = to.top; i <= to.bottom; i++)
        for (let j = to.left; j <= to.right; j++)
          ws.getCell(i + 1, j + 1).style = structuredClone(
            src.getCell(from.top + ((i - to.top) % h) + 1, from.left + ((j - to.left) % w) + 1)
              .style
          );
    });
  }
  private dvProxy: { rule: unknown } | null = null;
  get dataValidation(): { rule: unknown } {
    const range = this;
    const path = this.nav("dataValidation");
    return (this.dvProxy ??= {
      set rule(rule: unknown) {
        range.d.request.action(4, "rule", path, [rule]);
        range.d.enqueue(() => {
          range.d.guardSheet(range.ws());
          range.d.metaOf(range.ws()).validations.push({ range: range.a1(), rule });
        });
      },
      get rule(): unknown {
        throw new DoubleError("PropertyNotLoaded", "the double does not load dataValidation.rule");
      },
    });
  }
  // --- end of copyFrom and dataValidation ---
  /** ExcelApi 1.13; fails the whole request when the range holds more than 512 merged areas. */
  getMergedAreasOrNullObject(): RangeAreasDouble {
    return new RangeAreasDouble(this.d, this.method("getMergedAreasOrNullObject", []), this);
  }
  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return (this.cfProxy ??= new ConditionalFormatCollectionDouble(
      this.d,
      this.nav("conditionalFormats"),
      this
    ));
  }
}

/**
 * A proxy that refuses properties it does not model: setting one (format.rowHeight before the double knew
 * it) throws instead of being kept as a plain field that nothing reads. Called last in a constructor.
 */
function strict<T extends object>(o: T): T {
  return Object.preventExtensions(o);
}

/** The one value all share, or null where they differ (Excel's answer for a range of mixed rows or columns). */
function uniform<T>(xs: T[]): T | null {
  return xs.length && xs.every((x) => x === xs[0]) ? xs[0] : null;
}

/**
 * The rows of a range that the backing workbook holds, and whether the range goes on past them: the rows
 * below the last one ExcelJS knows are all alike (the sheet's default), so a whole sheet costs its used rows.
 */
export function rowsOf(ws: ExcelJS.Worksheet, r: Rect): { rows: number[]; beyond: boolean } {
  const last = Math.min(r.bottom, ws.rowCount - 1);
  const rows = Array.from({ length: Math.max(0, last - r.top + 1) }, (_, k) => r.top + k);
  return { rows, beyond: r.bottom > last };
}

/** The columns of a range that hold cells or a column setting, and whether the range goes on past them. */
export function columnsOf(ws: ExcelJS.Worksheet, r: Rect): { columns: number[]; beyond: boolean } {
  const known = Math.max(
    ws.columnCount,
    (ws as unknown as { _columns?: unknown[] | null })._columns?.length ?? 0
  );
  const last = Math.min(r.right, known - 1);
  const columns = Array.from({ length: Math.max(0, last - r.left + 1) }, (_, k) => r.left + k);
  return { columns, beyond: r.right > last };
}

/** A value of each row (or column) of a range, the default standing for those past the workbook's. */
function across<T>(
  span: { rows?: number[]; columns?: number[]; beyond: boolean },
  of: (i: number) => T,
  otherwise: T
): T[] {
  const own = (span.rows ?? span.columns ?? []).map(of);
  return span.beyond ? [...own, otherwise] : own;
}

function rectOf(a1: string): Rect {
  const [x, y] = a1.split(":");
  const toRc = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = toRc(x);
  const b = toRc(y ?? x);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Range.format, format.fill and format.font: each a proxy of its own on the wire. */
export class RangeFormatDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly range: RangeDouble
  ) {
    super(d, path);
    strict(this);
  }
  /** Row heights and column widths in points, as Excel gives them: null where the rows or columns differ. */
  protected snapshot() {
    const range = this.range;
    const r = range.rectNow();
    const ws = range.ws();
    return {
      get rowHeight() {
        return uniform(across(rowsOf(ws, r), (i) => heightOf(ws, i), heightOf(ws, null)));
      },
      get columnWidth() {
        return uniform(across(columnsOf(ws, r), (j) => widthOf(ws, j), widthOf(ws, null)));
      },
      get useStandardHeight() {
        return uniform(across(rowsOf(ws, r), (i) => ws.getRow(i + 1).height === undefined, true));
      },
      get useStandardWidth() {
        return uniform(
          across(columnsOf(ws, r), (j) => ws.getColumn(j + 1).width === undefined, true)
        );
      },
    };
  }
  get rowHeight(): number | null {
    return this.get("rowHeight");
  }
  /** RangeFormat.rowHeight (ExcelApi 1.2): Excel takes 0 to 409 points and refuses the rest. */
  set rowHeight(points: number) {
    this.d.request.action(4, "rowHeight", this.path, [points]);
    this.d.enqueue(() => {
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT))
        throw new DoubleError("InvalidArgument", `A row height is 0 to 409 points (${points}).`);
      this.d.guardSheet(this.range.ws());
      const ws = this.range.ws();
      const span = rowsOf(ws, this.range.rectNow());
      for (const i of span.rows) ws.getRow(i + 1).height = points;
      // the rows past the workbook's take it too: the sheet's default height, where the range reaches them
      if (span.beyond) ws.properties.defaultRowHeight = points;
    });
  }
  get columnWidth(): number | null {
    return this.get("columnWidth");
  }
  get useStandardHeight(): boolean | null {
    return this.get("useStandardHeight");
  }
  /** RangeFormat.useStandardHeight (ExcelApi 1.7): true gives the rows the sheet's standard height; false does nothing. */
  set useStandardHeight(v: boolean) {
    this.d.request.action(4, "useStandardHeight", this.path, [v]);
    this.d.enqueue(() => {
      this.d.guardSheet(this.range.ws());
      if (v !== true) return;
      const ws = this.range.ws();
      for (const i of rowsOf(ws, this.range.rectNow()).rows) ws.getRow(i + 1).height = undefined!;
    });
  }
  get useStandardWidth(): boolean | null {
    return this.get("useStandardWidth");
  }
  /** RangeFormat.useStandardWidth (ExcelApi 1.7): true gives the columns the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this.d.request.action(4, "useStandardWidth", this.path, [v]);
    this.d.enqueue(() => {
      this.d.guardSheet(this.range.ws());
      if (v !== true) return;
      const ws = this.range.ws();
      for (const j of columnsOf(ws, this.range.rectNow()).columns)
        ws.getColumn(j + 1).width = undefined!;
    });
  }
  get fill() {
    const path = this.nav("fill");
    const self = this;
    return strict({
      set color(c: string) {
        self.setOn(path, "color", c, (cell) => {
          cell.fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${c.replace("#", "")}` },
          };
        });
      },
    });
  }
  get font() {
    const path = this.nav("font");
    const self = this;
    const font = (name: string, value: unknown, patch: Partial<ExcelJS.Font>) =>
      self.setOn(path, name, value, (cell) => (cell.font = { ...(cell.font ?? {}), ...patch }));
    return strict({
      set bold(b: boolean) {
        font("bold", b, { bold: b });
      },
      set italic(b: boolean) {
        font("italic", b, { italic: b });
      },
      set size(n: number) {
        font("size", n, { size: n });
      },
      set color(c: string) {
        font("color", c, { color: { argb: `FF${c.replace("#", "")}` } });
      },
    });
  }
  /** RangeFormat.verticalAlignment (ExcelApi 1.1): Excel's five, and nothing else. */
  set verticalAlignment(v: string) {
    this.setOn(this.path, "verticalAlignment", v, (cell) => {
      const vertical = VERTICAL[v];
      if (!vertical) throw new DoubleError("InvalidArgument", `No vertical alignment ${v}.`);
      cell.alignment = { ...(cell.alignment ?? {}), vertical };
    });
  }
  set wrapText(w: boolean) {
    this.setOn(this.path, "wrapText", w, (cell) => {
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: w };
    });
  }
  set columnWidth(points: number) {
    this.d.request.action(4, "columnWidth", this.path, [points]);
    this.d.enqueue(() => {
      this.d.guardSheet(this.range.ws());
      const ws = this.range.ws();
      const span = columnsOf(ws, this.range.rectNow());
      for (const j of span.columns) ws.getColumn(j + 1).width = points / POINTS_PER_CHAR;
      if (span.beyond) ws.properties.defaultColWidth = points / POINTS_PER_CHAR;
    });
  }
  private setOn(path: Path, name: string, value: unknown, change: (cell: ExcelJS.Cell) => void) {
    this.d.request.action(4, name, path, [value]);
    this.d.enqueue(() => this.range.styleEach(change));
  }
}

/** Excel's vertical alignments and ExcelJS's names for them. */
const VERTICAL: Record<string, "top" | "middle" | "bottom" | "justify" | "distributed"> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

/** Excel's tallest row. */
export const MAX_ROW_HEIGHT = 409;
/** The double's width of a character of the standard font, in points; the standard column, 8.43 of them. */
const POINTS_PER_CHAR = 6.5;
const STANDARD_WIDTH_CHARS = 8.43;

/** A row's height in points (null: a row past the workbook's): its own, else the sheet's default. */
function heightOf(ws: ExcelJS.Worksheet, i: number | null): number {
  return (i === null ? undefined : ws.getRow(i + 1).height) ?? ws.properties.defaultRowHeight ?? 15;
}

/** A column's width in points (null: a column past the workbook's): its own, else the sheet's default. */
function widthOf(ws: ExcelJS.Worksheet, j: number | null): number {
  const chars =
    (j === null ? undefined : ws.getColumn(j + 1).width) ??
    ws.properties.defaultColWidth ??
    STANDARD_WIDTH_CHARS;
  return Math.round(chars * POINTS_PER_CHAR * 100) / 100;
}

export class RangeAreasDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly range: RangeDouble
  ) {
    super(d, path);
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
  protected snapshot() {
    const r = this.range.area();
    if (!r) return { isNullObject: true, address: null, areaCount: 0 };
    const ws = this.range.ws();
    const hits = this.d.merges(ws).filter((m) => overlaps(m, r));
    if (hits.length > MERGED_AREAS_LIMIT)
      throw new DoubleError(
        "InvalidOperation",
        `The range holds ${hits.length} merged areas; getMergedAreasOrNullObject allows ${MERGED_AREAS_LIMIT}.`
      );
    if (!hits.length) return { isNullObject: true, address: null, areaCount: 0 };
    return {
      isNullObject: false,
      areaCount: hits.length,
      address: hits
        .map(
          (m) =>
            `${quoteSheet(ws.name)}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
        )
        .join(","),
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

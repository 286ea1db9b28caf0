/**
 * A double of the Excel JavaScript API, backed by a real workbook (ExcelJS), that behaves like Excel where the
 * adapter depends on it:
 * - proxies: reading a property before load() and sync() throws PropertyNotLoaded;
 * - a queue: writes and loads are recorded and applied in order at sync(), and a failing operation fails the
 *   batch from there on (what came before it stays applied, as in Excel);
 * - counts: sync() round trips, and the bytes of each request (the operations sent) and response (the values
 *   loaded), to check them against Excel on the web's 5 MB limit;
 * - records: merged areas, conditional formats, tables, PivotTables, charts, comments, settings, hidden sheets;
 * - Excel's value semantics: a string starting with = is stored as a formula unless the cell's format is text.
 * Only the part of the API the add-in uses is here; calling anything else fails loudly.
 */
import ExcelJS from "exceljs";
import { cellAddress, columnLetter, parseAddress } from "../core/grid";

export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

type Op = { bytes: number; run: () => number | void };

export interface CfRecord {
  type: string;
  formula: string;
  fill: string | null;
  range: string;
}
export interface TableRecord {
  name: string;
  range: string;
}
export interface PivotRecord {
  name: string;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: { field: string; summarizeBy: string | null }[];
}
export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: [string, string] | null;
}
export interface CommentRecord {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

interface SheetMeta {
  id: string;
  visibility: string;
  protected: boolean;
  cfs: CfRecord[];
  tables: TableRecord[];
  pivots: PivotRecord[];
  charts: ChartRecord[];
  freezeRows: number;
  hyperlinks: Map<string, string>;
  /** Data validations set through Range.dataValidation.rule: the range and the rule (issue 13). */
  validations: { range: string; rule: unknown }[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Requests and responses travel as UTF-8 JSON: Cyrillic text takes two bytes a letter. */
const encoder = new TextEncoder();
function utf8(s: string): number {
  return encoder.encode(s).length;
}

function rect(address: string) {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "");
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(clean);
  if (whole) {
    const a = parseAddress(`${whole[1]}1`)!;
    const b = parseAddress(`${whole[2]}1`)!;
    return { top: 0, left: a.col, bottom: 1048575, right: b.col };
  }
  const [x, y] = clean.split(":");
  const a = parseAddress(x);
  const b = y ? parseAddress(y) : a;
  if (!a || !b) throw new DoubleError("InvalidArgument", `bad address ${address}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class ExcelDouble {
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  settings = new Map<string, unknown>();
  comments: CommentRecord[] = [];
  activeSheet: string | null = null;
  /** The user is typing in a cell: a batch not run with delayForCellEdit fails. */
  cellEditMode = false;
  runOptions: unknown[] = [];
  private ops: Op[] = [];
  private meta = new Map<ExcelJS.Worksheet, SheetMeta>();
  private nextId = 1;

  constructor(readonly wb: ExcelJS.Workbook) {
    for (const ws of wb.worksheets) this.metaOf(ws);
  }

  static async fromFile(file: string): Promise<ExcelDouble> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return new ExcelDouble(wb);
  }

  /** From the bytes of an .xlsx (the preview's file picker and its sample). */
  static async fromBuffer(data: ArrayBuffer): Promise<ExcelDouble> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data);
    return new ExcelDouble(wb);
  }

  /** Called after every sync, so a view of the workbook can follow the add-in's changes. */
  listeners: (() => void)[] = [];
  /** The range the user (or the add-in) selected last, "Sheet!A1". */
  selection: string | null = null;

  metaOf(ws: ExcelJS.Worksheet): SheetMeta {
    let m = this.meta.get(ws);
    if (!m) {
      m = {
        id: `{sheet-${this.nextId++}}`,
        visibility: ws.state === "hidden" ? "Hidden" : "Visible",
        protected: false,
        cfs: [],
        tables: [],
        pivots: [],
        charts: [],
        freezeRows: 0,
        hyperlinks: new Map(),
        validations: [],
      };
      this.meta.set(ws, m);
    }
    return m;
  }

  sheet(nameOrId: string): ExcelJS.Worksheet | undefined {
    return this.wb.worksheets.find((ws) => ws.name === nameOrId || this.metaOf(ws).id === nameOrId);
  }

  protect(name: string): void {
    this.metaOf(this.sheet(name)!).protected = true;
  }

  context(): RequestContextDouble {
    return new RequestContextDouble(this);
  }

  /** Excel.run: a fresh context per batch; options are recorded. */
  async run<T>(
    optionsOrBatch: unknown,
    maybeBatch?: (ctx: RequestContextDouble) => Promise<T>
  ): Promise<T> {
    const batch = (maybeBatch ?? optionsOrBatch) as (ctx: RequestContextDouble) => Promise<T>;
    const options = maybeBatch ? optionsOrBatch : undefined;
    this.runOptions.push(options);
    if (
      this.cellEditMode &&
      !(options as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit
    ) {
      throw new DoubleError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
    }
    return batch(this.context());
  }

  enqueue(op: Op): void {
    this.ops.push(op);
  }

  /** Excel on the web's limit on a request and on a response. */
  payloadLimit = 5 * 1024 * 1024;

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    this.requestBytes.push(request);
    if (request > this.payloadLimit) {
      this.responseBytes.push(0);
      throw new DoubleError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes`);
    }
    let response = 0;
    for (const op of ops) {
      const r = op.run();
      if (typeof r === "number") response += r;
    }
    this.responseBytes.push(response);
    for (const l of this.listeners) l();
    // the host did the work but cannot send the answer back: nothing loaded reaches the add-in
    if (response > this.payloadLimit)
      throw new DoubleError(
        "ResponsePayloadSizeLimitExceeded",
        `the response is ${response} bytes`
      );
  }

  resetCounts(): void {
    this.syncs = 0;
    this.requestBytes = [];
    this.responseBytes = [];
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes, ...this.responseBytes);
  }

  // ---- the backing workbook, in Excel's terms ----

  cellValue(ws: ExcelJS.Worksheet, r: number, c: number): string | number | boolean {
    const cell = ws.getCell(r + 1, c + 1);
    if (cell.isMerged && cell.master !== cell) return "";
    const v = cell.value as unknown;
    if (v === null || v === undefined) return "";
    if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
    if (typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.richText))
        return (o.richText as { text: string }[]).map((x) => x.text).join("");
      if ("formula" in o || "sharedFormula" in o)
        return (o.result as string | number | boolean) ?? 0;
      if ("text" in o) return String(o.text);
      return String(v);
    }
    return v as string | number | boolean;
  }

  writeValue(ws: ExcelJS.Worksheet, r: number, c: number, v: unknown): void {
    const cell = ws.getCell(r + 1, c + 1);
    if (v === "" || v === null || v === undefined) {
      cell.value = null;
      return;
    }
    if (
      typeof v === "string" &&
      cell.numFmt !== "@" &&
      (/^=/.test(v) || (/^[+\-@]/.test(v) && Number.isNaN(Number(v))))
    ) {
      // what Excel does with such text: it becomes a formula
      cell.value = { formula: v.replace(/^[=+@]/, "") } as ExcelJS.CellFormulaValue;
      return;
    }
    cell.value = v as ExcelJS.CellValue;
  }

  usedArea(
    ws: ExcelJS.Worksheet
  ): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.value === null || cell.value === undefined || cell.value === "") return;
        top = Math.min(top, rn - 1);
        bottom = Math.max(bottom, rn - 1);
        left = Math.min(left, cn - 1);
        right = Math.max(right, cn - 1);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  merges(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
    const model =
      (
        ws as unknown as {
          _merges: Record<
            string,
            { model: { top: number; left: number; bottom: number; right: number } }
          >;
        }
      )._merges ?? {};
    return Object.values(model).map((m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }));
  }

  /** Saves the workbook as Excel would show it: conditional formats, comments as notes, hidden sheets. */
  async save(file: string): Promise<void> {
    for (const ws of this.wb.worksheets) {
      const m = this.metaOf(ws);
      ws.state = m.visibility === "Hidden" ? "hidden" : "visible";
      const cfs = m.cfs.map((cf) => ({
        ref: cf.range,
        rules: [
          {
            type: "expression" as const,
            priority: 1,
            formulae: [cf.formula.replace(/^=/, "")],
            style: {
              fill: {
                type: "pattern" as const,
                pattern: "solid" as const,
                bgColor: { argb: `FF${(cf.fill ?? "#FFFFFF").slice(1)}` },
              },
            },
          },
        ],
      }));
      (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
      for (const cf of cfs) ws.addConditionalFormatting(cf);
    }
    for (const c of this.comments) this.sheet(c.sheet)!.getCell(c.cell).note = c.content;
    await this.wb.xlsx.writeFile(file);
  }
}

const NOT_LOADED = (cls: string, prop: string) =>
  new DoubleError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${cls} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

/** The base of every proxy: loaded values, and the rule that unloaded ones cannot be read. */
abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly d: ExcelDouble) {}
  protected abstract snapshot(): Record<string, unknown>;
  protected get cls(): string {
    return this.constructor.name.replace(/Double$/, "");
  }
  /** Properties that come with every load (isNullObject on the *OrNullObject proxies). */
  protected alwaysLoaded(): string[] {
    return [];
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const names = new Set<string>();
    const list =
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    for (const p of list) names.add(p.trim().split("/")[0]);
    if (names.size) for (const p of this.alwaysLoaded()) names.add(p);
    this.d.enqueue({
      bytes: 40 + utf8(JSON.stringify(list)),
      run: () => {
        const snap = this.snapshot();
        const keys = names.size ? [...names] : Object.keys(snap);
        let bytes = 0;
        for (const k of keys) {
          if (!(k in snap))
            throw new DoubleError(
              "PropertyNotFound",
              `${this.cls} has no property ${k} in the double`
            );
          this.loaded.set(k, snap[k]);
          bytes += k === "items" ? 0 : utf8(JSON.stringify(snap[k] ?? null)) + k.length + 4;
        }
        return bytes;
      },
    });
    return this;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw NOT_LOADED(this.cls, prop);
    return this.loaded.get(prop) as T;
  }
  protected queue(bytes: unknown, run: () => void): void {
    this.d.enqueue({ bytes: 40 + utf8(JSON.stringify(bytes ?? null)), run });
  }
}

export class RequestContextDouble {
  readonly workbook: WorkbookDouble;
  constructor(readonly d: ExcelDouble) {
    this.workbook = new WorkbookDouble(d);
  }
  sync(): Promise<void> {
    return this.d.sync();
  }
}

class WorkbookDouble extends ClientObject {
  readonly worksheets = new WorksheetCollectionDouble(this.d);
  readonly settings = new SettingCollectionDouble(this.d);
  readonly comments = new CommentCollectionDouble(this.d);
  protected snapshot() {
    return {};
  }
}

class WorksheetCollectionDouble extends ClientObject {
  protected snapshot() {
    return { items: this.d.wb.worksheets.map((ws) => new WorksheetDouble(this.d, () => ws, true)) };
  }
  get items(): WorksheetDouble[] {
    return this.get("items");
  }
  getItem(nameOrId: string): WorksheetDouble {
    return new WorksheetDouble(this.d, () => {
      const ws = this.d.sheet(nameOrId);
      if (!ws) throw new DoubleError("ItemNotFound", `no worksheet ${nameOrId}`);
      return ws;
    });
  }
  add(name: string): WorksheetDouble {
    let created: ExcelJS.Worksheet | null = null;
    this.queue({ add: name }, () => {
      if (this.d.wb.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase()))
        throw new DoubleError("ItemAlreadyExists", `a sheet named ${name} exists`);
      created = this.d.wb.addWorksheet(name);
      this.d.metaOf(created);
    });
    return new WorksheetDouble(this.d, () => {
      if (!created) throw new DoubleError("ItemNotFound", "the sheet was not created");
      return created;
    });
  }
}

class WorksheetDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    readonly resolve: () => ExcelJS.Worksheet,
    preload = false
  ) {
    super(d);
    if (preload) for (const [k, v] of Object.entries(this.snapshot())) this.loaded.set(k, v);
  }
  protected snapshot() {
    const ws = this.resolve();
    const m = this.d.metaOf(ws);
    return { name: ws.name, id: m.id, visibility: m.visibility };
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.queue({ visibility: v }, () => {
      this.d.metaOf(this.resolve()).visibility = v;
    });
  }
  // navigation properties return the same proxy every time, as in Office.js
  private nav = new Map<string, unknown>();
  private once<T>(key: string, make: () => T): T {
    if (!this.nav.has(key)) this.nav.set(key, make());
    return this.nav.get(key) as T;
  }
  get protection() {
    return this.once("protection", () => new ProtectionDouble(this.d, this.resolve));
  }
  get tables() {
    return this.once("tables", () => new TableCollectionDouble(this.d, this.resolve));
  }
  get charts() {
    return this.once("charts", () => new ChartCollectionDouble(this.d, this.resolve));
  }
  get pivotTables() {
    return this.once("pivotTables", () => new PivotTableCollectionDouble(this.d, this.resolve));
  }
  get freezePanes() {
    return {
      freezeRows: (n: number) =>
        this.queue({ freezeRows: n }, () => {
          this.d.metaOf(this.resolve()).freezeRows = n;
        }),
    };
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.d, this.resolve, () => rect(address ?? "A1:XFD1048576"));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(this.d, this.resolve, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.d, this.resolve, () => this.d.usedArea(this.resolve()), true);
  }
  delete(): void {
    this.queue({ delete: true }, () => {
      const ws = this.resolve();
      this.d.wb.removeWorksheet(ws.id);
    });
  }
  activate(): void {
    this.queue({ activate: true }, () => {
      this.d.activeSheet = this.resolve().name;
    });
  }
}

class ProtectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly ws: () => ExcelJS.Worksheet
  ) {
    super(d);
  }
  protected snapshot() {
    return { protected: this.d.metaOf(this.ws()).protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

type Rect = { top: number; left: number; bottom: number; right: number };

class RangeDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    readonly ws: () => ExcelJS.Worksheet,
    readonly area: () => Rect | null,
    private readonly orNull = false
  ) {
    super(d);
  }
  protected alwaysLoaded(): string[] {
    return this.orNull ? ["isNullObject"] : [];
  }
  private rect(): Rect {
    const r = this.area();
    if (!r) throw new DoubleError("ItemNotFound", "the range is a null object");
    return r;
  }
  private guardWrite(): void {
    if (this.d.metaOf(this.ws()).protected)
      throw new DoubleError("AccessDenied", `the sheet ${this.ws().name} is protected`);
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
      };
    const ws = this.ws();
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const vr: (string | number | boolean)[] = [];
      const fr: string[] = [];
      for (let j = r.left; j <= r.right; j++) {
        vr.push(this.d.cellValue(ws, i, j));
        fr.push(ws.getCell(i + 1, j + 1).numFmt || "General");
      }
      values.push(vr);
      formats.push(fr);
    }
    const a = cellAddress(r.top, r.left);
    const b = cellAddress(r.bottom, r.right);
    return {
      isNullObject: false,
      address: `${quoteSheet(ws.name)}!${a === b ? a : `${a}:${b}`}`,
      rowCount: r.bottom - r.top + 1,
      columnCount: r.right - r.left + 1,
      values,
      numberFormat: formats,
    };
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
    this.queue(v, () => {
      this.guardWrite();
      const r = this.rect();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols))
        throw new DoubleError(
          "InvalidArgument",
          `values of ${v.length} rows for a range of ${rows}×${cols}`
        );
      const ws = this.ws();
      v.forEach((row, i) => row.forEach((x, j) => this.d.writeValue(ws, r.top + i, r.left + j, x)));
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queue(v, () => {
      this.guardWrite();
      const r = this.rect();
      const ws = this.ws();
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          const cell = ws.getCell(r.top + i + 1, r.left + j + 1);
          cell.numFmt = f === "General" ? (undefined as unknown as string) : f;
        })
      );
    });
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.queue(h, () => {
      const r = this.rect();
      this.d
        .metaOf(this.ws())
        .hyperlinks.set(cellAddress(r.top, r.left), h.documentReference ?? h.address ?? "");
    });
  }
  private formatProxy: RangeFormatDouble | null = null;
  private cfProxy: ConditionalFormatCollectionDouble | null = null;
  get format() {
    return (this.formatProxy ??= new RangeFormatDouble(this));
  }
  /** Applies a style change to every cell of the range (used by the format proxies). */
  styleEach(change: (cell: ExcelJS.Cell) => void, payload: unknown): void {
    this.queue(payload, () => {
      this.guardWrite();
      const r = this.rect();
      const ws = this.ws();
      const bottom = Math.min(r.bottom, Math.max(r.top, ws.rowCount));
      for (let i = r.top; i <= bottom; i++)
        for (let j = r.left; j <= r.right; j++) change(ws.getCell(i + 1, j + 1));
    });
  }
  setColumnWidth(points: number): void {
    this.queue({ columnWidth: points }, () => {
      const r = this.rect();
      for (let j = r.left; j <= r.right; j++) this.ws().getColumn(j + 1).width = points / 6.5;
    });
  }
  merge(_across = false): void {
    this.queue({ merge: true }, () => {
      this.guardWrite();
      const r = this.rect();
      this.ws().mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    });
  }
  select(): void {
    this.queue({ select: true }, () => {
      const ws = this.ws();
      this.d.activeSheet = ws.name;
      this.d.selection = `${ws.name}!${this.a1().replace(/^(\w+):\1$/, "$1")}`;
    });
  }
  // --- Range.copyFrom (ExcelApi 1.9) and Range.dataValidation (1.8), for adding a status column ---
  /** Copies the formats of `source` (tiled over this range, as Excel does); values and formulas only in Excel. */
  copyFrom(source: RangeDouble, copyType: string = "All"): void {
    this.queue({ copyFrom: source.a1(), copyType }, () => {
      this.guardWrite();
      if (copyType !== "Formats")
        throw new DoubleError("InvalidArgument", "the double copies formats only");
      const from = source.rectNow();
      const to = this.rect();
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
    return (this.dvProxy ??= {
      set rule(rule: unknown) {
        range.queue({ dataValidation: rule }, () => {
          range.guardWrite();
          range.d.metaOf(range.ws()).validations.push({ range: range.a1(), rule });
        });
      },
      get rule(): unknown {
        throw new DoubleError("PropertyNotLoaded", "the double does not load dataValidation.rule");
      },
    });
  }
  // --- end of copyFrom and dataValidation ---
  getMergedAreasOrNullObject(): RangeAreasDouble {
    return new RangeAreasDouble(this.d, this);
  }
  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return (this.cfProxy ??= new ConditionalFormatCollectionDouble(this.d, this));
  }
  a1(): string {
    const r = this.rect();
    return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
  }
  rectNow(): Rect {
    return this.rect();
  }
}

class RangeFormatDouble {
  constructor(private readonly range: RangeDouble) {}
  get fill() {
    const range = this.range;
    return {
      set color(c: string) {
        range.styleEach(
          (cell) =>
            (cell.fill = {
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: `FF${c.replace("#", "")}` },
            }),
          { fill: c }
        );
      },
    };
  }
  get font() {
    const range = this.range;
    const font = (patch: Partial<ExcelJS.Font>) =>
      range.styleEach((cell) => (cell.font = { ...(cell.font ?? {}), ...patch }), patch);
    return {
      set bold(b: boolean) {
        font({ bold: b });
      },
      set italic(b: boolean) {
        font({ italic: b });
      },
      set size(n: number) {
        font({ size: n });
      },
      set color(c: string) {
        font({ color: { argb: `FF${c.replace("#", "")}` } });
      },
    };
  }
  set wrapText(w: boolean) {
    this.range.styleEach((cell) => (cell.alignment = { ...(cell.alignment ?? {}), wrapText: w }), {
      wrapText: w,
    });
  }
  set columnWidth(points: number) {
    this.range.setColumnWidth(points);
  }
}

class RangeAreasDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly range: RangeDouble
  ) {
    super(d);
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
  protected snapshot() {
    const r = this.range.rectNow();
    const ws = this.range.ws();
    const hits = this.d
      .merges(ws)
      .filter(
        (m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left
      );
    if (!hits.length) return { isNullObject: true, address: null };
    return {
      isNullObject: false,
      address: hits
        .map(
          (m) =>
            `${quoteSheet(ws.name)}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
        )
        .join(", "),
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

class ConditionalFormatCollectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly range: RangeDouble
  ) {
    super(d);
  }
  protected snapshot() {
    const r = this.range.rectNow();
    const m = this.d.metaOf(this.range.ws());
    const items = m.cfs
      .filter((cf) => {
        const c = rect(cf.range);
        return c.top <= r.bottom && c.bottom >= r.top && c.left <= r.right && c.right >= r.left;
      })
      .map((cf) => new ConditionalFormatDouble(this.d, this.range.ws, () => cf));
    return { items };
  }
  get items(): ConditionalFormatDouble[] {
    return this.get("items");
  }
  add(type: string): ConditionalFormatDouble {
    let rec: CfRecord | null = null;
    this.queue({ addConditionalFormat: type }, () => {
      rec = { type, formula: "", fill: null, range: this.range.a1() };
      this.d.metaOf(this.range.ws()).cfs.push(rec);
    });
    return new ConditionalFormatDouble(this.d, this.range.ws, () => {
      if (!rec) throw new DoubleError("ItemNotFound", "conditional format not created");
      return rec;
    });
  }
}

class ConditionalFormatDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly ws: () => ExcelJS.Worksheet,
    private readonly rec: () => CfRecord
  ) {
    super(d);
    // loaded with its collection's items
    const r = (() => {
      try {
        return rec();
      } catch {
        return null;
      }
    })();
    if (r) {
      this.loaded.set("type", r.type);
      this.loaded.set("custom", r);
    }
  }
  protected snapshot() {
    const r = this.rec();
    return { type: r.type, custom: r };
  }
  get type(): string {
    return this.get("type");
  }
  get custom() {
    const queue = (payload: unknown, run: () => void) => this.queue(payload, run);
    const rec = this.rec;
    const loaded = this.loaded;
    return {
      rule: {
        get formula(): string {
          if (!loaded.has("custom")) throw NOT_LOADED("ConditionalFormat", "custom/rule/formula");
          return rec().formula;
        },
        set formula(f: string) {
          queue({ formula: f }, () => {
            rec().formula = f;
          });
        },
      },
      format: {
        fill: {
          set color(c: string) {
            queue({ fill: c }, () => {
              rec().fill = c;
            });
          },
        },
      },
    };
  }
  delete(): void {
    this.queue({ delete: true }, () => {
      const m = this.d.metaOf(this.ws());
      m.cfs = m.cfs.filter((x) => x !== this.rec());
    });
  }
}

class TableCollectionDouble {
  constructor(
    private readonly d: ExcelDouble,
    private readonly ws: () => ExcelJS.Worksheet
  ) {}
  add(range: RangeDouble | string, _hasHeaders: boolean) {
    let rec: TableRecord | null = null;
    this.d.enqueue({
      bytes: 60,
      run: () => {
        const r = typeof range === "string" ? rect(range) : range.rectNow();
        rec = {
          name: `Table${this.d.wb.worksheets.length}`,
          range: `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`,
        };
        this.d.metaOf(this.ws()).tables.push(rec);
      },
    });
    const d = this.d;
    const ws = this.ws;
    return {
      set name(n: string) {
        d.enqueue({
          bytes: 40 + n.length,
          run: () => {
            const all = d.wb.worksheets.flatMap((w) => d.metaOf(w).tables);
            if (all.some((t) => t !== rec && t.name === n))
              throw new DoubleError("InvalidArgument", `a table named ${n} exists`);
            rec!.name = n;
          },
        });
      },
      _record: () => rec,
      _sheet: ws,
    };
  }
}

class ChartCollectionDouble {
  constructor(
    private readonly d: ExcelDouble,
    private readonly ws: () => ExcelJS.Worksheet
  ) {}
  add(type: string, source: RangeDouble, seriesBy: string) {
    const rec: ChartRecord = { type, source: "", seriesBy, title: null, position: null };
    this.d.enqueue({
      bytes: 80,
      run: () => {
        rec.source = source.a1();
        this.d.metaOf(this.ws()).charts.push(rec);
      },
    });
    const d = this.d;
    return {
      title: {
        set text(t: string) {
          d.enqueue({ bytes: 40 + t.length, run: () => void (rec.title = t) });
        },
      },
      setPosition(a: string, b: string) {
        d.enqueue({ bytes: 40, run: () => void (rec.position = [a, b]) });
      },
    };
  }
}

class PivotTableCollectionDouble {
  constructor(
    private readonly d: ExcelDouble,
    private readonly ws: () => ExcelJS.Worksheet
  ) {}
  add(name: string, source: { _record: () => TableRecord | null }, destination: RangeDouble) {
    const rec: PivotRecord = { name, source: "", destination: "", rows: [], columns: [], data: [] };
    const d = this.d;
    d.enqueue({
      bytes: 80,
      run: () => {
        const table = source._record();
        if (!table)
          throw new DoubleError("InvalidArgument", "the PivotTable's source table does not exist");
        rec.source = table.name;
        rec.destination = destination.a1();
        d.metaOf(this.ws()).pivots.push(rec);
      },
    });
    const fieldOf = (field: { _name: string }) => field._name;
    return {
      hierarchies: { getItem: (n: string) => ({ _name: n }) },
      rowHierarchies: {
        add: (h: { _name: string }) =>
          d.enqueue({ bytes: 40, run: () => void rec.rows.push(fieldOf(h)) }),
      },
      columnHierarchies: {
        add: (h: { _name: string }) =>
          d.enqueue({ bytes: 40, run: () => void rec.columns.push(fieldOf(h)) }),
      },
      dataHierarchies: {
        add: (h: { _name: string }) => {
          const entry = { field: fieldOf(h), summarizeBy: null as string | null };
          d.enqueue({ bytes: 40, run: () => void rec.data.push(entry) });
          return {
            set summarizeBy(s: string) {
              d.enqueue({ bytes: 40, run: () => void (entry.summarizeBy = s) });
            },
          };
        },
      },
    };
  }
}

class SettingCollectionDouble extends ClientObject {
  protected snapshot() {
    return {};
  }
  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this.d, key);
  }
  add(key: string, value: unknown): void {
    this.queue({ key, value }, () => {
      this.d.settings.set(key, value);
    });
  }
}

class SettingDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly key: string
  ) {
    super(d);
  }
  protected snapshot() {
    const has = this.d.settings.has(this.key);
    return { isNullObject: !has, value: has ? this.d.settings.get(this.key) : null };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
}

class CommentCollectionDouble extends ClientObject {
  protected snapshot() {
    return { items: this.d.comments.map((c) => new CommentDouble(this.d, () => c, true)) };
  }
  get items(): CommentDouble[] {
    return this.get("items");
  }
  getItem(id: string): CommentDouble {
    return new CommentDouble(this.d, () => {
      const c = this.d.comments.find((x) => x.id === id);
      if (!c) throw new DoubleError("ItemNotFound", `no comment ${id}`);
      return c;
    });
  }
  add(cellAddress: string, content: string): CommentDouble {
    let rec: CommentRecord | null = null;
    this.queue({ cellAddress, content }, () => {
      const sheetName = cellAddress
        .slice(0, cellAddress.lastIndexOf("!"))
        .replace(/^'|'$/g, "")
        .replace(/''/g, "'");
      const cell = cellAddress.slice(cellAddress.lastIndexOf("!") + 1);
      if (this.d.comments.some((c) => c.sheet === sheetName && c.cell === cell))
        throw new DoubleError("InvalidOperation", `the cell ${cellAddress} already has a comment`);
      rec = {
        id: `{comment-${this.d.comments.length + 1}-${Date.now() % 100000}}`,
        sheet: sheetName,
        cell,
        content,
      };
      this.d.comments.push(rec);
    });
    return new CommentDouble(this.d, () => {
      if (!rec) throw new DoubleError("ItemNotFound", "comment not created");
      return rec;
    });
  }
}

class CommentDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    private readonly rec: () => CommentRecord,
    preload = false
  ) {
    super(d);
    if (preload) for (const [k, v] of Object.entries(this.snapshot())) this.loaded.set(k, v);
  }
  protected snapshot() {
    const c = this.rec();
    return { id: c.id, content: c.content };
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  getLocation(): RangeDouble {
    const d = this.d;
    return new RangeDouble(
      d,
      () => d.sheet(this.rec().sheet)!,
      () => {
        const p = parseAddress(this.rec().cell)!;
        return { top: p.row, left: p.col, bottom: p.row, right: p.col };
      }
    );
  }
  delete(): void {
    this.queue({ delete: true }, () => {
      const c = this.rec();
      this.d.comments = this.d.comments.filter((x) => x !== c);
    });
  }
}

export { columnLetter };

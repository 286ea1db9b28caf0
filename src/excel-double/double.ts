/**
 * A strict double of the Excel JavaScript API, backed by a real workbook (ExcelJS), that refuses what Excel
 * refuses, with Excel's error codes:
 * - proxies: reading a property before load() and sync() throws PropertyNotLoaded;
 * - a queue: writes and loads are applied in order at sync(); a failing one fails the request from there on
 *   (what came before it stays applied, as in Excel), and nothing loaded in it reaches the add-in;
 * - round trips: every sync() counts, the closing one of every `Excel.run` included;
 * - sizes: each request is sized as Office.js serializes it (wire.ts), each response as the JSON of what it
 *   loads; either over 5 MB fails as Excel on the web fails it;
 * - Excel's refusals: the custom rule of a conditional format that is not Custom (InvalidOperation), more
 *   than 512 merged areas in one query (InvalidOperation), a second table or PivotTable of a name
 *   (ItemAlreadyExists), writes to a protected sheet or to the structure of a protected workbook
 *   (AccessDenied), a sheet name in use (ItemAlreadyExists), a defined name in use or not valid
 *   (ItemAlreadyExists, InvalidArgument), a row taller than 409 points (InvalidArgument);
 * - defined names follow their sheet: renamed, the name still refers to it; deleted, the name is #REF!;
 * - row heights, column widths and hidden rows and columns as Excel keeps them: clearing a range leaves them,
 *   and a range of mixed rows or columns reads null;
 * - Excel's value semantics: a string starting with = is a formula and a number-like or date-like string
 *   becomes a number, unless the cell's format is text ("@");
 * - undo: deleting a sheet or changing a sheet's visibility clears Excel's undo stack (`undoCleared`).
 * Only the part of the API the add-in uses is here; calling anything else fails loudly, and a range or its
 * format refuses to take a property it does not model (a TypeError, not a field nobody reads).
 */
import ExcelJS from "exceljs";
import { DoubleError } from "./errors";
import { WireRequest } from "./wire";
import { RequestContextDouble } from "./workbook";
import type { NameRecord } from "./names";
import type { CfRecord, ChartRecord, CommentRecord, PivotRecord, TableRecord } from "./records";
import { coerceTyped, EXCEL_EPOCH } from "./values";

export type Rect = { top: number; left: number; bottom: number; right: number };

export interface SheetMeta {
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

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Range.getMergedAreasOrNullObject: "fails if more than 512 merged areas are in the range". */
export const MERGED_AREAS_LIMIT = 512;

export class ExcelDouble {
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  settings = new Map<string, unknown>();
  comments: CommentRecord[] = [];
  /** Notes (ExcelApi 1.18): one per cell, no author, no thread. */
  notes: CommentRecord[] = [];
  /** Workbook-scoped defined names: each refers to a range of a sheet (#REF! once the sheet is deleted). */
  names = new Map<string, NameRecord>();
  activeSheet: string | null = null;
  /** The user is typing in a cell: a batch not run with delayForCellEdit fails. */
  cellEditMode = false;
  /** The workbook's structure is protected (Review › Protect Workbook): no sheet is added, deleted or hidden. */
  structureProtected = false;
  /** How many times Excel's undo stack was cleared (a sheet deleted or its visibility changed). */
  undoCleared = 0;
  runOptions: unknown[] = [];
  payloadLimit = PAYLOAD_LIMIT;
  /**
   * What the double cannot know of Excel: whether a chain through a name that does not exist gives null
   * objects (as the double assumes) or fails the request. Set to check the adapter copes with either.
   */
  missingNameChainFails = false;
  /** The user's name, as threaded comments carry it. */
  userName = "Reviewer";
  /** Called after every sync, so a view of the workbook can follow the add-in's changes. */
  listeners: (() => void)[] = [];
  /** The range the user (or the add-in) selected last, "Sheet!A1". */
  selection: string | null = null;

  private ops: (() => number | void)[] = [];
  private meta = new Map<ExcelJS.Worksheet, SheetMeta>();
  private nextSheetId = 1;
  private nextPathId = 1;
  /** The request being queued, sized as Office.js would send it. */
  request = new WireRequest(() => this.nextPathId++);

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

  metaOf(ws: ExcelJS.Worksheet): SheetMeta {
    let m = this.meta.get(ws);
    if (!m) {
      m = {
        id: `{sheet-${this.nextSheetId++}}`,
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
      // tables a file brings (a copy written by plan-check --out holds PlanData): names are the workbook's
      for (const t of ws.getTables() as unknown as {
        name?: string;
        table?: { name: string; tableRef?: string; ref?: string };
      }[])
        m.tables.push({
          name: t.table?.name ?? t.name ?? "",
          range: t.table?.tableRef ?? t.table?.ref ?? "",
        });
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

  /** Every table name in the workbook, lower-cased (Excel compares them so). */
  tableNames(): Set<string> {
    const names = new Set<string>();
    for (const ws of this.wb.worksheets) {
      const m = this.metaOf(ws);
      for (const t of m.tables) names.add(t.name.toLowerCase());
      for (const p of m.pivots) names.add(p.name.toLowerCase());
    }
    return names;
  }

  context(): RequestContextDouble {
    return new RequestContextDouble(this);
  }

  /** Excel.run: a fresh context per batch, and the closing sync Office.js makes when the batch is done. */
  run<T>(batch: (ctx: RequestContextDouble) => Promise<T>): Promise<T>;
  run<T>(options: unknown, batch: (ctx: RequestContextDouble) => Promise<T>): Promise<T>;
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
    const ctx = this.context();
    const result = await batch(ctx);
    await ctx.sync();
    return result;
  }

  enqueue(op: () => number | void): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    const request = this.request.size;
    this.request = new WireRequest(() => this.nextPathId++);
    this.requestBytes.push(request);
    if (request > this.payloadLimit) {
      this.responseBytes.push(0);
      throw new DoubleError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes`);
    }
    let response = 0;
    try {
      for (const op of ops) {
        const r = op();
        if (typeof r === "number") response += r;
      }
    } finally {
      this.responseBytes.push(response);
      for (const l of this.listeners) l();
    }
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
    return Math.max(0, ...this.requestBytes);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.responseBytes);
  }

  // ---- guards ----

  guardSheet(ws: ExcelJS.Worksheet): void {
    if (this.metaOf(ws).protected)
      throw new DoubleError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet (${ws.name}).`
      );
  }

  guardStructure(): void {
    if (this.structureProtected)
      throw new DoubleError("AccessDenied", "The workbook's structure is protected.");
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
    cell.value = (
      typeof v === "string" ? coerceTyped(v, cell.numFmt === "@") : v
    ) as ExcelJS.CellValue;
  }

  usedArea(ws: ExcelJS.Worksheet): Rect | null {
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

  merges(ws: ExcelJS.Worksheet): Rect[] {
    const model = (ws as unknown as { _merges: Record<string, { model: Rect }> })._merges ?? {};
    return Object.values(model).map((m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }));
  }

  /** Saves the workbook as Excel would show it: conditional formats, comments and notes, hidden sheets. */
  async save(file: string): Promise<void> {
    for (const ws of this.wb.worksheets) {
      const m = this.metaOf(ws);
      ws.state = m.visibility === "Hidden" ? "hidden" : "visible";
      (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
      for (const cf of m.cfs.filter((x) => x.type === "Custom"))
        ws.addConditionalFormatting({
          ref: cf.range,
          rules: [
            {
              type: "expression",
              priority: 1,
              formulae: [cf.formula.replace(/^=/, "")],
              style: {
                fill: {
                  type: "pattern",
                  pattern: "solid",
                  bgColor: { argb: `FF${(cf.fill ?? "#FFFFFF").slice(1)}` },
                },
              },
            },
          ],
        });
    }
    for (const c of [...this.comments, ...this.notes])
      this.sheet(c.sheet)!.getCell(c.cell).note = c.content;
    await this.wb.xlsx.writeFile(file);
  }
}

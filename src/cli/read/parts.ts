/**
 * The workbook's small parts: the package and workbook relationships (where each part is), workbook.xml (the
 * sheets, as the file names them, and their visibility), styles.xml (the number format of each style index,
 * the way ExcelJS gives it, so grids stay what they were) and sharedStrings.xml (decoded only when a cell
 * asks for one).
 */
import { TERMINAL_CONTROL } from "../json";
import { markKind, type OwnSheetKind } from "../../core/ownSheets";
import { bytes, decodeEscapes, XmlScanner } from "./xml";

const RELATIONSHIP = bytes("Relationship");
const ID = bytes("Id");
const TYPE = bytes("Type");
const TARGET = bytes("Target");
const TARGET_MODE = bytes("TargetMode");

export interface Relationship {
  type: string;
  /** The part it points to, as a zip entry name ("xl/worksheets/sheet1.xml"). */
  target: string;
}

/** The part a relationship's target names, resolved against the part the relationships belong to. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  if (t.includes("%")) {
    try {
      t = decodeURIComponent(t);
    } catch {
      /* kept as written */
    }
  }
  t = t.replace(/\\/g, "/");
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** Where a part's relationships are kept: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A .rels part: relationships by id (external targets left out). */
export function parseRelationships(buf: Buffer, source: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const sc = new XmlScanner(buf);
  while (sc.next()) {
    if (sc.closing || !sc.is(RELATIONSHIP)) continue;
    let id = "";
    let type = "";
    let target = "";
    let external = false;
    while (sc.nextAttr()) {
      if (sc.attrIs(ID)) id = sc.attrValue();
      else if (sc.attrIs(TYPE)) type = sc.attrValue();
      else if (sc.attrIs(TARGET)) target = sc.attrValue();
      else if (sc.attrIs(TARGET_MODE)) external = sc.attrValue() === "External";
    }
    if (!external && target && !out.has(id))
      out.set(id, { type, target: resolveTarget(source, target) });
  }
  return out;
}

export interface SheetEntry {
  /** The name as the file writes it (longer than 31 characters, or twice the same, kept as is). */
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The relationship id of the sheet's part. */
  rid: string | null;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Dates counted from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** The workbook names that mark Plan Check's own sheets (`PlanCheck_Sheet_<kind>`), with their formulas. */
  marks: { kind: OwnSheetKind; formula: string }[];
}

const SHEET = bytes("sheet");
const WORKBOOK_PR = bytes("workbookPr");
const NAME = bytes("name");
const STATE = bytes("state");
const DATE1904 = bytes("date1904");
const LOCAL_ID = bytes("id");
const DEFINED_NAME = bytes("definedName");
const LOCAL_SHEET_ID = bytes("localSheetId");

const truthy = (v: string | null) => v === "1" || v === "true";

export function parseWorkbook(buf: Buffer): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const marks: WorkbookPart["marks"] = [];
  const sc = new XmlScanner(buf);
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.is(WORKBOOK_PR)) date1904 = truthy(sc.attr(DATE1904));
    else if (sc.is(SHEET)) {
      let name = "";
      let state: SheetEntry["state"] = "visible";
      let rid: string | null = null;
      while (sc.nextAttr()) {
        if (sc.attrIs(NAME)) name = sc.attrValue();
        else if (sc.attrIs(STATE)) {
          const s = sc.attrValue();
          state = s === "hidden" || s === "veryHidden" ? s : "visible";
        } else if (sc.attrLocalIs(LOCAL_ID)) rid = sc.attrValue();
      }
      sheets.push({ name, state, rid });
    } else if (sc.is(DEFINED_NAME) && !sc.selfClosing) {
      // a mark is a name of the whole workbook; one kept for a single sheet is the user's
      const kind = markKind(sc.attr(NAME) ?? "");
      if (kind && sc.attr(LOCAL_SHEET_ID) === null) marks.push({ kind, formula: sc.text() });
    }
  }
  return { sheets, date1904, marks };
}

/** ExcelJS's built-in number formats (ids without one give no format), so grids read as they did. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface Styles {
  /** The number format of each style index (s="n"); index 0 and General give null, as ExcelJS did. */
  formats: (string | null)[];
  /** Style indexes whose format shows a date or time (ExcelJS's test), for 1904-based workbooks. */
  dates: boolean[];
}

const NUM_FMTS = bytes("numFmts");
const NUM_FMT = bytes("numFmt");
const CELL_XFS = bytes("cellXfs");
const XF = bytes("xf");
const NUM_FMT_ID = bytes("numFmtId");
const FORMAT_CODE = bytes("formatCode");

/** ExcelJS's date test: y, m, d, h, s or b outside [...] and "..." */
function isDateFormatLikeExcelJs(fmt: string | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export function parseStyles(buf: Buffer | null): Styles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  if (buf) {
    const sc = new XmlScanner(buf);
    let inNumFmts = false;
    let inCellXfs = false;
    while (sc.next()) {
      if (sc.is(NUM_FMTS)) inNumFmts = !sc.closing && !sc.selfClosing;
      else if (sc.is(CELL_XFS)) inCellXfs = !sc.closing && !sc.selfClosing;
      else if (sc.closing) continue;
      else if (inNumFmts && sc.is(NUM_FMT)) {
        let id = NaN;
        let code: string | null = null;
        while (sc.nextAttr()) {
          if (sc.attrIs(NUM_FMT_ID)) id = parseInt(sc.attrValue(), 10);
          else if (sc.attrIs(FORMAT_CODE)) code = sc.attrValue().replace(/[\\](.)/g, "$1");
        }
        if (Number.isFinite(id) && code !== null) custom.set(id, code);
      } else if (inCellXfs && sc.is(XF)) {
        const id = parseInt(sc.attr(NUM_FMT_ID) ?? "0", 10);
        ids.push(Number.isFinite(id) ? id : 0);
      }
    }
  }
  const formats = ids.map((id, i) =>
    i === 0 || !id ? null : custom.get(id) || BUILT_IN[id] || null
  );
  return { formats, dates: formats.map(isDateFormatLikeExcelJs) };
}

const SI = bytes("si");
const T = bytes("t");
const R_PH = bytes("rPh");

/**
 * The shared strings, found once and decoded only when a cell refers to one: where each item lies in the
 * part, and the items decoded so far (the same string for every cell that uses it).
 */
export class SharedStrings {
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private readonly decoded: (string | undefined)[] = [];
  readonly count: number;
  /** Whether an item decoded so far holds a terminal control (TERMINAL_CONTROL). */
  controls = false;

  constructor(private readonly buf: Buffer | null) {
    let n = 0;
    if (buf) {
      const sc = new XmlScanner(buf);
      while (sc.next()) {
        if (sc.closing || !sc.is(SI)) continue;
        if (n === this.starts.length) this.grow();
        this.starts[n] = sc.tagEnd + 1;
        if (sc.selfClosing) this.ends[n] = sc.tagEnd + 1;
        else {
          sc.skipElement();
          this.ends[n] = sc.closing ? sc.start : sc.pos;
        }
        n++;
      }
    }
    this.count = n;
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(this.ends.length * 2);
    e.set(this.ends);
    this.ends = e;
  }

  /** The text of item i: its runs concatenated, phonetic runs left out; null for an item that is not there. */
  get(i: number): string | null {
    if (!(i >= 0 && i < this.count) || !this.buf) return null;
    const cached = this.decoded[i];
    if (cached !== undefined) return cached;
    const text = decodeEscapes(itemText(this.buf, this.starts[i], this.ends[i]));
    // each item once, however many cells use it
    if (!this.controls && TERMINAL_CONTROL.test(text)) this.controls = true;
    this.decoded[i] = text;
    return text;
  }
}

/** The text of a string item (<si> or <is>) lying in [start, end): every <t> outside <rPh>. */
export function itemText(buf: Buffer, start: number, end: number): string {
  const sc = new XmlScanner(buf, start, end);
  let out = "";
  while (sc.next()) {
    if (sc.closing || sc.selfClosing) continue;
    if (sc.is(R_PH)) sc.skipElement();
    else if (sc.is(T)) out += sc.text();
  }
  return out;
}

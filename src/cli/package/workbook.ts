/**
 * The workbook part of a package: its sheets (names, ids, parts), defined names and the names its tables
 * take, and adding sheets to it. Sheets are only ever appended, so every sheet index the workbook's own
 * parts refer to (defined names' localSheetId, the active tab) keeps pointing at the same sheet.
 */
import { freeName } from "../../core/names";
import { excelSheetNames } from "../sheetNames";
import { NS, REL, type Package } from "./opc";
import {
  appendInside,
  attrs,
  childrenOf,
  esc,
  insertionPoint,
  prefixFor,
  rootOf,
  spliceAt,
  unesc,
  withAttr,
} from "./xml";

/** CT_Workbook's sequence, for placing a new <definedNames>. */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

export interface SheetEntry {
  /** The name as the file writes it. */
  name: string;
  /** The name the copy gives it: the same, unless Excel would not allow it (too long, twice the same). */
  allowed: string;
  part: string | null;
}

export class WorkbookPart {
  private added: string[] = [];
  private printTitles: string[] = [];
  private nextSheetId: number;
  private readonly takenSheets: Set<string>;

  private constructor(
    private readonly pkg: Package,
    readonly part: string,
    private xml: string,
    readonly sheets: SheetEntry[],
    readonly definedNames: string[]
  ) {
    this.takenSheets = new Set(sheets.map((s) => s.allowed.toLowerCase()));
    const ids = childrenOfSheets(xml).map((t) => Number(attrs(t).sheetId) || 0);
    this.nextSheetId = Math.max(0, ...ids) + 1;
  }

  static async open(pkg: Package): Promise<WorkbookPart> {
    const main = (await pkg.relationships("")).find((r) => r.type === REL.officeDocument);
    const part = pkg.resolve("", main?.target ?? "xl/workbook.xml");
    let xml = await pkg.text(part);
    const rels = new Map((await pkg.relationships(part)).map((r) => [r.id, r]));
    const rPrefix = prefixFor(xml.slice(rootOf(xml).start, rootOf(xml).tagEnd), NS.rel) ?? "r";
    const tags = childrenOfSheets(xml);
    const names = tags.map((t) => attrs(t).name ?? "");
    const allowed = excelSheetNames(names);
    const sheets = tags.map((t, i) => {
      const rel = rels.get(attrs(t)[`${rPrefix}:id`] ?? "");
      return {
        name: names[i],
        allowed: allowed[i],
        part: rel && !rel.external ? pkg.resolve(part, rel.target) : null,
      };
    });
    if (sheets.some((s) => s.name !== s.allowed)) xml = renameSheets(xml, sheets);
    const definedNames = definedNameElements(xml).map((t) => attrs(t.tag).name ?? "");
    return new WorkbookPart(pkg, part, xml, sheets, definedNames);
  }

  /** A sheet name not taken (letter case ignored, as Excel compares them): "Зведення", "Зведення (2)", … */
  freeSheetName(wanted: string): string {
    return freeName(wanted, this.takenSheets);
  }

  /** Adds a sheet at the end, pointing at `sheetPart`. */
  async addSheet(name: string, sheetPart: string, hidden = false): Promise<void> {
    const id = await this.pkg.relate(this.part, REL.worksheet, sheetPart);
    const rPrefix = prefixFor(this.rootTag(), NS.rel);
    const rid = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${NS.rel}" r:id="${id}"`;
    const p = qualifier(this.xml);
    this.added.push(
      `<${p}sheet name="${esc(name)}" sheetId="${this.nextSheetId++}"${hidden ? ` state="hidden"` : ""} ${rid}/>`
    );
  }

  /** Rows of the sheet added last, repeated at the top of each printed page (1-based, inclusive). */
  repeatRows(name: string, rows: [number, number]): void {
    const index = this.sheets.length + this.added.length - 1;
    const p = qualifier(this.xml);
    const ref = `'${name.replace(/'/g, "''")}'!$${rows[0]}:$${rows[1]}`;
    this.printTitles.push(
      `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(ref)}</${p}definedName>`
    );
  }

  /** The workbook part's text with the added sheets and their print titles. */
  text(): string {
    if (this.added.length === 0) return this.xml;
    const root = rootOf(this.xml);
    const sheets = childrenOf(this.xml, root).find((e) => e.name === "sheets");
    if (!sheets) throw new Error("a workbook without sheets");
    let xml = appendInside(this.xml, sheets, this.added.join(""));
    if (this.printTitles.length === 0) return xml;
    const top = rootOf(xml);
    const kids = childrenOf(xml, top);
    const names = kids.find((e) => e.name === "definedNames");
    if (names) return appendInside(xml, names, this.printTitles.join(""));
    const p = qualifier(xml);
    xml = spliceAt(
      xml,
      insertionPoint(xml, top, kids, "definedNames", WORKBOOK_ORDER),
      `<${p}definedNames>${this.printTitles.join("")}</${p}definedNames>`
    );
    return xml;
  }

  private rootTag(): string {
    const root = rootOf(this.xml);
    return this.xml.slice(root.start, root.tagEnd);
  }
}

const qualifier = (xml: string) => {
  const root = rootOf(xml);
  return root.qname.slice(0, root.qname.length - root.name.length);
};

/** The start tags of the workbook's <sheet> elements. */
function childrenOfSheets(xml: string): string[] {
  const root = rootOf(xml);
  const sheets = childrenOf(xml, root).find((e) => e.name === "sheets");
  if (!sheets) return [];
  return childrenOf(xml, sheets)
    .filter((e) => e.name === "sheet")
    .map((e) => xml.slice(e.start, e.tagEnd));
}

function definedNameElements(
  xml: string
): { tag: string; start: number; tagEnd: number; end: number }[] {
  const root = rootOf(xml);
  const names = childrenOf(xml, root).find((e) => e.name === "definedNames");
  if (!names) return [];
  return childrenOf(xml, names)
    .filter((e) => e.name === "definedName")
    .map((e) => ({
      tag: xml.slice(e.start, e.tagEnd),
      start: e.start,
      tagEnd: e.tagEnd,
      end: e.end,
    }));
}

/**
 * Sheets named as Excel would not allow get the names Excel allows, and defined names that refer to them
 * follow. Edits run from the end of the text so earlier offsets stay right.
 */
function renameSheets(xml: string, sheets: SheetEntry[]): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const root = rootOf(xml);
  const sheetsEl = childrenOf(xml, root).find((e) => e.name === "sheets")!;
  childrenOf(xml, sheetsEl)
    .filter((e) => e.name === "sheet")
    .forEach((e, i) => {
      const s = sheets[i];
      if (s && s.name !== s.allowed)
        edits.push({
          start: e.start,
          end: e.tagEnd,
          text: withAttr(xml.slice(e.start, e.tagEnd), "name", s.allowed),
        });
    });
  const quoted = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  for (const d of definedNameElements(xml)) {
    if (d.tag.endsWith("/>")) continue;
    const close = xml.lastIndexOf("</", d.end - 1);
    let formula = unesc(xml.slice(d.tagEnd, close));
    const before = formula;
    // longest names first, so a name that begins another is not replaced inside it
    for (const s of [...sheets].sort((a, b) => b.name.length - a.name.length))
      if (s.name !== s.allowed) formula = formula.split(quoted(s.name)).join(quoted(s.allowed));
    if (formula !== before) edits.push({ start: d.tagEnd, end: close, text: esc(formula) });
  }
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  return xml;
}

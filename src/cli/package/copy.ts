/**
 * The checked copy of a plan, made by editing the workbook's package instead of loading and rewriting it: every
 * part Plan Check has no business with (charts, chartsheets, images, PivotTables and their caches, slicers,
 * custom XML, shared strings, the plan's cells) keeps its bytes; the few parts it adds to (the workbook, its
 * relationships and content types, the styles, the plan sheet and its relationships, the sheet's notes) keep
 * all they had, with Plan Check's elements inserted where the schema puts them; its own sheets, tables, notes
 * and helper sheet are new parts under names the workbook does not use.
 */
import { freeName, MARKS_SHEET } from "../../core/names";
import { readFileSync } from "node:fs";
import type { CheckResult } from "../../core/check";
import { cellAddress } from "../../core/grid";
import {
  computeMarks,
  MARK_CODES,
  MARK_ORDER,
  markArea,
  markMatrix,
  noteText,
} from "../../core/marks";
import type { SheetSpec } from "../../core/sheets";
import { findingsSheet, summarySheets, type SheetOptions } from "../../core/summary/sheets";
import {
  addComments,
  addShapes,
  EMPTY_COMMENTS,
  EMPTY_VML,
  idBlocks,
  notedCells,
  type Note,
} from "./notes";
import { CONTENT, NS, Package, REL, type PartContent } from "./opc";
import { marksSheetXml, placeTable, tableXml, worksheetXml, type PlacedTable } from "./sheet";
import { appendStyles, MINIMAL_STYLES, type StyleIds } from "./styles";
import { WorkbookPart } from "./workbook";
import { withSheetMarks } from "../sheetMarks";
import {
  attrs,
  childrenOf,
  esc,
  insertionPoint,
  prefixFor,
  prefixOf,
  rootOf,
  spliceAt,
} from "./xml";

export { MARKS_SHEET };

/** CT_Worksheet's sequence (mc:AlternateContent stands where Excel writes it, for OLE objects and controls). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "AlternateContent",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** Table ids and names the workbook's own tables (and defined names) take. */
async function takenTables(pkg: Package, definedNames: string[]) {
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  let maxId = 0;
  for (const part of pkg.parts()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(part)) continue;
    const xml = await pkg.text(part);
    const root = rootOf(xml);
    if (root.name !== "table") continue;
    const a = attrs(xml.slice(root.start, root.tagEnd));
    maxId = Math.max(maxId, Number(a.id) || 0);
    for (const n of [a.name, a.displayName]) if (n) names.add(n.toLowerCase());
  }
  return {
    nextId: () => ++maxId,
    freeName: (wanted: string) => freeName(wanted, names, "table"),
  };
}

async function stylesPart(pkg: Package, wb: WorkbookPart): Promise<string> {
  const rel = (await pkg.relationships(wb.part)).find((r) => r.type === REL.styles);
  if (rel) {
    const part = pkg.resolve(wb.part, rel.target);
    if (pkg.has(part)) return part;
  }
  const part = pkg.freePart((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
  pkg.put(part, MINIMAL_STYLES);
  await pkg.relate(wb.part, REL.styles, part);
  await pkg.declare(part, CONTENT.styles);
  return part;
}

/** The highlights on the plan sheet: conditional formats reading the helper sheet (whose part it returns), and notes. */
async function markPlanSheet(
  pkg: Package,
  planPart: string,
  result: CheckResult,
  o: SheetOptions,
  helperName: string,
  styles: StyleIds
): Promise<string> {
  // a plan over several sheets: only this sheet's findings mark this sheet
  const marks = computeMarks(result.findings, o.lang, result.plan.sheet);
  const area = markArea(result.plan);
  const sheet = aroundRows(pkg.bytes(planPart));
  let xml = sheet.xml;
  let root = rootOf(xml);
  const p = prefixOf(root);
  let kids = childrenOf(xml, root, ["sheetData"]);

  const afterData = kids.find((k) => k.name === "sheetData")?.end ?? root.tagEnd;
  const priorities = [...xml.slice(afterData).matchAll(/\bpriority\s*=\s*["'](\d+)["']/g)].map(
    (m) => Number(m[1])
  );
  const first = Math.max(0, ...priorities) + 1;
  const topLeft = cellAddress(area.top, area.left);
  const ref = `${topLeft}:${cellAddress(area.bottom, area.right)}`;
  const quoted = `'${helperName.replace(/'/g, "''")}'`;
  const rules = MARK_ORDER.map(
    (kind, i) =>
      `<${p}cfRule type="expression" dxfId="${styles.dxf[kind]}" priority="${first + i}"><${p}formula>${esc(`${quoted}!${topLeft}=${MARK_CODES[kind]}`)}</${p}formula></${p}cfRule>`
  );
  xml = spliceAt(
    xml,
    insertionPoint(xml, root, kids, "conditionalFormatting", WORKSHEET_ORDER),
    `<${p}conditionalFormatting sqref="${ref}">${rules.join("")}</${p}conditionalFormatting>`
  );

  // notes: in the sheet's own comments part and drawing when it has them; a noted cell keeps its note
  const rels = await pkg.relationships(planPart);
  const commentsRel = rels.find((r) => r.type === REL.comments && !r.external);
  const commentsPart = commentsRel ? pkg.resolve(planPart, commentsRel.target) : null;
  const noted =
    commentsPart && pkg.has(commentsPart) ? notedCells(await pkg.text(commentsPart)) : new Set();
  const notes: Note[] = marks
    .filter((m) => !noted.has(m.cell.toUpperCase()))
    .map((m) => ({ cell: m.cell, text: noteText(m) }));
  if (notes.length) {
    const comments =
      commentsPart && pkg.has(commentsPart)
        ? commentsPart
        : pkg.freePart((n) => `xl/comments${n}.xml`);
    const hadComments = pkg.has(comments);
    pkg.put(comments, addComments(hadComments ? await pkg.text(comments) : EMPTY_COMMENTS, notes));
    if (!hadComments) {
      await pkg.relate(planPart, REL.comments, comments);
      await pkg.declare(comments, CONTENT.comments);
    }

    root = rootOf(xml);
    kids = childrenOf(xml, root, ["sheetData"]);
    const legacy = kids.find((k) => k.name === "legacyDrawing");
    const rPrefix = prefixFor(xml.slice(root.start, root.tagEnd), NS.rel);
    const legacyId = legacy
      ? attrs(xml.slice(legacy.start, legacy.tagEnd))[`${rPrefix ?? "r"}:id`]
      : null;
    const legacyRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
    let vml = legacyRel ? pkg.resolve(planPart, legacyRel.target) : null;
    if (!vml || !pkg.has(vml)) {
      vml = pkg.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
      const id = await pkg.relate(planPart, REL.vmlDrawing, vml);
      await pkg.declareDefault("vml", CONTENT.vml);
      const rid = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${NS.rel}" r:id="${id}"`;
      if (legacy) xml = xml.slice(0, legacy.start) + xml.slice(legacy.end);
      root = rootOf(xml);
      kids = childrenOf(xml, root, ["sheetData"]);
      xml = spliceAt(
        xml,
        insertionPoint(xml, root, kids, "legacyDrawing", WORKSHEET_ORDER),
        `<${p}legacyDrawing ${rid}/>`
      );
    }
    const taken = new Set<number>();
    for (const part of pkg.parts())
      if (/\.vml$/i.test(part) && part.toLowerCase() !== vml.toLowerCase())
        for (const b of idBlocks(await pkg.text(part))) taken.add(b);
    const existing = pkg.has(vml) ? await pkg.text(vml) : EMPTY_VML;
    pkg.put(vml, addShapes(existing, notes, taken));
  }
  pkg.put(planPart, sheet.put(xml));

  const matrix = markMatrix(marks, area);
  const helperPart = pkg.freePart((n) => `xl/worksheets/sheet${n}.xml`);
  pkg.put(helperPart, () => marksSheetXml(matrix, area.top, area.left));
  await pkg.declare(helperPart, CONTENT.worksheet);
  return helperPart;
}

/**
 * A sheet's XML with its rows left as bytes: a 200,000-measure plan's sheetData is never decoded, edited or
 * encoded again, only what comes before and after it. `xml` holds an empty sheetData in its place; `put` gives
 * the part's content for the edited XML, the rows put back where that empty sheetData is.
 */
export function aroundRows(bytes: Buffer): { xml: string; put: (xml: string) => PartContent } {
  const whole = { xml: bytes.toString("utf8"), put: (xml: string) => xml };
  const start = sheetDataTag(bytes, bytes.indexOf("sheetData"), 1);
  const endName = bytes.lastIndexOf("sheetData>");
  const end = endName < 0 ? -1 : sheetDataTag(bytes, endName, -1);
  if (start < 0 || end < 0 || end <= start) return whole;
  const nameAt = bytes.indexOf("sheetData", start);
  const prefix = bytes.toString("latin1", start + 1, nameAt);
  const empty = `<${prefix}sheetData/>`;
  const rows = bytes.subarray(start, endName + "sheetData>".length);
  const head = bytes.toString("utf8", 0, start);
  const xml = head + empty + bytes.toString("utf8", endName + "sheetData>".length);
  // the sheetData the XML's structure finds must be this one (not a look-alike in a comment, say)
  let found: { start: number; end: number } | undefined;
  try {
    found = childrenOf(xml, rootOf(xml), ["sheetData"]).find((k) => k.name === "sheetData");
  } catch {
    return whole;
  }
  if (found?.start !== head.length || found.end !== head.length + empty.length) return whole;
  return {
    xml,
    put: (edited: string) => {
      const at = edited.indexOf(empty);
      if (at < 0) throw new Error("the sheet's rows lost their place");
      const before = edited.slice(0, at);
      const after = edited.slice(at + empty.length);
      return () => [before, rows, after];
    },
  };
}

/**
 * Where the sheetData tag that names itself at `name` starts: `<sheetData>` (or `<x:sheetData>`) forwards, its
 * end tag `</sheetData>` backwards; -1 when what is there is no such tag (an empty `<sheetData/>` included).
 */
function sheetDataTag(bytes: Buffer, name: number, dir: 1 | -1): number {
  if (name < 1) return -1;
  let i = name - 1;
  if (bytes[i] === 0x3a) {
    // a prefix: letters, digits, "_", "-", "." back to the "<"
    i--;
    while (i >= 0 && /[\w.-]/.test(String.fromCharCode(bytes[i]))) i--;
  }
  if (dir === 1) {
    const after = bytes[name + 9];
    const opens =
      after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
    return bytes[i] === 0x3c && opens && bytes[i + 1] !== 0x2f ? i : -1;
  }
  return bytes[i] === 0x2f && bytes[i - 1] === 0x3c ? i - 1 : -1;
}

/** Adds one of Plan Check's sheets (and its tables) to the package. */
async function addSheet(
  pkg: Package,
  wb: WorkbookPart,
  spec: SheetSpec,
  styles: StyleIds,
  tables: Awaited<ReturnType<typeof takenTables>>
): Promise<void> {
  const name = wb.freeSheetName(spec.name);
  const part = pkg.freePart((n) => `xl/worksheets/sheet${n}.xml`);
  const placed: PlacedTable[] = spec.tables.map((t) =>
    placeTable(spec, t, tables.freeName(t.name), tables.nextId())
  );
  const relIds: string[] = [];
  // the sheet's part is named before its tables, so that its relationships have a home
  pkg.put(part, "");
  for (const t of placed) {
    const tablePart = pkg.freePart((n) => `xl/tables/table${n}.xml`);
    pkg.put(tablePart, tableXml(t));
    await pkg.declare(tablePart, CONTENT.table);
    relIds.push(await pkg.relate(part, REL.table, tablePart));
  }
  pkg.put(part, () => worksheetXml(spec, { styles, tables: placed, tableRelIds: relIds }));
  await pkg.declare(part, CONTENT.worksheet);
  await wb.addSheet(name, part);
  if (spec.print?.repeatRows) wb.repeatRows(name, spec.print.repeatRows);
}

/** A copy of the plan's workbook with highlights, the findings sheet, the summary and the data tables. */
export async function writeCheckedCopy(
  input: string,
  output: string,
  checked: CheckResult,
  o: SheetOptions
): Promise<void> {
  const pkg = Package.load(readFileSync(input));
  const wb = await WorkbookPart.open(pkg);
  const planEntry = wb.sheets.find((s) => s.name === checked.plan.sheet);
  // a sheet whose name Excel would not allow is written, and linked to, under the name Excel allows: the
  // plan's sheets and every finding's sheet alike
  const allowed = new Map(wb.sheets.map((s) => [s.name, s.allowed]));
  const rename = (name: string) => allowed.get(name) ?? name;
  const result: CheckResult = {
    ...checked,
    plan: {
      ...checked.plan,
      sheet: rename(checked.plan.sheet),
      ...(checked.plan.planSheets ? { planSheets: checked.plan.planSheets.map(rename) } : {}),
    },
    findings: checked.findings.map((f) => (f.sheet ? { ...f, sheet: rename(f.sheet) } : f)),
  };

  const stylesAt = await stylesPart(pkg, wb);
  const { xml: stylesXml, ids } = appendStyles(await pkg.text(stylesAt));
  pkg.put(stylesAt, stylesXml);
  const tables = await takenTables(pkg, wb.definedNames);

  if (planEntry?.part && pkg.has(planEntry.part)) {
    const helperName = wb.freeSheetName(MARKS_SHEET);
    const helperPart = await markPlanSheet(pkg, planEntry.part, result, o, helperName, ids);
    await wb.addSheet(helperName, helperPart, true);
  }
  await addSheet(pkg, wb, findingsSheet(result, o), ids, tables);
  for (const spec of summarySheets(result, o))
    if (spec.key !== "pivot") await addSheet(pkg, wb, spec, ids, tables);
  pkg.put(wb.part, withSheetMarks(wb.text(), wb.sheets.length));
  await pkg.write(output);
}

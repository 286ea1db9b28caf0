/**
 * The command line's workbook reader: an .xlsx (or .xlsm) file into the core's grids, one per sheet but the
 * very hidden ones, reading only the parts a grid needs and never more than the limits below allow. What it
 * cannot read is a refusal with a message key, before memory or time run out.
 */
import type { Grid } from "../../core/grid";
import {
  parseRelationships,
  parseStyles,
  parseWorkbook,
  relsPartOf,
  SharedStrings,
  type Relationship,
} from "./parts";
import { TERMINAL_CONTROL } from "../json";
import { markedSheet } from "../../core/ownSheets";
import { readSheet } from "./sheet";
import { DEFAULT_LIMITS, isRefusal, ZipArchive, type ReadRefusal, type ZipLimits } from "./zip";

export { isRefusal, type ReadRefusal } from "./zip";

export interface ReadLimits extends ZipLimits {
  /** The most stored cells (and merged areas) a workbook may hold. */
  cells: number;
}

/**
 * Far above any plan (a 200,000-measure plan has about 1.4 million cells) and at the 5 million cells Excel on
 * the web reads in one go; what a check of that many cells needs stays within a gigabyte.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { ...DEFAULT_LIMITS, cells: 5_000_000 };

/** A refusal thrown where the caller's signature returns grids: the command line turns it into its message. */
export class WorkbookRefusal extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(refusal.key);
    this.name = "WorkbookRefusal";
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const NOT_WORKSHEETS = /\/(chartsheet|dialogsheet|macrosheet|xlMacrosheet|xlIntlMacrosheet)$/i;

/** Reads every sheet but the very hidden ones, each named as the file names it; or why it cannot. */
export function readWorkbook(
  file: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Grid[] | ReadRefusal {
  const zip = ZipArchive.open(file, limits);
  if (isRefusal(zip)) return zip;
  try {
    return readParts(zip, limits);
  } finally {
    zip.close();
  }
}

function readParts(zip: ZipArchive, limits: ReadLimits): Grid[] | ReadRefusal {
  const part = (name: string): Buffer | null | ReadRefusal => {
    const e = zip.entry(name);
    return e ? zip.read(e) : null;
  };
  const relsOf = (source: string): Map<string, Relationship> | ReadRefusal => {
    const buf = part(relsPartOf(source));
    if (isRefusal(buf)) return buf;
    return buf ? parseRelationships(buf, source) : new Map();
  };

  const root = relsOf("");
  if (isRefusal(root)) return root;
  let workbookName = "xl/workbook.xml";
  for (const rel of root.values())
    if (OFFICE_DOCUMENT.test(rel.type) && zip.entry(rel.target)) workbookName = rel.target;
  const workbookBuf = part(workbookName);
  if (isRefusal(workbookBuf)) return workbookBuf;
  if (!workbookBuf) return { key: "error.workbook-missing-part", params: { part: workbookName } };
  const workbook = parseWorkbook(workbookBuf);
  const rels = relsOf(workbookName);
  if (isRefusal(rels)) return rels;
  const byType = (suffix: string, fallback: string): string => {
    for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel.target;
    return fallback;
  };
  const stylesBuf = part(byType("/styles", "xl/styles.xml"));
  if (isRefusal(stylesBuf)) return stylesBuf;
  const styles = parseStyles(stylesBuf);
  const stringsBuf = part(byType("/sharedStrings", "xl/sharedStrings.xml"));
  if (isRefusal(stringsBuf)) return stringsBuf;
  const strings = new SharedStrings(stringsBuf);

  // each sheet a mark refers to, by its name (letter case ignored, as Excel compares sheet names)
  const ownKinds = new Map<string, string>();
  for (const m of workbook.marks) {
    const sheet = markedSheet(m.formula)?.toLowerCase();
    if (sheet !== undefined && !ownKinds.has(sheet)) ownKinds.set(sheet, m.kind);
  }
  const ownKind = (name: string) => {
    const kind = ownKinds.get(name.toLowerCase());
    return kind ? { ownKind: kind } : {};
  };
  const budget = { cells: limits.cells };
  const controls = { found: false };
  const grids: Grid[] = [];
  let position = -1;
  for (const [i, sheet] of workbook.sheets.entries()) {
    const rel = sheet.rid ? rels.get(sheet.rid) : undefined;
    if (rel && NOT_WORKSHEETS.test(rel.type)) continue;
    // a worksheet's place as Excel's worksheets collection counts it, very hidden ones included
    position++;
    if (sheet.state === "veryHidden") continue;
    // without its relationship, the part where Excel would have put it
    const buf = part(rel?.target ?? `xl/worksheets/sheet${i + 1}.xml`);
    if (isRefusal(buf)) return buf;
    const hidden = sheet.state === "hidden";
    if (!buf) {
      grids.push({
        sheetName: sheet.name,
        values: [],
        numberFormats: [],
        merges: [],
        hidden,
        position,
        ...ownKind(sheet.name),
      });
      continue;
    }
    const grid = readSheet(buf, sheet.name, hidden, {
      strings,
      styles,
      date1904: workbook.date1904,
      budget,
      controls,
    });
    if (!grid) return { key: "error.workbook-too-many-cells", params: { limit: limits.cells } };
    grids.push({ ...grid, position, ...ownKind(sheet.name) });
  }
  const controlFree =
    !controls.found && !strings.controls && !grids.some((g) => TERMINAL_CONTROL.test(g.sheetName));
  for (const g of grids) g.controlFree = controlFree;
  return grids;
}

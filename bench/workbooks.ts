/**
 * Workbooks the benchmark generates at run time: a plan of any size written straight to SpreadsheetML (shared
 * strings, a date style, merges; ExcelJS takes minutes and gigabytes for 200,000 measures), and the hostile
 * files the reader must survive: a used range that claims the whole sheet, a merge over the whole sheet, a
 * sheet that unpacks to hundreds of megabytes of white space, a zip bomb, and the densest sheet 10 MB holds.
 */
import { writeFileSync } from "node:fs";
import type { FixtureCell, FixtureSheet } from "../tests/fixtures/workbook";
import {
  inflatingTo,
  sheetXml,
  workbookEntries,
  zipOf,
  type CraftEntry,
} from "../tests/cli/zipcraft";

const EPOCH = Date.UTC(1899, 11, 30);

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The sheets as an .xlsx: strings shared, dates as serials with a dd.mm.yyyy style, merges kept. */
export function writePlanWorkbook(file: string, sheets: FixtureSheet[]): void {
  const strings = new Map<string, number>();
  const formats = new Map<string, number>([["dd.mm.yyyy", 1]]);
  const shared = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const styleOf = (fmt: string) => {
    let i = formats.get(fmt);
    if (i === undefined) formats.set(fmt, (i = formats.size + 1));
    return i;
  };
  const cellXml = (ref: string, cell: FixtureCell): string => {
    if (cell === null || cell === undefined || cell === "") return "";
    if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
    if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
    if (cell instanceof Date)
      return `<c r="${ref}" s="1"><v>${(cell.getTime() - EPOCH) / 86400000}</v></c>`;
    const s = styleOf(cell.numFmt);
    const v = cell.value;
    if (typeof v === "string") return `<c r="${ref}" s="${s}" t="s"><v>${shared(v)}</v></c>`;
    const n = v instanceof Date ? (v.getTime() - EPOCH) / 86400000 : v;
    return `<c r="${ref}" s="${s}"><v>${n}</v></c>`;
  };
  const sheetParts = sheets.map((sheet) => {
    const out: string[] = ["<sheetData>"];
    sheet.rows.forEach((row, r) => {
      let cells = "";
      row.forEach((cell, c) => (cells += cellXml(`${columnName(c)}${r + 1}`, cell)));
      if (cells) out.push(`<row r="${r + 1}">${cells}</row>`);
    });
    out.push("</sheetData>");
    const merges = sheet.merges ?? [];
    if (merges.length)
      out.push(
        `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      );
    return { name: sheet.name, xml: out.join("") };
  });
  const sst = [...strings.keys()].map(
    (s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`
  );
  const custom = [...formats.entries()].map(
    ([f, i]) => `<numFmt numFmtId="${163 + i}" formatCode="${escapeXml(f)}"/>`
  );
  const styles =
    `<numFmts count="${custom.length}">${custom.join("")}</numFmts>` +
    `<cellXfs count="${formats.size + 1}"><xf numFmtId="0"/>${[...formats.values()].map((i) => `<xf numFmtId="${163 + i}" applyNumberFormat="1"/>`).join("")}</cellXfs>`;
  writeFileSync(file, zipOf(workbookEntries(sheetParts, { sharedStrings: sst.join(""), styles })));
}

/** A small plan whose used range is the whole sheet: one more cell at XFD1048576. */
export function writeWholeSheetUsedRange(file: string, plan: FixtureSheet): void {
  const far = [...plan.rows];
  far[1048575] = Object.assign([], { 16383: "край аркуша" }) as FixtureCell[];
  writePlanWorkbook(file, [{ ...plan, rows: far }]);
}

/** A small plan with one more merge, over the whole sheet. */
export function writeWholeSheetMerge(file: string, plan: FixtureSheet): void {
  writePlanWorkbook(file, [{ ...plan, merges: [...(plan.merges ?? []), "A1:XFD1048576"] }]);
}

const WORKSHEET_HEAD = sheetXml("<sheetData>").replace("</worksheet>", "");

/** A sheet of one cell and `megabytes` MB of white space in its XML: tiny on disk. */
export function writeInflatingSheet(file: string, megabytes: number): void {
  const entries = workbookEntries([{ name: "Аркуш1", xml: "<sheetData/>" }]);
  const i = entries.findIndex((e) => e.name === "xl/worksheets/sheet1.xml");
  entries[i] = {
    name: entries[i].name,
    packed: inflatingTo(
      `${WORKSHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>`,
      megabytes,
      "</sheetData></worksheet>"
    ),
  };
  writeFileSync(file, zipOf(entries));
}

/** A zip bomb: many sheets whose directory entries all point at one part that unpacks to `megabytes` MB. */
export function writeZipBomb(file: string, sheets: number, megabytes: number): void {
  const names = Array.from({ length: sheets }, (_, i) => ({
    name: `S${i + 1}`,
    xml: "<sheetData/>",
  }));
  const entries: CraftEntry[] = workbookEntries(names);
  const first = entries.findIndex((e) => e.name === "xl/worksheets/sheet1.xml");
  entries[first] = {
    name: entries[first].name,
    packed: inflatingTo(WORKSHEET_HEAD, megabytes, "</sheetData></worksheet>", 0x0a),
  };
  for (let k = 1; k < sheets; k++)
    entries[first + k] = { name: entries[first + k].name, sameDataAs: first };
  writeFileSync(file, zipOf(entries));
}

/**
 * A sheet of `cells` cells in rows of 20, written without cell references (positions counted), which deflate
 * best: numbers, or one shared string in every cell. The file stays small; the grid is as large as it gets.
 */
export function writeDenseSheet(file: string, cells: number, kind: "numbers" | "text"): void {
  const cell = kind === "numbers" ? "<c><v>1</v></c>" : '<c t="s"><v>0</v></c>';
  const rowXml = `<row>${cell.repeat(20)}</row>`;
  const xml = `<sheetData>${rowXml.repeat(Math.ceil(cells / 20))}</sheetData>`;
  writeFileSync(
    file,
    zipOf(
      workbookEntries([{ name: "Аркуш1", xml }], {
        sharedStrings: "<si><t>Проведення заходу</t></si>",
      })
    )
  );
}

/**
 * The sheet XML of the copy: the short way for rows of one table alone (the data table's) writes exactly what
 * the general way writes, holes, dates, text and numbers alike.
 */
import { join } from "node:path";
import { placeTable, worksheetXml, type SheetWriting } from "../../src/cli/package/sheet";
import type { StyleIds } from "../../src/cli/package/styles";
import { readWorkbook } from "../../src/cli/read";
import { isRefusal } from "../../src/cli/read/zip";
import { checkWorkbook } from "../../src/core/check";
import type { SheetSpec } from "../../src/core/sheets";
import { dataSheet } from "../../src/core/summary/sheets";

const STYLES = { cell: new Proxy({}, { get: () => 7 }), date: 9, dxf: {} } as unknown as StyleIds;

function xmlOf(spec: SheetSpec): string {
  const tables = spec.tables.map((t, i) => placeTable(spec, t, t.name, i + 1));
  const w: SheetWriting = {
    styles: STYLES,
    tables,
    tableRelIds: tables.map((_, i) => `rId${i + 1}`),
  };
  return [...worksheetXml(spec, w)]
    .map((c) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8")))
    .join("");
}

test("the data table's rows read the same by the short way and by the general way", () => {
  const grids = readWorkbook(
    join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx")
  );
  if (isRefusal(grids)) throw new Error("the seed was refused");
  const result = checkWorkbook(grids, { asOf: "2023-06-30" });
  if (!("plan" in result)) throw new Error("no plan");
  const spec = dataSheet(result, { lang: "uk", asOf: "2023-06-30", builtAt: "2023-06-30 10:00" });
  // the data table and the executors' table beside it: rows of both, then rows of the longer alone
  expect(spec.tables).toHaveLength(2);
  // a hole, a number, a text needing escapes, an empty text: what the table's rows may hold
  const rows = spec.tables[0].rows;
  rows[0] = [...rows[0]];
  rows[0][1] = 'a < b & "c"';
  delete rows[0][2];
  rows[1] = [...rows[1]];
  rows[1][3] = 45107;
  // an empty row of cells of its own on every row sends each row the general way
  const last = Math.max(...spec.tables.map((t) => t.rows.length));
  const general = {
    ...spec,
    cells: Array.from({ length: last + 1 }, (_, i) => spec.cells[i] ?? []),
  };
  const short = xmlOf(spec);
  expect(short).toBe(xmlOf(general));
  expect(short).toContain("a &lt; b &amp;");
  expect((short.match(/<row /g) ?? []).length).toBe(last + 1);
});

/** A cell's text as a reader gets it back: XML entities, then OOXML's _xHHHH_ codes. */
const readBack = (t: string) =>
  t
    .replace(
      /&(lt|gt|quot|amp);/g,
      (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e]!
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

test("every text reads back as it was, by the short way, the escaping way and from the remembered cells", () => {
  const texts = [
    "_x0041_",
    "a_x",
    "_",
    "_x",
    "\u00a0leading",
    "trailing\u00a0",
    " both ",
    "\t",
    "a\nb",
    "a\r\nb",
    "😀 emoji",
    "lone \ud800 surrogate",
    "\ufffe",
    '& < > "',
    "a".repeat(24),
    "a".repeat(25),
    "ї".repeat(48),
    "ї".repeat(49),
    "Проведення заходу",
    "",
  ];
  // each text twice down the column: the second is written from the remembered cell
  const rows = texts.flatMap((t) => [[t], [t]]);
  const spec: SheetSpec = {
    key: "data",
    name: "x",
    cells: [],
    merges: [],
    widths: [],
    tables: [{ name: "T", topLeft: "B1", columns: ["Text"], rows }],
    pivots: [],
    charts: [],
    freezeRows: 0,
  };
  const xml = xmlOf(spec);
  const cells = [
    ...xml.matchAll(/<c r="B(\d+)"[^>]*>(?:<is><t( xml:space="preserve")?>([^<]*)<\/t><\/is>)?/g),
  ];
  const got = new Map(
    cells.map((m) => [Number(m[1]), { kept: !!m[2], text: readBack(m[3] ?? "") }])
  );
  rows.forEach(([t], i) => {
    const cell = got.get(i + 2);
    expect([i, cell?.text]).toEqual([i, t]);
    // spaces at either end and line breaks are kept by xml:space, nothing else needs it
    const needs = /^\s|\s$|\n/.test(t as string);
    expect([t, cell?.kept]).toEqual([t, needs]);
  });
  // a code "_x0041_" written literally, never read as "A"
  expect(xml).toContain("_x005F_x0041_");
});

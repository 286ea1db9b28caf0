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

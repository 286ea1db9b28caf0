/**
 * The plan sheet's rows are carried into the copy as the bytes they were, and only the XML around them is
 * edited: whatever the sheet's prefix, and never when what looks like its rows is something else.
 */
import { aroundRows } from "../../src/cli/package/copy";
import { childrenOf, rootOf } from "../../src/cli/package/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The part as written: the edited XML with the rows put back. */
function written(content: string | (() => Iterable<string | Buffer>)): string {
  if (typeof content === "string") return content;
  return [...content()].map((c) => (typeof c === "string" ? c : c.toString("utf8"))).join("");
}

const ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Захід</t></is></c></row>';

test("the rows stay bytes; what is edited after them lands after them", () => {
  const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetPr codeName="Аркуш1"/><sheetData>${ROWS}</sheetData><pageMargins left="0.7"/></worksheet>`;
  const sheet = aroundRows(Buffer.from(xml, "utf8"));
  expect(sheet.xml).toBe(xml.replace(`<sheetData>${ROWS}</sheetData>`, "<sheetData/>"));
  const edited = sheet.xml.replace(
    "<pageMargins",
    '<conditionalFormatting sqref="A1"/><pageMargins'
  );
  const content = sheet.put(edited);
  expect(typeof content).toBe("function");
  const parts = [...(content as () => Iterable<string | Buffer>)()];
  expect(parts.some((p) => Buffer.isBuffer(p))).toBe(true);
  expect(written(content)).toBe(
    xml.replace("<pageMargins", '<conditionalFormatting sqref="A1"/><pageMargins')
  );
});

test("a prefixed sheet keeps its prefix", () => {
  const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${ROWS.replace(/<(\/?)/g, "<$1x:")}</x:sheetData></x:worksheet>`;
  const sheet = aroundRows(Buffer.from(xml, "utf8"));
  expect(sheet.xml).toBe(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`);
  expect(written(sheet.put(sheet.xml))).toBe(xml);
});

test.each([
  ["an empty sheetData", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
  [
    "a look-alike in a comment before the rows",
    `<worksheet xmlns="${MAIN}"><!-- <sheetData> --><sheetData>${ROWS}</sheetData></worksheet>`,
  ],
  [
    "a look-alike in text after the rows",
    `<worksheet xmlns="${MAIN}"><sheetData>${ROWS}</sheetData><extLst><ext uri="x"><f>sheetData></f></ext></extLst></worksheet>`,
  ],
  ["no sheetData", `<worksheet xmlns="${MAIN}"><sheetPr codeName="sheetData"/></worksheet>`],
])("%s: the sheet is read whole, as text", (_, xml) => {
  const sheet = aroundRows(Buffer.from(xml, "utf8"));
  expect(sheet.xml).toBe(xml);
  expect(sheet.put(xml)).toBe(xml);
});

describe("the part reader never steps back on markup left open", () => {
  // each of these once sent the reader back to the start of the part, for ever
  test.each([
    ["a comment", `<worksheet><!-- open <sheetData/></worksheet>`],
    ["a CDATA section", `<worksheet><x><![CDATA[ open </x></worksheet>`],
    ["a skipped element", `<worksheet><sheetData><row/></worksheet>`],
  ])("%s: an error, not a hang", (_, xml) => {
    expect(() => childrenOf(xml, rootOf(xml), ["sheetData"])).toThrow();
  });
});

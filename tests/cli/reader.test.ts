/**
 * The command line's workbook reader on workbooks built here, odd ones included: each gives a grid or a
 * one-line refusal, quickly, and never throws; memory follows what the file stores, never what it claims.
 */
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/plan-check";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { readWorkbook, WorkbookRefusal, type ReadRefusal } from "../../src/cli/read";
import { cellAddress, numberFormat, type Grid } from "../../src/core/grid";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { fixtureWorkbook, tempDir } from "../fixtures/workbook";
import { inflatingTo, sheetXml, workbookEntries, zipOf, type CraftEntry } from "./zipcraft";

let n = 0;
function fileOf(content: Buffer | CraftEntry[]): string {
  const file = join(tempDir(), `reader-${++n}.xlsx`);
  writeFileSync(file, Buffer.isBuffer(content) ? content : zipOf(content));
  return file;
}

function grids(file: string): Grid[] {
  const r = readWorkbook(file);
  if (!Array.isArray(r)) throw new Error(`refused: ${r.key}`);
  return r;
}

function refusal(file: string): ReadRefusal {
  const r = readWorkbook(file);
  if (Array.isArray(r)) throw new Error("read, not refused");
  return r;
}

/** Every stored cell as "A1=value", walking only the rows and cells there are. */
function cells(g: Grid): string[] {
  const out: string[] = [];
  for (const rk of Object.keys(g.values)) {
    const row = g.values[Number(rk)];
    for (const ck of Object.keys(row))
      out.push(`${cellAddress(Number(rk), Number(ck))}=${JSON.stringify(row[Number(ck)])}`);
  }
  return out;
}

const oneSheet = (inner: string, o: Parameters<typeof workbookEntries>[1] = {}) =>
  fileOf(workbookEntries([{ name: "Аркуш1", xml: inner }], o));

/** A plan written by ExcelJS, then its first sheet's XML changed by `edit`. */
async function planWith(edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(
    await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeBuffer()
  );
  const part = "xl/worksheets/sheet1.xml";
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return fileOf(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

function addMerges(xml: string, refs: string[]): string {
  const tags = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
  if (xml.includes("<mergeCells"))
    return xml.replace(/<mergeCells count="\d+">/, (m) => `${m}${tags}`);
  return xml.replace("</sheetData>", `</sheetData><mergeCells>${tags}</mergeCells>`);
}

const elapsed = (t0: number) => Date.now() - t0;

describe("the zip archive", () => {
  test("a file cut short anywhere is refused as damaged, never thrown", async () => {
    const whole = await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeBuffer();
    const buf = Buffer.from(whole as ArrayBuffer);
    for (const length of [
      0,
      3,
      30,
      100,
      buf.length >> 2,
      buf.length >> 1,
      buf.length - 23,
      buf.length - 1,
    ])
      expect([length, refusal(fileOf(buf.subarray(0, length))).key]).toEqual([
        length,
        "error.zip-damaged",
      ]);
  });

  test("bytes that are no zip at all, or a zip whose data is garbage, are refused as damaged", () => {
    expect(refusal(fileOf(Buffer.from("PK\u0003\u0004 not really a zip"))).key).toBe(
      "error.zip-damaged"
    );
    const entries = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    entries[2] = {
      name: "xl/workbook.xml",
      packed: { bytes: Buffer.from([0xff, 0xff, 0xff]), size: 10, crc: 0 },
    };
    expect(refusal(fileOf(entries)).key).toBe("error.zip-damaged");
  });

  test("an archive without a workbook part says which part is missing", () => {
    const file = fileOf([{ name: "readme.txt", data: "hello" }]);
    expect(refusal(file)).toEqual({
      key: "error.workbook-missing-part",
      params: { part: "xl/workbook.xml" },
    });
  });

  test("encrypted entries and packing methods other than stored and deflated are refused plainly", () => {
    const encrypted = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    encrypted[2] = { ...encrypted[2], flags: 1 };
    expect(refusal(fileOf(encrypted)).key).toBe("error.zip-encrypted");
    const bzip2 = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    bzip2[2] = { ...bzip2[2], method: 12 };
    expect(refusal(fileOf(bzip2))).toEqual({ key: "error.zip-method", params: { method: 12 } });
  });

  test("stored entries and ZIP64 records read like deflated ones", () => {
    const inner =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Захід</t></is></c></row></sheetData>';
    const stored = workbookEntries([{ name: "A", xml: inner }]).map((e) => ({ ...e, method: 0 }));
    expect(cells(grids(fileOf(stored))[0])).toEqual(['A1="Захід"']);
    const zip64 = fileOf(zipOf(workbookEntries([{ name: "A", xml: inner }]), { zip64: true }));
    expect(cells(grids(zip64)[0])).toEqual(['A1="Захід"']);
  });

  test("a sheet that unpacks to 300 MB of white space is refused at the limit, quickly", () => {
    const entries = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    entries[4] = {
      name: "xl/worksheets/sheet1.xml",
      packed: inflatingTo(
        sheetXml("<sheetData>").replace("</worksheet>", ""),
        300,
        "</sheetData></worksheet>"
      ),
    };
    const file = fileOf(entries);
    const t0 = Date.now();
    expect(refusal(file)).toEqual({
      key: "error.workbook-too-large",
      params: { part: "xl/worksheets/sheet1.xml", limit: 256 },
    });
    expect(elapsed(t0)).toBeLessThan(10_000);
  });

  test("a sheet padded with 100 MB of white space between its cells still reads", () => {
    const head = sheetXml('<sheetData><row r="1"><c r="A1"><v>1</v></c></row>').replace(
      "</worksheet>",
      ""
    );
    const entries = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    entries[4] = {
      name: "xl/worksheets/sheet1.xml",
      packed: inflatingTo(
        head,
        100,
        '<row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>'
      ),
    };
    expect(cells(grids(fileOf(entries))[0])).toEqual(["A1=1", "B2=2"]);
  });

  test("a part whose directory understates its size is stopped at the limit while unpacking", () => {
    const entries = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    entries[4] = {
      name: "xl/worksheets/sheet1.xml",
      packed: inflatingTo("<worksheet><sheetData>", 400, "</sheetData></worksheet>", 0x0a),
      claimedSize: 1000,
    };
    expect(refusal(fileOf(entries)).key).toBe("error.workbook-too-large");
  });

  test("a zip bomb of many sheets over the same data is refused once the total passes its limit", () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({ name: `S${i}`, xml: "<sheetData/>" }));
    const entries = workbookEntries(sheets);
    const first = entries.findIndex((e) => e.name === "xl/worksheets/sheet1.xml");
    entries[first] = {
      name: entries[first].name,
      packed: inflatingTo("<worksheet><sheetData>", 200, "</sheetData></worksheet>"),
    };
    for (let i = first + 1; i < first + 12; i++)
      entries[i] = { name: entries[i].name, sameDataAs: first };
    const file = fileOf(entries);
    const t0 = Date.now();
    expect(refusal(file)).toEqual({
      key: "error.workbook-too-large-total",
      params: { limit: 512 },
    });
    expect(elapsed(t0)).toBeLessThan(15_000);
  });
});

describe("sizes the file claims cost nothing", () => {
  test("one cell at XFD1048576 gives a sparse grid: two rows stored, not a million", () => {
    const file = oneSheet(
      '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>край</t></is></c></row></sheetData>'
    );
    const t0 = Date.now();
    const [g] = grids(file);
    expect(elapsed(t0)).toBeLessThan(1000);
    expect(g.values.length).toBe(1048576);
    expect(Object.keys(g.values)).toEqual(["0", "1048575"]);
    expect(cells(g)).toEqual(["A1=1", 'XFD1048576="край"']);
    expect(numberFormat(g, 1048575, 16383)).toBeNull();
  });

  test("<dimension> is ignored: a claimed A1:XFD1048576 over one cell is a one-row grid", () => {
    const [g] = grids(
      oneSheet(
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="B1"><v>7</v></c></row></sheetData>'
      )
    );
    expect(g.values).toEqual([[undefined, 7]]);
  });

  test("a merge over the whole sheet on a valid plan is cheap and leaves only its top-left cell", async () => {
    const file = await planWith((xml) => addMerges(xml, ["A1:XFD1048576"]));
    const t0 = Date.now();
    const [g] = grids(file);
    expect(elapsed(t0)).toBeLessThan(1000);
    expect(cells(g)).toEqual([`A1=${JSON.stringify(CLEAN_PLAN.title[0])}`]);
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 1048575, right: 16383 });
  });

  test("merges across whole rows and overlapping merges drop exactly the cells they cover", () => {
    const row = (r: number) =>
      `<row r="${r}">${["A", "B", "C", "D", "E"].map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join("")}</row>`;
    const file = oneSheet(
      `<sheetData>${[1, 2, 3, 4, 5].map(row).join("")}</sheetData>` +
        '<mergeCells><mergeCell ref="A1:XFD1"/><mergeCell ref="A2:C3"/><mergeCell ref="B3:D4"/><mergeCell ref="E5:E5"/></mergeCells>'
    );
    const [g] = grids(file);
    // B3 is the top-left cell of B3:D4 but lies under A2:C3, so it is covered too, as ExcelJS's reading had it
    expect(cells(g)).toEqual(
      [
        "A1=1",
        "A2=2",
        "D2=2",
        "E2=2",
        "E3=3",
        "E4=4",
        "A4=4",
        "A5=5",
        "B5=5",
        "C5=5",
        "D5=5",
        "E5=5",
      ].sort(byAddress)
    );
    expect(g.values[0]).toEqual([1]);
  });

  test("rows written out of order are read, and merges still drop the cells they cover", () => {
    const file = oneSheet(
      '<sheetData><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>33</v></c></row><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>11</v></c></row></sheetData>' +
        '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A3:A4"/></mergeCells>'
    );
    expect(cells(grids(file)[0]).sort(byAddress)).toEqual(["A1=1", "A3=3", "B3=33"]);
  });
});

function byAddress(a: string, b: string): number {
  const key = (s: string) => {
    const m = /^([A-Z]+)(\d+)/.exec(s)!;
    return Number(m[2]) * 100000 + m[1].length * 1000 + m[1].charCodeAt(0);
  };
  return key(a) - key(b);
}

describe("cells", () => {
  const sst =
    "<si><t>Звичайний</t></si>" +
    '<si><r><rPr><b/></rPr><t>Жирний </t></r><r><t xml:space="preserve">і ні</t></r><rPh sb="0" eb="1"><t>фонетика</t></rPh></si>' +
    "<si><t>&lt;ГО&gt; &amp; &quot;партнери&quot; &#1028;&#x0404;</t></si>" +
    "<si><t>рядок_x000D_\nдругий _x005F_x0041_</t></si>";

  test("every kind of value reads as Excel's API gives it", () => {
    const file = oneSheet(
      '<sheetData><row r="1">' +
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
        '<c r="E1" t="str"><v>a &amp; b</v></c>' +
        '<c r="F1" t="inlineStr"><is><r><t>Вбу</t></r><r><t>дований</t></r><rPh><t>x</t></rPh></is></c>' +
        '<c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c>' +
        '<c r="I1" t="e"><v>#REF!</v></c>' +
        '<c r="J1" t="n"><v>2.5</v></c><c r="K1"><v>-1E3</v></c><c r="L1"><v>44927</v></c>' +
        '<c r="M1" t="d"><v>2023-01-01T00:00:00</v></c>' +
        '<c r="N1"><f>1+1</f><v>2</v></c>' +
        '<c r="O1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
        '<c r="P1" t="b"><f>TRUE()</f><v>1</v></c>' +
        '<c r="Q1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="R1"><f>NOW()</f></c>' +
        '<c r="S1" t="s"><v>99</v></c>' +
        '<c r="T1" s="0"/>' +
        "</row></sheetData>",
      { sharedStrings: sst }
    );
    const [g] = grids(file);
    expect(g.values[0]).toEqual([
      "Звичайний",
      "Жирний і ні",
      '<ГО> & "партнери" ЄЄ',
      "рядок\r\nдругий _x0041_",
      "a & b",
      "Вбудований",
      true,
      false,
      "#REF!",
      2.5,
      -1000,
      44927,
      44927,
      2,
      "xy",
      true,
      "#DIV/0!",
      null,
      null,
    ]);
    expect(g.values[0].length).toBe(19);
  });

  test("cells and rows without positions are counted along", () => {
    const [g] = grids(
      oneSheet(
        '<sheetData><row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="5"><c><v>8</v></c></row></sheetData>'
      )
    );
    expect(cells(g)).toEqual(["A1=1", "B1=2", "E1=5", "F1=6", "A2=7", "A5=8"]);
  });

  test("comments, stray text and CDATA between and inside cells are read as an XML parser would", () => {
    const [g] = grids(
      oneSheet(
        '<sheetData><!-- <row r="9"><c r="A9"><v>9</v></c></row> --><row r="1"><c r="A1"><v>1</v></c></row> a < b ' +
          '<row r="2"><c r="A2" t="str"><v><![CDATA[x < y & <z>]]></v></c><?pi <c r="B2"><v>5</v></c> ?></row></sheetData>'
      )
    );
    expect(cells(g)).toEqual(["A1=1", 'A2="x < y & <z>"']);
  });

  test("prefixed elements, as some writers write them, read the same", () => {
    const file = fileOf(
      workbookEntries([
        {
          name: "P",
          xml: '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>так</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>',
        },
      ])
    );
    const [g] = grids(file);
    expect(cells(g)).toEqual(['B2="так"']);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  test("number formats: custom and built-in ids as ExcelJS gave them, the first style and General none", () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="[&gt;=100]0;&quot;мало&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="49"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="14"/><xf numFmtId="14"/><xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/><xf numFmtId="0"/><xf numFmtId="30"/></cellXfs>' +
      '<dxfs><dxf><numFmt numFmtId="164" formatCode="0"/></dxf></dxfs>';
    const [g] = grids(
      oneSheet(
        '<sheetData><row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" s="2"><v>3</v></c><c r="D1" s="3"><v>4</v></c><c r="E1" s="4"><v>5</v></c><c r="F1" s="5"><v>6</v></c><c r="G1" s="77"><v>7</v></c></row></sheetData>',
        { styles }
      )
    );
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => numberFormat(g, 0, c))).toEqual([
      null,
      "mm-dd-yy",
      "dd.mm.yyyy",
      '[>=100]0;"мало"',
      null,
      null,
      null,
    ]);
  });

  test("in a workbook counting dates from 1904, dates are given as 1900-based serials, as before", () => {
    const [g] = grids(
      oneSheet(
        '<sheetData><row r="1"><c r="A1" s="1"><v>43465</v></c><c r="B1"><v>43465</v></c></row></sheetData>',
        {
          styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
          workbookPr: '<workbookPr date1904="1"/>',
        }
      )
    );
    expect(g.values[0]).toEqual([43465 + 1462, 43465]);
  });

  test("hidden columns and rows are listed, 0-based", () => {
    const [g] = grids(
      oneSheet(
        '<cols><col min="2" max="3" hidden="1" width="0"/><col min="5" max="5" width="9"/><col min="7" max="7" hidden="true"/></cols>' +
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>3</v></c></row><row r="9" hidden="1"/></sheetData>'
      )
    );
    expect([g.hiddenColumns, g.hiddenRows]).toEqual([
      [1, 2, 6],
      [2, 8],
    ]);
  });

  test("rows hidden out of order or twice are listed once, in order", () => {
    const [g] = grids(
      oneSheet(
        '<sheetData><row r="5" hidden="1"/><row r="2" hidden="true"/><row r="5" hidden="1"/><row r="3" hidden="0"/></sheetData>'
      )
    );
    expect(g.hiddenRows).toEqual([1, 4]);
  });

  test("the grid is sparse: empty rows are holes, not arrays", () => {
    const [g] = grids(
      oneSheet(
        '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="7"><c r="C7"><v>2</v></c></row></sheetData>'
      )
    );
    expect(g.values.length).toBe(7);
    expect(Object.keys(g.values)).toEqual(["1", "6"]);
    // number formats only where a cell has one other than General
    expect(Object.keys(g.numberFormats!)).toEqual([]);
  });
});

describe("sheets", () => {
  test("names as the file writes them (40 characters, twice the same), hidden kept, very hidden left out", () => {
    const long = "План заходів з виконання резолюції 1325 на".slice(0, 40);
    expect(long).toHaveLength(40);
    const xml = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
    const file = fileOf(
      workbookEntries([
        { name: long, xml },
        { name: long, xml },
        { name: "Прихований", xml, state: "hidden" },
        { name: "Службовий", xml, state: "veryHidden" },
        { name: "R&D <1>", xml },
      ])
    );
    expect(grids(file).map((g) => [g.sheetName, g.hidden])).toEqual([
      [long, false],
      [long, false],
      ["Прихований", true],
      ["R&D <1>", false],
    ]);
  });

  test("absolute part names in the relationships are followed", () => {
    const file = fileOf(
      workbookEntries(
        [
          {
            name: "A",
            xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
          },
        ],
        {
          absoluteTargets: true,
          sharedStrings: "<si><t>так</t></si>",
        }
      )
    );
    expect(cells(grids(file)[0])).toEqual(['A1="так"']);
  });

  test("a sheet whose part is missing is an empty sheet, the others read", () => {
    const entries = workbookEntries([
      { name: "A", xml: "<sheetData/>" },
      { name: "B", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]).filter((e) => e.name !== "xl/worksheets/sheet1.xml");
    expect(grids(fileOf(entries)).map((g) => [g.sheetName, cells(g)])).toEqual([
      ["A", []],
      ["B", ["A1=1"]],
    ]);
  });

  test("more cells than the limit is refused before they are all read", () => {
    const rows = Array.from(
      { length: 50 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`
    );
    const file = oneSheet(`<sheetData>${rows.join("")}</sheetData>`);
    const limits = { entryBytes: 1 << 20, totalBytes: 1 << 21, cells: 99 };
    expect(readWorkbook(file, limits)).toEqual({
      key: "error.workbook-too-many-cells",
      params: { limit: 99 },
    });
    expect(Array.isArray(readWorkbook(file, { ...limits, cells: 100 }))).toBe(true);
    // merged areas count too, and are counted as they are found
    const refs = Array.from({ length: 120 }, (_, r) => `<mergeCell ref="A${r + 1}:B${r + 1}"/>`);
    const merged = oneSheet(`<sheetData/><mergeCells>${refs.join("")}</mergeCells>`);
    expect(readWorkbook(merged, limits)).toEqual({
      key: "error.workbook-too-many-cells",
      params: { limit: 99 },
    });
  });
});

describe("readWorkbookGrids", () => {
  test("gives the grids, or throws a WorkbookRefusal carrying the message key", async () => {
    const ok = await readWorkbookGrids(
      oneSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')
    );
    expect(ok.map((g) => g.values)).toEqual([[[1]]]);
    const bad = readWorkbookGrids(fileOf(Buffer.from("PK\u0003\u0004")));
    await expect(bad).rejects.toBeInstanceOf(WorkbookRefusal);
    await expect(bad).rejects.toMatchObject({ refusal: { key: "error.zip-damaged" } });
  });
});

describe("the command line tells each refusal in one line, in the user's language", () => {
  async function cli(file: string, lang = "en_US.UTF-8") {
    let out = "";
    let err = "";
    const code = await run(
      [file],
      { out: (s) => (out += s), err: (s) => (err += s) },
      { LANG: lang }
    );
    return { code, out, err };
  }
  const sheetOnly = (entry: Partial<CraftEntry>) => {
    const entries = workbookEntries([{ name: "A", xml: "<sheetData/>" }]);
    const i = entries.findIndex((e) => e.name === "xl/worksheets/sheet1.xml");
    entries[i] = { ...entries[i], ...entry } as CraftEntry;
    return fileOf(entries);
  };

  test.each([
    [
      "cut short",
      () => fileOf(Buffer.from("PK\u0003\u0004 cut")),
      /The workbook could not be read \(the file is damaged or cut short; open it in Excel and save it again\)/,
    ],
    ["encrypted", () => sheetOnly({ flags: 1 }), /The workbook's contents are encrypted/],
    ["packed with bzip2", () => sheetOnly({ method: 12 }), /cannot unpack \(method 12\)/],
    [
      "no workbook part",
      () => fileOf([{ name: "x.xml", data: "<x/>" }]),
      /holds no workbook \(xl\/workbook\.xml is missing\)/,
    ],
    [
      "a sheet unpacking to 300 MB",
      () =>
        sheetOnly({
          data: undefined,
          packed: inflatingTo("<worksheet><sheetData>", 300, "</sheetData></worksheet>"),
        }),
      /its part xl\/worksheets\/sheet1\.xml unpacks to more than 256 MB/,
    ],
  ])("%s", async (_, make, message) => {
    const file = make();
    expect(await cli(file)).toEqual({
      code: 2,
      out: "",
      err: expect.stringMatching(
        new RegExp(`^plan-check: [^\\n]*${message.source}[^\\n]*: ${file}\\n$`)
      ),
    });
  });

  test("in Ukrainian", async () => {
    const r = await cli(fileOf([{ name: "x.xml", data: "<x/>" }]), "uk_UA.UTF-8");
    expect(r.err).toMatch(
      /^plan-check: У цьому zip-архіві немає книги \(бракує xl\/workbook\.xml\): [^\n]+\n$/
    );
  });
});

describe("whether the workbook's texts hold a terminal control", () => {
  const plain = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
  const cases: [string, string, string, string?][] = [
    [
      "a shared string",
      '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData>',
      "Аркуш1",
    ],
    [
      "an escaped one (_x0085_)",
      '<sheetData><row r="1"><c r="A1" t="s"><v>2</v></c></row></sheetData>',
      "Аркуш1",
    ],
    [
      "a numeric reference (&#x9B;)",
      '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>',
      "Аркуш1",
    ],
    [
      "an inline string",
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\u2028b</t></is></c></row></sheetData>',
      "Аркуш1",
    ],
    [
      "a formula's text",
      '<sheetData><row r="1"><c r="A1" t="str"><f>"x"</f><v>x\u007fy</v></c></row></sheetData>',
      "Аркуш1",
    ],
    ["a sheet's name", plain, "План\u0085"],
  ];
  const sst =
    "<si><t>Звичайний</t></si><si><t>Відділ\u009b31m</t></si><si><t>a_x0085_b</t></si><si><t>c&#x9B;d</t></si>";

  test("plain texts are noted as free of them", () => {
    const [g] = grids(oneSheet(plain, { sharedStrings: sst }));
    expect(g.controlFree).toBe(true);
    expect(
      grids(join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx")).every(
        (x) => x.controlFree
      )
    ).toBe(true);
  });

  test.each(cases)("a control in %s is noted, for every sheet", (_, xml, name) => {
    const file = fileOf(
      workbookEntries(
        [
          { name: "Перший", xml: plain },
          { name, xml },
        ],
        { sharedStrings: sst }
      )
    );
    const gs = grids(file);
    expect(gs.map((g) => g.controlFree)).toEqual([false, false]);
  });
});

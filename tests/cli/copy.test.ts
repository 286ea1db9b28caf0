/**
 * The checked copy keeps everything: a plan workbook holding what ExcelJS cannot write (a chart and a
 * chartsheet, a PivotTable with its cache, custom XML) besides an image, data validation, defined names, notes
 * and tables of its own, goes through `plan-check FILE --out CHECKED.xlsx`; every part of it is in the copy,
 * the parts Plan Check had no reason to touch byte for byte, the few it adds to with all they had, and Plan
 * Check's highlights, notes, sheets and tables are there under names the workbook does not use.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MARKS_SHEET } from "../../src/cli/render";
import { attrs, unesc } from "../../src/cli/package/xml";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { cellAddress } from "../../src/core/grid";
import { CLEAN_PLAN, renderPlan, type PlanSpec } from "../fixtures/planModel";
import { cellsOf, fixtureWorkbook, tempDir } from "../fixtures/workbook";
import { runCliUk } from "../fixtures/cli";

const ROOT = join(__dirname, "..", "..");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const REVIEWER_NOTE = "Рецензент: уточнити термін";

const cli = runCliUk;

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const tagsOf = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}[\\s/>][^>]*>?`, "g"))].map((m) => attrs(m[0]));

/** Adds text before the last occurrence of `marker` in a part. */
async function insertBefore(zip: JSZip, part: string, marker: string, text: string) {
  const xml = await zip.file(part)!.async("string");
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`${marker} not in ${part}`);
  zip.file(part, xml.slice(0, at) + text + xml.slice(at));
}

/** The part a sheet of the workbook is kept in. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const rid = tagsOf(await zip.file("xl/workbook.xml")!.async("string"), "sheet").find(
    (a) => a.name === sheet
  )!["r:id"];
  const rel = tagsOf(
    await zip.file("xl/_rels/workbook.xml.rels")!.async("string"),
    "Relationship"
  ).find((a) => a.Id === rid)!;
  return rel.Target.startsWith("/") ? rel.Target.slice(1) : `xl/${rel.Target}`;
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** Adds a relationship to a part's .rels (made when missing). */
async function relate(zip: JSZip, part: string, id: string, type: string, target: string) {
  const rels = relsOf(part);
  if (!zip.file(rels))
    zip.file(
      rels,
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
    );
  await insertBefore(
    zip,
    rels,
    "</Relationships>",
    `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`
  );
}

const override = (zip: JSZip, part: string, type: string) =>
  insertBefore(
    zip,
    "[Content_Types].xml",
    "</Types>",
    `<Override PartName="/${part}" ContentType="${type}"/>`
  );

const chartXml = (title: string) =>
  `${xmlHead}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:numRef><c:f>'Дані'!$A$2:$A$3</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>'Дані'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const chartFrame = (rid: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Діаграма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

/**
 * A plan as a reviewer gets it: the plan sheet (with an image, a reviewer's note on a cell Plan Check marks,
 * data validation), a data sheet with a chart, tables named like Plan Check's and a PivotTable, sheets named
 * like Plan Check's, a chartsheet, defined names and a custom XML part.
 */
async function richWorkbook(file: string): Promise<void> {
  const spec: PlanSpec = structuredClone(CLEAN_PLAN);
  const measures = spec.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures;
  measures[0].deadline = ""; // 1.1.1: no deadline, a marked cell with the reviewer's note
  measures[1].text = "=1+1 провести аналіз"; // text that looks like a formula
  spec.goals[1].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].executors = ""; // 2.1.1
  const wb = fixtureWorkbook([
    renderPlan(spec),
    {
      name: "Дані",
      rows: [
        ["Рік", "Заходів"],
        [2021, 3],
        [2022, 5],
      ],
    },
    { name: "перевірка", rows: [["Моя власна перевірка"]] },
    { name: "ЗВЕДЕННЯ", rows: [["Моє зведення"]] },
  ]);
  const plan = wb.getWorksheet("План")!;
  const data = wb.getWorksheet("Дані")!;
  data.addTable({
    name: "PlanData",
    ref: "D1",
    columns: [{ name: "Код" }, { name: "Назва" }],
    rows: [
      ["1", "Перший"],
      ["2", "Другий"],
    ],
  });
  data.addTable({
    name: "PlanExecutors",
    ref: "G1",
    columns: [{ name: "Виконавець" }],
    rows: [["Відділ освіти"]],
  });
  plan.getCell("E7").note = REVIEWER_NOTE; // the deadline cell of 1.1.1
  plan.getCell("A1").note = "Примітка до назви";
  plan.getCell("E10").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"2021,2022,2023"'],
  };
  wb.definedNames.add("'Дані'!$A$1:$B$3", "МоїДані");
  const image = wb.addImage({
    buffer: readFileSync(join(ROOT, "assets", "icon-16.png")) as unknown as ExcelJS.Buffer,
    extension: "png",
  });
  plan.addImage(image, "G2:H4");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());

  // a chart on the data sheet
  const dataPart = await sheetPart(zip, "Дані");
  zip.file("xl/charts/chart1.xml", chartXml("Заходи за роками"));
  zip.file(
    "xl/drawings/drawing9.xml",
    `${xmlHead}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${chartFrame("rId1")}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
  await relate(zip, "xl/drawings/drawing9.xml", "rId1", "chart", "../charts/chart1.xml");
  await relate(zip, dataPart, "rIdChart", "drawing", "../drawings/drawing9.xml");
  await insertBefore(zip, dataPart, "<tableParts", `<drawing r:id="rIdChart"/>`);
  await override(zip, "xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`);
  await override(zip, "xl/drawings/drawing9.xml", `${CT}.drawing+xml`);

  // a chartsheet
  zip.file("xl/charts/chart2.xml", chartXml("Заходи на окремому аркуші"));
  zip.file(
    "xl/drawings/drawing10.xml",
    `${xmlHead}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}" xmlns:r="${R}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666480" cy="6293920"/>${chartFrame("rId1")}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`
  );
  await relate(zip, "xl/drawings/drawing10.xml", "rId1", "chart", "../charts/chart2.xml");
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `${xmlHead}<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`
  );
  await relate(zip, "xl/chartsheets/sheet1.xml", "rId1", "drawing", "../drawings/drawing10.xml");
  await relate(zip, "xl/workbook.xml", "rIdCs", "chartsheet", "chartsheets/sheet1.xml");
  await insertBefore(
    zip,
    "xl/workbook.xml",
    "</sheets>",
    `<sheet name="Діаграма" sheetId="40" r:id="rIdCs"/>`
  );
  await override(zip, "xl/chartsheets/sheet1.xml", `${CT}.spreadsheetml.chartsheet+xml`);
  await override(zip, "xl/charts/chart2.xml", `${CT}.drawingml.chart+xml`);
  await override(zip, "xl/drawings/drawing10.xml", `${CT}.drawing+xml`);

  // a PivotTable over the data sheet, its cache definition and records
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${xmlHead}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Дані"/></cacheSource><cacheFields count="2"><cacheField name="Рік" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="2021" maxValue="2022" count="2"><n v="2021"/><n v="2022"/></sharedItems></cacheField><cacheField name="Заходів" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${xmlHead}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="2"><r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="5"/></r></pivotCacheRecords>`
  );
  await relate(
    zip,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "rId1",
    "pivotCacheRecords",
    "pivotCacheRecords1.xml"
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `${xmlHead}<pivotTableDefinition xmlns="${MAIN}" name="PlanCheckPivot" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Значення" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="K2:L5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Сума за полем Заходів" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`
  );
  await relate(
    zip,
    "xl/pivotTables/pivotTable1.xml",
    "rId1",
    "pivotCacheDefinition",
    "../pivotCache/pivotCacheDefinition1.xml"
  );
  await relate(zip, dataPart, "rIdPivot", "pivotTable", "../pivotTables/pivotTable1.xml");
  await relate(
    zip,
    "xl/workbook.xml",
    "rIdCache",
    "pivotCacheDefinition",
    "pivotCache/pivotCacheDefinition1.xml"
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  if (!/<calcPr[^>]*\/>/.test(workbook)) throw new Error("no calcPr to put the caches after");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(
      /(<calcPr[^>]*\/>)/,
      `$1<pivotCaches><pivotCache cacheId="7" r:id="rIdCache"/></pivotCaches>`
    )
  );
  await override(
    zip,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${CT}.spreadsheetml.pivotCacheDefinition+xml`
  );
  await override(
    zip,
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${CT}.spreadsheetml.pivotCacheRecords+xml`
  );
  await override(zip, "xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`);

  // a custom XML part, as document management systems add
  zip.file("customXml/item1.xml", `<plan xmlns="urn:example:records"><id>ZT-1325</id></plan>`);
  zip.file(
    "customXml/itemProps1.xml",
    `${xmlHead}<ds:datastoreItem ds:itemID="{6E2F3A1C-0B7D-4C55-9F0A-1F3C7D3E2A10}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`
  );
  await relate(zip, "customXml/item1.xml", "rId1", "customXmlProps", "itemProps1.xml");
  await relate(zip, "xl/workbook.xml", "rIdCustom", "customXml", "../customXml/item1.xml");
  await override(zip, "customXml/itemProps1.xml", `${CT}.customXmlProperties+xml`);

  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * The notes of a comments part, by cell. (ExcelJS reads a note only onto a cell that has a value or a format,
 * and the copy never adds cells to the plan sheet: notes are read from the part itself.)
 */
function notesIn(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<comment ref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g))
    out[m[1]] = [...m[2].matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => unesc(t[1])).join("");
  return out;
}

/** Every part's uncompressed bytes. */
async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

/** An XML part as its tags and texts, count attributes left out and empty elements written out in full. */
function tokens(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<[^>]+>|[^<]+/g)) {
    const t = m[0].replace(/\scount="\d+"/, ' count=""');
    const empty = /^<([^\s/>!?]+)[^>]*\/>$/.exec(t);
    if (empty) out.push(t.replace(/\s*\/>$/, ">"), `</${empty[1]}>`);
    else out.push(t);
  }
  return out;
}

/** Whether `before`'s tags and texts are all in `after`, in the same order. */
function keepsAll(before: string, after: string): boolean {
  const a = tokens(after);
  let i = 0;
  for (const t of tokens(before)) {
    while (i < a.length && a[i] !== t) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}

describe("the checked copy of a workbook keeps everything", () => {
  const input = join(tempDir(), "rich-plan.xlsx");
  const output = join(tempDir(), "rich-plan-checked.xlsx");
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let planPart: string;
  let code: number;

  beforeAll(async () => {
    await richWorkbook(input);
    const r = await cli([input, "--as-of", "2021-06-30", "--out", output]);
    code = r.code;
    before = await partsOf(input);
    after = await partsOf(output);
    planPart = await sheetPart(await JSZip.loadAsync(readFileSync(input)), "План");
  });

  test("every part of the original is in the copy, the untouched ones byte for byte", () => {
    expect(code).toBe(1);
    const missing = [...before.keys()].filter((p) => !after.has(p));
    expect(missing).toEqual([]);
    const changed = [...before.keys()].filter((p) => !before.get(p)!.equals(after.get(p)!));
    // the image's drawing, the comments of the plan sheet and its VML are the ExcelJS fixture's own
    const comments = [...before.keys()].filter((p) => /comments\d*\.xml$|vmlDrawing/i.test(p));
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/workbook.xml",
        "xl/styles.xml",
        planPart,
        ...comments,
      ].sort()
    );
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/chartsheets/sheet1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/media/image1.png",
      "customXml/item1.xml",
      "xl/sharedStrings.xml",
    ])
      expect(after.get(part)).toEqual(before.get(part));
  });

  test("the parts it adds to keep every element and text they had, in order", () => {
    for (const [part, bytes] of before) {
      if (bytes.equals(after.get(part)!)) continue;
      expect([part, keepsAll(bytes.toString("utf8"), after.get(part)!.toString("utf8"))]).toEqual([
        part,
        true,
      ]);
    }
  });

  test("the plan sheet's cells, data validation, notes and image are as they were", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    const a = cellsOf(original.getWorksheet("План")!);
    const b = cellsOf(copy.getWorksheet("План")!);
    expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual([]);
    const plan = copy.getWorksheet("План")!;
    const comments = [...after.keys()].find((p) => /comments\d*\.xml$/.test(p))!;
    expect(notesIn(after.get(comments)!.toString("utf8"))).toMatchObject({
      A1: "Примітка до назви",
      E7: REVIEWER_NOTE,
      D14: "Plan Check:\n2.1.1: Захід 2.1.1 не має відповідального виконавця.",
    });
    expect(plan.getCell("E10").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"2021,2022,2023"'],
    });
    expect(plan.getImages()).toHaveLength(1);
    expect(copy.definedNames.getRanges("МоїДані").ranges).toEqual(["'Дані'!$A$1:$B$3"]);
  });

  test("the plan sheet's XML keeps the schema's order: formats after merges, before validation; notes' drawing after the image's", () => {
    const xml = after.get(planPart)!.toString("utf8");
    const order = [
      "</sheetData>",
      "<mergeCells",
      "<conditionalFormatting",
      "<dataValidations",
      "<pageMargins",
      "<drawing ",
      "<legacyDrawing ",
    ].map((t) => xml.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // one comments part and one VML drawing: the sheet's own, with Plan Check's notes added
    const rels = tagsOf(after.get(relsOf(planPart))!.toString("utf8"), "Relationship");
    expect(rels.filter((r) => r.Type.endsWith("/comments"))).toHaveLength(1);
    expect(rels.filter((r) => r.Type.endsWith("/vmlDrawing"))).toHaveLength(1);
    expect(xml.match(/<legacyDrawing /g)).toHaveLength(1);
  });

  test("highlights: a hidden helper sheet of codes, conditional formats reading it, a note on each marked cell without one", async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    const helper = copy.getWorksheet(MARKS_SHEET)!;
    expect(helper.state).toBe("hidden");
    expect(helper.getCell("E7").value).toBe(2); // missing deadline
    expect(helper.getCell("D14").value).toBe(2); // missing executors of 2.1.1
    const plan = copy.getWorksheet("План")!;
    const cf = (
      plan as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.map((x) => x.formulae[0])])).toEqual([
      [
        expect.stringMatching(/^A\d+:E\d+$/),
        // overdue, missing, deadline passed with no status, other warnings
        [1, 2, 4, 3].map((code) => `'${MARKS_SHEET}'!A4=${code}`),
      ],
    ]);
    expect(cf[0].rules.map((r) => r.style.fill.bgColor.argb)).toEqual([
      "FFF8CBAD",
      "FFFFE699",
      "FFE4DFEC",
      "FFDDEBF7",
    ]);
    // a cell with the reviewer's note keeps it and gets none of ours; the other marked cell gets one
    const comments = [...after.keys()].find((p) => /comments\d*\.xml$/.test(p))!;
    const notes = notesIn(after.get(comments)!.toString("utf8"));
    expect(notes.E7).toBe(REVIEWER_NOTE);
    expect(notes.D14).toBe("Plan Check:\n2.1.1: Захід 2.1.1 не має відповідального виконавця.");
    // one shape a note, each with its own id, in the sheet's one drawing
    const vml = after.get([...after.keys()].find((p) => /\.vml$/.test(p))!)!.toString("utf8");
    const shapes = [...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)];
    const cells = shapes.map((m) => cellAddress(Number(m[1]), Number(m[2])));
    expect(cells.sort()).toEqual(Object.keys(notes).sort());
    const ids = [...vml.matchAll(/<v:shape id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(cells.length);
  });

  test("Plan Check's sheets, tables and links, under names the workbook does not use", async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["План", "visible"],
      ["Дані", "visible"],
      ["перевірка", "visible"],
      ["ЗВЕДЕННЯ", "visible"],
      [MARKS_SHEET, "hidden"],
      ["Перевірка (2)", "visible"],
      ["Зведення (2)", "visible"],
      ["Дані плану", "visible"],
      ["Прострочені за виконавцями", "visible"],
    ]);
    const tables = copy.worksheets.flatMap((w) =>
      (w.getTables() as unknown as { table?: { name: string }; name?: string }[]).map(
        (t) => t.table?.name ?? t.name
      )
    );
    expect(tables.sort()).toEqual(["PlanData", "PlanData2", "PlanExecutors", "PlanExecutors2"]);
    const ids = [...after.keys()]
      .filter((p) => /^xl\/tables\//.test(p))
      .map((p) => tagsOf(after.get(p)!.toString("utf8"), "table")[0].id);
    expect(new Set(ids).size).toBe(ids.length);

    const findings = copy.getWorksheet("Перевірка (2)")!;
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(findings.getCell("A1").value).toBe("Зауваження перевірки плану: План");
    expect(findings.getRow(6).values).toEqual([
      undefined,
      "E7",
      "помилка",
      "Немає терміну",
      "1.1.1",
      "Захід 1.1.1 не має терміну виконання.",
      // the rule's id in the hidden column beside its title, for filtering
      "deadline.missing",
    ]);
    const part = await sheetPart(await JSZip.loadAsync(readFileSync(output)), "Перевірка (2)");
    const links = tagsOf(after.get(part)!.toString("utf8"), "hyperlink");
    expect(links[0]).toEqual({ ref: "A6", location: "'План'!E7", display: "E7" });

    const data = copy.getWorksheet("Дані плану")!;
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(data.getCell("A1").value).toBe("Стратегічна ціль");
    expect(data.getCell("E3").value).toBe("1.1.2");
    expect(data.getCell("F3").value).toBe("=1+1 провести аналіз");
    expect(data.getCell("F3").type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell("I3").value).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(data.getCell("I3").numFmt).toBe("yyyy-mm-dd");

    const summary = copy.getWorksheet("Зведення (2)")!;
    const total = summary
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[1] === "Усього") as unknown[];
    const engine = checkWorkbook(await readWorkbookGrids(input), { asOf: "2021-06-30" });
    if (!("plan" in engine)) throw new Error("no plan");
    expect(total.slice(3, 5)).toEqual([engine.summary.total.measures, 0]);
    // nothing Plan Check writes is a formula
    const ours = ["Перевірка (2)", "Зведення (2)", "Дані плану", MARKS_SHEET];
    for (const name of ours) {
      const p = await sheetPart(await JSZip.loadAsync(readFileSync(output)), name);
      expect(after.get(p)!.toString("utf8")).not.toMatch(/<f[\s>]/);
    }
  });
});

test("a plan sheet without notes gets its own comments part and drawing, declared and related", async () => {
  const spec: PlanSpec = structuredClone(CLEAN_PLAN);
  spec.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].deadline = "";
  const input = join(tempDir(), "plain-plan.xlsx");
  const output = join(tempDir(), "plain-plan-checked.xlsx");
  await fixtureWorkbook([renderPlan(spec)]).xlsx.writeFile(input);
  expect((await cli([input, "--as-of", "2021-06-30", "--out", output])).code).toBe(1);
  const parts = await partsOf(output);
  const text = (p: string) => parts.get(p)!.toString("utf8");
  const plan = await sheetPart(await JSZip.loadAsync(readFileSync(output)), "План");
  const rels = tagsOf(text(relsOf(plan)), "Relationship");
  const target = (type: string) => {
    const rel = rels.find((r) => r.Type === `${REL_TYPE}/${type}`)!;
    return join(plan, "..", rel.Target).replace(/\\/g, "/");
  };
  const comments = target("comments");
  const vml = target("vmlDrawing");
  expect(notesIn(text(comments))).toEqual({
    E7: "Plan Check:\n1.1.1: Захід 1.1.1 не має терміну виконання.",
  });
  expect(text(vml)).toContain("<x:Row>6</x:Row><x:Column>4</x:Column>");
  const types = text("[Content_Types].xml");
  expect(types).toContain(`PartName="/${comments}" ContentType="${CT}.spreadsheetml.comments+xml"`);
  expect(types).toMatch(/<Default Extension="vml" ContentType="[^"]+vmlDrawing"\/>/);
  const id = rels.find((r) => r.Type === `${REL_TYPE}/vmlDrawing`)!.Id;
  expect(text(plan)).toContain(`<legacyDrawing r:id="${id}"/></worksheet>`);
  // the copy is a zip every reader takes: checked again, it is the same plan with the same findings
  const again = await cli([output, "--as-of", "2021-06-30", "--json"]);
  expect(JSON.parse(again.out).findings).toEqual(
    JSON.parse((await cli([input, "--as-of", "2021-06-30", "--json"])).out).findings
  );
});

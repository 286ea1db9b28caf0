/**
 * Whatever file it is given, the command line answers: a report (exit 0 or 1, the JSON document on stdout,
 * nothing on stderr) or a refusal (exit 2, one line on stderr, nothing on stdout), and the reader under it
 * never throws. Random bytes, random zips whose entries are named like a workbook's parts and hold random
 * SpreadsheetML, and real small plans mutated byte by byte and tag by tag.
 * FUZZ_RUNS=N runs each property N times (default 30).
 */
import fc from "fast-check";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/cli/read";
import { TERMINAL_CONTROL } from "../../src/cli/json";
import { run } from "../../src/cli/plan-check";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { fixtureWorkbook, tempDir } from "../fixtures/workbook";
import { zipOf, type CraftEntry } from "./zipcraft";

const RUNS = Number(process.env.FUZZ_RUNS) || 30;
jest.setTimeout(60_000 + RUNS * 2_000);

let n = 0;
async function outcome(bytes: Buffer) {
  const file = join(tempDir(), `fuzz-${++n}.xlsx`);
  writeFileSync(file, bytes);
  // the reader itself: a value every time, never an exception
  const read = readWorkbook(file);
  expect(Array.isArray(read) || ("key" in read && "params" in read)).toBe(true);
  let out = "";
  let err = "";
  const code = await run(
    [file, "--json", "--as-of", "2023-06-30"],
    { out: (s) => (out += s), err: (s) => (err += s) },
    { LANG: "en_US.UTF-8" }
  );
  return { code, out, err };
}

/** A report, or a refusal in one line: nothing else. */
function expectAnAnswer(r: { code: number; out: string; err: string }) {
  if (r.code === 2) {
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^plan-check: [^\n]+\n$/);
  } else {
    expect([0, 1]).toContain(r.code);
    expect(r.err).toBe("");
    expect(() => JSON.parse(r.out)).not.toThrow();
    // whatever route a control took into the workbook (shared, inline or formula text, a sheet's name, an
    // escape), it leaves escaped
    expect(r.out).not.toMatch(TERMINAL_CONTROL);
  }
}

const PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "XL/Workbook.xml",
  "xl\\worksheets\\sheet1.xml",
  "other.bin",
];

const letters = fc.stringMatching(/^[A-Z]{1,3}$/);
const rowNumber = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.constantFrom(0, 1048576, 1048577, 99999999)
);
const address = fc.oneof(
  fc.tuple(letters, rowNumber).map(([c, r]) => `${c}${r}`),
  fc.constantFrom("", "A", "1", "XFD1048576", "a1", "$A$1", "ZZZZ1")
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&bogus;",
    "_x000D_",
    "<",
    "]]>",
    "Захід",
    "\r\n",
    "\u0085",
    "\u009b",
    "\u2028",
    "_x0085_",
    "&#x9B;",
    "&#127;"
  )
);
const attrValue = fc.oneof(text, address, fc.integer({ min: -5, max: 200 }).map(String));

/** SpreadsheetML-ish tokens, well formed or not, in any order. */
const token = fc.oneof(
  fc.tuple(rowNumber, fc.boolean()).map(([r, h]) => `<row r="${r}"${h ? ' hidden="1"' : ""}>`),
  fc.constant("</row>"),
  fc
    .tuple(
      address,
      fc.constantFrom("s", "str", "inlineStr", "b", "e", "n", "d", "x"),
      fc.integer({ min: 0, max: 9 })
    )
    .map(([a, t, s]) => `<c r="${a}" t="${t}" s="${s}">`),
  fc.constant("<c>"),
  fc.constant("</c>"),
  text.map((t) => `<v>${t}</v>`),
  fc.integer({ min: -1, max: 30 }).map((i) => `<v>${i}</v>`),
  text.map((t) => `<is><r><t>${t}</t></r><rPh><t>x</t></rPh></is>`),
  text.map((t) => `<f>${t}</f>`),
  fc.tuple(address, address).map(([a, b]) => `<mergeCell ref="${a}:${b}"/>`),
  fc.constant("<mergeCells>"),
  fc.constant("<sheetData>"),
  fc.constant("</sheetData>"),
  fc
    .tuple(fc.integer({ min: -2, max: 20000 }), fc.integer({ min: -2, max: 20000 }))
    .map(([a, b]) => `<col min="${a}" max="${b}" hidden="1"/>`),
  fc
    .tuple(text, fc.constantFrom("hidden", "veryHidden", "visible"), fc.integer({ min: 0, max: 3 }))
    .map(([name, state, i]) => `<sheet name="${name}" state="${state}" r:id="rId${i}"/>`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom("worksheet", "sharedStrings", "styles", "chartsheet", "officeDocument"),
      attrValue
    )
    .map(
      ([i, type, target]) =>
        `<Relationship Id="rId${i}" Type="http://x/${type}" Target="${target}"/>`
    ),
  text.map((t) => `<si><t>${t}</t></si>`),
  fc
    .tuple(fc.integer({ min: 0, max: 200 }), text)
    .map(([i, t]) => `<numFmt numFmtId="${i}" formatCode="${t}"/>`),
  fc.constantFrom("<cellXfs>", "</cellXfs>", "<numFmts>", "</numFmts>"),
  fc.integer({ min: 0, max: 200 }).map((i) => `<xf numFmtId="${i}"/>`),
  fc.constantFrom("<!--", "-->", "<![CDATA[", "<?pi ", '<x:c r="B2">', "<", ">", '"', "'", "/>"),
  text
);

const xml = fc.array(token, { maxLength: 40 }).map((ts) => ts.join(""));

describe("any file gets an answer", () => {
  test("random bytes, with or without a zip's signature", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, pk) => {
        const b = Buffer.from(bytes);
        if (pk && b.length >= 4) b.writeUInt32LE(0x04034b50, 0);
        expectAnAnswer(await outcome(b));
      }),
      { numRuns: RUNS * 2 }
    );
  });

  test("random zips whose entries are named like a workbook's parts and hold random SpreadsheetML", async () => {
    const entry = fc.record({
      name: fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 20 })),
      data: xml,
      method: fc.constantFrom(0, 8, 8, 8, 9),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 9 }), fc.boolean(), async (entries, zip64) => {
        expectAnAnswer(await outcome(zipOf(entries as CraftEntry[], { zip64 })));
      }),
      { numRuns: RUNS }
    );
  });

  test("a small valid plan, its bytes mutated", async () => {
    const plan = Buffer.from(
      (await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeBuffer()) as ArrayBuffer
    );
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ cut: fc.nat() })
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (ms) => {
        let b = Buffer.from(plan);
        for (const m of ms) {
          if ("cut" in m) b = b.subarray(0, m.cut % (b.length + 1));
          else if (b.length) b[m.at % b.length] = m.byte;
        }
        expectAnAnswer(await outcome(b));
      }),
      { numRuns: RUNS }
    );
  });

  test("a small valid plan, its parts' XML mutated: cut, repeated, or random tags let in", async () => {
    const zip = await JSZip.loadAsync(
      await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeBuffer()
    );
    const names = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    const parts = await Promise.all(names.map((f) => zip.file(f)!.async("string")));
    const edit = fc.record({
      part: fc.nat(),
      at: fc.nat(),
      length: fc.nat({ max: 300 }),
      kind: fc.constantFrom("delete", "repeat", "insert"),
      insert: xml,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const texts = [...parts];
        for (const e of edits) {
          const i = e.part % texts.length;
          const s = texts[i];
          const at = e.at % (s.length + 1);
          const end = Math.min(s.length, at + e.length);
          if (e.kind === "delete") texts[i] = s.slice(0, at) + s.slice(end);
          else if (e.kind === "repeat") texts[i] = s.slice(0, end) + s.slice(at, end) + s.slice(at);
          else texts[i] = s.slice(0, at) + e.insert + s.slice(at);
        }
        expectAnAnswer(await outcome(zipOf(names.map((name, i) => ({ name, data: texts[i] })))));
      }),
      { numRuns: RUNS }
    );
  });
});

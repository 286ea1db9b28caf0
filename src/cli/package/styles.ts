/**
 * The styles Plan Check's sheets need, appended to the workbook's styles part after the workbook's own:
 * fonts, fills, number formats and cell formats for each cell style of a sheet spec, and the differential
 * formats (dxfs) the highlights' conditional formats fill cells with. Nothing of the workbook's is changed or
 * renumbered, so its cells look exactly as before.
 */
import type { CellStyle } from "../../core/sheets";
import { STYLE_FORMATS } from "../../core/styles";
import { MARK_FILLS, type MarkKind } from "../../core/marks";
import {
  appendInside,
  attrs,
  childrenOf,
  esc,
  insertionPoint,
  prefixOf,
  rootOf,
  spliceAt,
  withAttr,
  type Element,
} from "./xml";

/** CT_Stylesheet's sequence. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

/** CT_Font is a choice of these; Excel writes them in this order. */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** Number formats every Excel knows by id. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export const DATE_FORMAT = "yyyy-mm-dd";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

/** What Plan Check's cells and highlights are formatted with: indices into the workbook's styles. */
export interface StyleIds {
  cell: Record<CellStyle, number>;
  date: number;
  dxf: Record<MarkKind, number>;
}

/** The font elements of the workbook's default font, by name, to base ours on (same face and size). */
function baseFont(xml: string, fonts: Element | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const first = fonts ? childrenOf(xml, fonts).find((e) => e.name === "font") : undefined;
  if (first)
    for (const e of childrenOf(xml, first))
      out.set(
        e.name,
        xml
          .slice(e.start, e.end)
          .replace(/^<[^:\s>/]+:/, "<")
          .replace(/<\/[^:>]+:/, "</")
      );
  if (!out.has("sz")) out.set("sz", `<sz val="11"/>`);
  if (!out.has("name")) out.set("name", `<name val="Calibri"/>`);
  return out;
}

/**
 * Appends Plan Check's styles to a styles part (the workbook's, or MINIMAL_STYLES where it has none) and
 * returns the new text and the indices to use.
 */
export function appendStyles(original: string): { xml: string; ids: StyleIds } {
  let xml = original;
  const sections = () => {
    const root = rootOf(xml);
    const kids = childrenOf(xml, root);
    return { root, kids, get: (n: string) => kids.find((k) => k.name === n) };
  };
  const p = prefixOf(rootOf(xml));
  const count = (el: Element | undefined, child: string) =>
    el ? childrenOf(xml, el).filter((e) => e.name === child).length : 0;

  /** Appends elements to a section (made where the schema puts it when missing); returns the first new index. */
  const append = (section: (typeof ORDER)[number], child: string, items: string[]): number => {
    let s = sections();
    if (items.length === 0) return count(s.get(section), child);
    if (!s.get(section)) {
      const at = insertionPoint(xml, s.root, s.kids, section, ORDER);
      xml = spliceAt(xml, at, `<${p}${section} count="0"/>`);
      s = sections();
    }
    const el = s.get(section)!;
    const first = count(el, child);
    xml = appendInside(xml, el, items.join(""));
    const updated = sections().get(section)!;
    const tag = xml.slice(updated.start, updated.tagEnd);
    if ("count" in attrs(tag))
      xml =
        xml.slice(0, updated.start) +
        withAttr(tag, "count", String(first + items.length)) +
        xml.slice(updated.tagEnd);
    return first;
  };

  // number formats: the built-in ones by id, others found among the workbook's or added after them
  const s0 = sections();
  const existing = new Map<string, number>();
  let maxId = 163;
  if (s0.get("numFmts"))
    for (const e of childrenOf(xml, s0.get("numFmts")!)) {
      const a = attrs(xml.slice(e.start, e.tagEnd));
      const id = Number(a.numFmtId);
      if (Number.isFinite(id)) {
        existing.set(a.formatCode, id);
        maxId = Math.max(maxId, id);
      }
    }
  const newFormats: string[] = [];
  const formatId = (code: string): number => {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    if (!existing.has(code)) {
      existing.set(code, ++maxId);
      newFormats.push(`<${p}numFmt numFmtId="${maxId}" formatCode="${esc(code)}"/>`);
    }
    return existing.get(code)!;
  };

  const base = baseFont(xml, s0.get("fonts"));
  const pre = (x: string) => x.replace(/<(?=\w)/g, `<${p}`).replace(/<\/(?=\w)/g, `</${p}`);
  const fonts: string[] = [];
  const fills: string[] = [];
  const fontIndex = new Map<string, number>();
  const fillIndex = new Map<string, number>();
  const xfs: string[] = [];
  const hasStyleXf = count(s0.get("cellStyleXfs"), "xf") > 0;
  // index 0 of fonts and cell formats is the workbook's default, fills 0 and 1 are reserved: a styles part
  // missing them gets them first, so ours never become anyone's default
  if (count(s0.get("fonts"), "font") === 0)
    fonts.push(pre(`<font>${[...base.values()].join("")}</font>`));
  const reserved = [
    `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
    `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
  ];
  fills.push(...reserved.slice(count(s0.get("fills"), "fill")));
  if (count(s0.get("cellXfs"), "xf") === 0)
    xfs.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  const fontsBefore = count(s0.get("fonts"), "font");
  const fillsBefore = count(s0.get("fills"), "fill");
  const xfsBefore = count(s0.get("cellXfs"), "xf");

  const addXf = (f: (typeof STYLE_FORMATS)[CellStyle] | { numberFormat: string }): number => {
    const fmt = f as (typeof STYLE_FORMATS)[CellStyle];
    let fontId = 0;
    if (fmt.bold || fmt.italic || fmt.size || fmt.color) {
      const parts = new Map(base);
      parts.delete("b");
      parts.delete("i");
      if (fmt.bold) parts.set("b", "<b/>");
      if (fmt.italic) parts.set("i", "<i/>");
      if (fmt.size) parts.set("sz", `<sz val="${fmt.size}"/>`);
      if (fmt.color) parts.set("color", `<color rgb="${argb(fmt.color)}"/>`);
      const inner = FONT_ORDER.filter((n) => parts.has(n))
        .map((n) => parts.get(n)!)
        .join("");
      const font = pre(`<font>${inner}</font>`);
      if (!fontIndex.has(font)) {
        fontIndex.set(font, fontsBefore + fonts.length);
        fonts.push(font);
      }
      fontId = fontIndex.get(font)!;
    }
    let fillId = 0;
    if (fmt.fill) {
      const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(fmt.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
      if (!fillIndex.has(fill)) {
        fillIndex.set(fill, fillsBefore + fills.length);
        fills.push(fill);
      }
      fillId = fillIndex.get(fill)!;
    }
    const numFmtId = fmt.numberFormat ? formatId(fmt.numberFormat) : 0;
    const applied = [
      numFmtId ? ` applyNumberFormat="1"` : "",
      fontId ? ` applyFont="1"` : "",
      fillId ? ` applyFill="1"` : "",
      fmt.wrap || fmt.top ? ` applyAlignment="1"` : "",
    ].join("");
    const align = fmt.wrap
      ? `<${p}alignment vertical="top" wrapText="1"/>`
      : fmt.top
        ? `<${p}alignment vertical="top"/>`
        : "";
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"${hasStyleXf ? ` xfId="0"` : ""}${applied}`;
    xfs.push(align ? `${head}>${align}</${p}xf>` : `${head}/>`);
    return xfsBefore + xfs.length - 1;
  };

  const cell = {} as Record<CellStyle, number>;
  for (const style of Object.keys(STYLE_FORMATS) as CellStyle[])
    cell[style] = addXf(STYLE_FORMATS[style]);
  const date = addXf({ numberFormat: DATE_FORMAT });

  const dxfItems = (Object.keys(MARK_FILLS) as MarkKind[]).map(
    (kind) =>
      `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(MARK_FILLS[kind])}"/></${p}patternFill></${p}fill></${p}dxf>`
  );

  // in schema order, so each section's insertion finds its neighbours already there
  append("numFmts", "numFmt", newFormats);
  append("fonts", "font", fonts);
  append("fills", "fill", fills);
  append("cellXfs", "xf", xfs);
  const firstDxf = append("dxfs", "dxf", dxfItems);
  const dxf = {} as Record<MarkKind, number>;
  (Object.keys(MARK_FILLS) as MarkKind[]).forEach((kind, i) => (dxf[kind] = firstDxf + i));
  return { xml, ids: { cell, date, dxf } };
}

/**
 * Cell formats that take only the borders of the workbook's own cell formats (with their font and alignment,
 * so what is typed there looks like the table's text): for a new column drawn as part of the table, never
 * its neighbour's number format or fill. `from` are indices into cellXfs; the result maps each one whose
 * format has a border to the index of its bordered twin (formats without a border get none).
 */
export function borderedXfs(
  original: string,
  from: readonly number[]
): { xml: string; ids: Map<number, number> } {
  const ids = new Map<number, number>();
  const root = rootOf(original);
  const cellXfs = childrenOf(original, root).find((k) => k.name === "cellXfs");
  if (!cellXfs || cellXfs.selfClosing) return { xml: original, ids };
  const xfs = childrenOf(original, cellXfs).filter((e) => e.name === "xf");
  const p = prefixOf(cellXfs);
  const added: string[] = [];
  const twins = new Map<string, number>();
  for (const id of new Set(from)) {
    const xf = xfs[id];
    if (!xf) continue;
    const a = attrs(original.slice(xf.start, xf.tagEnd));
    if (!a.borderId || a.borderId === "0") continue;
    const align = xf.selfClosing
      ? undefined
      : childrenOf(original, xf).find((k) => k.name === "alignment");
    const alignment = align ? original.slice(align.start, align.end) : "";
    const head =
      `<${p}xf numFmtId="0" fontId="${esc(a.fontId ?? "0")}" fillId="0" borderId="${esc(a.borderId)}"` +
      `${a.xfId !== undefined ? ` xfId="${esc(a.xfId)}"` : ""} applyBorder="1"` +
      `${a.fontId && a.fontId !== "0" ? ` applyFont="1"` : ""}${alignment ? ` applyAlignment="1"` : ""}`;
    const text = alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`;
    let at = twins.get(text);
    if (at === undefined) {
      at = xfs.length + added.length;
      twins.set(text, at);
      added.push(text);
    }
    ids.set(id, at);
  }
  if (added.length === 0) return { xml: original, ids };
  let xml = appendInside(original, cellXfs, added.join(""));
  const updated = childrenOf(xml, rootOf(xml)).find((k) => k.name === "cellXfs")!;
  const tag = xml.slice(updated.start, updated.tagEnd);
  if ("count" in attrs(tag))
    xml =
      xml.slice(0, updated.start) +
      withAttr(tag, "count", String(xfs.length + added.length)) +
      xml.slice(updated.tagEnd);
  return { xml, ids };
}

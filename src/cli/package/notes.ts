/**
 * Notes (Excel's legacy comments) on the plan's marked cells: text in the sheet's comments part, a shape for
 * each in its VML drawing. A sheet that already has notes keeps them and gets ours in the same parts; a cell
 * that has a note keeps it and gets none of ours.
 */
import { parseAddress } from "../../core/grid";
import {
  appendInside,
  attrs,
  childrenOf,
  closingStart,
  esc,
  escText,
  insertionPoint,
  prefixOf,
  rootOf,
  spliceAt,
  withAttr,
} from "./xml";
import { NS } from "./opc";

export const AUTHOR = "Plan Check";

export interface Note {
  cell: string;
  text: string;
}

/** The cells a comments part already has notes on. */
export function notedCells(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?comment\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g))
    out.add(m[1].toUpperCase());
  return out;
}

export const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`;

/** A comments part with the notes added (under the author "Plan Check"), made as it is written. */
export function addComments(xml: string, notes: Note[]): () => Iterable<string> {
  let root = rootOf(xml);
  const p = prefixOf(root);
  let kids = childrenOf(xml, root);
  const ORDER = ["authors", "commentList", "extLst"];
  for (const name of ["authors", "commentList"])
    if (!kids.some((k) => k.name === name)) {
      xml = spliceAt(xml, insertionPoint(xml, root, kids, name, ORDER), `<${p}${name}/>`);
      root = rootOf(xml);
      kids = childrenOf(xml, root);
    }
  const authors = kids.find((k) => k.name === "authors")!;
  const names = childrenOf(xml, authors)
    .filter((e) => e.name === "author")
    .map((e) => xml.slice(e.tagEnd, e.end).replace(/<\/[^>]*>$/, ""));
  let authorId = names.indexOf(esc(AUTHOR));
  if (authorId < 0) {
    authorId = names.length;
    xml = appendInside(xml, authors, `<${p}author>${esc(AUTHOR)}</${p}author>`);
    root = rootOf(xml);
    kids = childrenOf(xml, root);
  }
  let list = kids.find((k) => k.name === "commentList")!;
  if (list.selfClosing) {
    xml = appendInside(xml, list, "");
    list = childrenOf(xml, rootOf(xml)).find((k) => k.name === "commentList")!;
  }
  const at = closingStart(xml, list);
  const done = xml;
  return function* () {
    yield done.slice(0, at);
    for (const n of notes)
      yield `<${p}comment ref="${n.cell}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${escText(n.text)}</${p}t></${p}r></${p}text></${p}comment>`;
    yield done.slice(at);
  };
}

const SHAPE_TYPE = "_x0000_t202";

export const EMPTY_VML =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n` +
  `</xml>`;

/** The blocks of 1024 shape ids a VML drawing claims (<o:idmap data="1,2">). */
export function idBlocks(vml: string): number[] {
  const m = /<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec(vml);
  return m
    ? m[1]
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number)
        .filter(Number.isFinite)
    : [];
}

/**
 * A VML drawing with a note shape for each note. Shape ids continue after the drawing's own, in the blocks
 * it claims and then in new blocks no other drawing of the workbook claims (`takenBlocks`).
 */
export function addShapes(
  vml: string,
  notes: Note[],
  takenBlocks: Set<number>
): () => Iterable<string> {
  const blocks = idBlocks(vml);
  const newBlocks: number[] = [];
  const used = [...vml.matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g)].map((m) => Number(m[1]));
  let next = used.length ? Math.max(...used) + 1 : 0;
  const nextId = (): number => {
    for (;;) {
      const block = Math.floor(next / 1024);
      if (blocks.includes(block)) {
        if (next % 1024 === 0) next++;
        return next++;
      }
      const above = blocks.filter((b) => b > block);
      let b = above.length ? Math.min(...above) : 1;
      if (!above.length) {
        while (takenBlocks.has(b) || blocks.includes(b)) b++;
        blocks.push(b);
        newBlocks.push(b);
      }
      next = b * 1024 + 1;
    }
  };
  const ids = notes.map(() => nextId());

  let out = vml;
  const layout = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>`;
  if (/<o:idmap\b/.test(out)) {
    if (newBlocks.length)
      out = out.replace(/<o:idmap\b[^>]*>/, (tag) => withAttr(tag, "data", blocks.join(",")));
  } else out = insertAfterRootTag(out, layout);
  const shapeType = new RegExp(`id\\s*=\\s*["']${SHAPE_TYPE}["']`).test(out)
    ? ""
    : `<v:shapetype id="${SHAPE_TYPE}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\n`;
  const close = out.lastIndexOf("</xml>");
  if (close < 0) throw new Error("a VML drawing without its end tag");
  const shape = (n: Note, i: number) => {
    const at = parseAddress(n.cell) ?? { row: 0, col: 0 };
    const anchor = `${at.col + 1}, 15, ${Math.max(0, at.row - 1)}, 10, ${at.col + 3}, 15, ${at.row + 3}, 16`;
    return (
      `<v:shape id="_x0000_s${ids[i]}" type="#${SHAPE_TYPE}" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${used.length + i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
      `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${at.row}</x:Row><x:Column>${at.col}</x:Column></x:ClientData></v:shape>\n`
    );
  };
  const done = out;
  return function* () {
    yield done.slice(0, close) + shapeType;
    for (let i = 0; i < notes.length; i++) yield shape(notes[i], i);
    yield done.slice(close);
  };
}

function insertAfterRootTag(xml: string, inner: string): string {
  const m = /<xml\b[^>]*>/.exec(xml);
  if (!m) throw new Error("a VML drawing without its root");
  return spliceAt(xml, m.index + m[0].length, inner);
}

/** The attribute of a start tag, unescaped (for callers reading r:id and the like). */
export const attrOf = (tag: string, name: string) => attrs(tag)[name];

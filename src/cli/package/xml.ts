/**
 * Just enough XML for editing a workbook's parts in place: escaping, attributes, and the positions of a part's
 * top-level elements, so that an element can be inserted where the schema wants it while every byte around it
 * stays as it was. No part is parsed into objects: a plan sheet of 200,000 measures is one long string, and its
 * cells are never looked at.
 */

/** Characters XML 1.0 cannot hold at all; OOXML writes them as _xHHHH_. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for element content or an attribute value, in double quotes. */
export function esc(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(NOT_XML, hex4);
}

/**
 * Cell and comment text (ST_Xstring): besides XML escaping, a literal "_x0041_" would be read back as "A", so
 * its underscore is written as _x005F_, and characters XML cannot hold as _xHHHH_.
 */
export function escText(s: string): string {
  if (!s.includes("_x")) return esc(s);
  return esc(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unesc(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITIES[e]
  );
}

/** A start tag's attributes, unescaped, by their qualified names. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[^\s>/]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) out[m[1]] = unesc(m[2] ?? m[3] ?? "");
  return out;
}

/** A start tag with one attribute set to a new value (added when it is not there). */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}"${esc(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${esc(value)}"$1`);
}

/** One element of a part: where its start tag begins and ends, and where the whole element ends. */
export interface Element {
  /** The local name, without a prefix. */
  name: string;
  /** The qualified name as written. */
  qname: string;
  start: number;
  /** Just past the start tag's ">". */
  tagEnd: number;
  /** Just past the element: its end tag, or the start tag when it is empty ("<x/>"). */
  end: number;
  selfClosing: boolean;
}

/** Where the start tag opened at `lt` ends (past ">"), quotes respected. */
function tagEndAt(xml: string, lt: number): number {
  let q = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml[i];
    if (q) {
      if (c === q) q = "";
    } else if (c === '"' || c === "'") q = c;
    else if (c === ">") return i + 1;
  }
  throw new Error("unterminated tag");
}

/** Just past the next `end` from `from`; an error (never a step back) when there is none. */
function endOf(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new Error(`unterminated markup: no ${end}`);
  return at + end.length;
}

/** Skips a comment, CDATA section, processing instruction or declaration at `lt`; -1 when it is none. */
function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return endOf(xml, "-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) return endOf(xml, "]]>", lt + 9);
  if (xml[lt + 1] === "?" || xml[lt + 1] === "!") return tagEndAt(xml, lt);
  return -1;
}

function elementAt(xml: string, lt: number): Element {
  const tagEnd = tagEndAt(xml, lt);
  const qname = /^<([^\s/>]+)/.exec(xml.slice(lt, Math.min(tagEnd, lt + 300)))![1];
  const name = qname.slice(qname.indexOf(":") + 1);
  const selfClosing = xml[tagEnd - 2] === "/";
  return { name, qname, start: lt, tagEnd, end: tagEnd, selfClosing };
}

/** The document's root element, its end found by its end tag. */
export function rootOf(xml: string): Element {
  for (let i = xml.indexOf("<"); i >= 0; i = xml.indexOf("<", i)) {
    const skipped = skipSpecial(xml, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const el = elementAt(xml, i);
    if (!el.selfClosing) el.end = xml.indexOf(">", xml.lastIndexOf(`</${el.qname}`)) + 1;
    return el;
  }
  throw new Error("no root element");
}

/**
 * The child elements of `parent`, in order. `jump` names children whose content is skipped by looking for
 * their end tag instead of reading it (a sheet's sheetData: millions of cells, none of them of interest).
 */
export function childrenOf(xml: string, parent: Element, jump: string[] = []): Element[] {
  const out: Element[] = [];
  const limit = parent.selfClosing ? parent.tagEnd : parent.end;
  let depth = 0;
  let current: Element | null = null;
  let i = parent.tagEnd;
  while (i < limit) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= limit) break;
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (xml[lt + 1] === "/") {
      const gt = endOf(xml, ">", lt) - 1;
      depth--;
      if (depth === 0 && current) {
        current.end = gt + 1;
        out.push(current);
        current = null;
      }
      if (depth < 0) break; // the parent's own end tag
      i = gt + 1;
      continue;
    }
    const el = elementAt(xml, lt);
    if (depth === 0) {
      if (el.selfClosing) out.push(el);
      else if (jump.includes(el.name)) {
        el.end = endOf(xml, ">", endOf(xml, `</${el.qname}`, el.tagEnd));
        out.push(el);
        i = el.end;
        continue;
      } else {
        current = el;
        depth = 1;
      }
    } else if (!el.selfClosing) depth++;
    i = el.tagEnd;
  }
  return out;
}

/** The namespace prefix ("" or "x:") an element's qualified name carries. */
export const prefixOf = (el: Element) => el.qname.slice(0, el.qname.length - el.name.length);

/** The prefix a start tag declares for a namespace URI ("r" for xmlns:r="…"), null when none, "" for the default. */
export function prefixFor(tag: string, uri: string): string | null {
  for (const [k, v] of Object.entries(attrs(tag)))
    if (v === uri) {
      if (k === "xmlns") return "";
      if (k.startsWith("xmlns:")) return k.slice(6);
    }
  return null;
}

/**
 * Inserts `content` among the children of `parent` where the schema's sequence `order` puts an element
 * named `name`: after every child that comes before it or is one of its kind, before the first that comes
 * after it. Children not in `order` (extensions) are passed over.
 */
export function insertionPoint(
  xml: string,
  parent: Element,
  children: Element[],
  name: string,
  order: readonly string[]
): number {
  const rank = order.indexOf(name);
  if (rank < 0) throw new Error(`${name} is not in the schema order`);
  for (const c of children) {
    const r = order.indexOf(c.name);
    if (r > rank) return c.start;
  }
  return closingStart(xml, parent);
}

/** Where the end tag of a non-empty element starts. */
export function closingStart(xml: string, el: Element): number {
  if (el.selfClosing) throw new Error("empty element");
  return xml.lastIndexOf("</", el.end - 1);
}

/** The text with `insert` put at `at`. */
export const spliceAt = (xml: string, at: number, insert: string) =>
  xml.slice(0, at) + insert + xml.slice(at);

/**
 * `el` with `inner` appended to its content: an empty element ("<sheets/>") gets an end tag. Returns the new
 * text of the whole document.
 */
export function appendInside(xml: string, el: Element, inner: string): string {
  if (el.selfClosing) {
    const tag = xml.slice(el.start, el.tagEnd).replace(/\s*\/>$/, ">");
    return xml.slice(0, el.start) + tag + inner + `</${el.qname}>` + xml.slice(el.end);
  }
  return spliceAt(xml, closingStart(xml, el), inner);
}

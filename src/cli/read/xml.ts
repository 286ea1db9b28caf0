/**
 * A small forward scanner over the bytes of an XML part: tags, their attributes and the text between them,
 * found with indexOf and byte compares, no DOM and no string per tag. It is lenient the way a reader of other
 * programs' files must be: a malformed tag ends at the next ">", a missing end ends the part. Element names are
 * matched by their local name, so prefixed parts (`<x:c>`, as some writers write them) read the same.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;

const CDATA_OPEN = Buffer.from("<![CDATA[");
const CDATA_CLOSE = Buffer.from("]]>");
const COMMENT_CLOSE = Buffer.from("-->");
const PI_CLOSE = Buffer.from("?>");

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** A name as bytes, for matching without making strings. */
export function bytes(name: string): Uint8Array {
  return Buffer.from(name, "latin1");
}

export class XmlScanner {
  /** Where the next search for a tag starts. */
  pos: number;
  /** Where the current tag's "<" is. */
  start = 0;
  /** The current tag: its name's bytes [nameStart, nameEnd), the local name from localStart. */
  nameStart = 0;
  nameEnd = 0;
  localStart = 0;
  closing = false;
  selfClosing = false;
  /** The current tag's attributes lie in [attrsStart, tagEnd); tagEnd is its ">". */
  attrsStart = 0;
  tagEnd = 0;
  /** The attribute nextAttr() found: name [an, ae), value [vs, ve) as written (entities not decoded). */
  an = 0;
  ae = 0;
  vs = 0;
  ve = 0;
  private attrPos = 0;

  constructor(
    readonly buf: Buffer,
    start = 0,
    readonly end: number = buf.length
  ) {
    this.pos = start;
  }

  /** Moves to the next element tag (opening, closing or empty); false at the end of the part. */
  next(): boolean {
    const { buf, end } = this;
    for (;;) {
      const i = this.findLt(this.pos);
      if (i < 0 || i + 1 >= end) {
        this.pos = end;
        return false;
      }
      const c = buf[i + 1];
      if (c === BANG || c === QUESTION) {
        this.pos = skipSpecial(buf, i, end);
        continue;
      }
      this.start = i;
      this.closing = c === SLASH;
      let j = this.closing ? i + 2 : i + 1;
      this.nameStart = j;
      this.localStart = j;
      while (j < end) {
        const b = buf[j];
        if (b === GT || b === SLASH || isSpace(b)) break;
        if (b === COLON) this.localStart = j + 1;
        j++;
      }
      this.nameEnd = j;
      this.attrsStart = j;
      this.tagEnd = findTagEnd(buf, j, end);
      this.selfClosing = !this.closing && this.tagEnd > j && buf[this.tagEnd - 1] === SLASH;
      this.pos = this.tagEnd + 1;
      this.attrPos = this.attrsStart;
      return true;
    }
  }

  /** The next "<" from p: a few bytes looked at here (tags mostly follow one another), else indexOf. */
  private findLt(p: number): number {
    const { buf, end } = this;
    const near = Math.min(p + 16, end);
    for (let k = p; k < near; k++) if (buf[k] === LT) return k;
    return near < end ? buf.indexOf(LT, near) : -1;
  }

  /** The current tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const n = name.length;
    if (this.nameEnd - this.localStart !== n) return false;
    const { buf } = this;
    for (let k = 0; k < n; k++) if (buf[this.localStart + k] !== name[k]) return false;
    return true;
  }

  /** Moves to the current tag's next attribute; false when there is none left. */
  nextAttr(): boolean {
    const { buf } = this;
    const end = this.tagEnd;
    let p = this.attrPos;
    while (p < end && (isSpace(buf[p]) || buf[p] === SLASH)) p++;
    if (p >= end) return false;
    this.an = p;
    while (p < end && buf[p] !== EQ && !isSpace(buf[p])) p++;
    this.ae = p;
    while (p < end && buf[p] !== QUOT && buf[p] !== APOS) p++;
    if (p >= end) {
      this.attrPos = end;
      this.vs = this.ve = end;
      return this.ae > this.an;
    }
    const q = buf[p];
    const close = buf.indexOf(q, p + 1);
    this.vs = p + 1;
    this.ve = close < 0 || close > end ? end : close;
    this.attrPos = this.ve + 1;
    return true;
  }

  /** The attribute just found is called `name` (the whole name, prefix included). */
  attrIs(name: Uint8Array): boolean {
    const n = name.length;
    if (this.ae - this.an !== n) return false;
    for (let k = 0; k < n; k++) if (this.buf[this.an + k] !== name[k]) return false;
    return true;
  }

  /** The attribute just found has this local name and some prefix ("r:id" for "id"). */
  attrLocalIs(name: Uint8Array): boolean {
    const n = name.length;
    const start = this.ae - n;
    if (start <= this.an || this.buf[start - 1] !== COLON) return false;
    for (let k = 0; k < n; k++) if (this.buf[start + k] !== name[k]) return false;
    return true;
  }

  /** The value of the attribute just found, entities decoded. */
  attrValue(): string {
    return decodeAttribute(this.buf.toString("utf8", this.vs, this.ve));
  }

  /** The value of the current tag's attribute called `name`, or null. */
  attr(name: Uint8Array): string | null {
    this.attrPos = this.attrsStart;
    while (this.nextAttr()) if (this.attrIs(name)) return this.attrValue();
    return null;
  }

  /** Skips to the end of the current element, past its matching closing tag (or just the tag when empty). */
  skipElement(): void {
    // a "<" with no name after it is stray text, not an element with content to skip
    if (this.closing || this.selfClosing || this.nameEnd === this.localStart) return;
    const name = this.buf.subarray(this.localStart, this.nameEnd);
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (!this.is(name)) continue;
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
    }
  }

  /**
   * The text from the end of the current tag to the next element tag, decoded (entities, CDATA, line ends);
   * the scanner moves to just before that tag.
   */
  text(): string {
    const { buf, end } = this;
    let p = this.tagEnd + 1;
    let out = "";
    for (;;) {
      let i = p < end ? buf.indexOf(LT, p) : -1;
      if (i < 0 || i > end) i = end;
      if (i > p) out += decodeText(buf.toString("utf8", p, i));
      if (i >= end) {
        this.pos = end;
        return out;
      }
      if (startsWith(buf, i, CDATA_OPEN)) {
        const close = buf.indexOf(CDATA_CLOSE, i + 9);
        const stop = close < 0 || close > end ? end : close;
        out += normalizeLineEnds(buf.toString("utf8", i + 9, stop));
        p = stop + 3;
        continue;
      }
      if (buf[i + 1] === BANG || buf[i + 1] === QUESTION) {
        p = skipSpecial(buf, i, end);
        continue;
      }
      this.pos = i;
      return out;
    }
  }
}

function startsWith(buf: Buffer, at: number, what: Buffer): boolean {
  if (at + what.length > buf.length) return false;
  for (let k = 0; k < what.length; k++) if (buf[at + k] !== what[k]) return false;
  return true;
}

/** Past a comment, a processing instruction, CDATA or a declaration starting at `i`. */
function skipSpecial(buf: Buffer, i: number, end: number): number {
  let close: number;
  let len: number;
  if (buf[i + 2] === 0x2d && buf[i + 3] === 0x2d) {
    close = buf.indexOf(COMMENT_CLOSE, i + 4);
    len = 3;
  } else if (startsWith(buf, i, CDATA_OPEN)) {
    close = buf.indexOf(CDATA_CLOSE, i + 9);
    len = 3;
  } else if (buf[i + 1] === QUESTION) {
    close = buf.indexOf(PI_CLOSE, i + 2);
    len = 2;
  } else {
    close = buf.indexOf(GT, i + 2);
    len = 1;
  }
  return close < 0 || close >= end ? end : close + len;
}

/** The ">" ending a tag whose name ends at `j`, quoted attribute values (which may hold ">") skipped. */
function findTagEnd(buf: Buffer, j: number, end: number): number {
  let p = j;
  while (p < end) {
    const b = buf[p];
    if (b === GT) return p;
    if (b === QUOT || b === APOS) {
      const close = buf.indexOf(b, p + 1);
      if (close < 0 || close >= end) break;
      p = close + 1;
      continue;
    }
    p++;
  }
  // an unterminated tag: end it at the next ">" if any, else at the end of the part
  const gt = buf.indexOf(GT, j);
  return gt < 0 || gt >= end ? end : gt;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function entity(whole: string, hex?: string, dec?: string, name?: string): string {
  if (name) return NAMED[name];
  const code = hex ? parseInt(hex, 16) : Number(dec);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
  return String.fromCodePoint(code);
}

function normalizeLineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Character data as an XML parser gives it: line ends normalized, then entities decoded. */
export function decodeText(raw: string): string {
  const s = normalizeLineEnds(raw);
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}

/** An attribute value as an XML parser gives it: white space characters as spaces, entities decoded. */
export function decodeAttribute(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

/** Text of a cell as Excel means it: "_x000D_"-style escapes of characters XML cannot hold decoded. */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(XSTRING, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

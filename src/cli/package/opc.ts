/**
 * A workbook file as the package it is (Open Packaging Conventions): a zip of parts tied together by
 * relationship parts and typed by [Content_Types].xml. Parts are read on demand; a part that is not replaced
 * is written back with its original compressed bytes, so whatever Plan Check does not understand — charts,
 * PivotTables, images, custom XML, parts of programs it has never heard of — is kept exactly.
 */
import { unlink } from "node:fs/promises";
import { ZipArchive, ZipWriter, type ZipEntry } from "./zip";
import { appendInside, attrs, childrenOf, esc, rootOf } from "./xml";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A part's content given as text, or as a stream of chunks (text, or UTF-8 bytes) made while the file is written. */
export type PartContent = string | (() => Iterable<string | Buffer>);

const RELS_ROOT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Part names are paths from the package root without the leading slash: "xl/workbook.xml". */
export class Package {
  private readonly byLower = new Map<string, string>();
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  /** Parts replaced or added, by stored name, in the order they were first put. */
  private readonly replaced = new Map<string, PartContent>();

  private constructor(private readonly zip: ZipArchive) {
    for (const e of zip.entries) {
      this.byLower.set(e.name.toLowerCase(), e.name);
      this.entries.set(e.name, e);
    }
  }

  static load(data: Buffer): Package {
    return new Package(ZipArchive.read(data));
  }

  /** The stored name of a part (names are compared without letter case, as OPC says), or null. */
  find(part: string): string | null {
    return (
      this.byLower.get(part.toLowerCase()) ??
      this.byLower.get(safeDecode(part).toLowerCase()) ??
      null
    );
  }

  has(part: string): boolean {
    return this.find(part) !== null;
  }

  /** Every part's stored name (folders left out). */
  parts(): string[] {
    return [...this.byLower.values()].filter((n) => !n.endsWith("/"));
  }

  async text(part: string): Promise<string> {
    const name = this.find(part);
    if (name === null) throw new Error(`the workbook has no part ${part}`);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const e = this.entries.get(name);
    if (!e) throw new Error(`the part ${part} is being written, not read`);
    const text = this.zip.content(e).toString("utf8");
    this.texts.set(name, text);
    return text;
  }

  /** A part's bytes as stored (inflated), for a part too large to be worth decoding whole. */
  bytes(part: string): Buffer {
    const name = this.find(part);
    const e = name === null ? undefined : this.entries.get(name);
    if (!e || this.replaced.has(name!))
      throw new Error(`the part ${part} is not read from the workbook`);
    return this.zip.content(e);
  }

  /** Replaces (or adds) a part. */
  put(part: string, content: PartContent): void {
    const name = this.find(part) ?? part;
    this.byLower.set(name.toLowerCase(), name);
    if (typeof content === "string") this.texts.set(name, content);
    else this.texts.delete(name);
    this.replaced.set(name, content);
  }

  /** A part name not yet taken: `make(1)`, `make(2)`, … */
  freePart(make: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(make(n))) return make(n);
  }

  /** The part a relationship of `source` points to ("" is the package itself). */
  resolve(source: string, target: string): string {
    if (target.startsWith("/")) return normalize(target.slice(1));
    const dir = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    return normalize(dir + target);
  }

  /** The relationship target from `source` to `part`. */
  relative(source: string, part: string): string {
    const from = source.split("/").slice(0, -1);
    const to = part.split("/");
    let i = 0;
    while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
    return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
  }

  relsPart(source: string): string {
    const slash = source.lastIndexOf("/");
    return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  }

  async relationships(source: string): Promise<Relationship[]> {
    const rels = this.relsPart(source);
    if (!this.has(rels)) return [];
    const xml = await this.text(rels);
    const root = rootOf(xml);
    return childrenOf(xml, root)
      .filter((e) => e.name === "Relationship")
      .map((e) => {
        const a = attrs(xml.slice(e.start, e.tagEnd));
        return {
          id: a.Id,
          type: a.Type,
          target: a.Target,
          external: a.TargetMode === "External",
        };
      });
  }

  /** Adds a relationship from `source` to the part `part`; returns its id. */
  async relate(source: string, type: string, part: string): Promise<string> {
    const rels = this.relsPart(source);
    const xml = this.has(rels) ? await this.text(rels) : RELS_ROOT;
    const taken = new Set((await this.relationships(source)).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${esc(type)}" Target="${esc(this.relative(source, part))}"/>`;
    this.put(rels, appendInside(xml, rootOf(xml), rel));
    return id;
  }

  /** Declares a new part's content type in [Content_Types].xml. */
  async declare(part: string, contentType: string): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    this.put(
      "[Content_Types].xml",
      appendInside(
        xml,
        rootOf(xml),
        `<Override PartName="/${esc(part)}" ContentType="${esc(contentType)}"/>`
      )
    );
  }

  /** Declares a default content type for an extension, unless one is declared. */
  async declareDefault(extension: string, contentType: string): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    const root = rootOf(xml);
    const has = childrenOf(xml, root).some(
      (e) =>
        e.name === "Default" &&
        (attrs(xml.slice(e.start, e.tagEnd)).Extension ?? "").toLowerCase() === extension
    );
    if (!has)
      this.put(
        "[Content_Types].xml",
        appendInside(
          xml,
          root,
          `<Default Extension="${esc(extension)}" ContentType="${esc(contentType)}"/>`
        )
      );
  }

  /** Writes the package: replaced and new parts compressed, every other part's stored bytes as they were. */
  async write(file: string): Promise<void> {
    const out = await ZipWriter.create(file);
    try {
      for (const e of this.zip.entries) {
        const content = this.replaced.get(e.name);
        if (content === undefined) await out.copy(this.zip, e);
        else await out.text(e.name, typeof content === "string" ? content : content());
      }
      for (const [name, content] of this.replaced)
        if (!this.entries.has(name))
          await out.text(name, typeof content === "string" ? content : content());
      await out.finish();
    } catch (e) {
      await out.abandon();
      await unlink(file).catch(() => undefined);
      throw e;
    }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

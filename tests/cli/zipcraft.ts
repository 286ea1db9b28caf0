/**
 * Builds zip archives byte by byte for the reader's tests, including the odd ones no library writes: entries
 * whose deflated data unpacks to hundreds of megabytes (made from one deflated megabyte repeated, so tiny on
 * disk and cheap to make), sizes that lie, encryption flags, unknown methods, ZIP64 records, many directory
 * entries over the same data. And the parts of a small workbook, as XML text, to put in them.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface CraftEntry {
  name: string;
  /** The entry's bytes, deflated by the builder unless `method` is 0 (stored). */
  data?: Buffer | string;
  /** Or data already packed: the bytes as written, with the unpacked size and CRC to record. */
  packed?: { bytes: Buffer; size: number; crc: number };
  method?: number;
  flags?: number;
  /** Sizes to write in the central directory instead of the real ones. */
  claimedSize?: number;
  /** Point this entry's directory record at the data of an earlier entry (by its index). */
  sameDataAs?: number;
}

export interface CraftOptions {
  /** Write ZIP64 end records and ZIP64 extra fields (sizes and offsets as 0xFFFFFFFF). */
  zip64?: boolean;
}

export function zipOf(entries: CraftEntry[], o: CraftOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: { offset: number; bytes: Buffer; size: number; crc: number; method: number }[] =
    [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.method ?? 8;
    const flags = (e.flags ?? 0) | 0x800;
    let info: (typeof offsets)[number];
    if (e.sameDataAs !== undefined) info = offsets[e.sameDataAs];
    else {
      let bytes: Buffer;
      let size: number;
      let crc: number;
      if (e.packed) ({ bytes, size, crc } = e.packed);
      else {
        const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? "", "utf8");
        bytes = method === 8 ? deflateRawSync(raw) : raw;
        size = raw.length;
        crc = crc32(raw);
      }
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(Math.min(bytes.length, 0xffffffff), 18);
      local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
      local.writeUInt16LE(name.length, 26);
      info = { offset, bytes, size, crc, method };
      locals.push(local, name, bytes);
      offset += 30 + name.length + bytes.length;
    }
    offsets.push(info);
    const size = e.claimedSize ?? info.size;
    const extra = o.zip64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (o.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(info.bytes.length), 12);
      extra.writeBigUInt64LE(BigInt(info.offset), 20);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(45, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(e.method ?? info.method, 10);
    cd.writeUInt32LE(info.crc >>> 0, 16);
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : info.bytes.length, 20);
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : info.offset, 42);
    central.push(cd, name, extra);
  }
  const cdBytes = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (o.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(cdBytes.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cdBytes.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(rec, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(o.zip64 ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(o.zip64 ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(o.zip64 ? 0xffffffff : cdBytes.length, 12);
  eocd.writeUInt32LE(o.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cdBytes, ...tail, eocd]);
}

/**
 * Deflated data for `head`, then `megabytes` MB of one repeated byte (a space by default), then `tail`: each
 * repeated megabyte is the same deflated block, so a 300 MB part costs about 300 KB and no 300 MB buffer.
 */
export function inflatingTo(head: string, megabytes: number, tail: string, fill = 0x20) {
  const mb = Buffer.alloc(1 << 20, fill);
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const block = deflateRawSync(mb, sync);
  const parts = [deflateRawSync(headBytes, sync)];
  let crc = crc32(headBytes);
  for (let i = 0; i < megabytes; i++) {
    parts.push(block);
    crc = crc32(mb, crc);
  }
  parts.push(deflateRawSync(tailBytes));
  crc = crc32(tailBytes, crc);
  return {
    bytes: Buffer.concat(parts),
    size: headBytes.length + megabytes * mb.length + tailBytes.length,
    crc,
  };
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface CraftSheet {
  name: string;
  /** The worksheet's XML: a whole part, or what goes inside <worksheet> (see `sheetXml`). */
  xml: string;
  state?: "hidden" | "veryHidden";
}

/** A worksheet part around its inner XML. */
export function sheetXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${inner}</worksheet>`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The entries of a workbook with these sheets, shared strings and styles (each optional). */
export function workbookEntries(
  sheets: CraftSheet[],
  o: {
    sharedStrings?: string;
    styles?: string;
    workbookPr?: string;
    absoluteTargets?: boolean;
  } = {}
): CraftEntry[] {
  const target = (p: string) => (o.absoluteTargets ? `/xl/${p}` : p);
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`
  );
  if (o.sharedStrings !== undefined)
    rels.push(
      `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`
    );
  if (o.styles !== undefined)
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("styles.xml")}"/>`);
  const entries: CraftEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${o.workbookPr ?? ""}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
        )
        .join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`,
    },
  ];
  sheets.forEach((s, i) =>
    entries.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: s.xml.startsWith("<?xml") ? s.xml : sheetXml(s.xml),
    })
  );
  if (o.sharedStrings !== undefined)
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${o.sharedStrings}</sst>`,
    });
  if (o.styles !== undefined)
    entries.push({
      name: "xl/styles.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${o.styles}</styleSheet>`,
    });
  return entries;
}

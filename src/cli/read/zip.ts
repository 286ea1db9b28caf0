/**
 * The zip archive an .xlsx is, read with node:fs and node:zlib alone: the end-of-central-directory record (and
 * its ZIP64 form), the central directory, and only the entries asked for, each inflated under a hard limit on
 * its unpacked size and on the total, so a zip bomb or a part that unpacks to hundreds of megabytes is refused
 * before memory runs out. Every problem is a refusal value, never an exception.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { MessageKey, Params } from "../../i18n";

/** A problem with the file a user can be told about, as a message key and its parameters. */
export interface ReadRefusal {
  key: MessageKey;
  params: Params;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** The most one entry may unpack to, in bytes. */
  entryBytes: number;
  /** The most all entries read from one archive may unpack to together, in bytes. */
  totalBytes: number;
}

const MB = 1024 * 1024;

/** A real plan's largest part (its sheet, or its shared strings) stays far below these; see the report. */
export const DEFAULT_LIMITS: ZipLimits = { entryBytes: 256 * MB, totalBytes: 512 * MB };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The central directory of any real workbook is a few kilobytes; more is not a workbook. */
const MAX_CENTRAL_BYTES = 64 * MB;

export function isRefusal(x: unknown): x is ReadRefusal {
  return typeof x === "object" && x !== null && "key" in x && "params" in x;
}

const damaged = (): ReadRefusal => ({ key: "error.zip-damaged", params: {} });

/** An open archive: the entries by name, and a way to unpack one. Close it when done. */
export class ZipArchive {
  private unpacked = 0;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  private constructor(
    private fd: number | null,
    private readonly fileSize: number,
    entries: ZipEntry[],
    private readonly limits: ZipLimits
  ) {
    for (const e of entries) {
      const name = e.name.replace(/\\/g, "/").replace(/^\/+/, "");
      if (!this.byName.has(name)) this.byName.set(name, e);
      const lower = name.toLowerCase();
      if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, e);
    }
  }

  /** Opens the archive and reads its central directory, or says why it cannot. */
  static open(file: string, limits: ZipLimits = DEFAULT_LIMITS): ZipArchive | ReadRefusal {
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch {
      return damaged();
    }
    try {
      const size = fstatSync(fd).size;
      const entries = readCentralDirectory(fd, size);
      if (isRefusal(entries)) {
        closeSync(fd);
        return entries;
      }
      return new ZipArchive(fd, size, entries, limits);
    } catch {
      closeSync(fd);
      return damaged();
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The entry of that name (a part name, without a leading slash), matched exactly, else ignoring case. */
  entry(name: string): ZipEntry | undefined {
    const n = name.replace(/^\/+/, "");
    return this.byName.get(n) ?? this.byLowerName.get(n.toLowerCase());
  }

  /** The entry's bytes, unpacked; refused if it is encrypted, packed another way, damaged or too large. */
  read(entry: ZipEntry): Buffer | ReadRefusal {
    if (this.fd === null) return damaged();
    if (entry.flags & 0x41) return { key: "error.zip-encrypted", params: {} };
    if (entry.method !== 0 && entry.method !== 8)
      return { key: "error.zip-method", params: { method: entry.method } };
    const totalLeft = this.limits.totalBytes - this.unpacked;
    const left = Math.min(this.limits.entryBytes, totalLeft);
    // the limit that binds names the refusal: this part alone, or all parts read so far with it
    const tooLarge: ReadRefusal =
      totalLeft < this.limits.entryBytes
        ? {
            key: "error.workbook-too-large-total",
            params: { limit: Math.round(this.limits.totalBytes / MB) },
          }
        : {
            key: "error.workbook-too-large",
            params: { part: entry.name, limit: Math.round(this.limits.entryBytes / MB) },
          };
    // the size the directory claims is checked first, then the real one while unpacking
    if (entry.size > left || (entry.method === 0 && entry.compressedSize > left)) return tooLarge;
    const header = Buffer.alloc(30);
    if (readFully(this.fd, header, entry.localOffset) < 30 || header.readUInt32LE(0) !== LOCAL)
      return damaged();
    const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.fileSize) return damaged();
    const packed = Buffer.allocUnsafe(entry.compressedSize);
    if (readFully(this.fd, packed, start) < entry.compressedSize) return damaged();
    let out: Buffer;
    if (entry.method === 0) out = packed;
    else {
      try {
        // one output chunk of the claimed size, so an honest entry is never copied from chunks into one
        // buffer (twice its size for a moment); the limit holds whatever it claims
        const chunkSize = Math.max(64 * 1024, Math.min(entry.size + 64, left + 64));
        out = inflateRawSync(packed, { maxOutputLength: Math.max(left, 1), chunkSize });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return tooLarge;
        return damaged();
      }
    }
    this.unpacked += out.length;
    return out;
  }
}

function readFully(fd: number, buf: Buffer, position: number): number {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n <= 0) break;
    got += n;
  }
  return got;
}

/** The central directory's entries, found from the end-of-central-directory record. */
function readCentralDirectory(fd: number, size: number): ZipEntry[] | ReadRefusal {
  if (size < 22) return damaged();
  // the record is the last thing in the file, after a comment of at most 65,535 bytes
  const tailLength = Math.min(size, 22 + 65535 + 20);
  const tail = Buffer.alloc(tailLength);
  if (readFully(fd, tail, size - tailLength) < tailLength) return damaged();
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
      at = i;
      break;
    }
  }
  if (at < 0) return damaged();
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: the locator just before the record points at the 64-bit record
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR) return damaged();
    const where = Number(tail.readBigUInt64LE(at - 20 + 8));
    const rec = Buffer.alloc(56);
    if (where + 56 > size || readFully(fd, rec, where) < 56 || rec.readUInt32LE(0) !== ZIP64_EOCD)
      return damaged();
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (cdSize > MAX_CENTRAL_BYTES || cdOffset + cdSize > size || count > cdSize / 46)
    return damaged();
  const cd = Buffer.alloc(cdSize);
  if (readFully(fd, cd, cdOffset) < cdSize) return damaged();
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cdSize || cd.readUInt32LE(p) !== CENTRAL) return damaged();
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let entrySize = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cdSize) return damaged();
    // names are UTF-8 when flag 11 says so, else code page 437: the parts of a workbook are ASCII either way
    const name = cd.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
    if (entrySize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(cd, p + 46 + nameLength, extraLength);
      if (!z) return damaged();
      let k = 0;
      if (entrySize === 0xffffffff) entrySize = z[k++] ?? -1;
      if (compressedSize === 0xffffffff) compressedSize = z[k++] ?? -1;
      if (localOffset === 0xffffffff) localOffset = z[k++] ?? -1;
      if (entrySize < 0 || compressedSize < 0 || localOffset < 0) return damaged();
    }
    if (localOffset + 30 > size || compressedSize > size) return damaged();
    entries.push({ name, method, flags, compressedSize, size: entrySize, localOffset });
    p = end;
  }
  return entries;
}

/** The 64-bit values of an entry's ZIP64 extra field (id 1), in their order. */
function zip64Extra(cd: Buffer, start: number, length: number): number[] | null {
  let q = start;
  while (q + 4 <= start + length) {
    const id = cd.readUInt16LE(q);
    const len = cd.readUInt16LE(q + 2);
    if (q + 4 + len > start + length) return null;
    if (id === 1) {
      const out: number[] = [];
      for (let k = 0; k + 8 <= len; k += 8) out.push(Number(cd.readBigUInt64LE(q + 4 + k)));
      return out;
    }
    q += 4 + len;
  }
  return null;
}

/**
 * The zip container of a workbook, read and written with Node's own zlib: an entry Plan Check does not
 * replace is copied with its stored (compressed) bytes, never inflated; a replaced or new entry is deflated
 * as it is produced, on zlib's threads while the next chunk is being made. A copy of a plan of 200,000
 * measures writes half a gigabyte of XML; a zip library in JavaScript spends most of the run compressing it.
 */
import { open, type FileHandle } from "node:fs/promises";
import { once } from "node:events";
import zlib from "node:zlib";
import type { MessageKey, Params } from "../../i18n";
import { DEFAULT_LIMITS } from "../read/zip";

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored, and the flag telling whether they are UTF-8 (bit 11). */
  nameBytes: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  externalAttrs: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const MAX32 = 0xffffffff;

/** The entries of a zip held in memory, from its central directory. */
export class ZipArchive {
  private constructor(
    private readonly buf: Buffer,
    readonly entries: ZipEntry[]
  ) {}

  static read(buf: Buffer): ZipArchive {
    let end = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
      if (buf.readUInt32LE(i) === SIG_END) {
        end = i;
        break;
      }
    if (end < 0) throw new Error("not a zip archive: no end of central directory");
    let count = buf.readUInt16LE(end + 10);
    let offset = buf.readUInt32LE(end + 16);
    const locator = end - 20;
    if (locator >= 0 && buf.readUInt32LE(locator) === SIG_LOCATOR64) {
      const end64 = Number(buf.readBigUInt64LE(locator + 8));
      if (buf.readUInt32LE(end64) === SIG_END64) {
        count = Number(buf.readBigUInt64LE(end64 + 32));
        offset = Number(buf.readBigUInt64LE(end64 + 48));
      }
    }
    const entries: ZipEntry[] = [];
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== SIG_CENTRAL) throw new Error("a damaged central directory");
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const flags = buf.readUInt16LE(p + 8);
      const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLen));
      const e: ZipEntry = {
        name: nameBytes.toString(flags & 0x800 ? "utf8" : "latin1"),
        nameBytes,
        flags,
        method: buf.readUInt16LE(p + 10),
        time: buf.readUInt16LE(p + 12),
        date: buf.readUInt16LE(p + 14),
        crc: buf.readUInt32LE(p + 16),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
        externalAttrs: buf.readUInt32LE(p + 38),
      };
      // zip64: the sizes and offset that do not fit in 32 bits follow in the extra field, in this order
      const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      for (let x = 0; x + 4 <= extra.length;) {
        const id = extra.readUInt16LE(x);
        const len = extra.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          const next = () => {
            const v = Number(extra.readBigUInt64LE(q));
            q += 8;
            return v;
          };
          if (e.size === MAX32) e.size = next();
          if (e.compressedSize === MAX32) e.compressedSize = next();
          if (e.localOffset === MAX32) e.localOffset = next();
        }
        x += 4 + len;
      }
      entries.push(e);
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipArchive(buf, entries);
  }

  /** The entry's stored bytes, as compressed. */
  raw(e: ZipEntry): Buffer {
    const at = e.localOffset;
    if (this.buf.readUInt32LE(at) !== SIG_LOCAL) throw new Error(`a damaged entry: ${e.name}`);
    const start = at + 30 + this.buf.readUInt16LE(at + 26) + this.buf.readUInt16LE(at + 28);
    return this.buf.subarray(start, start + e.compressedSize);
  }

  /** The entry's content, unpacked within the reader's limit for one part (a bomb is refused, not unpacked). */
  content(e: ZipEntry): Buffer {
    const raw = this.raw(e);
    const limit = DEFAULT_LIMITS.entryBytes;
    if (e.method === 0) return raw;
    if (e.method === 8) {
      try {
        return zlib.inflateRawSync(raw, { maxOutputLength: limit });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          throw new CopyRefusal("error.workbook-too-large", {
            part: e.name,
            limit: limit / 2 ** 20,
          });
        throw err;
      }
    }
    throw new CopyRefusal("error.zip-method", { method: e.method });
  }
}

/** A problem of the workbook found while its copy is made: a message for the user, never a raw error. */
export class CopyRefusal extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params
  ) {
    super(key);
    this.name = "CopyRefusal";
  }
}

/** zlib's output pieces: fewer round trips through the event loop than its 16 KB. */
const DEFLATE_CHUNK = 256 * 1024;
/** Bytes written to zlib and not yet deflated past which the writer waits. */
const MAX_WAITING = 16 << 20;
/** gzip's header as zlib writes it (no name, no extra fields) and its trailer: CRC-32 and size. */
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/**
 * The raw deflate stream and the CRC-32 of what it holds, from zlib's gzip output: its 10-byte header off
 * the first pieces, its trailer (CRC-32, then the size modulo 2^32, checked) off the last.
 */
export function ungzip(pieces: readonly Buffer[], size: number): { crc: number; raw: Buffer[] } {
  const total = pieces.reduce((n, b) => n + b.length, 0);
  const head = Buffer.concat(pieces.slice(0, 2)).subarray(0, 2);
  if (total < GZIP_HEADER + GZIP_TRAILER || head[0] !== 0x1f || head[1] !== 0x8b)
    throw new Error("zlib gave no gzip stream");
  // the trailer's bytes, which may lie across the last two pieces
  const tail = Buffer.alloc(GZIP_TRAILER);
  let need = GZIP_TRAILER;
  for (let i = pieces.length - 1; i >= 0 && need > 0; i--) {
    const b = pieces[i];
    const take = Math.min(need, b.length);
    b.copy(tail, need - take, b.length - take);
    need -= take;
  }
  if (tail.readUInt32LE(4) !== size % 2 ** 32)
    throw new Error("zlib's gzip stream gives another size");
  // the stream between: the header off the front, the trailer off the back, no piece copied
  const raw: Buffer[] = [];
  let at = 0;
  for (const b of pieces) {
    const from = Math.max(0, GZIP_HEADER - at);
    const to = Math.min(b.length, total - GZIP_TRAILER - at);
    if (to > from) raw.push(from === 0 && to === b.length ? b : b.subarray(from, to));
    at += b.length;
  }
  return { crc: tail.readUInt32LE(0), raw };
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Writes a zip to a file, entry by entry; `finish` writes the central directory and closes the file. */
export class ZipWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;
  private readonly now = dosTime(new Date());

  private constructor(private readonly fh: FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await open(file, "w"));
  }

  private async put(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done);
      done += bytesWritten;
    }
    this.offset += data.length;
  }

  private async entry(e: Omit<ZipEntry, "localOffset" | "name">, data: Buffer[]): Promise<void> {
    const compressed = data.reduce((n, b) => n + b.length, 0);
    if (this.offset + compressed > MAX32 || e.size > MAX32 || this.count >= 0xffff)
      throw new CopyRefusal("error.out-too-large", {});
    const flags = e.flags & 0x800; // the name's encoding; sizes are in the header, no data descriptor
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(e.time, 12);
    central.writeUInt16LE(e.date, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.nameBytes.length, 28);
    central.writeUInt32LE(e.externalAttrs >>> 0, 38);
    central.writeUInt32LE(this.offset, 42);
    this.central.push(central, e.nameBytes);
    this.count++;
    await this.put(Buffer.concat([local, e.nameBytes]));
    for (const b of data) await this.put(b);
  }

  /** Copies an entry of another zip as it is stored. */
  async copy(from: ZipArchive, e: ZipEntry): Promise<void> {
    await this.entry(e, [from.raw(e)]);
  }

  /** Adds an entry whose content is UTF-8 text, given whole or as chunks (text, or bytes) made while it is compressed. */
  async text(name: string, content: string | Iterable<string | Buffer>): Promise<void> {
    // the fastest level: a copy of a 200,000-measure plan deflates 400 MB of XML, three times faster than at
    // zlib's default for a file about a third larger (what waits for it is the whole command line)
    // gzip's stream, for zlib works out the CRC-32 on its own thread as it deflates; its header and trailer
    // are taken off, and what is between is the raw deflate stream a zip entry holds
    const deflate = zlib.createGzip({ level: 1, chunkSize: DEFLATE_CHUNK });
    const out: Buffer[] = [];
    deflate.on("data", (b: Buffer) => out.push(b));
    const ended = once(deflate, "end");
    let size = 0;
    let pending: string[] = [];
    let pendingLength = 0;
    const put = async (b: Buffer) => {
      size += b.length;
      deflate.write(b);
      // zlib deflates a chunk on its thread while the next is made, but goes on only when the event loop
      // runs: a turn of it after each chunk; and no more than a few chunks wait for it
      await new Promise<void>((r) => setImmediate(r));
      if (deflate.writableLength >= MAX_WAITING) await once(deflate, "drain");
    };
    const flush = async () => {
      const b = Buffer.from(pending.join(""), "utf8");
      pending = [];
      pendingLength = 0;
      await put(b);
    };
    for (const chunk of typeof content === "string" ? [content] : content) {
      if (typeof chunk !== "string") {
        if (pendingLength) await flush();
        await put(chunk);
        continue;
      }
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 1 << 20) await flush();
    }
    if (pendingLength) await flush();
    deflate.end();
    await ended;
    const { crc, raw } = ungzip(out, size);
    const nameBytes = Buffer.from(name, "utf8");
    await this.entry(
      {
        nameBytes,
        flags: /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800,
        method: 8,
        time: this.now.time,
        date: this.now.date,
        crc,
        compressedSize: 0,
        size,
        externalAttrs: 0,
      },
      raw
    );
  }

  async finish(): Promise<void> {
    const dir = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_END, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(this.offset, 16);
    await this.put(Buffer.concat([dir, end]));
    await this.fh.close();
  }

  /** Closes the file after a failure (the caller removes it). */
  async abandon(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }
}

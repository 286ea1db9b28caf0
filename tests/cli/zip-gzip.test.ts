/**
 * A written entry's deflate stream and CRC-32 are taken from zlib's gzip output (its thread works the CRC
 * out): header and trailer off, whatever the pieces zlib gave, and nothing of the stream lost.
 */
import zlib from "node:zlib";
import { ungzip } from "../../src/cli/package/zip";

/** Pieces of `b` cut at the given offsets. */
function cut(b: Buffer, at: number[]): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (const a of [...at, b.length]) {
    out.push(b.subarray(from, a));
    from = a;
  }
  return out;
}

/** CRC-32 as zip has it, worked out here by its table. */
function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

const text = Buffer.from("Проведення заходу; Відділ освіти\n".repeat(2000), "utf8");
const gz = zlib.gzipSync(text, { level: 1 });

test.each([
  ["whole", []],
  ["the header cut", [1, 5, 9]],
  ["the trailer across two pieces", [gz.length - 3]],
  ["the trailer a piece of its own", [gz.length - 8]],
  ["one byte of stream beside the trailer", [gz.length - 9, gz.length - 8]],
  ["every few bytes", Array.from({ length: Math.floor(gz.length / 7) }, (_, i) => (i + 1) * 7)],
] as [string, number[]][])(
  "%s: the raw stream inflates to the text, the CRC is zlib's",
  (_, at) => {
    const { crc, raw } = ungzip(cut(gz, at), text.length);
    expect(zlib.inflateRawSync(Buffer.concat(raw)).equals(text)).toBe(true);
    expect(crc).toBe(crc32(text));
    expect(Buffer.concat(raw).equals(gz.subarray(10, gz.length - 8))).toBe(true);
  }
);

test("what is no gzip stream, or another size than written, is refused", () => {
  expect(() => ungzip([zlib.deflateRawSync(text)], text.length)).toThrow();
  expect(() => ungzip([gz], text.length + 1)).toThrow();
  expect(() => ungzip([Buffer.from([0x1f, 0x8b])], 0)).toThrow();
});

/**
 * Draws the add-in's icons (assets/*.png) at 16, 32, 64 and 80 px from simple vector shapes, so they stay
 * sharp at every size and can be redrawn: a blue sheet with plan rows and a check mark (the add-in and
 * Validate), a highlighter stroke being wiped (Clear highlights) and bars (Build summary).
 *
 *   npx tsx scripts/draw-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type RGBA = [number, number, number, number];
/** A shape is a signed distance in icon units (0..1): negative inside. */
type Shape = (x: number, y: number) => number;
interface Layer {
  shape: Shape;
  color: RGBA;
}

const BLUE: RGBA = [31, 78, 121, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const PALE: RGBA = [189, 215, 238, 255];
const GREEN: RGBA = [46, 139, 87, 255];
const AMBER: RGBA = [244, 177, 31, 255];
const RED: RGBA = [192, 57, 43, 255];
const GREY: RGBA = [96, 96, 96, 255];

const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const hx = (x1 - x0) / 2 - r;
    const hy = (y1 - y0) / 2 - r;
    const dx = Math.max(Math.abs(x - cx) - hx, 0);
    const dy = Math.max(Math.abs(y - cy) - hy, 0);
    const inside = Math.min(Math.max(Math.abs(x - cx) - hx, Math.abs(y - cy) - hy), 0);
    return Math.hypot(dx, dy) + inside - r;
  };

const segment =
  (ax: number, ay: number, bx: number, by: number, w: number): Shape =>
  (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
    return Math.hypot(px - vx * t, py - vy * t) - w / 2;
  };

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;
const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

function render(layers: Layer[], size: number): Buffer {
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const x = (i + (si + 0.5) / ss) / size;
          const y = (j + (sj + 0.5) / ss) / size;
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0;
          for (const l of layers) {
            if (l.shape(x, y) > 0) continue;
            const la = l.color[3] / 255;
            cr = l.color[0] * la + cr * (1 - la);
            cg = l.color[1] * la + cg * (1 - la);
            cb = l.color[2] * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = ss * ss;
      const o = (j * size + i) * 4;
      const alpha = a / n;
      px[o] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      px[o + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      px[o + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      px[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(px, size);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(rgba: Buffer, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The product's mark: a plan sheet (rows) with a check mark. */
const sheet: Layer[] = [
  { shape: roundRect(0.06, 0.06, 0.94, 0.94, 0.16), color: BLUE },
  { shape: segment(0.24, 0.3, 0.76, 0.3, 0.09), color: PALE },
  { shape: segment(0.24, 0.5, 0.5, 0.5, 0.09), color: PALE },
  { shape: segment(0.24, 0.7, 0.42, 0.7, 0.09), color: PALE },
  {
    shape: union(segment(0.5, 0.66, 0.62, 0.78, 0.13), segment(0.62, 0.78, 0.84, 0.5, 0.13)),
    color: WHITE,
  },
];

const validate: Layer[] = [
  { shape: circle(0.5, 0.5, 0.44), color: GREEN },
  {
    shape: union(segment(0.28, 0.52, 0.44, 0.68, 0.13), segment(0.44, 0.68, 0.74, 0.36, 0.13)),
    color: WHITE,
  },
];

const clear: Layer[] = [
  { shape: roundRect(0.08, 0.16, 0.74, 0.62, 0.06), color: AMBER },
  { shape: segment(0.2, 0.32, 0.6, 0.32, 0.08), color: GREY },
  { shape: segment(0.2, 0.46, 0.5, 0.46, 0.08), color: GREY },
  { shape: circle(0.7, 0.7, 0.25), color: WHITE },
  { shape: circle(0.7, 0.7, 0.21), color: RED },
  {
    shape: union(segment(0.6, 0.6, 0.8, 0.8, 0.08), segment(0.8, 0.6, 0.6, 0.8, 0.08)),
    color: WHITE,
  },
];

const summary: Layer[] = [
  { shape: segment(0.1, 0.88, 0.9, 0.88, 0.07), color: GREY },
  { shape: roundRect(0.16, 0.5, 0.34, 0.84, 0.03), color: BLUE },
  { shape: roundRect(0.41, 0.18, 0.59, 0.84, 0.03), color: GREEN },
  { shape: roundRect(0.66, 0.36, 0.84, 0.84, 0.03), color: AMBER },
];

const ASSETS = join(__dirname, "..", "assets");
const icons: Record<string, Layer[]> = { icon: sheet, validate, clear, summary };
for (const [name, layers] of Object.entries(icons)) {
  for (const size of [16, 32, 64, 80])
    writeFileSync(join(ASSETS, `${name}-${size}.png`), render(layers, size));
}
process.stdout.write(`icons written to ${ASSETS}\n`);

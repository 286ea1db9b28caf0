/**
 * Bytes written straight into buffers, one after another: fixed pieces copied, text encoded where it lands.
 * A sheet of 200,000 rows is then never a string of its own, nor one string a cell, before it is deflated.
 */

/** How full a buffer gets before it is handed on; a row never splits across two. */
const CHUNK = 1 << 20;
/** Room beyond CHUNK, so that the row that fills a buffer rarely has to move it. */
const SLACK = 1 << 16;

export class ByteSink {
  buf: Buffer = Buffer.allocUnsafe(CHUNK + SLACK);
  at = 0;

  /** Makes room for n more bytes, keeping what is written. */
  room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(CHUNK + SLACK, (this.at + n) * 2));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  bytes(b: Uint8Array): void {
    if (this.at + b.length > this.buf.length) this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** Text of characters below U+0080 only (markup, numbers, cell references). */
  ascii(s: string): void {
    if (this.at + s.length > this.buf.length) this.room(s.length);
    this.at += this.buf.write(s, this.at, "latin1");
  }

  /** Any text, as UTF-8 (at most three bytes a UTF-16 unit). */
  text(s: string): void {
    if (this.at + s.length * 3 > this.buf.length) this.room(s.length * 3);
    this.at += this.buf.write(s, this.at, "utf8");
  }

  /** Text as it is, short ASCII copied here, the rest encoded as UTF-8. */
  plain(s: string): void {
    const n = s.length;
    if (this.at + n * 3 > this.buf.length) this.room(n * 3);
    if (n <= 24) {
      const { buf } = this;
      const at = this.at;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128) break;
        buf[at + i] = c;
      }
      if (i === n) {
        this.at = at + n;
        return;
      }
    }
    this.at += this.buf.write(s, this.at, "utf8");
  }

  /** A whole number of at most 15 digits, in decimal. */
  int(n: number): void {
    if (this.at + 16 > this.buf.length) this.room(16);
    const { buf } = this;
    if (n < 0) {
      buf[this.at++] = 45;
      n = -n;
    }
    let end = this.at;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) end++;
    this.at = end + 1;
    do {
      buf[end--] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  get full(): boolean {
    return this.at >= CHUNK;
  }

  /** What is written so far, handed on; the sink goes on in a fresh buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(CHUNK + SLACK);
    this.at = 0;
    return out;
  }
}

/** The bytes of ASCII markup. */
export const ascii = (s: string): Buffer => Buffer.from(s, "latin1");

/**
 * The JSON document written piece by piece: a plan of 200,000 measures never becomes one string of hundreds
 * of megabytes, nor a second copy of the plan held whole, and the text is the same as JSON.stringify's.
 */
import type { ListMaker } from "../core/report";

/**
 * A list whose entries are made only as they are written (or read in order), then dropped: what the report's
 * long lists are when the report is streamed. It has a length and can be walked once or more; it is no array.
 */
export class DeferredList<T, U> implements Iterable<U> {
  constructor(
    private readonly items: readonly T[],
    private readonly entry: (item: T) => U,
    private readonly text?: (out: string[], item: T) => void
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** Entries [from, to), made now. */
  slice(from: number, to: number): U[] {
    return this.items.slice(from, to).map(this.entry);
  }

  /** Entries [from, to) as JSON.stringify writes the array of them, without its brackets. */
  json(from: number, to: number): string {
    const text = this.text;
    if (!text) return JSON.stringify(this.slice(from, to)).slice(1, -1);
    // the entries' pieces joined once: one flat string, nothing made between
    const parts: string[] = [];
    for (let i = from; i < to; i++) {
      if (i > from) parts.push(",");
      text(parts, this.items[i]);
    }
    return parts.join("");
  }

  *[Symbol.iterator](): Iterator<U> {
    for (const item of this.items) yield this.entry(item);
  }
}

/**
 * The report's lists deferred. The report built with it goes only to writeJson and to the text report, which
 * read a list's length and walk it in order: nothing else may take it for an array.
 */
export const deferred: ListMaker = <T, U>(
  items: readonly T[],
  entry: (item: T) => U,
  text?: (out: string[], item: T) => void
) => new DeferredList(items, entry, text) as unknown as U[];

/** JSON with the C1 control characters escaped too (JSON.stringify escapes only C0): safe on a terminal. */
export function jsonText(doc: unknown, pretty = false): string {
  // the replacer only where a deferred list may be inside: without one, JSON.stringify takes its fast path
  return terminalJson(pretty ? JSON.stringify(doc, materialize, 2) : JSON.stringify(doc));
}

const C1 = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * What JSON.stringify leaves raw that a terminal may take for a control: DEL, the C1 controls, the line and
 * paragraph separators. The reader notes whether a workbook's texts hold any (`Grid.controlFree`).
 */
export const TERMINAL_CONTROL = /[\u007f-\u009f\u2028\u2029]/;

function terminalJson(text: string): string {
  return text.replace(C1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A deferred list met by JSON.stringify (an indented document on a terminal) is written as its array. */
function materialize(_key: string, value: unknown): unknown {
  return value instanceof DeferredList ? value.slice(0, value.length) : value;
}

/**
 * Elements of a long array stringified at once: few calls, and a piece of text (about 50 KB for 40 measures)
 * small enough to die young, where pieces of a megabyte would each go to the old generation until a full
 * collection.
 */
const CHUNK = 40;

/**
 * Writes the JSON document: indented on a terminal; otherwise compact and piece by piece, a long array (or a
 * deferred list) a few hundred elements at a time.
 */
export function writeJson(
  doc: object,
  out: (s: string) => void,
  isTTY = false,
  controlFree = false
): void {
  if (isTTY) {
    out(`${jsonText(doc, true)}\n`);
    return;
  }
  writeValue(doc, out, true, controlFree ? plainJson : terminalJson);
  out("\n");
}

/**
 * For a document none of whose texts holds a control (the workbook's texts read and checked, the file's
 * name, the catalogue's messages): nothing to escape, and 11 MB of JSON are not scanned again.
 */
const plainJson = (text: string) => text;

function writeValue(
  value: unknown,
  out: (s: string) => void,
  top: boolean,
  escape: (text: string) => string
): void {
  const long =
    value instanceof DeferredList || (Array.isArray(value) && value.length > 100) ? value : null;
  if (long) {
    out("[");
    for (let i = 0; i < long.length; i += CHUNK) {
      const to = Math.min(i + CHUNK, long.length);
      // "[a,b]" without its brackets is "a,b"; an undefined element is null, as in any array
      const text =
        long instanceof DeferredList
          ? long.json(i, to)
          : JSON.stringify(long.slice(i, to)).slice(1, -1);
      out(`${i ? "," : ""}${escape(text)}`);
    }
    out("]");
    return;
  }
  if (Array.isArray(value) && streams(value)) {
    // a short list of long ones (the overdue measures of each executor): element by element
    out("[");
    for (let i = 0; i < value.length; i++) {
      if (i) out(",");
      const v: unknown = value[i];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") out("null");
      else writeValue(v, out, false, escape);
    }
    out("]");
    return;
  }
  if (top || streams(value)) {
    let first = true;
    out("{");
    for (const [key, v] of Object.entries(value as object)) {
      if (v === undefined || typeof v === "function") continue;
      out(`${first ? "" : ","}${JSON.stringify(key)}:`);
      first = false;
      writeValue(v, out, false, escape);
    }
    out("}");
    return;
  }
  // no deferred list below here (the report has them one or two levels down, each met above)
  out(escape(JSON.stringify(value ?? null)));
}

/**
 * An object or a short array holding a deferred list or a long array a few levels down (the report's lists,
 * the summary's overdue measures by executor): written piece by piece so the long one is written in chunks,
 * never as one string of tens of megabytes (which goes to the old generation and stays until a full
 * collection).
 */
function streams(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object") return false;
  if (value instanceof DeferredList) return depth > 0;
  if (Array.isArray(value)) {
    if (value.length > 100) return depth > 0;
    return depth < STREAM_DEPTH && value.some((v) => streams(v, depth + 1));
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  return depth < STREAM_DEPTH && Object.values(value).some((v) => streams(v, depth + 1));
}

/** How far down a long list is looked for. */
const STREAM_DEPTH = 3;

/** Excel's value semantics for what is written to a cell, and addresses as Excel writes them. */
import { parseAddress } from "../core/grid";
import { DoubleError } from "./errors";
import type { Rect } from "./double";

export const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * What a string written to a cell becomes (en-US parsing): text under the text format "@"; a formula when
 * it starts with "=" (or with +, - or @ and is not a number); a number when it reads as one ("1.10" is 1.1,
 * "10%" is 0.1, "1,000" is 1000); a date serial for an ISO or US date; TRUE and FALSE; text otherwise.
 */
export function coerceTyped(v: string, text: boolean): unknown {
  if (text) return v;
  if (/^=/.test(v) || (/^[+\-@]/.test(v) && Number.isNaN(Number(v.trim()))))
    return { formula: v.replace(/^[=+@]/, "") };
  const s = v.trim();
  if (/^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s))
    return Number(s.replace(/,/g, ""));
  const pct = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(s);
  if (pct) return Number(pct[1]) / 100;
  if (/^true$/i.test(s)) return true;
  if (/^false$/i.test(s)) return false;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const ymd = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (ymd) {
    const ms = Date.UTC(Number(ymd[0]), Number(ymd[1]) - 1, Number(ymd[2]));
    const back = new Date(ms);
    if (back.getUTCMonth() === Number(ymd[1]) - 1) return (ms - EXCEL_EPOCH) / 86400000;
  }
  return v;
}

export function rect(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "");
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(clean);
  if (cols) {
    const a = parseAddress(`${cols[1]}1`)!;
    const b = parseAddress(`${cols[2]}1`)!;
    return { top: 0, left: a.col, bottom: 1048575, right: b.col };
  }
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 };
  const [x, y] = clean.split(":");
  const a = parseAddress(x);
  const b = y ? parseAddress(y) : a;
  if (!a || !b) throw new DoubleError("InvalidArgument", `The argument is invalid (${address}).`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'My sheet'!B3" → the sheet's name and the cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const at = address.lastIndexOf("!");
  return {
    sheet: address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'"),
    cell: address.slice(at + 1).replace(/\$/g, ""),
  };
}

export const overlaps = (a: Rect, b: Rect) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

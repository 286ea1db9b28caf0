/**
 * Workbook.names: workbook-scoped defined names. A name that refers to a range follows its sheet, not the
 * sheet's name: renaming the sheet keeps it, deleting the sheet turns it into #REF! (its type "Error"), and a
 * new sheet given the old name is not what it refers to. Names are checked as Excel checks them.
 */
import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid";
import { ClientObject } from "./clientObject";
import type { ExcelDouble, Rect } from "./double";
import { DoubleError } from "./errors";
import { quoteSheet } from "./values";
import type { Path } from "./wire";
import { RangeDouble } from "./range";

/** What a defined name refers to: a range on a sheet, or nothing any more (#REF!, its sheet deleted). */
export interface NameRecord {
  ws: ExcelJS.Worksheet;
  area: Rect;
  comment: string;
}

/** Excel's rule for a defined name: a letter, "_" or "\" first, then letters, digits, "_", "." or "\"; no cell reference. */
function checkName(name: string): void {
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    looksLikeCell ||
    /^[RrCc]$/.test(name)
  )
    throw new DoubleError("InvalidArgument", `The name ${name} is not valid.`);
}

/** A name's record by its name, letter case ignored as Excel ignores it. */
function find(d: ExcelDouble, name: string): [string, NameRecord] | undefined {
  const key = [...d.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
  return key ? [key, d.names.get(key)!] : undefined;
}

/** "$E$63": a cell as a name's address gives it. */
const absolute = (row: number, col: number) =>
  cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** Whether the name's sheet is still in the workbook: a deleted sheet leaves the name as #REF!. */
const alive = (d: ExcelDouble, r: NameRecord) => d.wb.worksheets.includes(r.ws);

export class NamedItemCollectionDouble extends ClientObject {
  protected snapshot() {
    return {};
  }
  /** NamedItemCollection.add(name, reference, comment): the double takes a Range as the reference. */
  add(name: string, reference: RangeDouble, comment = ""): void {
    if (!(reference instanceof RangeDouble))
      throw new Error("the double's names refer to ranges only");
    this.call("add", [name, "{range}", comment], () => {
      checkName(name);
      if (comment.length > 255)
        throw new DoubleError("InvalidArgument", "A name's comment holds 255 characters at most.");
      if (find(this.d, name))
        throw new DoubleError("ItemAlreadyExists", `A name ${name} already exists.`);
      this.d.names.set(name, { ws: reference.ws(), area: reference.rectNow(), comment });
    });
  }
  /** The name; using it fails the request where there is none (ItemNotFound). */
  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.d, this.method("getItem", [name]), name);
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.d, this.method("getItemOrNullObject", [name]), name);
  }
}

export class NamedItemDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly asked: string
  ) {
    super(d, path);
  }
  private record(): NameRecord | null {
    return find(this.d, this.asked)?.[1] ?? null;
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
  protected snapshot() {
    const r = this.record();
    if (!r)
      return {
        isNullObject: true,
        name: null,
        type: null,
        value: null,
        formula: null,
        comment: null,
      };
    const at = alive(this.d, r);
    // a name that refers to a range has its address for value; once its sheet is gone it is #REF!
    const cells = `${absolute(r.area.top, r.area.left)}:${absolute(r.area.bottom, r.area.right)}`;
    const address = `${quoteSheet(r.ws.name)}!${cells}`;
    return {
      isNullObject: false,
      name: find(this.d, this.asked)![0],
      type: at ? "Range" : "Error",
      value: at ? address : "#REF!",
      formula: at ? `=${address}` : `=#REF!${cells}`,
      comment: r.comment,
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  /** The range, a null object where the name does not exist or no longer refers to a range (#REF!). */
  getRangeOrNullObject(): RangeDouble {
    const target = () => {
      const r = this.record();
      return r && alive(this.d, r) ? r : null;
    };
    return new RangeDouble(
      this.d,
      this.method("getRangeOrNullObject", []),
      () => {
        const t = target();
        if (!t) throw new DoubleError("ItemNotFound", "the named range does not exist");
        return t.ws;
      },
      () => {
        if (!this.record() && this.d.missingNameChainFails)
          throw new DoubleError("InvalidOperation", "the name does not exist");
        return target()?.area ?? null;
      },
      true
    );
  }
  /**
   * Deleting a name that does not exist fails the request. What Excel does with a method called on a null
   * object is not documented: the double refuses it, so the adapter deletes only names it has seen.
   */
  delete(): void {
    this.call("delete", [], () => {
      const hit = find(this.d, this.asked);
      if (!hit) throw new DoubleError("ItemNotFound", `There is no name ${this.asked}.`);
      this.d.names.delete(hit[0]);
    });
  }
}

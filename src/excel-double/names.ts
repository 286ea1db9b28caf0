/** Workbook.names: named ranges, which follow their range when rows move or the sheet is renamed. */
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import { rect, splitAddress } from "./values";
import type { Path } from "./wire";
import { RangeDouble } from "./range";

export class NamedItemCollectionDouble extends ClientObject {
  protected snapshot() {
    return {};
  }
  add(name: string, reference: RangeDouble | string): void {
    this.call("add", [name, typeof reference === "string" ? reference : "{range}"], () => {
      if ([...this.d.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new DoubleError("ItemAlreadyExists", `A name ${name} already exists.`);
      const address =
        typeof reference === "string" ? reference.replace(/^=/, "") : reference.fullAddress();
      this.d.names.set(name, address);
    });
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.d, this.method("getItemOrNullObject", [name]), name);
  }
}

export class NamedItemDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly name: string
  ) {
    super(d, path);
  }
  private address(): string | null {
    const key = [...this.d.names.keys()].find((n) => n.toLowerCase() === this.name.toLowerCase());
    return key ? this.d.names.get(key)! : null;
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
  protected snapshot() {
    return { isNullObject: this.address() === null, name: this.name };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  /** The range, a null object where the name does not exist (or its sheet is gone): its chain stays null. */
  getRangeOrNullObject(): RangeDouble {
    const target = () => {
      const a = this.address();
      if (!a) return null;
      const { sheet } = splitAddress(a);
      const ws = this.d.sheet(sheet);
      return ws ? { ws, area: rect(a) } : null;
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
        const t = target();
        if (!t && this.d.missingNameChainFails)
          throw new DoubleError("InvalidOperation", "the name does not exist");
        return t?.area ?? null;
      },
      true
    );
  }
  delete(): void {
    this.call("delete", [], () => {
      const key = [...this.d.names.keys()].find((n) => n.toLowerCase() === this.name.toLowerCase());
      if (key) this.d.names.delete(key);
    });
  }
}

/**
 * Excel.ConditionalFormatCollection and Excel.ConditionalFormat. Excel fails a whole request that loads
 * `custom/...` over a collection holding a format that is not Custom (a colour scale, a data bar, "text
 * contains", duplicate values: office-js #2180); `customOrNullObject` is a null object on those instead.
 */
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError, notPermitted } from "./errors";
import type { RangeDouble } from "./range";
import type { CfRecord } from "./records";
import { overlaps, rect } from "./values";
import { child, PATH, type Path } from "./wire";

const asksCustom = (paths: string[]) => paths.some((p) => /(^|\/)custom(\/|$)/.test(p.trim()));

export class ConditionalFormatCollectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly range: RangeDouble
  ) {
    super(d, path);
  }
  private records(): CfRecord[] {
    const r = this.range.area();
    if (!r) return [];
    return this.d.metaOf(this.range.ws()).cfs.filter((cf) => overlaps(rect(cf.range), r));
  }
  protected checkLoad(paths: string[]): void {
    if (asksCustom(paths) && this.records().some((cf) => cf.type !== "Custom"))
      throw notPermitted();
  }
  protected snapshot() {
    const items = this.records().map((cf, i) =>
      new ConditionalFormatDouble(
        this.d,
        child(this.path, PATH.indexer, "", [i]),
        () => cf
      ).preload({
        type: cf.type,
        custom: cf.type === "Custom" ? cf : undefined,
        customOrNullObject: cf,
      })
    );
    return { items };
  }
  get items(): ConditionalFormatDouble[] {
    return this.get("items");
  }
  add(type: string): ConditionalFormatDouble {
    let rec: CfRecord | null = null;
    const path = this.method("add", [type]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      this.d.guardSheet(this.range.ws());
      rec = { type, formula: "", fill: null, range: this.range.a1() };
      this.d.metaOf(this.range.ws()).cfs.push(rec);
    });
    return new ConditionalFormatDouble(this.d, path, () => {
      if (!rec) throw new DoubleError("ItemNotFound", "conditional format not created");
      return rec;
    });
  }
}

/** A custom rule's proxies: rule.formula and format.fill.color. */
function customProxy(cf: ConditionalFormatDouble, d: ExcelDouble, path: Path, orNull: boolean) {
  const rulePath = child(path, PATH.property, "rule");
  const fillPath = child(child(path, PATH.property, "format"), PATH.property, "fill");
  const rec = () => cf.record();
  return {
    get isNullObject(): boolean {
      if (!cf.isLoaded(orNull ? "customOrNullObject" : "custom"))
        throw new DoubleError("PropertyNotLoaded", "customOrNullObject is not loaded");
      return rec().type !== "Custom";
    },
    rule: {
      get formula(): string {
        if (!cf.isLoaded(orNull ? "customOrNullObject" : "custom"))
          throw new DoubleError(
            "PropertyNotLoaded",
            "The property 'custom/rule/formula' of ConditionalFormat is not available."
          );
        if (rec().type !== "Custom") throw notPermitted();
        return rec().formula;
      },
      set formula(f: string) {
        d.request.action(4, "formula", rulePath, [f]);
        d.enqueue(() => {
          if (rec().type !== "Custom") throw notPermitted();
          rec().formula = f;
        });
      },
    },
    format: {
      fill: {
        set color(c: string) {
          d.request.action(4, "color", fillPath, [c]);
          d.enqueue(() => {
            rec().fill = c;
          });
        },
      },
    },
  };
}

export class ConditionalFormatDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    readonly record: () => CfRecord
  ) {
    super(d, path);
  }
  protected snapshot() {
    const r = this.record();
    return { type: r.type, custom: r, customOrNullObject: r };
  }
  protected checkLoad(paths: string[]): void {
    if (asksCustom(paths) && this.record().type !== "Custom") throw notPermitted();
  }
  isLoaded(prop: string): boolean {
    return this.loaded.has(prop);
  }
  get type(): string {
    return this.get("type");
  }
  get custom() {
    return customProxy(this, this.d, this.nav("custom"), false);
  }
  get customOrNullObject() {
    return customProxy(this, this.d, this.nav("customOrNullObject"), true);
  }
  delete(): void {
    this.call("delete", [], () => {
      this.d.guardSheet(this.range());
      const m = this.d.metaOf(this.range());
      m.cfs = m.cfs.filter((x) => x !== this.record());
    });
  }
  private range() {
    const rec = this.record();
    const ws = this.d.wb.worksheets.find((w) => this.d.metaOf(w).cfs.includes(rec));
    if (!ws) throw new DoubleError("ItemNotFound", "the conditional format is gone");
    return ws;
  }
}

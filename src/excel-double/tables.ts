/** Excel.TableCollection and Excel.Table: names are unique across the workbook, letter case ignored. */
import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid";
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import type { RangeDouble } from "./range";
import type { TableRecord } from "./records";
import { rect } from "./values";
import { child, PATH, type Path } from "./wire";

export class TableCollectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet
  ) {
    super(d, path);
  }
  protected snapshot() {
    return {
      items: this.d.metaOf(this.ws()).tables.map((t) =>
        new TableDouble(
          this.d,
          child(this.path, PATH.indexer, "", [t.name]),
          this.ws,
          () => t
        ).preload({
          name: t.name,
        })
      ),
    };
  }
  get items(): TableDouble[] {
    return this.get("items");
  }
  add(range: RangeDouble | string, hasHeaders: boolean): TableDouble {
    let rec: TableRecord | null = null;
    const path = this.method("add", [typeof range === "string" ? range : "{range}", hasHeaders]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      this.d.guardSheet(this.ws());
      const r = typeof range === "string" ? rect(range) : range.rectNow();
      const taken = this.d.tableNames();
      let n = 1;
      while (taken.has(`table${n}`)) n++;
      rec = {
        name: `Table${n}`,
        range: `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`,
      };
      this.d.metaOf(this.ws()).tables.push(rec);
    });
    return new TableDouble(this.d, path, this.ws, () => rec);
  }
}

export class TableDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet,
    readonly record: () => TableRecord | null
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { name: this.rec().name };
  }
  private rec(): TableRecord {
    const r = this.record();
    if (!r) throw new DoubleError("ItemNotFound", "the table was not created");
    return r;
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.set("name", n, () => {
      const rec = this.rec();
      const taken = this.d.tableNames();
      taken.delete(rec.name.toLowerCase());
      if (taken.has(n.toLowerCase()))
        throw new DoubleError(
          "ItemAlreadyExists",
          `A table or PivotTable named ${n} already exists.`
        );
      rec.name = n;
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      this.d.guardSheet(this.ws());
      const m = this.d.metaOf(this.ws());
      m.tables = m.tables.filter((t) => t !== this.rec());
    });
  }
}

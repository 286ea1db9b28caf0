/** Excel.PivotTableCollection and Excel.PivotTable: the name is unique across the workbook's tables and PivotTables. */
import type ExcelJS from "exceljs";
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import type { RangeDouble } from "./range";
import type { PivotRecord } from "./records";
import type { TableDouble } from "./tables";
import { child, PATH, type Path } from "./wire";

export class PivotTableCollectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet
  ) {
    super(d, path);
  }
  protected snapshot() {
    return {
      items: this.d.metaOf(this.ws()).pivots.map((p) =>
        new PivotTableDouble(
          this.d,
          child(this.path, PATH.indexer, "", [p.name]),
          this.ws,
          p
        ).preload({
          name: p.name,
        })
      ),
    };
  }
  get items(): PivotTableDouble[] {
    return this.get("items");
  }
  add(name: string, source: TableDouble, destination: RangeDouble): PivotTableDouble {
    const rec: PivotRecord = { name, source: "", destination: "", rows: [], columns: [], data: [] };
    const path = this.method("add", [name, "{table}", "{range}"]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      this.d.guardSheet(this.ws());
      const table = source.record();
      if (!table)
        throw new DoubleError("InvalidArgument", "The PivotTable's source table does not exist.");
      if (this.d.tableNames().has(name.toLowerCase()))
        throw new DoubleError(
          "ItemAlreadyExists",
          `A table or PivotTable named ${name} already exists.`
        );
      rec.source = table.name;
      rec.destination = destination.a1();
      this.d.metaOf(this.ws()).pivots.push(rec);
    });
    return new PivotTableDouble(this.d, path, this.ws, rec);
  }
}

export class PivotTableDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet,
    private readonly rec: PivotRecord
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { name: this.rec.name };
  }
  get name(): string {
    return this.get("name");
  }
  private hierarchy(collection: string, push: (field: string) => void) {
    const path = this.nav(collection);
    return {
      add: (h: { _name: string }) => {
        this.d.request.action(3, "add", path, ["{hierarchy}"]);
        this.d.enqueue(() => push(h._name));
      },
    };
  }
  get hierarchies() {
    const path = this.nav("hierarchies");
    return { getItem: (n: string) => ({ _name: n, path: child(path, PATH.indexer, "", [n]) }) };
  }
  get rowHierarchies() {
    return this.hierarchy("rowHierarchies", (f) => this.rec.rows.push(f));
  }
  get columnHierarchies() {
    return this.hierarchy("columnHierarchies", (f) => this.rec.columns.push(f));
  }
  get dataHierarchies() {
    const path = this.nav("dataHierarchies");
    return {
      add: (h: { _name: string }) => {
        const entry = { field: h._name, summarizeBy: null as string | null };
        const added = child(path, PATH.method, "add", ["{hierarchy}"]);
        this.d.request.touch(added);
        this.d.enqueue(() => void this.rec.data.push(entry));
        const d = this.d;
        return {
          set summarizeBy(s: string) {
            d.request.action(4, "summarizeBy", added, [s]);
            d.enqueue(() => void (entry.summarizeBy = s));
          },
        };
      },
    };
  }
  delete(): void {
    this.call("delete", [], () => {
      const m = this.d.metaOf(this.ws());
      m.pivots = m.pivots.filter((p) => p !== this.rec);
    });
  }
}

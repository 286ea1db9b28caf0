/** Excel.WorksheetCollection, Excel.Worksheet and its protection. */
import type ExcelJS from "exceljs";
import { ChartCollectionDouble } from "./charts";
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import { PivotTableCollectionDouble } from "./pivotTables";
import { RangeDouble } from "./range";
import { TableCollectionDouble } from "./tables";
import { rect } from "./values";
import { child, PATH, type Path } from "./wire";

export class WorksheetCollectionDouble extends ClientObject {
  protected snapshot() {
    return {
      items: this.d.wb.worksheets.map((ws) => {
        const m = this.d.metaOf(ws);
        const item = new WorksheetDouble(
          this.d,
          child(this.path, PATH.indexer, "", [m.id]),
          () => ws
        ).preload({ name: ws.name, id: m.id, visibility: m.visibility });
        // "items/protection/protected" loads each sheet's protection with the list
        if (this.loading.some((p) => p.startsWith("items/protection")))
          item.protection.preload({ protected: m.protected });
        return item;
      }),
    };
  }
  get items(): WorksheetDouble[] {
    return this.get("items");
  }
  getItem(nameOrId: string): WorksheetDouble {
    return new WorksheetDouble(this.d, child(this.path, PATH.indexer, "", [nameOrId]), () => {
      const ws = this.d.sheet(nameOrId);
      if (!ws)
        throw new DoubleError(
          "ItemNotFound",
          `The requested resource doesn't exist (${nameOrId}).`
        );
      return ws;
    });
  }
  add(name: string): WorksheetDouble {
    let created: ExcelJS.Worksheet | null = null;
    const path = this.method("add", [name]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      this.d.guardStructure();
      if (this.d.wb.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase()))
        throw new DoubleError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      created = this.d.wb.addWorksheet(name);
      this.d.metaOf(created);
    });
    return new WorksheetDouble(this.d, path, () => {
      if (!created) throw new DoubleError("ItemNotFound", "the sheet was not created");
      return created;
    });
  }
}

export class WorksheetDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    readonly resolve: () => ExcelJS.Worksheet
  ) {
    super(d, path);
  }
  protected snapshot() {
    const ws = this.resolve();
    const m = this.d.metaOf(ws);
    return {
      name: ws.name,
      id: m.id,
      visibility: m.visibility,
      position: this.d.wb.worksheets.indexOf(ws),
    };
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  /** Hiding or showing a sheet clears Excel's undo stack. */
  set visibility(v: string) {
    this.set("visibility", v, () => {
      this.d.guardStructure();
      const m = this.d.metaOf(this.resolve());
      if (m.visibility !== v) this.d.undoCleared++;
      m.visibility = v;
    });
  }
  // navigation properties return the same proxy every time, as in Office.js
  private navs = new Map<string, unknown>();
  private once<T>(key: string, make: (path: Path) => T): T {
    if (!this.navs.has(key)) this.navs.set(key, make(this.nav(key)));
    return this.navs.get(key) as T;
  }
  get protection(): WorksheetProtectionDouble {
    return this.once("protection", (p) => new WorksheetProtectionDouble(this.d, p, this.resolve));
  }
  get tables(): TableCollectionDouble {
    return this.once("tables", (p) => new TableCollectionDouble(this.d, p, this.resolve));
  }
  get charts(): ChartCollectionDouble {
    return this.once("charts", (p) => new ChartCollectionDouble(this.d, p, this.resolve));
  }
  get pivotTables(): PivotTableCollectionDouble {
    return this.once("pivotTables", (p) => new PivotTableCollectionDouble(this.d, p, this.resolve));
  }
  get freezePanes() {
    const path = this.nav("freezePanes");
    return {
      freezeRows: (n: number) => {
        this.d.request.action(3, "freezeRows", path, [n]);
        this.d.enqueue(() => {
          this.d.metaOf(this.resolve()).freezeRows = n;
        });
      },
      unfreeze: () => {
        this.d.request.action(3, "unfreeze", path, []);
        this.d.enqueue(() => {
          this.d.metaOf(this.resolve()).freezeRows = 0;
        });
      },
    };
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(
      this.d,
      this.method("getRange", address ? [address] : []),
      this.resolve,
      () => rect(address ?? "A1:XFD1048576")
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(
      this.d,
      this.method("getRangeByIndexes", [row, col, rows, cols]),
      this.resolve,
      () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 })
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(
      this.d,
      this.method("getUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly]),
      this.resolve,
      () => this.d.usedArea(this.resolve()),
      true
    );
  }
  /** Deleting a sheet clears Excel's undo stack. */
  delete(): void {
    this.call("delete", [], () => {
      this.d.guardStructure();
      const ws = this.resolve();
      this.d.undoCleared++;
      this.d.wb.removeWorksheet(ws.id);
    });
  }
  activate(): void {
    this.call("activate", [], () => {
      this.d.activeSheet = this.resolve().name;
    });
  }
}

export class WorksheetProtectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { protected: this.d.metaOf(this.ws()).protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

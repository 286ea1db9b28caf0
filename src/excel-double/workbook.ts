/** Excel.RequestContext and Excel.Workbook: the roots every proxy hangs from. */
import { ClientObject } from "./clientObject";
import { CommentCollectionDouble } from "./comments";
import type { ExcelDouble } from "./double";
import { NamedItemCollectionDouble } from "./names";
import { NoteCollectionDouble } from "./notes";
import { SettingCollectionDouble } from "./settings";
import { rootPath, type Path } from "./wire";
import { WorksheetCollectionDouble } from "./worksheets";

export class RequestContextDouble {
  readonly workbook: WorkbookDouble;
  constructor(readonly d: ExcelDouble) {
    this.workbook = new WorkbookDouble(d);
  }
  sync(): Promise<void> {
    return this.d.sync();
  }
}

export class WorkbookDouble extends ClientObject {
  readonly worksheets: WorksheetCollectionDouble;
  readonly settings: SettingCollectionDouble;
  readonly comments: CommentCollectionDouble;
  readonly notes: NoteCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly protection: WorkbookProtectionDouble;
  readonly tables: NamesOnly;
  readonly pivotTables: NamesOnly;
  constructor(d: ExcelDouble) {
    super(d, rootPath());
    this.worksheets = new WorksheetCollectionDouble(d, this.nav("worksheets"));
    this.settings = new SettingCollectionDouble(d, this.nav("settings"));
    this.comments = new CommentCollectionDouble(d, this.nav("comments"));
    this.notes = new NoteCollectionDouble(d, this.nav("notes"));
    this.names = new NamedItemCollectionDouble(d, this.nav("names"));
    this.protection = new WorkbookProtectionDouble(d, this.nav("protection"));
    const all = (kind: "tables" | "pivots") => () =>
      d.wb.worksheets.flatMap((ws) => d.metaOf(ws)[kind].map((t) => t.name));
    this.tables = new NamesOnly(d, this.nav("tables"), all("tables"));
    this.pivotTables = new NamesOnly(d, this.nav("pivotTables"), all("pivots"));
  }
  protected snapshot() {
    return {};
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class WorkbookProtectionDouble extends ClientObject {
  protected snapshot() {
    return { protected: this.d.structureProtected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

/** Workbook.tables and Workbook.pivotTables, as far as the add-in reads them: their items' names. */
export class NamesOnly extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly names: () => string[]
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { items: this.names().map((name) => ({ name })) };
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
}

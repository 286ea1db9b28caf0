/** Excel.RequestContext and Excel.Workbook: the roots every proxy hangs from. */
import { ClientObject } from "./clientObject";
import { CommentCollectionDouble } from "./comments";
import type { ExcelDouble } from "./double";
import { NamedItemCollectionDouble } from "./names";
import { NoteCollectionDouble } from "./notes";
import { SettingCollectionDouble } from "./settings";
import { rootPath } from "./wire";
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
  constructor(d: ExcelDouble) {
    super(d, rootPath());
    this.worksheets = new WorksheetCollectionDouble(d, this.nav("worksheets"));
    this.settings = new SettingCollectionDouble(d, this.nav("settings"));
    this.comments = new CommentCollectionDouble(d, this.nav("comments"));
    this.notes = new NoteCollectionDouble(d, this.nav("notes"));
    this.names = new NamedItemCollectionDouble(d, this.nav("names"));
    this.protection = new WorkbookProtectionDouble(d, this.nav("protection"));
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

/** Excel.NoteCollection and Excel.Note (ExcelApi 1.18): plain notes, one per cell, with no author or thread. */
import { ClientObject } from "./clientObject";
import { annotationTarget, locationOf } from "./comments";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import type { RangeDouble } from "./range";
import type { CommentRecord } from "./records";
import { splitAddress } from "./values";
import { child, PATH, type Path } from "./wire";

export class NoteCollectionDouble extends ClientObject {
  protected snapshot() {
    return {
      items: this.d.notes.map((n, i) =>
        new NoteDouble(this.d, child(this.path, PATH.indexer, "", [i]), () => n).preload({
          content: n.content,
        })
      ),
    };
  }
  get items(): NoteDouble[] {
    return this.get("items");
  }
  /** A note by its cell ("'Sheet'!B3"). */
  getItem(key: string): NoteDouble {
    return new NoteDouble(this.d, this.method("getItem", [key]), () => {
      const { sheet, cell } = splitAddress(key);
      const n = this.d.notes.find((x) => x.sheet === sheet && x.cell === cell);
      if (!n)
        throw new DoubleError("ItemNotFound", `The requested resource doesn't exist (${key}).`);
      return n;
    });
  }
  add(cellAddress: string, content: string): NoteDouble {
    let rec: CommentRecord | null = null;
    const path = this.method("add", [cellAddress, content]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      const at = annotationTarget(this.d, cellAddress);
      rec = { id: `${at.sheet}!${at.cell}`, ...at, content };
      this.d.notes.push(rec);
    });
    return new NoteDouble(this.d, path, () => {
      if (!rec) throw new DoubleError("ItemNotFound", "note not created");
      return rec;
    });
  }
}

export class NoteDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly rec: () => CommentRecord
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { content: this.rec().content };
  }
  get content(): string {
    return this.get("content");
  }
  getLocation(): RangeDouble {
    return locationOf(this.d, this.method("getLocation", []), this.rec);
  }
  delete(): void {
    this.call("delete", [], () => {
      const n = this.rec();
      this.d.notes = this.d.notes.filter((x) => x !== n);
    });
  }
}

/**
 * Excel.CommentCollection and Excel.Comment (threaded comments, ExcelApi 1.10): each carries its author's
 * name and starts a conversation. A cell holds one comment or one note, never both.
 */
import { parseAddress } from "../core/grid";
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import { DoubleError } from "./errors";
import { RangeDouble } from "./range";
import type { CommentRecord } from "./records";
import { splitAddress } from "./values";
import { child, PATH, type Path } from "./wire";

let nextId = 1;

/** Where an annotation may go: the sheet exists and the cell holds neither a comment nor a note. */
export function annotationTarget(
  d: ExcelDouble,
  cellAddress: string
): { sheet: string; cell: string } {
  const { sheet, cell } = splitAddress(cellAddress);
  const ws = d.sheet(sheet);
  if (!ws)
    throw new DoubleError("ItemNotFound", `The requested resource doesn't exist (${sheet}).`);
  d.guardSheet(ws);
  if ([...d.comments, ...d.notes].some((c) => c.sheet === sheet && c.cell === cell))
    throw new DoubleError(
      "InvalidOperation",
      `The cell ${cellAddress} already has a comment or a note.`
    );
  return { sheet, cell };
}

export function locationOf(d: ExcelDouble, path: Path, rec: () => CommentRecord): RangeDouble {
  return new RangeDouble(
    d,
    path,
    () => d.sheet(rec().sheet)!,
    () => {
      const p = parseAddress(rec().cell)!;
      return { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
  );
}

export class CommentCollectionDouble extends ClientObject {
  protected snapshot() {
    return {
      items: this.d.comments.map((c) =>
        new CommentDouble(this.d, child(this.path, PATH.indexer, "", [c.id]), () => c).preload({
          id: c.id,
          content: c.content,
          authorName: c.author ?? "",
        })
      ),
    };
  }
  get items(): CommentDouble[] {
    return this.get("items");
  }
  getItem(id: string): CommentDouble {
    return new CommentDouble(this.d, child(this.path, PATH.indexer, "", [id]), () => {
      const c = this.d.comments.find((x) => x.id === id);
      if (!c)
        throw new DoubleError("ItemNotFound", `The requested resource doesn't exist (${id}).`);
      return c;
    });
  }
  add(cellAddress: string, content: string): CommentDouble {
    let rec: CommentRecord | null = null;
    const path = this.method("add", [cellAddress, content]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      const at = annotationTarget(this.d, cellAddress);
      rec = { id: `{comment-${nextId++}}`, ...at, content, author: this.d.userName };
      this.d.comments.push(rec);
    });
    return new CommentDouble(this.d, path, () => {
      if (!rec) throw new DoubleError("ItemNotFound", "comment not created");
      return rec;
    });
  }
}

export class CommentDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly rec: () => CommentRecord
  ) {
    super(d, path);
  }
  protected snapshot() {
    const c = this.rec();
    return { id: c.id, content: c.content, authorName: c.author ?? "" };
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  get authorName(): string {
    return this.get("authorName");
  }
  getLocation(): RangeDouble {
    return locationOf(this.d, this.method("getLocation", []), this.rec);
  }
  delete(): void {
    this.call("delete", [], () => {
      const c = this.rec();
      this.d.comments = this.d.comments.filter((x) => x !== c);
    });
  }
}

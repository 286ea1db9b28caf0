/** Cell texts of a sheet, tidied once and remembered: the engine reads each cell several times. */
import { cellText, contentWidth, isErrorValue, MergeIndex, rawValue, type Grid } from "../grid";
import { isPlaceholder, normalize, tidy } from "../text";

export class SheetText {
  readonly merges: MergeIndex;
  readonly width: number;
  /** Per row, per column: rows stay small however far right a stray cell sits. */
  private readonly own: (string | undefined)[][] = [];
  private readonly norm: (string | undefined)[][] = [];

  constructor(readonly grid: Grid) {
    this.width = contentWidth(grid);
    this.merges = new MergeIndex(grid.merges);
  }

  /** A row with no value of its own and no merge over it: nothing to read, whatever the sheet's width. */
  isEmptyRow(row: number): boolean {
    const cells = this.grid.values[row];
    if (cells) for (const v of cells) if (v !== null && v !== undefined && v !== "") return false;
    return !this.merges.touches(row);
  }

  /** Cells holding one of Excel's error values (#REF!, #N/A…) that were read: never a name, a date or text. */
  readonly errors = new Map<number, { row: number; col: number; value: string }>();

  /** The cell's own text, tidied; a placeholder ("—", "не передбачено") is no text, nor an error value. */
  at(row: number, col: number): string {
    const cached = (this.own[row] ??= this.rowCache(row));
    let t = cached[col];
    if (t === undefined) {
      const v = rawValue(this.grid, row, col);
      if (isErrorValue(v)) {
        this.errors.set(row * 16384 + col, { row, col, value: v as string });
        cached[col] = "";
        return "";
      }
      t = tidy(cellText(this.grid, row, col));
      if (t && isPlaceholder(t)) t = "";
      cached[col] = t;
    }
    return t;
  }

  /** A row's cache, as long as the row: one grown cell by cell keeps room for a dozen more cells. */
  private rowCache(row: number): (string | undefined)[] {
    return new Array<string | undefined>(this.grid.values[row]?.length ?? 0);
  }

  /** The text of the merged area the cell lies in (its top-left cell), or the cell's own. */
  merged(row: number, col: number): string {
    const m = this.merges.areaAt(row, col);
    return m ? this.at(m.top, m.left) : this.at(row, col);
  }

  /** The merged text, normalized for matching. */
  normalized(row: number, col: number): string {
    const m = this.merges.areaAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const cached = (this.norm[r] ??= this.rowCache(r));
    let t = cached[c];
    if (t === undefined) {
      t = normalize(this.at(r, c));
      cached[c] = t;
    }
    return t;
  }
}

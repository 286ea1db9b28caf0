/**
 * Whether a cell lies under a merged area without being its top-left cell, answered without enumerating any
 * area's cells (A1:XFD1048576 costs what A1:B2 does). Cells are asked about row by row, downwards: a sweep
 * keeps the areas spanning the current row and the union of their columns as sorted disjoint intervals.
 */
import type { MergedArea } from "../../core/grid";

const WIDTH = 16384;

export class MergeCover {
  private readonly byTop: MergedArea[];
  private next = 0;
  private active: MergedArea[] = [];
  private row = -1;
  /** The union of the active areas' columns: [starts[k], ends[k]] inclusive, ascending, disjoint. */
  private starts: number[] = [];
  private ends: number[] = [];
  /** How many areas have each top-left cell. */
  private readonly corners = new Map<number, number>();

  constructor(merges: MergedArea[]) {
    this.byTop = [...merges].sort((a, b) => a.top - b.top);
    for (const m of merges) {
      const k = m.top * WIDTH + m.left;
      this.corners.set(k, (this.corners.get(k) ?? 0) + 1);
    }
  }

  get empty(): boolean {
    return this.byTop.length === 0;
  }

  /** The row the sweep stands at: asking about an earlier row starts it over. */
  get currentRow(): number {
    return this.row;
  }

  covered(r: number, c: number): boolean {
    if (this.byTop.length === 0) return false;
    if (r !== this.row) this.moveTo(r);
    // the interval holding c, by binary search
    const { starts, ends } = this;
    let lo = 0;
    let hi = starts.length - 1;
    let hit = false;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < starts[mid]) hi = mid - 1;
      else if (c > ends[mid]) lo = mid + 1;
      else {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
    if (!this.corners.has(r * WIDTH + c)) return true;
    // the top-left cell of an area: covered only if another area covers it
    for (const m of this.active)
      if (m.left <= c && c <= m.right && (m.top !== r || m.left !== c)) return true;
    return false;
  }

  private moveTo(r: number): void {
    let changed = false;
    if (r < this.row) {
      this.next = 0;
      this.active = [];
      changed = true;
    }
    while (this.next < this.byTop.length && this.byTop[this.next].top <= r) {
      this.active.push(this.byTop[this.next++]);
      changed = true;
    }
    // most rows end no area: the list is copied only when one ends
    if (this.active.some((m) => m.bottom < r)) {
      this.active = this.active.filter((m) => m.bottom >= r);
      changed = true;
    }
    this.row = r;
    if (changed) this.rebuild();
  }

  private rebuild(): void {
    const sorted = [...this.active].sort((a, b) => a.left - b.left);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of sorted) {
      const last = ends.length - 1;
      if (last >= 0 && m.left <= ends[last] + 1) ends[last] = Math.max(ends[last], m.right);
      else {
        starts.push(m.left);
        ends.push(m.right);
      }
    }
    this.starts = starts;
    this.ends = ends;
  }
}

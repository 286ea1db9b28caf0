/**
 * Reading the workbook: the add-in's state, every sheet's used range (values, number formats, merged areas
 * where the host has them) in a constant number of context.sync() round trips — more only when a sheet is so
 * large that one response would pass Excel on the web's 5 MB limit, and then in row blocks.
 */
import type { CellValue, Grid, MergedArea } from "../core/grid";
import { parseAddress } from "../core/grid";
import { parseState, SETTINGS_KEY, type AddinState } from "./state";

/** What the host supports beyond the manifest's ExcelApi 1.8. */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject: ExcelApi 1.13. */
  mergedAreas: boolean;
  /** Workbook.comments: ExcelApi 1.10. */
  comments: boolean;
}

export function hostCapabilities(): Capabilities {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const has = (v: string) => !!req && req.isSetSupported("ExcelApi", v);
  return { mergedAreas: has("1.13"), comments: has("1.10") };
}

/**
 * Cells per round trip. Plan cells run to some 70 bytes of values and formats (Cyrillic text is two bytes a
 * letter), so this keeps a response near 4 MB; a sheet of longer texts that still passes Excel on the web's
 * 5 MB limit is read again in smaller blocks.
 */
export const MAX_CELLS_PER_SYNC = 60_000;

const TOO_LARGE = ["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"];

export interface SheetSnapshot {
  name: string;
  id: string;
  protected: boolean;
  grid: Grid | null;
}

export interface WorkbookSnapshot {
  state: AddinState;
  /** Every sheet of the workbook, the add-in's own included. */
  all: { name: string; id: string }[];
  /** The sheets that may hold a plan (all but the add-in's own), with their contents when asked for. */
  sheets: SheetSnapshot[];
  /** The conditional formats of the area highlighted last time, loaded, or null. */
  previousMarks: Excel.ConditionalFormatCollection | null;
  /** Ids and locations of the comments in the workbook, where the host has comments. */
  comments: { id: string; address: string; content: string }[];
}

/** "Sheet1!B3:D7" or "'My sheet'!B3" → 0-based rectangle. */
export function parseRangeAddress(address: string): MergedArea | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.replace(/\$/g, "").split(":");
  const p = parseAddress(a);
  const q = b ? parseAddress(b) : p;
  if (!p || !q) return null;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Reads the state, the sheets and their contents. `skipIds` are the add-in's own sheets, which hold no plan.
 * Round trips: 1 (sheets, settings, comments), 2 (used ranges, protection, comment locations),
 * 3 (contents; more only for sheets beyond MAX_CELLS_PER_SYNC).
 */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  options: { contents?: boolean } = {}
): Promise<WorkbookSnapshot> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  const setting = wb.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const comments = caps.comments ? wb.comments : null;
  if (comments) comments.load("items/id,items/content");
  await ctx.sync();

  // loaded and synced just above (the rule loses track in functions that sync more than once; the API
  // double, which throws on unloaded reads, checks this in tests/adapter)
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  const state = setting.isNullObject ? parseState(null) : parseState(setting.value);
  const owned = new Set(Object.values(state.owned));
  const candidates = sheets.items.filter((s) => !owned.has(s.id));
  const used = candidates.map((s) => {
    const range = s.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    s.protection.load("protected");
    return { sheet: s, range };
  });
  const locations = comments ? comments.items.map((c) => c.getLocation().load("address")) : [];
  const prev = state.marks;
  const previousMarks =
    prev && sheets.items.some((s) => s.name === prev.sheet)
      ? sheets.getItem(prev.sheet).getRange(prev.address).conditionalFormats
      : null;
  previousMarks?.load("items/type,items/custom/rule/formula");
  await ctx.sync();

  // contents, in as few round trips as the size allows
  type Pending = { sheetIndex: number; row: number; col: number; rows: number; cols: number };
  type Block = {
    sheetIndex: number;
    top: number;
    values: Excel.Range;
    merges: Excel.RangeAreas | null;
    pending: Pending;
  };
  const blocks: Block[] = [];
  let pendingCells = 0;
  const grids: (Grid | null)[] = used.map(() => null);
  const blockStarts: Set<number>[] = used.map(() => new Set<number>());
  const queueBlock = (p: Pending) => {
    const sheet = used[p.sheetIndex].sheet;
    if (p.row > 0) blockStarts[p.sheetIndex].add(p.row);
    const block = sheet.getRangeByIndexes(p.row, p.col, p.rows, p.cols);
    block.load("address,values,numberFormat");
    const merges = caps.mergedAreas ? block.getMergedAreasOrNullObject() : null;
    if (merges) merges.load("address");
    blocks.push({ sheetIndex: p.sheetIndex, top: p.row, values: block, merges, pending: p });
    pendingCells += p.rows * p.cols;
  };
  const flush = async (): Promise<void> => {
    if (blocks.length === 0) return;
    try {
      await ctx.sync();
    } catch (e) {
      const code = (e as { code?: string }).code;
      const failed = blocks.splice(0);
      pendingCells = 0;
      if (!code || !TOO_LARGE.includes(code) || failed.every((b) => b.pending.rows === 1)) throw e;
      // too large for one response after all: the same blocks again, in halves, one round trip each
      for (const b of failed) {
        const p = b.pending;
        const half = Math.ceil(p.rows / 2);
        for (const part of [
          { ...p, rows: half },
          { ...p, row: p.row + half, rows: p.rows - half },
        ]) {
          if (part.rows <= 0) continue;
          queueBlock(part);
          await flush();
        }
      }
      return;
    }
    for (const b of blocks.splice(0)) {
      const g = grids[b.sheetIndex]!;
      const vals = b.values.values;
      const fmts = b.values.numberFormat;
      const area = parseRangeAddress(b.values.address)!;
      for (let i = 0; i < vals.length; i++) {
        const row = (g.values[area.top + i] ??= []);
        const frow = (g.numberFormats![area.top + i] ??= []);
        for (let j = 0; j < vals[i].length; j++) {
          row[area.left + j] = toCellValue(vals[i][j]);
          frow[area.left + j] = fmts[i][j] === "General" ? null : (fmts[i][j] as string);
        }
      }
      if (b.merges && !b.merges.isNullObject) {
        for (const a of b.merges.address.split(",")) {
          const m = parseRangeAddress(a.trim());
          if (m) g.merges.push(m);
        }
      }
    }
    pendingCells = 0;
  };
  for (let i = 0; i < used.length && options.contents !== false; i++) {
    const { sheet, range } = used[i];
    if (range.isNullObject) continue;
    const area = parseRangeAddress(range.address);
    if (!area) continue;
    grids[i] = {
      sheetName: sheet.name,
      values: [],
      numberFormats: [],
      merges: [],
      hidden: sheet.visibility !== "Visible",
      position: i,
    };
    const cols = range.columnCount;
    const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / cols));
    for (let top = 0; top < range.rowCount; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, range.rowCount - top);
      if (pendingCells + rows * cols > MAX_CELLS_PER_SYNC) await flush();
      queueBlock({ sheetIndex: i, row: area.top + top, col: area.left, rows, cols });
    }
  }
  await flush();

  // a merged area cut by a block boundary comes back as two; join them where they meet at a boundary
  // (and an area reaching over two blocks may come back from both: keep one)
  grids.forEach((g, i) => {
    if (!g) return;
    const unique = new Map(g.merges.map((m) => [`${m.top},${m.left},${m.bottom},${m.right}`, m]));
    g.merges = joinSplitMerges([...unique.values()], blockStarts[i]);
  });

  return {
    state,
    all: sheets.items.map((s) => ({ name: s.name, id: s.id })),
    previousMarks,
    sheets: used.map((u, i) => ({
      name: u.sheet.name,
      id: u.sheet.id,
      protected: u.sheet.protection.protected,
      grid: grids[i],
    })),
    comments: comments
      ? comments.items.map((c, i) => ({
          id: c.id,
          content: c.content,
          address: locations[i].address,
        }))
      : [],
  };
}

function joinSplitMerges(merges: MergedArea[], boundaries: Set<number>): MergedArea[] {
  const sorted = [...merges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: MergedArea[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.left === m.left &&
      last.right === m.right &&
      last.bottom + 1 === m.top &&
      boundaries.has(m.top)
    )
      last.bottom = m.bottom;
    else out.push({ ...m });
  }
  return out;
}

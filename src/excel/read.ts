/**
 * Reading the workbook in two round trips: (1) the sheet list with each sheet's protection, the add-in's
 * state, the workbook's protection, the tables' names, the comments or notes and the conditional formats of the areas marked last time (found by
 * the names Validate gave them); (2) every candidate sheet's used range with its values and number formats,
 * its merged areas (in windows of rows, since a query over more than 512 merged areas
 * fails) and where the comments are. More round trips only where Excel refuses that: a response over 5 MB
 * or a sheet past the 5-million-cell read limit is read again in row blocks, and a window holding too many
 * merged areas is asked again in halves.
 */
import type { CellValue, Grid, MergedArea } from "../core/grid";
import { parseAddress } from "../core/grid";
import {
  adoptLegacy,
  MARKED_KINDS,
  ownedByMarks,
  parseLegacy,
  parseState,
  SETTINGS_KEY,
  SHEET_MARK,
  type AddinState,
  type OwnKind,
} from "./state";

/** What the host supports beyond the manifest's ExcelApi 1.8. */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject: ExcelApi 1.13. */
  mergedAreas: boolean;
  /** Workbook.comments (threaded comments): ExcelApi 1.10. */
  comments: boolean;
  /** Workbook.notes: ExcelApi 1.18; where the host has them, messages are notes instead of comments. */
  notes?: boolean;
}

export function hostCapabilities(): Capabilities {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const has = (v: string) => !!req && req.isSetSupported("ExcelApi", v);
  return { mergedAreas: has("1.13"), comments: has("1.10"), notes: has("1.18") };
}

/** Cells per round trip when a sheet must be read in blocks (its whole used range was refused). */
export const MAX_CELLS_PER_SYNC = 60_000;
/** Excel on the web may return null values past 5 million cells without an error. */
export const MAX_CELLS_PER_READ = 5_000_000;
/** Rows per merged-area query: at most two areas a row keeps a window under Excel's 512. */
export const MERGE_WINDOW_ROWS = 256;
/** Rows asked for merged areas before the used range is known; a taller sheet asks for the rest after. */
export const MERGE_ROWS_FIRST = 32_768;
/** Validate names each marked area (`PlanCheck_Marks_1`…) so Clear finds its formats in its first round trip. */
export const AREA_NAME = "PlanCheck_Marks_";
export const MAX_NAMED_AREAS = 8;

const TOO_LARGE = ["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"];

export interface SheetSnapshot {
  name: string;
  id: string;
  protected: boolean;
  grid: Grid | null;
}

/** A comment or note: where it is (when asked), what it says, and its proxy to delete it by. */
export interface Annotation {
  id: string;
  address: string;
  content: string;
  remove: () => void;
}

/** A conditional format of a marked area, as loaded: its custom formula, null where it is of another kind. */
export interface LoadedFormat {
  formula: string | null;
  remove: () => void;
}

export interface WorkbookSnapshot {
  state: AddinState;
  /** The workbook's structure is protected: no sheet may be added, deleted or hidden. */
  structureProtected: boolean;
  /** Every sheet of the workbook, the add-in's own included. */
  all: { name: string; id: string; protected: boolean }[];
  /** The sheets that may hold a plan (all but the add-in's own), with their contents when asked for. */
  sheets: SheetSnapshot[];
  /** The conditional formats of the areas highlighted last time. */
  previousMarks: LoadedFormat[];
  /** The marks of the add-in's sheets that are in the workbook, those whose sheet is gone (#REF!) among them. */
  markNames: string[];
  /** Sheets of these kinds the previous version made, taken as ours this run: each is to get its mark. */
  adopted: OwnKind[];
  /** The names of marked areas Validate left (`AREA_NAME` + 1…) that are in the workbook. */
  areaNames: string[];
  /** The host answers the chain through a missing name with null objects: Validate may name its areas. */
  namesUsable: boolean;
  /** The comments (or notes, where the host has them) in the workbook. */
  annotations: Annotation[];
  /** The add-in's own sheets, with what is on them (tables, PivotTables, charts) to remove before rewriting. */
  owned: Map<string, { remove: () => void }>;
  /** Merged areas could not be read on some sheet (too many, even in small windows). */
  mergesMissing: boolean;
  /** Names of the workbook's tables and PivotTables, but those on the add-in's own sheets. */
  tableNames: string[];
  /** The values on the data sheet the add-in wrote last time (when asked for): the earlier summary. */
  earlierData: unknown[][] | null;
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

/** "'My sheet'!B3:D7" → "My sheet". */
export function sheetOfAddress(address: string): string {
  const at = address.lastIndexOf("!");
  return address.slice(0, Math.max(0, at)).replace(/^'|'$/g, "").replace(/''/g, "'");
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

const codeOf = (e: unknown) => (e as { code?: string }).code ?? "";

type Window = { top: number; rows: number; areas: Excel.RangeAreas };

export async function readWorkbook(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  options: { contents?: boolean; earlierData?: boolean } = {}
): Promise<WorkbookSnapshot> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  const setting = wb.settings.getItemOrNullObject(SETTINGS_KEY);
  // both kinds where the host has both: a cell holds one note or one comment, and either may be ours
  const notes = caps.notes ? wb.notes : null;
  const comments = caps.comments ? wb.comments : null;
  const queueFirst = (withNames: boolean) => {
    sheets.load("items/name,items/id,items/visibility,items/protection/protected");
    setting.load("value");
    wb.protection.load("protected");
    wb.tables.load("items/name");
    wb.pivotTables.load("items/name");
    if (notes) notes.load("items/content");
    if (comments) comments.load("items/id,items/content");
    // the marks of the add-in's own sheets (a name, no chain through it: every host answers a null object)
    marks = MARKED_KINDS.map((kind) => {
      const item = wb.names.getItemOrNullObject(`${SHEET_MARK}${kind}`);
      item.load("type,formula");
      return { kind, item };
    });
    if (!withNames) return [];
    // the formats of the areas marked last time, through the names Validate gave them; type first, and the
    // custom rule only where there is one (asking every format for `custom` fails on a colour scale)
    return Array.from({ length: MAX_NAMED_AREAS }, (_, i) => {
      const item = wb.names.getItemOrNullObject(`${AREA_NAME}${i + 1}`);
      item.load("name");
      const range = item.getRangeOrNullObject();
      // the sheet the name refers to now (the user may have renamed it), to match the area to its sheet
      range.load("address");
      const cfs = item.getRangeOrNullObject().conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      return { name: `${AREA_NAME}${i + 1}`, item, range, cfs };
    });
  };
  let marks: { kind: OwnKind; item: Excel.NamedItem }[] = [];
  let named = queueFirst(true);
  let namesUsable = true;
  try {
    await ctx.sync();
  } catch {
    // a host that refuses the chain through a name that does not exist: the areas are found by their
    // addresses instead, one round trip later, and no names are given
    namesUsable = false;
    named = queueFirst(false);
    await ctx.sync();
  }

  // loaded and synced just above (the rule loses track in functions that sync more than once; the API
  // double, which throws on unloaded reads, checks this in tests/adapter)
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  const savedValue: unknown = setting.isNullObject ? null : setting.value;
  const saved = parseState(savedValue);
  const found = marks.filter((m) => !m.item.isNullObject);
  const byMarks = ownedByMarks(
    found.map((m) => ({ kind: m.kind, type: m.item.type, formula: m.item.formula })),
    sheets.items.map((s) => ({ name: s.name, id: s.id }))
  );
  // a workbook the previous version made: its sheets have no marks yet, the state it saved names them
  const adopted = adoptLegacy(
    parseLegacy(savedValue),
    sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility })),
    { marked: new Set(found.map((m) => m.kind)), owned: byMarks, planSheet: saved.planSheet }
  );
  const state: AddinState = { ...saved, owned: { ...byMarks, ...adopted } };
  const ownedIds = new Set(Object.values(state.owned));
  const candidates = sheets.items.filter((s) => !ownedIds.has(s.id));
  const previousMarks: LoadedFormat[] = [];
  // each name found is deleted with the highlights; a marked sheet whose name is found is read through it,
  // whatever its place in the list (the user may have deleted PlanCheck_Marks_1 and kept _2)
  const areaNames: string[] = [];
  const namedSheets = new Set<string>();
  for (const n of named) {
    if (n.item.isNullObject) continue;
    areaNames.push(n.name);
    if (n.range.isNullObject) continue;
    namedSheets.add(sheetOfAddress(n.range.address).toLowerCase());
    for (const cf of n.cfs.items) {
      const custom = cf.customOrNullObject;
      previousMarks.push({
        formula: cf.type === "Custom" && !custom.isNullObject ? custom.rule.formula : null,
        remove: () => cf.delete(),
      });
    }
  }
  // areas without a name (past MAX_NAMED_AREAS sheets, marked before names were given, or a name the user
  // deleted) by their address
  const unnamed = (state.marks ?? []).filter(
    (m) => !namedSheets.has(m.sheet.toLowerCase()) && sheets.items.some((s) => s.name === m.sheet)
  );
  const queueUnnamed = () =>
    unnamed.map((m) => {
      const cfs = sheets.getItem(m.sheet).getRange(m.address).conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      return cfs;
    });
  const takeUnnamed = (loaded: Excel.ConditionalFormatCollection[]) => {
    for (const cfs of loaded)
      for (const cf of cfs.items) {
        const custom = cf.customOrNullObject;
        previousMarks.push({
          formula: cf.type === "Custom" && !custom.isNullObject ? custom.rule.formula : null,
          remove: () => cf.delete(),
        });
      }
  };
  const annotationItems: { id: string; content: string; proxy: Excel.Comment | Excel.Note }[] = [
    ...(notes
      ? notes.items.map((n, i) => ({ id: `note-${i}`, content: n.content, proxy: n }))
      : []),
    ...(comments ? comments.items.map((c) => ({ id: c.id, content: c.content, proxy: c })) : []),
  ];
  const base = {
    state,
    structureProtected: wb.protection.protected,
    all: sheets.items.map((s) => ({ name: s.name, id: s.id, protected: s.protection.protected })),
    previousMarks,
    areaNames,
    markNames: found.map((m) => `${SHEET_MARK}${m.kind}`),
    adopted: Object.keys(adopted) as OwnKind[],
    namesUsable,
    mergesMissing: false,
    tableNames: [...wb.tables.items, ...wb.pivotTables.items].map((t) => t.name),
    earlierData: null as unknown[][] | null,
  };
  if (options.contents === false) {
    if (unnamed.length) {
      const loaded = queueUnnamed();
      await ctx.sync();
      takeUnnamed(loaded);
    }
    return {
      ...base,
      sheets: candidates.map((s) => ({
        name: s.name,
        id: s.id,
        protected: s.protection.protected,
        grid: null,
      })),
      annotations: annotationItems.map((a) => ({
        id: a.id,
        content: a.content,
        address: "",
        remove: () => a.proxy.delete(),
      })),
      owned: new Map(),
    };
  }

  // round trip 2: everything else at once
  const queueOwned = () =>
    new Map(
      sheets.items
        .filter((s) => ownedIds.has(s.id))
        .map((s) => {
          const parts = [s.pivotTables, s.tables, s.charts];
          for (const p of parts) p.load("items/name");
          return [
            s.id,
            {
              parts,
              remove: () => {
                for (const p of parts) for (const item of p.items) item.delete();
              },
            },
          ] as const;
        })
    );
  const queueWindows = (s: Excel.Worksheet, from: number, to: number): Window[] => {
    const out: Window[] = [];
    for (let top = from; top < to; top += MERGE_WINDOW_ROWS) {
      const rows = Math.min(MERGE_WINDOW_ROWS, to - top);
      const areas = s.getRange(`${top + 1}:${top + rows}`).getMergedAreasOrNullObject();
      areas.load("address");
      out.push({ top, rows, areas });
    }
    return out;
  };
  const queueAll = (withValues: boolean, withMerges: boolean) => {
    const used = candidates.map((s) => {
      const range = s.getUsedRangeOrNullObject(true);
      if (withValues) range.load("address,rowCount,columnCount,values,numberFormat");
      else range.load("address,rowCount,columnCount");
      const windows = withMerges && caps.mergedAreas ? queueWindows(s, 0, MERGE_ROWS_FIRST) : null;
      return { sheet: s, range, windows };
    });
    const locations = annotationItems.map((a) => a.proxy.getLocation().load("address"));
    return {
      used,
      locations,
      owned: queueOwned(),
      formats: queueUnnamed(),
      earlier: withValues ? queueEarlier() : null,
    };
  };

  // the data sheet of the summary built last time, for Build summary's "what changed since"
  const earlierId =
    options.earlierData && state.owned.data && ownedIds.has(state.owned.data)
      ? sheets.items.find((s) => s.id === state.owned.data)
      : undefined;
  const queueEarlier = () => {
    if (!earlierId) return null;
    const r = earlierId.getUsedRangeOrNullObject(true);
    r.load("values");
    return r;
  };

  let round = queueAll(true, true);
  let valuesRead = true;
  let mergesFailed = false;
  try {
    await ctx.sync();
  } catch (e) {
    // too large to answer at once, or a window with too many merged areas: sizes first, then in parts
    valuesRead = false;
    mergesFailed = !TOO_LARGE.includes(codeOf(e));
    round = queueAll(false, false);
    await ctx.sync();
  }

  takeUnnamed(round.formats);
  const grids: (Grid | null)[] = round.used.map(() => null);
  const blocks: { index: number; range: Excel.Range }[] = [];
  const windows: { index: number; w: Window }[] = [];
  let mergesMissing = false;
  round.used.forEach(({ sheet, range, windows: ws }, i) => {
    if (range.isNullObject) return;
    const area = parseRangeAddress(range.address);
    if (!area) return;
    const g: Grid = {
      sheetName: sheet.name,
      values: [],
      numberFormats: [],
      merges: [],
      hidden: sheet.visibility !== "Visible",
      position: i,
    };
    grids[i] = g;
    const cells = range.rowCount * range.columnCount;
    if (valuesRead && cells <= MAX_CELLS_PER_READ && Array.isArray(range.values))
      fill(g, area, range.values, range.numberFormat);
    else {
      const rows = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / range.columnCount));
      for (let top = 0; top < range.rowCount; top += rows)
        blocks.push({
          index: i,
          range: blockRange(
            sheet,
            area.top + top,
            area.left,
            Math.min(rows, range.rowCount - top),
            range.columnCount
          ),
        });
    }
    if (!caps.mergedAreas) return;
    const end = area.bottom + 1;
    if (ws && !mergesFailed) {
      for (const w of ws) addMerges(g, w.areas);
      if (end > MERGE_ROWS_FIRST)
        for (const w of queueWindows(sheet, MERGE_ROWS_FIRST, end)) windows.push({ index: i, w });
    } else for (const w of queueWindows(sheet, area.top, end)) windows.push({ index: i, w });
  });

  // the rest, only where Excel refused it at once: blocks of rows, one response each under the limit
  mergesMissing = await readWindows(ctx, windows, grids);
  await readBlocks(ctx, blocks, grids);
  let earlier = round.earlier;
  if (earlierId && !earlier) {
    // a plan too large for one response: the earlier data in a round trip of its own
    earlier = queueEarlier();
    try {
      await ctx.sync();
    } catch {
      earlier = null;
    }
  }

  const ownTables = new Set(
    [...round.owned.values()].flatMap((o) =>
      [...o.parts[0].items, ...o.parts[1].items].map((t) => t.name)
    )
  );
  return {
    ...base,
    tableNames: base.tableNames.filter((n) => !ownTables.has(n)),
    mergesMissing,
    sheets: round.used.map((u, i) => ({
      name: u.sheet.name,
      id: u.sheet.id,
      protected: u.sheet.protection.protected,
      grid: grids[i],
    })),
    annotations: annotationItems.map((a, i) => ({
      id: a.id,
      content: a.content,
      address: round.locations[i].address,
      remove: () => a.proxy.delete(),
    })),
    owned: round.owned,
    earlierData: earlier && !earlier.isNullObject ? (earlier.values as unknown[][]) : null,
  };
}

function fill(g: Grid, area: MergedArea, vals: unknown[][], fmts: unknown[][]): void {
  for (let i = 0; i < vals.length; i++) {
    const row = (g.values[area.top + i] ??= []);
    const frow = (g.numberFormats![area.top + i] ??= []);
    for (let j = 0; j < vals[i].length; j++) {
      row[area.left + j] = toCellValue(vals[i][j]);
      frow[area.left + j] = fmts[i][j] === "General" ? null : (fmts[i][j] as string);
    }
  }
}

function addMerges(g: Grid, areas: Excel.RangeAreas): void {
  if (areas.isNullObject) return;
  const seen = new Set(g.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`));
  for (const a of areas.address.split(",")) {
    const m = parseRangeAddress(a.trim());
    if (!m) continue;
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    // a merged area reaching over two windows comes back from both: keep one
    if (!seen.has(key)) g.merges.push(m);
    seen.add(key);
  }
}

async function readBlocks(
  ctx: Excel.RequestContext,
  pending: { index: number; range: Excel.Range }[],
  grids: (Grid | null)[]
): Promise<void> {
  let queue = pending;
  // cells per round trip: halved each time Excel refuses a response as too large
  let budget = MAX_CELLS_PER_SYNC;
  while (queue.length) {
    let cells = 0;
    const batch: typeof queue = [];
    while (queue.length && (batch.length === 0 || cells + cellCount(queue[0].range) <= budget)) {
      const b = queue.shift()!;
      b.range.load("address,values,numberFormat");
      cells += cellCount(b.range);
      batch.push(b);
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (
        !TOO_LARGE.includes(codeOf(e)) ||
        batch.every((b) => cellCount(b.range) <= sizes.get(b.range)!.cols)
      )
        throw e;
      // still too large: the same blocks again, in halves
      budget = Math.max(1, Math.floor(budget / 2));
      queue = [...batch.flatMap((b) => halves(ctx, b)), ...queue];
      continue;
    }
    for (const b of batch)
      fill(
        grids[b.index]!,
        parseRangeAddress(b.range.address)!,
        b.range.values,
        b.range.numberFormat
      );
  }
}

const sizes = new WeakMap<
  Excel.Range,
  { row: number; col: number; rows: number; cols: number; sheet: Excel.Worksheet }
>();

function cellCount(r: Excel.Range): number {
  const s = sizes.get(r);
  return s ? s.rows * s.cols : MAX_CELLS_PER_SYNC;
}

function halves(_ctx: Excel.RequestContext, b: { index: number; range: Excel.Range }) {
  const s = sizes.get(b.range)!;
  const half = Math.ceil(s.rows / 2);
  return [
    { row: s.row, rows: half },
    { row: s.row + half, rows: s.rows - half },
  ]
    .filter((p) => p.rows > 0)
    .map((p) => ({ index: b.index, range: blockRange(s.sheet, p.row, s.col, p.rows, s.cols) }));
}

function blockRange(sheet: Excel.Worksheet, row: number, col: number, rows: number, cols: number) {
  const r = sheet.getRangeByIndexes(row, col, rows, cols);
  sizes.set(r, { row, col, rows, cols, sheet });
  return r;
}

/** Merged areas in windows; a window Excel refuses is asked again in halves, down to one row. */
async function readWindows(
  ctx: Excel.RequestContext,
  pending: { index: number; w: Window }[],
  grids: (Grid | null)[]
): Promise<boolean> {
  let queue = pending;
  let missing = false;
  while (queue.length) {
    const batch = queue;
    queue = [];
    try {
      await ctx.sync();
      for (const { index, w } of batch) addMerges(grids[index]!, w.areas);
    } catch {
      // one window failed the request: ask each window alone would cost a round trip each; halve them all
      for (const { index, w } of batch) {
        if (w.rows <= 1) {
          missing = true;
          continue;
        }
        const sheet = ctx.workbook.worksheets.getItem(grids[index]!.sheetName);
        const half = Math.ceil(w.rows / 2);
        for (const [top, rows] of [
          [w.top, half],
          [w.top + half, w.rows - half],
        ]) {
          const areas = sheet.getRange(`${top + 1}:${top + rows}`).getMergedAreasOrNullObject();
          areas.load("address");
          queue.push({ index, w: { top, rows, areas } });
        }
      }
    }
  }
  return missing;
}

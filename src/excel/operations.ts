/**
 * The three things the add-in does to a workbook — validate, clear highlights, build the summary. Each reads
 * in the round trips of `readWorkbook` (two; Clear one) and queues all its writes for the closing round trip
 * of `Excel.run`: Validate and Build summary in three round trips, Clear in two, at any plan size (more only
 * where a request would pass Excel on the web's 5 MB). User-caused problems come back as results with a
 * message key; nothing is written when there is no plan or a sheet it would write on is protected. The
 * add-in's own sheets are cleared and rewritten, never deleted and added again (Clear empties the helper
 * sheet and keeps it), so the user's undo history survives every run but the first Validate, which adds and
 * hides the helper sheet (deleting a sheet or hiding one clears it).
 */
import { checkPlan, type CheckResult } from "../core/check";
import { cellAddress, parseAddress } from "../core/grid";
import type { ColumnRole } from "../core/layout/vocabulary";
import { choosePlan, type SheetCandidate } from "../core/workbook";
import { freeName, MARKS_SHEET, takenNames, todayIso } from "../core/names";
import {
  computeMarks,
  MARK_CODES,
  MARK_FILLS,
  MARK_ORDER,
  markArea,
  markMatrix,
  NOTE_PREFIX,
  noteText,
  type MarkArea,
} from "../core/marks";
import { isConsolidatedKind } from "../core/ownSheets";
import type { Plan } from "../core/plan";
import type { CellValue } from "../core/grid";
import type { SheetKey, SheetSpec } from "../core/sheets";
import { compareWithEarlier, earlierFromRows, type Changes } from "../core/summary/changes";
import { DATA_DATE_COLUMNS, findingsSheet, summarySheets } from "../core/summary/sheets";
import { type Lang, type MessageKey, type Params } from "../i18n";
import type { Told } from "../shared/outcome";
import {
  AREA_NAME,
  MAX_NAMED_AREAS,
  readWorkbook,
  type Capabilities,
  type WorkbookSnapshot,
} from "./read";
import {
  runId,
  SETTINGS_KEY,
  SHEET_MARK,
  validationStamp,
  type AddinState,
  type OwnKind,
} from "./state";
import { Batch, payloadBytes, writeSheet, writeTable } from "./write";

export interface Outcome extends Told {
  result?: CheckResult;
  /** Names of the sheets written. */
  sheets?: Partial<Record<SheetKey, string>>;
  /** What changed since the summary built last time, where there was one. */
  changes?: Changes | null;
  /** Build summary's id, kept in the workbook's state (`summarized`). */
  summaryId?: string;
  /** The workbook's id (`AddinState.workbook`), where it has one: what the ribbon tells the pane names it. */
  workbook?: string;
  /** Features this host lacks, each said once: the rest works without them. */
  notices?: MessageKey[];
}

function notices(caps: Capabilities, snap?: WorkbookSnapshot): MessageKey[] {
  const out: MessageKey[] = [];
  if (!caps.mergedAreas) out.push("excel.no-merges");
  else if (snap?.mergesMissing) out.push("excel.merges-partial");
  if (!caps.comments && !caps.notes) out.push("excel.no-comments");
  return out;
}

export interface RunOptions {
  lang: Lang;
  /** The user's as-of date; without it the one the workbook keeps, else the title's, else `today`. */
  asOf?: string;
  /** YYYY-MM-DD, the local date by default. */
  today?: string;
  caps: Capabilities;
  /** "2026-11-23 14:05": when the summary was built, as the user reads it. */
  builtAt?: string;
  /** The sheet the user chose in the pane. */
  sheet?: string;
}

const fail = (key: MessageKey, params: Params = {}): Outcome => ({ ok: false, key, params });

type Found = { plan: Plan; candidates: SheetCandidate[] };

/** The plan as the core picks it (`choosePlan`), with every sheet of the workbook as a candidate. */
export function findPlan(snap: WorkbookSnapshot, wanted?: string): Found | Outcome {
  const grids = snap.sheets.flatMap((s) => (s.grid ? [s.grid] : []));
  const asked = wanted && snap.sheets.some((s) => s.name === wanted) ? wanted : undefined;
  if (asked && !grids.some((g) => g.sheetName === asked))
    return fail("error.no-plan.empty-sheet", { file: asked });
  const rec = choosePlan(grids, {
    wanted: asked,
    remembered: snap.state.planSheet,
    corrections: { columns: correctedColumns(snap.state), headerRow: snap.state.headerRow },
  });
  const candidates: SheetCandidate[] = snap.sheets.map(
    (sheet) =>
      rec.sheets.find((x) => x.sheet === sheet.name) ?? {
        sheet: sheet.name,
        measures: 0,
        reason: "empty-sheet",
      }
  );
  if (rec.ok) return { plan: rec.plan, candidates };
  if (asked)
    return fail(
      `error.no-plan.${rec.reason === "no-such-sheet" ? "empty-sheet" : rec.reason}` as MessageKey,
      { file: asked }
    );
  // the command line's consolidated workbook of a folder: no plan to map by hand, and said so
  if (Object.keys(snap.state.owned).some((k) => isConsolidatedKind(k)))
    return fail("excel.consolidated-workbook");
  return fail("excel.no-plan");
}

/** The column roles the user corrected, as 0-based columns; -1 for a role the user put in no column. */
function correctedColumns(state: AddinState): Partial<Record<ColumnRole, number>> {
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const [role, letter] of Object.entries(state.columns ?? {}) as [ColumnRole, string][]) {
    const p = parseAddress(`${letter}1`);
    if (p) out[role] = p.col;
    else if (letter === "") out[role] = -1;
  }
  return out;
}

function check(snap: WorkbookSnapshot, found: Found, o: RunOptions): CheckResult {
  return checkPlan(found.plan, found.candidates, {
    asOf: o.asOf ?? snap.state.asOf,
    today: o.today ?? todayIso(),
    directory: snap.state.directory,
    period: snap.state.period ?? null,
  });
}

/** The sheets of the plan: one, or each sheet of a plan kept over several. */
const planSheets = (plan: Plan) => plan.planSheets ?? [plan.sheet];

/** A sheet the plan is on, or the add-in writes over, that is protected; or null. */
function protectedSheet(snap: WorkbookSnapshot, names: string[]): string | null {
  return snap.all.find((s) => s.protected && names.includes(s.name))?.name ?? null;
}

/** Queues the removal of the previous highlights: our formats, comments or notes, and the area names. */
function queueRemoveMarks(ctx: Excel.RequestContext, snap: WorkbookSnapshot): void {
  // our formats read the helper sheet: by its first name, or by the one the user gave it since
  const refs = ownedNames(snap, ["marks"]).flatMap((h) => [`${quote(h)}!`, `=${h}!`]);
  for (const cf of snap.previousMarks)
    if (refs.some((r) => cf.formula?.includes(r)) || cf.formula?.includes(MARKS_SHEET)) cf.remove();
  const ours = new Set(snap.state.comments ?? []);
  for (const a of snap.annotations)
    if (ours.has(a.id) || a.content.startsWith(`${NOTE_PREFIX}:`)) a.remove();
  for (const name of snap.areaNames) ctx.workbook.names.getItem(name).delete();
}

const areaAddress = (a: MarkArea) =>
  `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The id of a sheet the add-in owns, where it is still in the workbook. */
function ownedSheet(snap: WorkbookSnapshot, key: OwnKind): string | undefined {
  const id = snap.state.owned[key];
  return id && snap.all.some((s) => s.id === id) ? id : undefined;
}

/**
 * Where each spec goes: onto the add-in's own sheet of its kind (cleared and rewritten in place, with its
 * tables, PivotTables and charts removed first), else onto a new sheet with a name the workbook does not use.
 * `created` lists the kinds whose sheets are new: each gets its mark once written (`markSheet`).
 */
function placeSheets(
  ctx: Excel.RequestContext,
  snap: WorkbookSnapshot,
  batch: Batch,
  specs: SheetSpec[]
): { names: string[]; created: Set<OwnKind> } {
  const ownIds = new Set(specs.map((s) => ownedSheet(snap, s.key)).filter(Boolean));
  const taken = takenNames(snap.all.filter((s) => !ownIds.has(s.id)).map((s) => s.name));
  const created = new Set<OwnKind>();
  const names = specs.map((spec) => {
    const id = ownedSheet(snap, spec.key);
    if (id) {
      snap.owned.get(id)?.remove();
      const ws = ctx.workbook.worksheets.getItem(id);
      const current = snap.all.find((s) => s.id === id)!.name;
      // the user may have renamed our sheet: it keeps its name
      batch.reuse(current, ws);
      taken.add(current.toLowerCase());
      return current;
    }
    created.add(spec.key);
    return freeName(spec.name, taken);
  });
  return { names, created };
}

/**
 * Marks a sheet as the add-in's own: a defined name that refers to the whole sheet (`SHEET_MARK` + kind). A
 * mark left over from a sheet the user deleted (#REF!) is replaced. The name has no comment: setting a
 * name's comment is among the APIs that clear the user's undo history on Excel on the web.
 */
function markSheet(
  ctx: Excel.RequestContext,
  snap: WorkbookSnapshot,
  kind: OwnKind,
  ws: Excel.Worksheet
): void {
  const name = `${SHEET_MARK}${kind}`;
  if (snap.markNames.includes(name)) ctx.workbook.names.getItem(name).delete();
  ctx.workbook.names.add(name, ws.getRange());
}

/** Marks the sheets of these kinds that this run created; the others are marked already. */
function markCreated(
  ctx: Excel.RequestContext,
  snap: WorkbookSnapshot,
  created: Set<OwnKind>,
  sheets: Partial<Record<OwnKind, Excel.Worksheet>>
): void {
  for (const kind of created) {
    const ws = sheets[kind];
    if (ws) markSheet(ctx, snap, kind, ws);
  }
}

/**
 * Saves the state, marking first the sheets of the previous version taken as ours this run (`adopted`):
 * the state saved no longer names sheets, so they are known by their marks from now on.
 */
function saveState(ctx: Excel.RequestContext, snap: WorkbookSnapshot, state: AddinState): string {
  for (const kind of snap.adopted) {
    const id = snap.state.owned[kind];
    if (id) markSheet(ctx, snap, kind, ctx.workbook.worksheets.getItem(id));
  }
  // the workbook's id comes with the first state saved, and stays
  const workbook = state.workbook ?? snap.state.workbook ?? runId();
  ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify({ ...state, workbook, owned: {} }));
  return workbook;
}

/** An outcome that names the workbook it was read from, where the workbook has an id already. */
function named(snap: WorkbookSnapshot, o: Outcome): Outcome {
  return snap.state.workbook ? { ...o, workbook: snap.state.workbook } : o;
}

/** The names of the add-in's own sheets of these kinds that are still in the workbook. */
const ownedNames = (snap: WorkbookSnapshot, keys: OwnKind[]) =>
  keys.flatMap((k) => {
    const id = ownedSheet(snap, k);
    return id ? [snap.all.find((s) => s.id === id)!.name] : [];
  });

/** Whether the run must add or remove sheets, which a protected workbook structure forbids. */
const needsStructure = (snap: WorkbookSnapshot, keys: OwnKind[]) =>
  keys.some((k) => !ownedSheet(snap, k));

/**
 * Validate: recognize and check the plan, replace the previous highlights with new ones (conditional formats
 * driven by a hidden helper range, so the plan's cells keep their values and formats) on every sheet of the
 * plan, annotate the cells (notes where the host has them, else threaded comments), and rewrite the findings
 * sheet. Everything is written in the closing round trip.
 */
export async function validate(ctx: Excel.RequestContext, o: RunOptions): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps);
  const found = findPlan(snap, o.sheet);
  if ("key" in found) return named(snap, found);
  const { plan } = found;
  const onSheets = planSheets(plan);
  // the plan's sheets, and the add-in's own that it clears and rewrites
  const locked = protectedSheet(snap, [...onSheets, ...ownedNames(snap, ["marks", "findings"])]);
  if (locked) return named(snap, fail("excel.protected", { sheet: locked }));
  if (snap.structureProtected && needsStructure(snap, ["marks", "findings"]))
    return named(snap, fail("excel.structure-protected"));
  const result = check(snap, found, o);

  queueRemoveMarks(ctx, snap);
  const batch = new Batch(ctx);
  const spec = findingsSheet(result, {
    lang: o.lang,
    asOf: result.asOf.date,
    builtAt: o.builtAt ?? "",
  });

  // the helper sheet: ours again (its values cleared), or a new hidden one
  const helperId = ownedSheet(snap, "marks");
  const taken = takenNames(snap.all.filter((s) => s.id !== helperId).map((s) => s.name));
  let helper: Excel.Worksheet;
  let helperName: string;
  if (helperId) {
    helper = ctx.workbook.worksheets.getItem(helperId);
    helperName = snap.all.find((s) => s.id === helperId)!.name;
    helper.getRange().clear("Contents");
  } else {
    helperName = freeName(MARKS_SHEET, taken);
    helper = ctx.workbook.worksheets.add(helperName);
    helper.visibility = "Hidden";
    markSheet(ctx, snap, "marks", helper);
  }

  // each sheet of the plan: its marks in its own columns of the helper, and its formats over its area
  const marked: { sheet: string; address: string }[] = [];
  let offset = 0;
  const busy = new Set(
    snap.annotations
      .filter((a) => !a.content.startsWith(`${NOTE_PREFIX}:`))
      .map((a) => normalizeCell(a.address))
  );
  for (const [k, sheetName] of onSheets.entries()) {
    const area = sheetArea(plan, snap, sheetName);
    if (!area) continue;
    const marks = computeMarks(result.findings, o.lang, sheetName);
    const address = areaAddress(area);
    const shifted = { ...area, left: area.left + offset, right: area.right + offset };
    helper.getRange(areaAddress(shifted)).values = markMatrix(
      marks.map((m) => ({ ...m, col: m.col + offset })),
      shifted
    );
    const target = ctx.workbook.worksheets.getItem(sheetName).getRange(address);
    const topLeft = cellAddress(shifted.top, shifted.left);
    for (const kind of MARK_ORDER) {
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${quote(helperName)}!${topLeft}=${MARK_CODES[kind]}`;
      cf.custom.format.fill.color = MARK_FILLS[kind];
    }
    if (snap.namesUsable && k < MAX_NAMED_AREAS)
      ctx.workbook.names.add(`${AREA_NAME}${k + 1}`, target);
    marked.push({ sheet: sheetName, address });
    offset = shifted.right + 2;
    for (const m of marks) {
      const at = `${quote(sheetName)}!${m.cell}`;
      if (busy.has(normalizeCell(at))) continue;
      if (o.caps.notes || o.caps.comments) await batch.room(annotationBytes(at, noteText(m)));
      if (o.caps.notes) ctx.workbook.notes.add(at, noteText(m));
      else if (o.caps.comments) ctx.workbook.comments.add(at, noteText(m));
    }
  }

  const placed = placeSheets(ctx, snap, batch, [spec]);
  const findings = await writeSheet(batch, spec, placed.names[0]);
  markCreated(ctx, snap, placed.created, { findings });
  // the highlights stay in view: the plan sheet, never the findings sheet the user did not ask for
  ctx.workbook.worksheets.getItem(plan.sheet).activate();
  // the ids of new comments come back only with the request that adds them, which also saves this state:
  // comments of ours are known by their text, sheets of ours by their marks
  const kept = { ...snap.state, planSheet: plan.sheet };
  const state: AddinState = {
    ...kept,
    // only a date the user gave is kept: the title's or today's is found again next time
    asOf: o.asOf ?? snap.state.asOf,
    marks: marked,
    comments: [],
    validated: validationStamp(result, o.builtAt ?? "", placed.names[0], kept),
  };
  const workbook = saveState(ctx, snap, state);
  const f = result.summary.findings;
  return {
    ok: true,
    workbook,
    key: "excel.validated",
    params: { errors: f.error, warnings: f.warning, infos: f.info, sheet: placed.names[0] },
    result,
    sheets: { findings: placed.names[0] },
    notices: notices(o.caps, snap),
  };
}

/** An annotation's share of the request: its object path and action with the address and text. */
const annotationBytes = (at: string, text: string) => payloadBytes([at, text]) + 200;

/** "'План заходів'!$E$63" and "План заходів!E63" alike: "план заходів!E63". */
function normalizeCell(address: string): string {
  const at = address.lastIndexOf("!");
  const sheet = address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
  return `${sheet.toLowerCase()}!${address.slice(at + 1).replace(/\$/g, "")}`;
}

/**
 * The area the marks may fall in on one sheet of the plan: the plan table on its first sheet; on the sheets
 * after it, the same columns from the header down to the sheet's last row.
 */
function sheetArea(plan: Plan, snap: WorkbookSnapshot, sheet: string): MarkArea | null {
  const area = markArea(plan);
  if (sheet === plan.sheet) return area;
  const grid = snap.sheets.find((s) => s.name === sheet)?.grid;
  if (!grid) return null;
  const rows = plan.measures.filter((m) => m.sheet === sheet).map((m) => m.row - 1);
  const top = Math.min(area.top, ...rows);
  return { ...area, top: Math.max(0, top), bottom: Math.max(grid.values.length - 1, ...rows) };
}

/**
 * Clear highlights: remove our conditional formats, notes or comments and area names, and empty the helper
 * sheet; nothing else changes. The helper sheet stays (hidden, ours): deleting it would clear the user's undo
 * history, and the next Validate writes its codes there again.
 */
export async function clearHighlights(
  ctx: Excel.RequestContext,
  o: Pick<RunOptions, "caps">
): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps, { contents: false });
  const helper = ownedSheet(snap, "marks");
  const annotated = snap.annotations.some((a) => a.content.startsWith(`${NOTE_PREFIX}:`));
  if (!snap.state.marks?.length && !snap.areaNames.length && !annotated)
    return named(snap, { ok: true, key: "excel.nothing-to-clear", params: {} });
  const locked = protectedSheet(snap, [
    ...(snap.state.marks ?? []).map((m) => m.sheet),
    ...ownedNames(snap, ["marks"]),
  ]);
  if (locked) return named(snap, fail("excel.protected", { sheet: locked }));
  queueRemoveMarks(ctx, snap);
  if (helper) ctx.workbook.worksheets.getItem(helper).getRange().clear("Contents");
  const workbook = saveState(ctx, snap, {
    ...snap.state,
    marks: undefined,
    comments: [],
    validated: undefined,
  });
  return { ok: true, key: "excel.cleared", params: {}, workbook };
}

/** Build summary: the summary sheet with its chart, the data tables and the PivotTable over them. */
export async function buildSummary(ctx: Excel.RequestContext, o: RunOptions): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps, { earlierData: true });
  const found = findPlan(snap, o.sheet);
  if ("key" in found) return named(snap, found);
  const { plan } = found;
  const keys: SheetKey[] = ["summary", "data", "pivot", "overdue"];
  if (snap.earlierData) keys.push("changes");
  const locked = protectedSheet(snap, ownedNames(snap, keys));
  if (locked) return named(snap, fail("excel.protected", { sheet: locked }));
  if (snap.structureProtected && needsStructure(snap, keys))
    return named(snap, fail("excel.structure-protected"));
  const result = check(snap, found, o);
  // the data table of the summary built last time (read with the workbook): what changed since
  const earlier = snap.earlierData ? earlierFromRows(snap.earlierData as CellValue[][]) : null;
  const changes = earlier ? compareWithEarlier(result, earlier, snap.state.directory) : null;
  const specs = uniqueTableNames(
    summarySheets(result, {
      lang: o.lang,
      asOf: result.asOf.date,
      builtAt: o.builtAt ?? "",
      changes,
    }),
    snap
  );
  const batch = new Batch(ctx);
  const placed = placeSheets(ctx, snap, batch, specs);
  const [summaryName, dataName, pivotName] = placed.names;
  const [summarySpec, dataSpec, pivotSpec] = specs;
  const summary = await writeSheet(batch, summarySpec, summaryName);
  const dataSheet = await writeSheet(batch, dataSpec, dataName);
  const planData = await writeTable(batch, dataSheet, dataSpec.tables[0], DATA_DATE_COLUMNS);
  await writeTable(batch, dataSheet, dataSpec.tables[1]);
  const pivotSheet = await writeSheet(batch, pivotSpec, pivotName);
  const p = pivotSpec.pivots[0];
  const pivot = pivotSheet.pivotTables.add(p.name, planData, pivotSheet.getRange(p.anchor));
  for (const f of p.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(f));
  for (const f of p.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(f));
  const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(p.countOf));
  data.summarizeBy = "Count";
  // overdue by executor, and what changed where there was an earlier summary
  const otherNames = placed.names.slice(3);
  const written: Partial<Record<OwnKind, Excel.Worksheet>> = {
    summary,
    data: dataSheet,
    pivot: pivotSheet,
  };
  for (const [i, spec] of specs.slice(3).entries())
    written[spec.key] = await writeSheet(batch, spec, otherNames[i]);
  markCreated(ctx, snap, placed.created, written);
  summary.activate();
  const summaryId = runId();
  const workbook = saveState(ctx, snap, {
    ...snap.state,
    planSheet: plan.sheet,
    asOf: o.asOf ?? snap.state.asOf,
    summarized: { at: o.builtAt ?? "", id: summaryId },
  });
  return {
    ok: true,
    workbook,
    key: "excel.summary-built",
    params: { sheet: summaryName },
    result,
    sheets: {
      summary: summaryName,
      data: dataName,
      pivot: pivotName,
      ...Object.fromEntries(specs.slice(3).map((spec, i) => [spec.key, otherNames[i]])),
    },
    changes,
    summaryId,
  };
}

/**
 * Table and PivotTable names are unique across a workbook: a copy written by `plan-check --out` already
 * holds PlanData. Ours take names no other table uses (the tables on our own data sheet are removed first).
 */
function uniqueTableNames(specs: SheetSpec[], snap: WorkbookSnapshot): SheetSpec[] {
  const taken = takenNames(snap.tableNames);
  const renamed = new Map<string, string>();
  const out = specs.map((s) => ({
    ...s,
    tables: s.tables.map((t) => {
      const name = freeName(t.name, taken, "table");
      renamed.set(t.name, name);
      return { ...t, name };
    }),
  }));
  return out.map((s) => ({
    ...s,
    pivots: s.pivots.map((p) => ({
      ...p,
      name: freeName(p.name, taken, "table"),
      sourceTable: renamed.get(p.sourceTable) ?? p.sourceTable,
    })),
  }));
}

/** Reads and checks the plan without writing anything: what the pane shows before the user acts. */
export async function inspect(
  ctx: Excel.RequestContext,
  o: RunOptions
): Promise<Outcome & { state?: AddinState; sheetNames?: string[] }> {
  const snap = await readWorkbook(ctx, o.caps);
  const found = findPlan(snap, o.sheet);
  if ("key" in found)
    return {
      ...named(snap, found),
      state: snap.state,
      sheetNames: snap.sheets.map((s) => s.name),
    };
  const result = check(snap, found, o);
  return {
    ok: true,
    key: "pane.inspected",
    params: {},
    result,
    state: snap.state,
    sheetNames: snap.sheets.map((s) => s.name),
    notices: notices(o.caps, snap),
    ...(snap.state.workbook ? { workbook: snap.state.workbook } : {}),
  };
}

/** Selects a cell of the plan: the click on a finding. */
export async function selectCell(
  ctx: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
}

/** Keeps the user's choices (plan sheet, corrected column roles, as-of date) in the workbook. */
export async function saveChoices(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  patch: Partial<
    Pick<AddinState, "planSheet" | "columns" | "headerRow" | "asOf" | "period" | "directory">
  >
): Promise<AddinState> {
  const snap = await readWorkbook(ctx, caps, { contents: false });
  const state = { ...snap.state, ...patch };
  return { ...state, workbook: saveState(ctx, snap, state) };
}

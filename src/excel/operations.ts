/**
 * The three things the add-in does to a workbook — validate, clear highlights, build the summary — each in a
 * constant number of context.sync() round trips. User-caused problems come back as results with a message
 * key; nothing is written when there is no plan or the plan's sheet is protected.
 */
import { checkPlan, type CheckResult } from "../core/check";
import { cellAddress, parseAddress } from "../core/grid";
import type { ColumnRole } from "../core/layout/vocabulary";
import { recognizeWorkbook, type SheetCandidate } from "../core/workbook";
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
import type { Plan } from "../core/plan";
import type { SheetKey, SheetSpec } from "../core/sheets";
import {
  DATA_DATE_COLUMNS,
  findingsSheet,
  PIVOT_NAME,
  summarySheets,
} from "../core/summary/sheets";
import type { Lang, MessageKey, Params } from "../i18n";
import { readWorkbook, type Capabilities, type WorkbookSnapshot } from "./read";
import { MARKS_SHEET, SETTINGS_KEY, type AddinState } from "./state";
import { Batch, writeSheet, writeTable } from "./write";

export interface Outcome {
  ok: boolean;
  key: MessageKey;
  params: Params;
  result?: CheckResult;
  /** Names of the sheets written. */
  sheets?: Partial<Record<SheetKey, string>>;
  /** Features this host lacks, each said once: the rest works without them. */
  notices?: MessageKey[];
}

function notices(caps: Capabilities): MessageKey[] {
  const out: MessageKey[] = [];
  if (!caps.mergedAreas) out.push("excel.no-merges");
  if (!caps.comments) out.push("excel.no-comments");
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

/** Picks the plan: the sheet asked for, else the one the state remembers, else the sheet with most measures. */
type Found = {
  plan: Plan;
  sheet: WorkbookSnapshot["sheets"][number];
  candidates: SheetCandidate[];
};

/**
 * Recognizes every sheet once, and picks the plan: the sheet asked for, else the one the state remembers,
 * else the visible sheet with most measures (`largestPlan`). The candidates (each sheet, its measures or why
 * none) let the user choose.
 */
function findPlan(snap: WorkbookSnapshot, wanted?: string): Found | Outcome {
  const grids = snap.sheets.flatMap((s) => (s.grid ? [s.grid] : []));
  const corrections = {
    columns: correctedColumns(snap.state),
    headerRow: snap.state.headerRow,
  };
  // the same choice as the command line's: one plan may run over several sheets with the same header
  const rec = (name?: string) =>
    recognizeWorkbook(grids, name, name === snap.state.planSheet ? corrections : {});
  const keptName =
    snap.state.planSheet && grids.some((g) => g.sheetName === snap.state.planSheet)
      ? snap.state.planSheet
      : undefined;
  const kept = keptName ? rec(keptName) : null;
  const best = kept?.ok ? kept : rec();
  // every sheet, its measures or why none; a sheet that could not be read has none
  const candidates: SheetCandidate[] = snap.sheets.map(
    (sheet) =>
      best.sheets.find((x) => x.sheet === sheet.name) ?? {
        sheet: sheet.name,
        measures: 0,
        reason: "empty-sheet",
      }
  );
  const found = (plan: Plan): Found => ({
    plan,
    sheet: snap.sheets.find((s) => s.name === plan.sheet)!,
    candidates,
  });
  if (wanted && snap.sheets.some((s) => s.name === wanted)) {
    const asked = rec(wanted);
    if (asked.ok) return found(asked.plan);
    return fail(
      `error.no-plan.${asked.reason === "no-such-sheet" ? "empty-sheet" : asked.reason}` as MessageKey,
      {
        file: wanted,
      }
    );
  }
  return best.ok ? found(best.plan) : fail("excel.no-plan");
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

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function check(snap: WorkbookSnapshot, found: Found, o: RunOptions): CheckResult {
  return checkPlan(found.plan, found.candidates, {
    asOf: o.asOf ?? snap.state.asOf,
    today: o.today ?? localToday(),
    directory: snap.state.directory,
    period: snap.state.period ?? null,
  });
}

/** Our conditional formats are the ones whose rule reads the helper sheet. */
function isOurs(cf: Excel.ConditionalFormat): boolean {
  return cf.type === "Custom" && cf.custom.rule.formula.includes(MARKS_SHEET);
}

/** Queues the removal of the previous highlights (conditional formats loaded by `loadPrevious`). */
function queueRemoveMarks(
  ctx: Excel.RequestContext,
  snap: WorkbookSnapshot,
  previous: Excel.ConditionalFormatCollection | null
): void {
  if (previous) for (const cf of previous.items) if (isOurs(cf)) cf.delete();
  const ours = new Set(snap.state.comments ?? []);
  for (const c of snap.comments)
    if (ours.has(c.id) || c.content.startsWith(`${NOTE_PREFIX}:`))
      ctx.workbook.comments.getItem(c.id).delete();
  const helper = snap.state.owned.marks;
  if (helper && snap.all.some((s) => s.id === helper))
    ctx.workbook.worksheets.getItem(helper).delete();
}

function areaAddress(a: MarkArea): string {
  return `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
}

/** A free name for a sheet of ours: the spec's, or with a number where a sheet of the user's has it. */
function freeName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Names for our sheets: ours are removed first, the user's are never touched (ours then takes another name). */
function sheetNames(
  ctx: Excel.RequestContext,
  snap: WorkbookSnapshot,
  specs: SheetSpec[]
): string[] {
  const owned = snap.state.owned;
  for (const spec of specs) {
    const id = owned[spec.key];
    if (id && snap.all.some((s) => s.id === id)) ctx.workbook.worksheets.getItem(id).delete();
  }
  const ownedIds = new Set(specs.map((s) => owned[s.key]).filter(Boolean));
  const taken = new Set(
    snap.all.filter((s) => !ownedIds.has(s.id)).map((s) => s.name.toLowerCase())
  );
  return specs.map((spec) => {
    const name = freeName(spec.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
}

function saveState(ctx: Excel.RequestContext, state: AddinState): void {
  ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(state));
}

/**
 * Validate: recognize and check the plan, replace the previous highlights with new ones (conditional formats
 * driven by a hidden helper range written in one block, so the plan's cells keep their values and formats),
 * add the messages as comments where the host has them, and rebuild the findings sheet.
 */
export async function validate(ctx: Excel.RequestContext, o: RunOptions): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps);
  const found = findPlan(snap, o.sheet);
  if ("key" in found) return found;
  const { plan, sheet } = found;
  if (sheet.protected) return fail("excel.protected", { sheet: sheet.name });
  const result = check(snap, found, o);
  const sheets = snap.all;

  queueRemoveMarks(ctx, snap, snap.previousMarks);
  const marks = computeMarks(result.findings, o.lang, result.plan.sheet);
  const area = markArea(plan);
  const address = areaAddress(area);
  const taken = new Set(
    sheets.filter((s) => s.id !== snap.state.owned.marks).map((s) => s.name.toLowerCase())
  );
  const helperName = freeName(MARKS_SHEET, taken);
  const helper = ctx.workbook.worksheets.add(helperName);
  helper.getRange(address).values = markMatrix(marks, area);
  helper.visibility = "Hidden";
  helper.load("id");
  const target = ctx.workbook.worksheets.getItem(sheet.name).getRange(address);
  for (const kind of MARK_ORDER) {
    const cf = target.conditionalFormats.add("Custom");
    const topLeft = cellAddress(area.top, area.left);
    cf.custom.rule.formula = `='${helperName}'!${topLeft}=${MARK_CODES[kind]}`;
    cf.custom.format.fill.color = MARK_FILLS[kind];
  }
  const addedComments: Excel.Comment[] = [];
  if (o.caps.comments) {
    const busy = new Set(
      snap.comments
        .filter((c) => !c.content.startsWith(`${NOTE_PREFIX}:`))
        .map((c) => c.address.replace(/^.*!/, "").replace(/\$/g, ""))
    );
    for (const m of marks) {
      if (busy.has(m.cell)) continue;
      const c = ctx.workbook.comments.add(
        `'${sheet.name.replace(/'/g, "''")}'!${m.cell}`,
        noteText(m)
      );
      c.load("id");
      addedComments.push(c);
    }
  }
  const batch = new Batch(ctx);
  const spec = findingsSheet(result, {
    lang: o.lang,
    asOf: result.asOf.date,
    builtAt: o.builtAt ?? "",
  });
  const [findingsName] = sheetNames(ctx, snap, [spec]);
  const findings = await writeSheet(batch, spec, findingsName);
  // the highlights stay in view: the plan sheet, never the findings sheet the user did not ask for
  ctx.workbook.worksheets.getItem(sheet.name).activate();
  await batch.sync();

  const state: AddinState = {
    ...snap.state,
    planSheet: sheet.name,
    // only a date the user gave is kept: the title's or today's is found again next time
    asOf: o.asOf ?? snap.state.asOf,
    owned: { ...snap.state.owned, marks: helper.id, findings: findings.id },
    marks: { sheet: sheet.name, address },
    comments: addedComments.map((c) => c.id),
  };
  saveState(ctx, state);
  await ctx.sync();
  const f = result.summary.findings;
  return {
    ok: true,
    key: "excel.validated",
    params: { errors: f.error, warnings: f.warning, infos: f.info, sheet: findings.name },
    result,
    sheets: { findings: findings.name },
    notices: notices(o.caps),
  };
}

/** Clear highlights: remove our conditional formats, helper sheet and comments; nothing else changes. */
export async function clearHighlights(
  ctx: Excel.RequestContext,
  o: Pick<RunOptions, "caps">
): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps, { contents: false });
  if (!snap.state.marks && !snap.state.owned.marks)
    return { ok: true, key: "excel.nothing-to-clear", params: {} };
  const planSheet = snap.sheets.find((s) => s.name === snap.state.marks?.sheet);
  if (planSheet?.protected) return fail("excel.protected", { sheet: planSheet.name });
  if (snap.state.owned.marks && !snap.all.some((s) => s.id === snap.state.owned.marks))
    snap.state.owned.marks = undefined;
  queueRemoveMarks(ctx, snap, snap.previousMarks);
  const owned = { ...snap.state.owned };
  delete owned.marks;
  saveState(ctx, { ...snap.state, owned, marks: undefined, comments: [] });
  await ctx.sync();
  return { ok: true, key: "excel.cleared", params: {} };
}

/** Build summary: the summary sheet with its chart, the data tables and the PivotTable over them. */
export async function buildSummary(ctx: Excel.RequestContext, o: RunOptions): Promise<Outcome> {
  const snap = await readWorkbook(ctx, o.caps);
  const found = findPlan(snap, o.sheet);
  if ("key" in found) return found;
  const { sheet } = found;
  const result = check(snap, found, o);
  const specs = summarySheets(result, {
    lang: o.lang,
    asOf: result.asOf.date,
    builtAt: o.builtAt ?? "",
  });
  const [summaryName, dataName, pivotName] = sheetNames(ctx, snap, specs);
  const [summarySpec, dataSpec, pivotSpec] = specs;
  const batch = new Batch(ctx);
  // the measures' table in one round trip, the rest in the next: each stays well under Excel on the web's limit
  const summary = await writeSheet(batch, summarySpec, summaryName);
  const dataSheet = await writeSheet(batch, dataSpec, dataName);
  const planData = await writeTable(batch, dataSheet, dataSpec.tables[0], DATA_DATE_COLUMNS);
  await batch.sync();
  await writeTable(batch, dataSheet, dataSpec.tables[1]);
  const pivotSheet = await writeSheet(batch, pivotSpec, pivotName);
  const p = pivotSpec.pivots[0];
  const pivot = pivotSheet.pivotTables.add(PIVOT_NAME, planData, pivotSheet.getRange(p.anchor));
  for (const f of p.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(f));
  for (const f of p.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(f));
  const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(p.countOf));
  data.summarizeBy = "Count";
  summary.activate();
  await batch.sync();

  const owned = {
    ...snap.state.owned,
    summary: summary.id,
    data: dataSheet.id,
    pivot: pivotSheet.id,
  };
  saveState(ctx, { ...snap.state, planSheet: sheet.name, asOf: o.asOf ?? snap.state.asOf, owned });
  await ctx.sync();
  return {
    ok: true,
    key: "excel.summary-built",
    params: { sheet: summary.name },
    result,
    sheets: { summary: summary.name, data: dataSheet.name, pivot: pivotSheet.name },
  };
}

/** Reads and checks the plan without writing anything: what the pane shows before the user acts. */
export async function inspect(
  ctx: Excel.RequestContext,
  o: RunOptions
): Promise<Outcome & { state?: AddinState; sheetNames?: string[] }> {
  const snap = await readWorkbook(ctx, o.caps);
  const found = findPlan(snap, o.sheet);
  if ("key" in found)
    return { ...found, state: snap.state, sheetNames: snap.sheets.map((s) => s.name) };
  const result = check(snap, found, o);
  return {
    ok: true,
    key: "pane.inspected",
    params: {},
    result,
    state: snap.state,
    sheetNames: snap.sheets.map((s) => s.name),
    notices: notices(o.caps),
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
  await ctx.sync();
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
  saveState(ctx, state);
  await ctx.sync();
  return state;
}

/**
 * Adding a status column in Excel, on the user's request: first a preview (what will be added, where, and
 * the dropdown's statuses, or why it cannot be), then the change itself, which reads the workbook again so
 * that it never acts on a sheet changed since the preview. The one change the add-in makes inside the plan's
 * own sheet: new header cells with the formats of the table's last header cell (Range.copyFrom, ExcelApi
 * 1.9), their merges, and a data validation list (ExcelApi 1.8) — on every sheet of a plan kept over
 * several, in one column. Nothing is written where a sheet of the plan is protected.
 */
import {
  statusColumnsAdded,
  statusColumnSpecs,
  statusColumnsPreview,
  type StatusColumnSpec,
} from "../core/statusColumn";
import type { Lang, MessageKey, Params } from "../i18n";
import { t } from "../i18n";
import { readWorkbook, type Capabilities, type WorkbookSnapshot } from "./read";
import { findPlan } from "./operations";

export interface StatusColumnRequest {
  lang: Lang;
  caps: Capabilities;
  /** The sheet the user chose in the pane. */
  sheet?: string;
  /** Also add "Інформація про виконання" / "Progress notes" beside the status column. */
  withNotes?: boolean;
  /**
   * The host has Range.copyFrom (ExcelApi 1.9): the new header cells take the table's header formats. An
   * older host gets the header text, the merges and the dropdown, in the sheet's default format.
   */
  copyFormats?: boolean;
}

/** Whether this Excel can copy formats from cell to cell (ExcelApi 1.9). */
export function hostCopiesFormats(): boolean {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return !!req && req.isSetSupported("ExcelApi", "1.9");
}

/** What the pane shows before the user confirms: the spec and its words, or why it cannot be done. */
export type StatusColumnPreview =
  | { ok: true; specs: StatusColumnSpec[]; message: string }
  | { ok: false; key: MessageKey; params: Params; message: string };

export interface StatusColumnOutcome {
  ok: boolean;
  key: MessageKey;
  params: Params;
}

/**
 * The plan as the pane reads it (the sheet chosen, else the one kept, else the largest) and its specs: one
 * per plan sheet, refused where any of them is protected.
 */
function plan(snap: WorkbookSnapshot, o: StatusColumnRequest): StatusColumnPreview {
  // the plan as Validate picks it, with the layout the user set by hand
  const found = findPlan(snap, o.sheet);
  if ("key" in found) return refused(o.lang, "excel.no-plan", {});
  const onSheets = found.plan.planSheets ?? [found.plan.sheet];
  const sheets = snap.sheets.filter((s) => onSheets.includes(s.name));
  const r = statusColumnSpecs(
    found.plan,
    sheets.flatMap((s) => (s.grid ? [s.grid] : [])),
    {
      withNotes: o.withNotes,
      protectedSheets: sheets.filter((s) => s.protected).map((s) => s.name),
    }
  );
  if (!r.ok) return refused(o.lang, `statusColumn.refused.${r.reason}`, r.params);
  return { ok: true, specs: r.specs, message: statusColumnsPreview(r.specs, o.lang) };
}

function refused(lang: Lang, key: MessageKey, params: Params): StatusColumnPreview {
  return { ok: false, key, params, message: t(lang, key, params) };
}

/** Reads the workbook and says what adding a status column would do. Writes nothing. */
export async function previewStatusColumn(
  ctx: Excel.RequestContext,
  o: StatusColumnRequest
): Promise<StatusColumnPreview> {
  return plan(await readWorkbook(ctx, o.caps), o);
}

/**
 * Adds the status column. The workbook is read again and the spec made anew: a sheet protected, or a cell
 * filled right of the table since the preview, is refused with nothing written.
 */
export async function addStatusColumn(
  ctx: Excel.RequestContext,
  o: StatusColumnRequest
): Promise<StatusColumnOutcome> {
  const p = plan(await readWorkbook(ctx, o.caps), o);
  if (!p.ok) return { ok: false, key: p.key, params: p.params };
  // every sheet's cells queued, then one round trip. A batch is no transaction (Excel keeps what ran before a
  // call that fails), so what could make a call fail is refused above, on every sheet, before anything is
  // queued: a protected sheet, a filled or merged cell where the column goes.
  for (const spec of p.specs) {
    const ws = ctx.workbook.worksheets.getItem(spec.sheet);
    for (const c of spec.cells) {
      const cell = ws.getRange(c.address);
      if (o.copyFormats !== false) cell.copyFrom(ws.getRange(c.styleFrom), "Formats");
      cell.values = [[c.value]];
    }
    for (const m of spec.merges) ws.getRange(m).merge(false);
    ws.getRange(spec.validation.range).dataValidation.rule = {
      list: { inCellDropDown: true, source: spec.validation.list.join(",") },
    };
  }
  await ctx.sync();
  return { ok: true, ...statusColumnsAdded(p.specs) };
}

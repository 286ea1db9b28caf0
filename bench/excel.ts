/**
 * The add-in's round trips and largest request on the strict Excel API double, run as Excel runs them (in
 * Excel.run, whose closing sync is counted), with requests sized as Office.js serializes them: Validate,
 * Build summary, Validate again (the sheets are reused) and Clear, per workbook.
 */
import { buildSummary, clearHighlights, validate, type RunOptions } from "../src/excel/operations";
import { ExcelDouble } from "../src/excel-double";

export interface ExcelFigures {
  measures: number;
  findings: number;
  validateSyncs: number;
  summarySyncs: number;
  revalidateSyncs: number;
  clearSyncs: number;
  /** The largest request of them all, in bytes. */
  maxRequestBytes: number;
  /** The largest response, in bytes. */
  maxResponseBytes: number;
}

const OPTIONS: RunOptions = {
  lang: "uk",
  asOf: "2023-06-30",
  caps: { mergedAreas: true, comments: true },
  builtAt: "2023-06-30 10:00",
};

export async function excelRoundTrips(files: string[]): Promise<ExcelFigures[]> {
  const out: ExcelFigures[] = [];
  for (const f of files) {
    const d = await ExcelDouble.fromFile(f);
    let maxRequest = 0;
    let maxResponse = 0;
    const step = async <T>(op: (ctx: Excel.RequestContext) => Promise<T>) => {
      d.resetCounts();
      const r = (await d.run((ctx: unknown) => op(ctx as Excel.RequestContext))) as T;
      maxRequest = Math.max(maxRequest, d.maxRequestBytes);
      maxResponse = Math.max(maxResponse, d.maxResponseBytes);
      return { r, syncs: d.syncs };
    };
    const v = await step((ctx) => validate(ctx, OPTIONS));
    const s = await step((ctx) => buildSummary(ctx, OPTIONS));
    const again = await step((ctx) => validate(ctx, OPTIONS));
    const c = await step((ctx) => clearHighlights(ctx, OPTIONS));
    out.push({
      measures: v.r.result?.plan.measures.length ?? 0,
      findings: v.r.result?.findings.length ?? 0,
      validateSyncs: v.syncs,
      summarySyncs: s.syncs,
      revalidateSyncs: again.syncs,
      clearSyncs: c.syncs,
      maxRequestBytes: maxRequest,
      maxResponseBytes: maxResponse,
    });
  }
  return out;
}

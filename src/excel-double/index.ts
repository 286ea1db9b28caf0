/**
 * The strict double of the Excel JavaScript API: one module per Excel object. The preview runs the pane on
 * it in a browser; tests/adapter runs the adapter against it.
 */
export { ExcelDouble, MERGED_AREAS_LIMIT, PAYLOAD_LIMIT, type SheetMeta } from "./double";
export { DoubleError } from "./errors";
export type { CfRecord, ChartRecord, CommentRecord, PivotRecord, TableRecord } from "./records";
export { RequestContextDouble } from "./workbook";
export { coerceTyped } from "./values";
export { columnLetter } from "../core/grid";

/** What the double records of the objects the add-in makes, for tests and the preview to read. */
export interface CfRecord {
  /** "Custom", or another kind a user makes: "ColorScale", "DataBar", "ContainsText", "PresetCriteria"… */
  type: string;
  formula: string;
  fill: string | null;
  range: string;
}
export interface TableRecord {
  name: string;
  range: string;
}
export interface PivotRecord {
  name: string;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: { field: string; summarizeBy: string | null }[];
}
export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: [string, string] | null;
}
export interface CommentRecord {
  id: string;
  sheet: string;
  cell: string;
  content: string;
  /** Threaded comments carry the name of the user who wrote them; notes carry none. */
  author?: string;
}

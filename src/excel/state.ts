/** What the add-in keeps in the workbook (Excel's workbook settings), so it travels with the file. */
import type { ColumnRole } from "../core/layout/vocabulary";
import type { SheetKey } from "../core/sheets";

export const SETTINGS_KEY = "PlanCheck";
export { MARKS_SHEET } from "../core/names";

export interface AddinState {
  version: 1;
  /** The sheet the user chose, or the one last recognized. */
  planSheet?: string;
  /** Column roles the user corrected, role → column letter; "" for a role in no column ("not used"). */
  columns?: Partial<Record<ColumnRole, string>>;
  /** The header row the user chose on the plan sheet, as the sheet numbers it (1-based). */
  headerRow?: number;
  asOf?: string;
  directory?: string[];
  period?: { start: string; end: string };
  /** Ids of the sheets the add-in created: it never writes over a sheet that is not in this list. */
  owned: Partial<Record<SheetKey | "marks", string>>;
  /**
   * Sheets the add-in created in its last request, by name: their ids come back only after that request,
   * which also saved this state, so the next run's first round trip finds them by name and keeps their ids.
   */
  created?: Partial<Record<SheetKey | "marks", string>>;
  /** Where the highlights are: each plan sheet and its marked area. */
  marks?: { sheet: string; address: string }[];
  /** Ids of the comments the add-in added. */
  comments?: string[];
}

export function emptyState(): AddinState {
  return { version: 1, owned: {} };
}

export function parseState(value: unknown): AddinState {
  const raw = typeof value === "string" ? safeJson(value) : value;
  if (!raw || typeof raw !== "object") return emptyState();
  const s = raw as Partial<AddinState> & { marks?: unknown };
  // before issue 12 one plan sheet was marked: { sheet, address }
  const marks = Array.isArray(s.marks)
    ? s.marks
    : s.marks
      ? [s.marks as { sheet: string; address: string }]
      : undefined;
  return { ...emptyState(), ...s, marks, owned: { ...(s.owned ?? {}) }, version: 1 };
}

/** Takes the sheets created last time into `owned`, by their names in this workbook's sheet list. */
export function adoptCreated(
  state: AddinState,
  sheets: { name: string; id: string }[]
): AddinState {
  if (!state.created) return state;
  const owned = { ...state.owned };
  for (const [key, name] of Object.entries(state.created) as [
    keyof AddinState["owned"],
    string,
  ][]) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) owned[key] = sheet.id;
    else delete owned[key];
  }
  return { ...state, owned, created: undefined };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

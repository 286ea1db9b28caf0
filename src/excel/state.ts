/** What the add-in keeps in the workbook (Excel's workbook settings), so it travels with the file. */
import type { ColumnRole } from "../core/layout/vocabulary";
import type { SheetKey } from "../core/sheets";

export const SETTINGS_KEY = "PlanCheck";
export const MARKS_SHEET = "PlanCheck_Marks";

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
  /** Where the highlights are: the plan sheet and the marked area. */
  marks?: { sheet: string; address: string };
  /** Ids of the comments the add-in added. */
  comments?: string[];
}

export function emptyState(): AddinState {
  return { version: 1, owned: {} };
}

export function parseState(value: unknown): AddinState {
  const raw = typeof value === "string" ? safeJson(value) : value;
  if (!raw || typeof raw !== "object") return emptyState();
  const s = raw as Partial<AddinState>;
  return { ...emptyState(), ...s, owned: { ...(s.owned ?? {}) }, version: 1 };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

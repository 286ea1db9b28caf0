/** What the add-in keeps in the workbook (Excel's workbook settings), so it travels with the file. */
import type { CheckResult } from "../core/check";
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
  /** What the last Validate wrote the highlights from: the pane opened later says when, and whether it still holds. */
  validated?: ValidationStamp;
}

/**
 * When Validate wrote the highlights and the findings sheet, as of which date, on which sheet, and short
 * fingerprints of the plan's measures and of the findings: a later reading tells at no cost whether the plan
 * and the findings are still those.
 */
export interface ValidationStamp {
  /** "2026-11-23 14:05", as the user reads it; "" where the caller gave no time. */
  at: string;
  asOf: string;
  /** The findings sheet's name when it was written. */
  sheet: string;
  plan: string;
  findings: string;
}

/** A 53-bit hash of a text, in base 36 (cyrb53): a fingerprint, not a secret. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprints of what the user wrote in the plan (each measure where it is) and of what was found. */
export function fingerprints(result: CheckResult): { plan: string; findings: string } {
  const plan = result.plan.measures.map((m) => [
    m.sheet ?? "",
    m.cell,
    m.number,
    m.text,
    m.executors,
    m.deadline.raw,
    m.status,
  ]);
  const findings = result.findings.map((f) => [f.sheet ?? "", f.cell, f.rule, f.params]);
  return { plan: hash(JSON.stringify(plan)), findings: hash(JSON.stringify(findings)) };
}

export function validationStamp(result: CheckResult, at: string, sheet: string): ValidationStamp {
  return { at, asOf: result.asOf.date, sheet, ...fingerprints(result) };
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

/** What the add-in keeps in the workbook (Excel's workbook settings), so it travels with the file. */
import type { CheckResult } from "../core/check";
import type { ColumnRole } from "../core/layout/vocabulary";
import { MARKS_SHEET } from "../core/names";
import {
  CONSOLIDATED_SHEET_KINDS,
  markedSheet,
  OWN_SHEET_KINDS,
  SHEET_MARK,
  type OwnSheetKind,
} from "../core/ownSheets";
import { t, type MessageKey } from "../i18n";

export const SETTINGS_KEY = "PlanCheck";
export { MARKS_SHEET };

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
  /**
   * Ids of the add-in's own sheets, as this session of Excel numbers them: found anew at every run from the
   * sheets' marks (`SHEET_MARK`), never trusted from an earlier session (an id may change when the workbook
   * is reopened, in Excel 2016 even to the id of another sheet), and once from what the previous version
   * saved (`adoptLegacy`). Never saved: the state in the workbook names no sheet.
   */
  owned: Partial<Record<OwnKind, string>>;
  /** Where the highlights are: each plan sheet and its marked area. */
  marks?: { sheet: string; address: string }[];
  /** Ids of the comments the add-in added. */
  comments?: string[];
  /** What the last Validate wrote the highlights from: the pane opened later says when, and whether it still holds. */
  validated?: ValidationStamp;
  /**
   * The last Build summary: when, and an id of its own, which its outcome carries to the pane (the ribbon's
   * run tells the pane what changed; the id says it is this workbook's summary, and still its last one).
   */
  summarized?: { at: string; id: string };
  /**
   * The workbook's own id, random, made by the first run that saves this state and kept from then on: every
   * outcome a ribbon command tells the pane carries it, and a pane shows only its own workbook's
   * (localStorage is shared by every workbook open in Excel). A copy of the file carries the same id.
   */
  workbook?: string;
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
  /**
   * The layout the user chose (plan sheet, header row, column roles) when Validate ran: a choice made since
   * is a change of the settings, not of the plan, although the plan is then read otherwise. Absent in the
   * stamps of earlier versions.
   */
  choices?: string;
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

/** The layout choices the workbook keeps, as one fingerprint: "not chosen" and "chosen empty" alike. */
export function choicesPrint(
  state: Pick<AddinState, "planSheet" | "headerRow" | "columns">
): string {
  const columns = Object.entries(state.columns ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return hash(JSON.stringify([state.planSheet ?? "", state.headerRow ?? 0, columns]));
}

export function validationStamp(
  result: CheckResult,
  at: string,
  sheet: string,
  state: Pick<AddinState, "planSheet" | "headerRow" | "columns">
): ValidationStamp {
  return {
    at,
    asOf: result.asOf.date,
    sheet,
    ...fingerprints(result),
    choices: choicesPrint(state),
  };
}

/** A new id for a run: random, as no two workbooks' summaries may share it. */
export function runId(): string {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } })
    .crypto;
  const words = new Uint32Array(2);
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 2 ** 32);
  return Array.from(words, (w) => w.toString(36)).join("-");
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
  // `created` (sheets known by name until their ids came back) and ids saved in an earlier session are
  // not trusted: the sheets' marks say which are ours
  const rest: Partial<AddinState> & { created?: unknown } = { ...s, marks };
  delete rest.created;
  return { ...emptyState(), ...rest, owned: {}, version: 1 };
}

/**
 * Every sheet the add-in creates carries a workbook-scoped defined name, `PlanCheck_Sheet_findings` and so
 * on, that refers to it. The name follows its sheet when the sheet is renamed or moved, and turns into #REF!
 * when the sheet is deleted: a sheet the user makes afterwards, under the same name, is not marked, and the
 * add-in never writes into a sheet without its mark. The kinds, the marks and how a mark's formula is read
 * are the core's, shared with the command line.
 */
export type OwnKind = OwnSheetKind;
export const OWN_KINDS = OWN_SHEET_KINDS;
/**
 * The marks read: the add-in's own kinds, and those of the command line's consolidated workbook, whose
 * sheets the add-in never writes but never takes for a plan either.
 */
export const MARKED_KINDS: readonly OwnKind[] = [...OWN_SHEET_KINDS, ...CONSOLIDATED_SHEET_KINDS];
export { markedSheet, SHEET_MARK };

/** The add-in's own sheets, by kind: each the sheet its mark refers to, where that sheet is in the workbook. */
export function ownedByMarks(
  marks: { kind: OwnKind; type: string | null; formula: string | null }[],
  sheets: { name: string; id: string }[]
): AddinState["owned"] {
  const owned: AddinState["owned"] = {};
  const claimed = new Set<string>();
  for (const m of marks) {
    // a type of null is no answer (Excel on Windows gives it while another Excel window has the focus,
    // office-js #5504): the formula alone then says, a deleted sheet's being "=#REF!…"
    const name = m.type === "Range" || m.type == null ? markedSheet(m.formula) : null;
    const sheet = name && sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    // one sheet is one kind: a mark the user pointed at a sheet already claimed makes nothing ours
    if (sheet && !claimed.has(sheet.id)) owned[m.kind] = sheet.id;
    if (sheet) claimed.add(sheet.id);
  }
  return owned;
}

/**
 * What the previous version of the add-in saved of its sheets, before they carried marks: `owned`, the ids
 * of its sheets (as the session that saved them numbered them), and `created`, the names of the sheets its
 * last request added (their ids were not known yet). The add-in no longer saves either.
 */
export interface LegacySheets {
  owned: Partial<Record<OwnKind, string>>;
  created: Partial<Record<OwnKind, string>>;
}

export function parseLegacy(value: unknown): LegacySheets {
  const raw = typeof value === "string" ? safeJson(value) : value;
  const s = (raw && typeof raw === "object" ? raw : {}) as { owned?: unknown; created?: unknown };
  const pick = (o: unknown): Partial<Record<OwnKind, string>> =>
    Object.fromEntries(
      OWN_KINDS.flatMap((k) => {
        const v = o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined;
        return typeof v === "string" && v ? [[k, v]] : [];
      })
    );
  return { owned: pick(s.owned), created: pick(s.created) };
}

/** The names a sheet of this kind is first given, in every language of the add-in. */
function defaultNames(kind: OwnKind): string[] {
  if (kind === "marks") return [MARKS_SHEET];
  const key = `sheet.${kind}` as MessageKey;
  return [t("uk", key), t("en", key)];
}

/**
 * The sheets of a workbook the previous version made, taken as the add-in's own (to be marked in the same
 * run) for each kind that has no mark yet, where that is safe: the sheet its last request named
 * (`created`), else the sheet of the saved id, but only under the kind's first name (ids may be given anew
 * when the workbook is reopened, even to another sheet); never a sheet claimed by a mark or by another kind,
 * never the plan's sheet, and the helper only while it is hidden as the add-in left it.
 */
export function adoptLegacy(
  legacy: LegacySheets,
  sheets: { name: string; id: string; visibility?: string }[],
  opts: { marked: ReadonlySet<OwnKind>; owned: AddinState["owned"]; planSheet?: string }
): AddinState["owned"] {
  const adopted: AddinState["owned"] = {};
  const claimed = new Set<string>(Object.values(opts.owned).filter((id): id is string => !!id));
  for (const kind of OWN_KINDS) {
    if (opts.marked.has(kind)) continue;
    const name = legacy.created[kind];
    const id = legacy.owned[kind];
    const sheet = name
      ? sheets.find((s) => s.name === name)
      : id
        ? sheets.find((s) => s.id === id && defaultNames(kind).includes(s.name))
        : undefined;
    if (!sheet || claimed.has(sheet.id)) continue;
    if (opts.planSheet && sheet.name === opts.planSheet) continue;
    if (kind === "marks" && sheet.visibility !== "Hidden" && sheet.visibility !== "VeryHidden")
      continue;
    adopted[kind] = sheet.id;
    claimed.add(sheet.id);
  }
  return adopted;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

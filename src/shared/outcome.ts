/**
 * What the last command did, shared between the ribbon commands and the task pane. With a shared runtime they
 * are one page and an event in it carries the outcome; without it they are two pages of the same origin, and
 * localStorage carries it.
 */
import type { Changes } from "../core/summary/changes";
import type { MessageKey, Params } from "../i18n";

export const OUTCOME_KEY = "PlanCheck.lastOutcome";

/**
 * Office's partition of localStorage, where the host has one (Office on the web): Microsoft asks add-ins to
 * begin their keys with `Office.context.partitionKey` when it is defined, so that what one context stores is
 * not read in another. Undefined where there is no partitioning (the browser control of desktop Office), and
 * outside Office.
 */
export function partitionKey(): string | undefined {
  const office = (globalThis as { Office?: { context?: { partitionKey?: unknown } } }).Office;
  const key = office?.context?.partitionKey;
  return typeof key === "string" && key !== "" ? key : undefined;
}

/**
 * The key the add-in stores a name under: the partition's key before it, as Microsoft's example joins them;
 * the bare name without a partition, so what was stored before partitions were heeded is still found.
 */
export function storageKey(name: string, partition: string | undefined = partitionKey()): string {
  return partition ? partition + name : name;
}
/** The event a command raises in its own page: with a shared runtime that page is the pane's. */
export const OUTCOME_EVENT = "plancheck:outcome";

/** What an action tells the user: whether it worked, and a message in the user's language. */
export interface Told {
  ok: boolean;
  key: MessageKey;
  params: Params;
}

export interface SharedOutcome extends Told {
  command: "validatePlan" | "clearHighlights" | "buildSummary";
  at: string;
  /**
   * The id of the workbook the command ran on (`AddinState.workbook`), where it has one: localStorage is
   * shared by every workbook open in this Excel, and a pane shows only what was done to its own.
   */
  workbook?: string;
  /** Build summary's comparison with the summary before it, for the pane to list as after its own run. */
  summary?: SummaryTold;
}

/**
 * What a Build summary found changed, and which summary it was: `id` is kept in the workbook too, so a pane
 * shows the changes only on the workbook whose last summary they describe (localStorage is shared by every
 * workbook open in this Excel).
 */
export interface SummaryTold {
  id: string;
  /** Null where the workbook held no earlier summary. */
  changes: Changes | null;
  /** The "Changes" sheet written, where there is one. */
  sheet?: string;
}

/** What a Build summary's outcome carries to the pane, from the adapter's outcome. */
export function summaryTold(o: {
  ok: boolean;
  summaryId?: string;
  changes?: Changes | null;
  sheets?: { changes?: string };
}): SummaryTold | undefined {
  if (!o.ok || !o.summaryId) return undefined;
  return { id: o.summaryId, changes: slimChanges(o.changes ?? null), sheet: o.sheets?.changes };
}

/** The pane shows a measure's text cut to a line: the shared copy keeps no more of it than that. */
const TEXT_KEPT = 120;

/** The changes with each measure's text cut short, so that thousands of them fit in localStorage. */
export function slimChanges(changes: Changes | null): Changes | null {
  if (!changes) return null;
  const cut = (s: string) => (s.length > TEXT_KEPT ? s.slice(0, TEXT_KEPT) : s);
  return {
    ...changes,
    list: changes.list.map((c) => ({ ...c, text: cut(c.text) })),
    byGoal: [],
  };
}

export function publishOutcome(
  o: SharedOutcome,
  storage: Storage | undefined = globalThis.localStorage
): void {
  storeOutcome(o, storage);
  // "storage" events reach only the other pages of the origin; the page the command ran in hears this one
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function")
    globalThis.dispatchEvent(new CustomEvent(OUTCOME_EVENT, { detail: o }));
}

/** Keeps the outcome for a pane opened later (the pane's own Build summary too), raising no event here. */
export function storeOutcome(
  o: SharedOutcome,
  storage: Storage | undefined = globalThis.localStorage
): void {
  try {
    storage?.setItem(storageKey(OUTCOME_KEY), JSON.stringify(o));
  } catch {
    // storage may be disabled (private mode), or full: the outcome without the changes, else nothing
    try {
      if (o.summary)
        storage?.setItem(storageKey(OUTCOME_KEY), JSON.stringify({ ...o, summary: undefined }));
    } catch {
      // the pane then shows only its own runs
    }
  }
}

export function readOutcome(
  storage: Storage | undefined = globalThis.localStorage
): SharedOutcome | null {
  try {
    const raw = storage?.getItem(storageKey(OUTCOME_KEY));
    return raw ? (JSON.parse(raw) as SharedOutcome) : null;
  } catch {
    return null;
  }
}

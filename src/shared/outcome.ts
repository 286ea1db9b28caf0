/**
 * What the last command did, shared between the ribbon commands and the task pane. With a shared runtime they
 * are one page and an event in it carries the outcome; without it they are two pages of the same origin, and
 * localStorage carries it.
 */
import type { MessageKey, Params } from "../i18n";

export const OUTCOME_KEY = "PlanCheck.lastOutcome";
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
}

export function publishOutcome(
  o: SharedOutcome,
  storage: Storage | undefined = globalThis.localStorage
): void {
  try {
    storage?.setItem(OUTCOME_KEY, JSON.stringify(o));
  } catch {
    // storage may be disabled (private mode): the pane then shows only its own runs
  }
  // "storage" events reach only the other pages of the origin; the page the command ran in hears this one
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function")
    globalThis.dispatchEvent(new CustomEvent(OUTCOME_EVENT, { detail: o }));
}

export function readOutcome(
  storage: Storage | undefined = globalThis.localStorage
): SharedOutcome | null {
  try {
    const raw = storage?.getItem(OUTCOME_KEY);
    return raw ? (JSON.parse(raw) as SharedOutcome) : null;
  } catch {
    return null;
  }
}

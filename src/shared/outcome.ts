/**
 * What the last command did, shared between the ribbon commands and the task pane. With a shared runtime they
 * are one page; without it they are two pages of the same origin, and localStorage carries the outcome.
 */
import type { MessageKey, Params } from "../i18n";

export const OUTCOME_KEY = "PlanCheck.lastOutcome";

export interface SharedOutcome {
  command: "validatePlan" | "clearHighlights" | "buildSummary";
  ok: boolean;
  key: MessageKey;
  params: Params;
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

/**
 * What changed since the earlier summary, as the pane shows it: one group per kind of change (newly done,
 * newly overdue, deadline or executors changed, added, removed) in that order, each change's before and
 * after in the reader's words — a status by its name, a deadline's dates the way the reader writes them.
 */
import { STATUS_BUCKETS } from "../core/summary/aggregate";
import { CHANGE_KINDS, type Change, type ChangeKind, type Changes } from "../core/summary/changes";
import type { AddinState } from "../excel/state";
import { formatDate, type Lang, type MessageKey, type Params } from "../i18n";
import type { SharedOutcome } from "../shared/outcome";

export interface ChangeGroup {
  kind: ChangeKind;
  items: Change[];
}

/** The non-empty groups, in the order of CHANGE_KINDS. */
export function changeGroups(changes: Changes): ChangeGroup[] {
  return CHANGE_KINDS.map((kind) => ({
    kind,
    items: changes.list.filter((c) => c.kind === kind),
  })).filter((g) => g.items.length > 0);
}

type T = (key: MessageKey, params?: Params) => string;

/** A status, a deadline ("2021-01-01 – 2025-12-31") or executors as the reader reads them; null for none. */
export function changeValue(
  kind: ChangeKind,
  value: string | null,
  lang: Lang,
  t: T
): string | null {
  if (kind === "deadlineChanged") {
    if (!value) return t("pane.changes.noDeadline");
    return value.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => formatDate(lang, iso));
  }
  if (kind === "executorsChanged") return value || t("pane.changes.noExecutors");
  if (value && (STATUS_BUCKETS as readonly string[]).includes(value))
    return t(`status.bucket.${value}` as MessageKey);
  return value || null;
}

/** The line under a change: what it was and what it is now, or that the measure is no longer in the plan. */
export function changeDetail(c: Change, lang: Lang, t: T): string {
  const before = changeValue(c.kind, c.before, lang, t);
  const after = changeValue(c.kind, c.after, lang, t);
  if (c.kind === "removed")
    return before ? t("pane.changes.gone.was", { before }) : t("pane.changes.gone");
  if (c.kind === "added") return after ? t("pane.changes.status", { after }) : "";
  if (before && after) return t("pane.changes.fromTo", { before, after });
  return after ? t("pane.changes.now", { after }) : "";
}

/**
 * The changes a ribbon's Build summary told the pane, where that summary is the workbook's last one (its id
 * is the one the workbook keeps); null for any other outcome, or one of another workbook open in Excel.
 */
export function ribbonChanges(
  told: SharedOutcome | null | undefined,
  state: Pick<AddinState, "summarized"> | undefined
): { changes: Changes | null; sheet?: string } | null {
  if (!told?.ok || told.command !== "buildSummary" || !told.summary) return null;
  if (!state?.summarized || state.summarized.id !== told.summary.id) return null;
  return { changes: told.summary.changes, sheet: told.summary.sheet };
}

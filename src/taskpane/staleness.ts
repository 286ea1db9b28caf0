/**
 * Whether what Validate (or Build summary) wrote is still what the pane shows: the settings a result was
 * made with, and which of them changed since. Changing one back makes the written results current again.
 */
import type { CheckResult } from "../core/check";
import { choicesPrint, fingerprints, type AddinState } from "../excel/state";
import type { Lang, MessageKey, Params } from "../i18n";
import { listText } from "./words";

export interface ResultSettings {
  asOf: string;
  period: string;
  /** The plan sheet, its header rows and each column's role. */
  layout: string;
  directory: string;
}

export type Setting = keyof ResultSettings;

export function settingsOf(result: CheckResult, directory: string[] | undefined): ResultSettings {
  const { layout, sheet } = result.plan;
  const columns = Object.entries(layout.columns).sort(([a], [b]) => a.localeCompare(b));
  return {
    asOf: result.asOf.date,
    // only a period the user set: one found from the title or the deadlines follows the other settings
    period: result.period?.source === "user" ? `${result.period.start}:${result.period.end}` : "",
    layout: JSON.stringify([sheet, layout.headerRows, columns]),
    directory: directory ? JSON.stringify(directory) : "",
  };
}

/** The settings that differ, in the order the pane names them. */
export function changedSince(before: ResultSettings, now: ResultSettings): Setting[] {
  return (["asOf", "period", "layout", "directory"] as const).filter((k) => before[k] !== now[k]);
}

/**
 * A validation made before this session (its highlights are in the workbook): when, and whether what it
 * wrote still holds — the plan's measures as they were, the same as-of date, the same findings. Known from
 * the stamp Validate keeps in the workbook and the reading the pane makes anyway: nothing more is read.
 */
export interface EarlierValidation {
  /** The stamp's time, split for the reader ("2026-11-23", "14:05"); null where the workbook keeps none. */
  date: string | null;
  time: string | null;
  /** The as-of date it was made as of, and the findings sheet it wrote; null where unknown. */
  asOf: string | null;
  sheet: string | null;
  /** The highlights and findings sheet are what validating now would write. */
  current: boolean;
  /** The plan's cells read otherwise, with the layout as the user had chosen it. */
  planChanged: boolean;
  asOfChanged: boolean;
  /**
   * The user chose another plan sheet, header row or column roles since: a change of the settings. The plan
   * is then read from other cells, so whether its cells changed too cannot be told.
   */
  layoutChanged: boolean;
}

export function earlierValidation(
  state:
    Pick<AddinState, "marks" | "validated" | "planSheet" | "headerRow" | "columns"> | undefined,
  result: CheckResult
): EarlierValidation | null {
  if (!state?.marks?.length) return null;
  const stamp = state.validated;
  if (!stamp)
    return {
      date: null,
      time: null,
      asOf: null,
      sheet: null,
      current: false,
      planChanged: false,
      asOfChanged: false,
      layoutChanged: false,
    };
  const now = fingerprints(result);
  // a stamp of an earlier version has no choices: its plan fingerprint alone says
  const layoutChanged = stamp.choices !== undefined && stamp.choices !== choicesPrint(state);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?/.exec(stamp.at);
  return {
    date: m ? m[1] : null,
    time: m?.[2] ?? null,
    asOf: stamp.asOf || null,
    sheet: stamp.sheet || null,
    current: now.findings === stamp.findings && now.plan === stamp.plan,
    planChanged: !layoutChanged && now.plan !== stamp.plan,
    asOfChanged: !!stamp.asOf && stamp.asOf !== result.asOf.date,
    layoutChanged,
  };
}

/** The sentences that say an earlier validation to the user, in order, as message keys and their values. */
export function earlierSentences(
  e: EarlierValidation,
  asOfNow: string
): { key: MessageKey; params: Params }[] {
  if (!e.date) return [{ key: "pane.earlier.unknown", params: {} }];
  const out: { key: MessageKey; params: Params }[] = [
    e.time
      ? { key: "pane.earlier.when", params: { date: e.date, time: e.time, asOf: e.asOf } }
      : { key: "pane.earlier.whenDay", params: { date: e.date, asOf: e.asOf } },
  ];
  const sheet = { sheet: e.sheet ?? "" };
  if (e.current) return [...out, { key: "pane.earlier.current", params: sheet }];
  if (e.planChanged) out.push({ key: "pane.earlier.planChanged", params: {} });
  if (e.layoutChanged) out.push({ key: "pane.earlier.layoutChanged", params: {} });
  if (e.asOfChanged) out.push({ key: "pane.earlier.asOfChanged", params: { asOf: asOfNow } });
  if (!e.planChanged && !e.asOfChanged && !e.layoutChanged)
    out.push({ key: "pane.earlier.settingsChanged", params: {} });
  out.push({ key: "pane.earlier.stale", params: sheet });
  return out;
}

/** What changed since the highlights were written, and since the summary was built (each may be none). */
export interface Stale {
  marksChanged: Setting[];
  summaryChanged: Setting[];
  findingsSheet?: string;
}

/** The sentence (or two) saying what is from before since which setting changed; one where both alike. */
export function staleText(
  stale: Stale,
  lang: Lang,
  t: (key: MessageKey, params?: Params) => string
): string {
  const words = (s: Setting[]) =>
    listText(
      lang,
      s.map((k) => t(`pane.changed.${k}` as MessageKey))
    );
  const sheet = stale.findingsSheet ?? "";
  const marks = stale.marksChanged;
  const summary = stale.summaryChanged;
  if (marks.length > 0 && marks.join() === summary.join())
    return t("pane.stale.both", { changed: words(marks), sheet });
  return [
    marks.length > 0 ? t("pane.stale.marks", { changed: words(marks), sheet }) : "",
    summary.length > 0 ? t("pane.stale.summary", { changed: words(summary) }) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Whether what Validate (or Build summary) wrote is still what the pane shows: the settings a result was
 * made with, and which of them changed since. Changing one back makes the written results current again.
 */
import type { CheckResult } from "../core/check";

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
    period: result.period ? `${result.period.start}:${result.period.end}` : "",
    layout: JSON.stringify([sheet, layout.headerRows, columns]),
    directory: directory ? JSON.stringify(directory) : "",
  };
}

/** The settings that differ, in the order the pane names them. */
export function changedSince(before: ResultSettings, now: ResultSettings): Setting[] {
  return (["asOf", "period", "layout", "directory"] as const).filter((k) => before[k] !== now[k]);
}

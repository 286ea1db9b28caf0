/**
 * The as-of date as the user types it: read only when they are done (Enter, or leaving the field), in the
 * forms people write ("30.06.2023", "2023-06-30", "30/06/2023" in Ukrainian, "06/30/2023" in English), and
 * refused with a reason when it is no day or its year is outside 2000–2100.
 */
import type { Lang } from "../i18n";

export const MIN_AS_OF_YEAR = 2000;
export const MAX_AS_OF_YEAR = 2100;

export type AsOfReading =
  { ok: true; date: string } | { ok: false; reason: "empty" | "form" | "no-such-day" | "year" };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function readAsOf(typed: string, lang: Lang): AsOfReading {
  const s = typed.trim();
  if (!s) return { ok: false, reason: "empty" };
  let y: number, m: number, d: number;
  let hit: RegExpExecArray | null;
  if ((hit = ISO.exec(s))) [y, m, d] = [+hit[1], +hit[2], +hit[3]];
  else if ((hit = DOTTED.exec(s))) [d, m, y] = [+hit[1], +hit[2], +hit[3]];
  else if ((hit = SLASHED.exec(s)))
    // Ukrainian writes the day first; English (Office's en-US) the month
    [d, m, y] = lang === "en" ? [+hit[2], +hit[1], +hit[3]] : [+hit[1], +hit[2], +hit[3]];
  else return { ok: false, reason: "form" };
  if (y < MIN_AS_OF_YEAR || y > MAX_AS_OF_YEAR) return { ok: false, reason: "year" };
  const day = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
    return { ok: false, reason: "no-such-day" };
  return { ok: true, date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** "30.06.2023" in Ukrainian, "2023-06-30" in English: how the field shows a date. */
export function showAsOf(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === "uk" ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

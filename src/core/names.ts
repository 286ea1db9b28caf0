/**
 * Helpers both adapters (the add-in and the command line) share: the names of the add-in's own sheets and
 * tables, free names beside the user's, and today's date as the user reads it.
 */

/** The hidden helper sheet whose codes drive the highlights' conditional formats. */
export const MARKS_SHEET = "PlanCheck_Marks";

/**
 * A name the workbook does not use yet, letter case ignored (Excel's sheet and table names are
 * case-insensitive): the wanted one, else with a number — "Перевірка (2)" for a sheet, "PlanData2" for a
 * table or PivotTable (whose names cannot hold spaces or brackets). The name found is added to `taken`.
 */
export function freeName(
  wanted: string,
  taken: Set<string>,
  kind: "sheet" | "table" = "sheet"
): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++)
    name = kind === "sheet" ? `${wanted} (${i})` : `${wanted}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Lower-cased names, the set `freeName` reads. */
export function takenNames(names: Iterable<string>): Set<string> {
  return new Set([...names].map((n) => n.toLowerCase()));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Today in the user's time zone, as an ISO date ("2026-11-23"). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When something was built, as the user reads it ("2026-11-23 14:05"). */
export function builtAtText(now: Date = new Date()): string {
  return `${todayIso(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIALS = new Map<string, number | null>();
const DAY_MS = 86_400_000;

/** An ISO date as an Excel date serial (1900 date system; the dates of plans all come after March 1900). */
export function isoToSerial(iso: string | null): number | null {
  if (!iso) return null;
  // a plan's deadlines are few dates written many times: each is worked out once
  let serial = SERIALS.get(iso);
  if (serial === undefined) {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    serial = Number.isFinite(ms) ? (ms - EPOCH_MS) / DAY_MS : null;
    if (SERIALS.size >= 10_000) SERIALS.clear();
    SERIALS.set(iso, serial);
  }
  return serial;
}

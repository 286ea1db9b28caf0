/** The status vocabulary: what staff write in "Стан виконання", mapped to five states. */
import { normalize } from "./text";
import { STATUS_LEAD_IN, STATUS_PATTERNS } from "./vocabulary";

/**
 * What a status says. `partial` ("Частково виконано") is counted with the measures in progress and
 * `postponed` ("Перенесено") with those not done, until the summaries count them apart.
 */
export type StatusKind =
  "done" | "partial" | "inProgress" | "postponed" | "notDone" | "notStarted" | "cancelled";

/**
 * The status words (src/core/vocabulary) match a status cell's first words, so a report written after the
 * status word ("Виконано. Проведено 5 навчань", "Не виконано у зв'язку з…") still says its status; so does a
 * first sentence that names the measure before its status ("Захід виконано", "Даний захід виконується").
 */
export const STATUS_VOCABULARY = STATUS_PATTERNS;

export function statusKind(status: string | null | undefined): StatusKind | null {
  if (!status) return null;
  const t = normalize(status).replace(/[.;!]+$/, "");
  for (const text of [t, t.replace(STATUS_LEAD_IN, "")])
    for (const s of STATUS_PATTERNS) if (s.pattern.test(text)) return s.kind;
  return null;
}

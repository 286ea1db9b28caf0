/** The status vocabulary: what staff write in "Стан виконання", mapped to five states. */
import { normalize } from "./text";

export type StatusKind = "done" | "inProgress" | "notDone" | "notStarted" | "cancelled";

/** Patterns run on normalized text; first match wins, so "не виконано" is tested before "виконано". */
export const STATUS_VOCABULARY: readonly { kind: StatusKind; pattern: RegExp; example: string }[] =
  [
    {
      kind: "cancelled",
      pattern:
        /^(скасовано|скасован\S*|відмінено|виключено|втратив чинність|cancel+ed|canceled|dropped|withdrawn)\.?$/,
      example: "Скасовано",
    },
    {
      kind: "notStarted",
      pattern:
        /^(не розпочато|не розпочат\S*|не почато|не розпочинався|not started|not yet started|pending)\.?$/,
      example: "Не розпочато",
    },
    {
      kind: "notDone",
      pattern:
        /^(не виконано|не виконан\S*|невиконано|не виконується|not done|not completed|not implemented|failed|overdue)\.?$/,
      example: "Не виконано",
    },
    {
      kind: "inProgress",
      pattern:
        /^(виконується|в процесі( виконання)?|у процесі( виконання)?|триває|в роботі|у роботі|частково виконано|виконано частково|частково|на виконанні|постійно виконується|in progress|ongoing|partially (done|completed|implemented)|underway|under way|started)\.?$/,
      example: "Виконується",
    },
    {
      kind: "done",
      pattern:
        /^(виконано|виконан\S*|завершено|реалізовано|done|completed|complete|implemented|finished|achieved)\.?( у повному обсязі| в повному обсязі| повністю)?$/,
      example: "Виконано",
    },
  ];

export function statusKind(status: string | null | undefined): StatusKind | null {
  if (!status) return null;
  const t = normalize(status).replace(/[.;!]+$/, "");
  for (const s of STATUS_VOCABULARY) if (s.pattern.test(t)) return s.kind;
  return null;
}

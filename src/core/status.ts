/** The status vocabulary: what staff write in "Стан виконання", mapped to five states. */
import { normalize } from "./text";

export type StatusKind = "done" | "inProgress" | "notDone" | "notStarted" | "cancelled";

/**
 * Patterns run on normalized text and match its first words, so a report written after the status word
 * ("Виконано. Проведено 5 навчань", "Не виконано у зв'язку з…") still says its status. First match wins:
 * "не виконано" is tested before "виконано", "виконано частково" before "виконано".
 */
export const STATUS_VOCABULARY: readonly { kind: StatusKind; pattern: RegExp; example: string }[] =
  [
    {
      kind: "cancelled",
      pattern:
        /^(скасовано|скасован\S*|відмінено|виключено|втратив чинність|втрати\S* актуальн\S*|не актуальн\S*|неактуальн\S*|cancel+ed|canceled|dropped|withdrawn|no longer relevant|not relevant|obsolete)(?=$|[\s.,;:(—-])/,
      example: "Скасовано",
    },
    {
      kind: "notStarted",
      pattern:
        /^(не розпочато|не розпочат\S*|не почато|не розпочинався|not started|not yet started|pending)(?=$|[\s.,;:(—-])/,
      example: "Не розпочато",
    },
    {
      kind: "notDone",
      pattern:
        /^(не виконано|не виконан\S*|невиконано|не виконується|не реалізовано|перенесено|відкладено|not done|not completed|not implemented|failed|overdue|postponed|delayed)(?=$|[\s.,;:(—-])/,
      example: "Не виконано",
    },
    {
      kind: "inProgress",
      pattern:
        /^(виконується|в процесі( виконання)?|у процесі( виконання)?|в стадії виконання|на стадії виконання|триває|в роботі|у роботі|частково виконано|виконано частково|частково|на виконанні|постійно виконується|виконується постійно|реалізується|in progress|ongoing|partially (done|completed|implemented)|underway|under way|started)(?=$|[\s.,;:(—-])/,
      example: "Виконується",
    },
    {
      kind: "done",
      pattern:
        /^(виконано|виконан(ий|а|е|і)|завершено|реалізовано|done|completed|complete|implemented|finished|achieved)(?=$|[\s.,;:(—-])/,
      example: "Виконано",
    },
  ];

/**
 * Words a report's first sentence may put before its status word: "Захід виконано", "Даний захід
 * виконується", "Станом на 01.07.2023 захід виконано", "The measure is completed".
 */
const LEAD_IN =
  /^(станом на [\d.]+( р\.| року)?,? )?((даний|цей|зазначений|вказаний|this|the) )?(захід|заходи|завдання|роботу|робота|роботи|measure|activity|task)( (is|was|has been|have been))? /;

export function statusKind(status: string | null | undefined): StatusKind | null {
  if (!status) return null;
  const t = normalize(status).replace(/[.;!]+$/, "");
  for (const text of [t, t.replace(LEAD_IN, "")])
    for (const s of STATUS_VOCABULARY) if (s.pattern.test(text)) return s.kind;
  return null;
}

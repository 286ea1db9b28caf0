/** Counted words in the pane's sentences ("65 заходів", "1 measure"), by the language's plural rules. */
import { isMessageKey, type Lang, type MessageKey, type Params } from "../i18n";

const rules = new Map<Lang, Intl.PluralRules>();

/** Items joined the language's way: "дату «станом на» і період плану", "the as-of date and the plan period". */
export function listText(lang: Lang, items: string[]): string {
  if (typeof Intl.ListFormat === "function")
    return new Intl.ListFormat(lang, { type: "conjunction" }).format(items);
  return items.join(", ");
}

/** The message `${base}.${category}` for n ("pane.n.measure.many" → "{n} заходів"), filled with n. */
export function counted(
  t: (key: MessageKey, params?: Params) => string,
  lang: Lang,
  base: string,
  n: number
): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const key = `${base}.${r.select(n)}`;
  return t(isMessageKey(key) ? key : (`${base}.other` as MessageKey), { n });
}

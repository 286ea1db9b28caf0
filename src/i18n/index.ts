/** The message catalogue: typed keys, two languages, templates filled at the edge. */
import { en, type MessageKey } from "./en";
import { uk } from "./uk";

export type Lang = "uk" | "en";
export type { MessageKey };
export const LANGS: readonly Lang[] = ["uk", "en"];
export const catalogues: Record<Lang, Record<MessageKey, string>> = { en, uk };

export type Params = Record<string, string | number | null | undefined>;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? "—" : String(v);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Office's display language ("uk-UA", "en-US"…) or a POSIX locale ("uk_UA.UTF-8") → a catalogue. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^uk\b|^uk[-_]/i.test(locale) ? "uk" : "en";
}

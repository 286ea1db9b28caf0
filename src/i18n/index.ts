/** The message catalogue: typed keys, two languages, templates filled at the edge. */
import { en, type MessageKey } from "./en";
import { uk } from "./uk";
import { en as enWords } from "../core/vocabulary/en";

export type Lang = "uk" | "en";
export type { MessageKey };
export const LANGS: readonly Lang[] = ["uk", "en"];
export const catalogues: Record<Lang, Record<MessageKey, string>> = { en, uk };

export type Params = Record<string, string | number | null | undefined>;

/**
 * Fills a template. Placeholders are `{name}`, `{name, date}` (a YYYY-MM-DD value written the reader's way:
 * 31.12.2025 in Ukrainian, 31 December 2025 in English) and `{name, plural, one {# warning} other {#
 * warnings}}` (the form chosen by Intl.PluralRules for the language, `#` standing for the number): a subset
 * of ICU MessageFormat, so translators meet a syntax they may know.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key] ?? en[key] ?? key;
  return fillTemplate(lang, template, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Office's display language ("uk-UA", "en-US"…) or a POSIX locale ("uk_UA.UTF-8") → a catalogue. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^uk\b|^uk[-_]/i.test(locale) ? "uk" : "en";
}

/** Month names as a date is written in English: the vocabulary's, where every word list lives. */
const EN_MONTHS = enWords.months.map(([name]) => name.charAt(0).toUpperCase() + name.slice(1));

/** The days of a month of the Gregorian calendar (years below 100 as JavaScript's dates take them, 19xx). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year < 100 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** A YYYY-MM-DD date the way a reader of the language writes it; anything else is left as it is. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(y), month)) return iso;
  return lang === "uk" ? `${d}.${mo}.${y}` : `${day} ${EN_MONTHS[month - 1]} ${y}`;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of a number in the language: "one", "few", "many" or "other". */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  pluralRules[lang] ??= new Intl.PluralRules(lang === "uk" ? "uk-UA" : "en-GB");
  return pluralRules[lang].select(n);
}

/** The index of the brace that closes the one at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

interface Placeholder {
  name: string;
  type: "value" | "date" | "plural";
  /** For plurals: category (or "=N") → its text. */
  forms: Record<string, string>;
}

function parsePlaceholder(body: string): Placeholder | null {
  const head = /^\s*(\w+)\s*(?:,\s*(date|plural)\s*(?:,([\s\S]*))?)?$/.exec(body);
  if (!head) return null;
  const [, name, type, rest] = head;
  if (!type) return { name, type: "value", forms: {} };
  if (type === "date") return rest === undefined ? { name, type: "date", forms: {} } : null;
  const forms: Record<string, string> = {};
  let i = 0;
  const s = rest ?? "";
  while (i < s.length) {
    const sel = /^\s*(=\d+|\w+)\s*\{/.exec(s.slice(i));
    if (!sel) {
      if (s.slice(i).trim() === "") break;
      return null;
    }
    const open = i + sel[0].length - 1;
    const close = closing(s, open);
    if (close < 0) return null;
    forms[sel[1]] = s.slice(open + 1, close);
    i = close + 1;
  }
  return forms.other === undefined ? null : { name, type: "plural", forms };
}

/** Walks a template's top-level placeholders. */
function scan(
  template: string,
  onText: (text: string) => void,
  onPlaceholder: (p: Placeholder, raw: string) => void
): void {
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      onText(template.slice(i));
      return;
    }
    onText(template.slice(i, open));
    const close = closing(template, open);
    if (close < 0) {
      onText(template.slice(open));
      return;
    }
    const raw = template.slice(open, close + 1);
    const p = parsePlaceholder(raw.slice(1, -1));
    if (p) onPlaceholder(p, raw);
    else onText(raw);
    i = close + 1;
  }
}

/** A template cut into its texts and placeholders: the catalogue's few hundred are each cut once. */
type Pieces = (string | Placeholder)[];
const PIECES = new Map<string, Pieces>();
/** Templates cut and remembered, at most: the catalogue's and the plural forms within them. */
const REMEMBERED = 4096;

function piecesOf(template: string): Pieces {
  let pieces = PIECES.get(template);
  if (!pieces) {
    const cut: Pieces = [];
    scan(
      template,
      (text) => cut.push(text),
      (p) => cut.push(p)
    );
    pieces = cut;
    if (PIECES.size < REMEMBERED) PIECES.set(template, pieces);
  }
  return pieces;
}

export function fillTemplate(lang: Lang, template: string, params: Params): string {
  let out = "";
  for (const p of piecesOf(template)) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    const v = params[p.name];
    if (v === undefined || v === null) out += "—";
    else if (p.type === "date") out += formatDate(lang, String(v));
    else if (p.type === "plural") {
      const n = typeof v === "number" ? v : Number(v);
      if (!Number.isFinite(n)) out += String(v);
      else {
        const form = p.forms[`=${n}`] ?? p.forms[pluralCategory(lang, n)] ?? p.forms.other;
        out += fillTemplate(lang, form.replace(/#/g, String(n)), params);
      }
    } else out += String(v);
  }
  return out;
}

/** The names a template's placeholders take, with how each is written (for the catalogue's tests). */
export function templatePlaceholders(
  template: string
): { name: string; type: string; forms: string[] }[] {
  const out: { name: string; type: string; forms: string[] }[] = [];
  scan(
    template,
    () => undefined,
    (p) => {
      out.push({ name: p.name, type: p.type, forms: Object.keys(p.forms) });
      for (const form of Object.values(p.forms)) out.push(...templatePlaceholders(form));
    }
  );
  return out;
}

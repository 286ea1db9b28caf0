/**
 * The date a plan or report is as of: given by the user, else said in its title ("Звіт … станом на
 * 30.06.2023", "Report as of 30 June 2023"), else today. Where it came from is shown beside it.
 */
import { parseDeadline } from "./deadline";
import { normalize } from "./text";
import { AS_OF } from "./vocabulary";

export type AsOfSource = "user" | "title" | "today";

export interface AsOf {
  /** YYYY-MM-DD. */
  date: string;
  source: AsOfSource;
}

/** The day a title says it is as of, or null: a day date after "станом на" / "as of", in any common form. */
export function asOfFromTitle(title: string | null): string | null {
  if (!title) return null;
  const m = AS_OF.exec(normalize(title));
  if (!m) return null;
  // the longest run of words after the phrase that reads as one day ("30.06.2023 року", "1 липня 2023")
  const words = m[1].trim().split(/\s+/);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const d = parseDeadline(
      words
        .slice(0, n)
        .join(" ")
        .replace(/[,.;:]$/, "")
    );
    if (!d.unparsed && d.precision === "day" && d.start && d.start === d.end) {
      const year = Number(d.start.slice(0, 4));
      return year >= 2000 && year <= 2100 ? d.start : null;
    }
  }
  return null;
}

/** The as-of date: the user's, else the title's, else today's. */
export function resolveAsOf(
  user: string | undefined | null,
  title: string | null,
  today: string
): AsOf {
  if (user) return { date: user, source: "user" };
  const fromTitle = asOfFromTitle(title);
  return fromTitle ? { date: fromTitle, source: "title" } : { date: today, source: "today" };
}

/**
 * A role kept in several columns ("Обсяг фінансування, тис. грн" over "2025 | 2026 | 2027", or "Обсяг
 * фінансування | Джерела фінансування"): each measure's extra for it holds every column's value, each with
 * the words of its header that tell it from the others ("2025: 100; 2026: 150"), instead of the first alone.
 */
import type { ColumnRole } from "./vocabulary";

export interface ColumnGroup {
  /** 0-based columns, the role's own first. */
  cols: number[];
  /**
   * The columns as their headers group them: columns next to each other whose headers start with the same
   * words are one part, named by those words, each column by the rest ("2025"); any other is a part alone.
   */
  parts: { label: string; at: { index: number; rest: string }[] }[];
}

const wordsOf = (t: string) =>
  t
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w);
const clean = (s: string) => s.replace(/^[,:;.\s-]+|[,:;.\s-]+$/g, "");

/** How many words all these headers start with. */
function sharedWords(words: readonly string[][]): number {
  let n = 0;
  while (words.every((w) => w.length > n && w[n] === words[0][n])) n++;
  return n;
}

/** The parts of columns headed `texts`, in order (see ColumnGroup.parts). */
export function groupParts(texts: readonly string[]): ColumnGroup["parts"] {
  const words = texts.map(wordsOf);
  const parts: ColumnGroup["parts"] = [];
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    // the longest run from i whose headers share a first word
    while (j < words.length && sharedWords([words[i], words[j]]) > 0) j++;
    const run = words.slice(i, j);
    const n =
      run.length > 1 ? Math.min(sharedWords(run), ...run.map((w) => w.length)) : run[0].length;
    parts.push({
      label: clean(run[0].slice(0, n).join(" ")),
      at: run.map((w, k) => ({ index: i + k, rest: clean(w.slice(n).join(" ")) })),
    });
    i = j;
  }
  return parts;
}

/**
 * The groups the header gave, where the role still reads its first column and no other role (the user's
 * correction) or "not used" claimed a column of it.
 */
export function columnGroups(
  more: Partial<Record<ColumnRole, number[]>> | undefined,
  headerColumns: Partial<Record<ColumnRole, number>>,
  roleCols: Partial<Record<ColumnRole, number>>,
  headerText: Record<number, string>,
  unused: readonly number[] = []
): Partial<Record<ColumnRole, ColumnGroup>> {
  const out: Partial<Record<ColumnRole, ColumnGroup>> = {};
  const claimed = new Set(Object.values(roleCols));
  for (const [role, others] of Object.entries(more ?? {}) as [ColumnRole, number[]][]) {
    const first = roleCols[role];
    if (first === undefined || first !== headerColumns[role]) continue;
    const cols = [first, ...others.filter((c) => !claimed.has(c) && !unused.includes(c))];
    if (cols.length < 2) continue;
    out[role] = { cols, parts: groupParts(cols.map((c) => headerText[c] ?? "")) };
  }
  return out;
}

/**
 * The values of a group's columns in one row, part by part: "Обсяг фінансування, тис. грн: 10 (2025), 20
 * (2026); Джерела фінансування: місцевий бюджет". Empty cells are left out, and a part with none.
 */
export function groupValue(group: ColumnGroup, values: readonly string[]): string {
  return group.parts
    .map((part) => {
      const shown = part.at
        .map(({ index, rest }) => {
          const v = (values[index] ?? "").replace(/\s*\n\s*/g, " ").trim();
          return v && rest ? `${v} (${rest})` : v;
        })
        .filter((v) => v)
        .join(", ");
      if (!shown) return "";
      return part.label ? `${part.label}: ${shown}` : shown;
    })
    .filter((x) => x)
    .join("; ");
}

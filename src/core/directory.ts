/**
 * The executor directory: the bodies a plan names, each under one canonical spelling. Spellings that differ
 * only in case, apostrophes, "міської ради" or "(за згодою)" are the same body.
 */
import { normalize } from "./text";
import { OPTIONAL_TAILS } from "./vocabulary";

const keyCache = new Map<string, string>();

export function bodyKey(body: string): string {
  let cached = keyCache.get(body);
  if (cached === undefined) {
    cached = bodyKeyUncached(body);
    if (keyCache.size >= 20_000) keyCache.clear();
    keyCache.set(body, cached);
  }
  return cached;
}

function bodyKeyUncached(body: string): string {
  let k = normalize(body).replace(/[.,;]+$/, "");
  for (const tail of OPTIONAL_TAILS) k = k.replace(tail, "");
  return k.replace(/["«»“”„]/g, "").trim();
}

export interface DirectoryEntry {
  name: string;
  key: string;
  /** Every spelling seen, with how many times. */
  variants: Record<string, number>;
}

/** Builds the directory from the spellings in a plan: the canonical name is the most frequent spelling. */
export function buildDirectory(bodies: string[]): DirectoryEntry[] {
  const byKey = new Map<string, DirectoryEntry>();
  for (const b of bodies) {
    const key = bodyKey(b);
    if (!key) continue;
    let e = byKey.get(key);
    if (!e) {
      e = { name: b, key, variants: {} };
      byKey.set(key, e);
    }
    e.variants[b] = (e.variants[b] ?? 0) + 1;
  }
  for (const e of byKey.values()) {
    // spellings that differ only in the first letter's case are one spelling: a list goes on in lower case
    const counts = new Map<string, number>();
    for (const [v, n] of Object.entries(e.variants))
      counts.set(capitalize(v), (counts.get(capitalize(v)) ?? 0) + n);
    e.name = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])
    )[0][0];
  }
  return [...byKey.values()];
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest directory name within a third of the key's length, for "did you mean". */
export function suggest(body: string, names: string[]): string | null {
  const key = bodyKey(body);
  let best: { name: string; d: number } | null = null;
  for (const n of names) {
    const d = levenshtein(key, bodyKey(n));
    if (!best || d < best.d) best = { name: n, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.name : null;
}

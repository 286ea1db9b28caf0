/** Findings as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel opens Cyrillic text right). */
const FIELDS = ["file", "sheet", "cell", "row", "severity", "rule", "measure", "message"] as const;

/** A finding's row; `rule` is its id (kept in the JSON), `title` what the CSV shows in its rule column. */
export type CsvRow = Record<(typeof FIELDS)[number], string | number | null> & { title: string };

function quote(v: string | number | null): string {
  const s = v === null ? "" : String(v);
  // a leading =, +, -, @, tab or carriage return can start a formula in a spreadsheet (OWASP): keep it text
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: CsvRow[]): string {
  // people read the rule's title, never its id
  const cell = (r: CsvRow, f: (typeof FIELDS)[number]) => quote(f === "rule" ? r.title : r[f]);
  return `\uFEFF${[FIELDS.join(","), ...rows.map((r) => FIELDS.map((f) => cell(r, f)).join(","))].join("\r\n")}\r\n`;
}

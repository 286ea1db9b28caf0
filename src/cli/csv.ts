/** Findings as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel opens Cyrillic text right). */
const FIELDS = ["file", "sheet", "cell", "row", "severity", "rule", "measure", "message"] as const;

export type CsvRow = Record<(typeof FIELDS)[number], string | number | null>;

function quote(v: string | number | null): string {
  const s = v === null ? "" : String(v);
  // a leading =, +, -, @, tab or carriage return can start a formula in a spreadsheet (OWASP): keep it text
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: CsvRow[]): string {
  return `\uFEFF${[FIELDS.join(","), ...rows.map((r) => FIELDS.map((f) => quote(r[f])).join(","))].join("\r\n")}\r\n`;
}

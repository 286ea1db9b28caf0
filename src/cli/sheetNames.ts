/** Sheet names as Excel allows them. */

/** Excel's limit on a sheet's name; other programs export longer ones, and duplicates differing by case. */
const SHEET_NAME_MAX = 31;

/**
 * Names every sheet can keep in an Excel workbook: each cut to 31 characters and made unique (letter case
 * ignored, as Excel does) with a number, the way Excel names a copied sheet.
 */
export function excelSheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let n = [...name].slice(0, SHEET_NAME_MAX).join("");
    for (let i = 2; taken.has(n.toLowerCase()); i++) {
      const tail = ` (${i})`;
      n = [...name].slice(0, SHEET_NAME_MAX - tail.length).join("") + tail;
    }
    taken.add(n.toLowerCase());
    return n;
  });
}

/** Users read plain words: no rule id in the text report, the CSV or the sheets Plan Check writes. */
import { join } from "node:path";
import { run } from "../../src/cli/plan-check";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { RULE_IDS } from "../../src/core/rules";
import { findingsSheet, summarySheets } from "../../src/core/summary/sheets";

const REPORT = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan-report-2023.xlsx");

async function cli(args: string[]) {
  let out = "";
  await run(args, { out: (s) => (out += s), err: () => undefined }, { LANG: "uk_UA.UTF-8" });
  return out;
}

const idsIn = (text: string) => RULE_IDS.filter((id) => text.includes(id));

test.each([
  ["the text report", [REPORT, "--as-of", "2023-06-30"]],
  ["the CSV", [REPORT, "--as-of", "2023-06-30", "--format", "csv"]],
])("%s names rules by their titles, never their ids", async (_, args) => {
  const out = await cli(args);
  expect(out).toContain("Прострочено");
  expect(idsIn(out)).toEqual([]);
});

test("the findings sheet and the summary sheets hold no rule id but in the findings' hidden column", async () => {
  const result = checkWorkbook(await readWorkbookGrids(REPORT), { asOf: "2023-06-30" });
  if (!("plan" in result)) throw new Error("no plan");
  const o = { lang: "uk" as const, asOf: "2023-06-30", builtAt: "2023-06-30 10:00" };
  const sheets = [findingsSheet(result, o), ...summarySheets(result, o)];
  const shown = (s: (typeof sheets)[number]) =>
    s.cells.map((row) => row.filter((_, col) => !s.hiddenColumns?.includes(col)));
  const texts = sheets
    .flatMap((s) => [...shown(s).flat(), ...s.tables.flatMap((t) => t.rows.flat())])
    .map((c) => (c && typeof c === "object" && "v" in c ? String(c.v) : String(c ?? "")));
  expect(idsIn(texts.join("\n"))).toEqual([]);
  // the ids stay beside the titles, in a hidden column, for filtering
  const findings = sheets[0];
  const hidden = findings.hiddenColumns!;
  expect(hidden).toHaveLength(1);
  const ids = findings.cells.slice(5).map((row) => row[hidden[0]]?.v);
  expect(ids).toEqual(result.findings.map((f) => f.rule));
});

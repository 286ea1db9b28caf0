/** The rule catalogue says what every finding carries: each finding's parameters are the ones it lists. */
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx";
import { checkWorkbook } from "../../src/core/check";
import { CATALOGUE, type Finding } from "../../src/core/rules";

const ROOT = join(__dirname, "..", "..");

test("every finding of the seed plans and the real plans has the parameters its rule lists", async () => {
  const files = [
    join(ROOT, "seeds", "zhytomyr-1325-plan.xlsx"),
    join(ROOT, "seeds", "zhytomyr-1325-plan-report-2023.xlsx"),
    join(ROOT, "tests", "fixtures", "real-plans", "kmu-15.4.xlsx"),
  ];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = checkWorkbook(await readWorkbookGrids(f), { asOf: "2023-06-30", directory: ["МОН"] });
    if ("plan" in r) findings.push(...r.findings);
  }
  const rules = new Set(findings.map((f) => f.rule));
  expect(rules.size).toBeGreaterThanOrEqual(7);
  const stray = findings
    .map((f) => [
      f.rule,
      Object.keys(f.params).filter(
        (k) => !(CATALOGUE[f.rule].params as readonly string[]).includes(k)
      ),
    ])
    .filter(([, extra]) => extra.length > 0);
  expect(stray).toEqual([]);
});

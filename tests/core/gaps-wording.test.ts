/**
 * The words a user reads for a finding are the same wherever they read them: the findings sheet calls the
 * least severity what the pane calls it ("note", "примітка"), and no sheet shows the abbreviation "НП" for
 * the National plan.
 */
import { checkWorkbook } from "../../src/core/check";
import { findingsSheet } from "../../src/core/summary/sheets";
import { catalogues, LANGS, t, type MessageKey } from "../../src/i18n";
import { sheetToGrid } from "../fixtures/grid";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";

const SEVERITIES = ["error", "warning", "info"] as const;

describe("a finding's severity", () => {
  test.each(LANGS)("is named the same on the findings sheet and in the pane (%s)", (lang) => {
    for (const s of SEVERITIES)
      expect(t(lang, `severity.${s}` as MessageKey)).toBe(
        t(lang, `pane.severity.${s}` as MessageKey)
      );
  });

  test.each([
    ["en", "note"],
    ["uk", "примітка"],
  ] as const)(
    "the findings sheet writes the least severity as %s would read it: %s",
    (lang, word) => {
      // a plan without a status column (the default layout) gets one note saying so
      const grid = sheetToGrid(renderPlan(CLEAN_PLAN));
      const result = checkWorkbook([grid], { asOf: "2024-06-30" });
      if (!("plan" in result)) throw new Error("no plan");
      expect(result.findings.some((f) => f.severity === "info")).toBe(true);
      const sheet = findingsSheet(result, { lang, asOf: "2024-06-30", builtAt: "" });
      const severities = new Set(
        sheet.cells.flatMap((row) => row.filter((c) => c?.style === "info").map((c) => c!.v))
      );
      expect([...severities]).toEqual([word]);
    }
  );
});

describe("the National plan in plain words", () => {
  test("no message of either catalogue abbreviates it", () => {
    for (const lang of LANGS) {
      // ".earlier." keys are words older versions wrote, read back from their tables, never shown
      const abbreviated = Object.entries(catalogues[lang]).filter(
        ([key, text]) =>
          !/^(data\.col|status\.bucket)\.earlier\./.test(key) &&
          /(?<![\p{L}])(НП|NP)(?![\p{L}])/u.test(text)
      );
      expect(abbreviated).toEqual([]);
    }
    expect(t("uk", "ruleTitle.national-measure.without-local")).toBe(
      "Захід Національного плану без місцевого заходу"
    );
  });
});

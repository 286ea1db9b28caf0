/** The message catalogue: both languages complete, the same placeholders, every rule and role covered. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { catalogues, langFromLocale, t } from "../../src/i18n";
import { en } from "../../src/i18n/en";
import { COLUMN_ROLES } from "../../src/core/layout/vocabulary";
import { RULE_IDS } from "../../src/core/rules";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const DEADLINE_PROBLEMS = [
  "empty",
  "no-period",
  "unknown-words",
  "bad-date",
  "reversed-range",
  "year-out-of-range",
];

describe("the message catalogue", () => {
  test("Ukrainian has every English key, filled in, with the same placeholders", () => {
    const uk = catalogues.uk as Record<string, string>;
    for (const [key, text] of Object.entries(en)) {
      expect(uk[key]?.trim()).toBeTruthy();
      expect([key, placeholders(uk[key])]).toEqual([key, placeholders(text)]);
    }
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
  });

  test("every rule has a message in both languages", () => {
    for (const lang of ["uk", "en"] as const) {
      for (const rule of RULE_IDS) {
        expect(Object.keys(catalogues[lang])).toContain(`rule.${rule}`);
        // every rule has a short title in each language: users see it, never the rule's id
        expect(Object.keys(catalogues[lang])).toContain(`ruleTitle.${rule}`);
      }
    }
  });

  test("every reason a deadline is not understood, and every column role, has a message", () => {
    const keys = Object.keys(en);
    for (const p of DEADLINE_PROBLEMS) expect(keys).toContain(`deadline.reason.${p}`);
    for (const role of COLUMN_ROLES) expect(keys).toContain(`role.${role}`);
  });

  test("templates are filled in at the edge", () => {
    expect(t("en", "rule.deadline.missing", { measure: "4.4.3" })).toBe(
      "Measure 4.4.3 has no deadline."
    );
    expect(t("uk", "rule.deadline.missing", { measure: "4.4.3" })).toBe(
      "Захід 4.4.3 не має терміну виконання."
    );
    expect(t("en", "rule.deadline.missing", {})).toBe("Measure — has no deadline.");
  });

  test("Office's display language picks the catalogue", () => {
    expect(["uk-UA", "uk", "uk_UA.UTF-8", "en-US", "de-DE", "", null].map(langFromLocale)).toEqual([
      "uk",
      "uk",
      "uk",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});

describe("components hold no user-facing text of their own", () => {
  const dir = join(__dirname, "..", "..", "src", "taskpane");
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) =>
      statSync(join(d, f)).isDirectory()
        ? files(join(d, f))
        : f.endsWith(".tsx")
          ? [join(d, f)]
          : []
    );

  test.each(files(dir).map((f) => [f.slice(dir.length + 1), f]))("%s", (_, file) => {
    const src = readFileSync(file, "utf8");
    // text between JSX tags, and text in label/title/placeholder/aria-label attributes
    const jsxText = [...src.matchAll(/>\s*([^<>{}();=]*\p{L}{2,}[^<>{}();=]*)\s*</gu)]
      .map((m) => m[1].trim())
      .filter((s) => s);
    const attrs = [
      ...src.matchAll(/\b(label|title|placeholder|aria-label|alt)="([^"]*\p{L}[^"]*)"/gu),
    ].map((m) => m[2]);
    expect([...jsxText, ...attrs]).toEqual([]);
  });
});

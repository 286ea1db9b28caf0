/** The message catalogue: both languages complete, the same placeholders, every rule and role covered. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  catalogues,
  LANGS,
  fillTemplate,
  formatDate,
  langFromLocale,
  t,
  templatePlaceholders,
} from "../../src/i18n";
import { en } from "../../src/i18n/en";
import { TERMINAL_CONTROL } from "../../src/cli/json";
import { en as vocabularyEn } from "../../src/core/vocabulary/en";
import { COLUMN_ROLES } from "../../src/core/layout/vocabulary";
import { RULE_IDS } from "../../src/core/rules";

/**
 * Each placeholder's name once, and whether it is a date: a count may be a plural in one language and a
 * plain number in the other ("1 warning" / "попереджень: 1"), but a date is a date in both.
 */
const placeholders = (s: string) =>
  [
    ...new Set(templatePlaceholders(s).map((p) => (p.type === "date" ? `${p.name}:date` : p.name))),
  ].sort();
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

  test("every plural has the forms its language needs: one and other in English; one, few, many and other in Ukrainian", () => {
    const need = { en: ["one", "other"], uk: ["few", "many", "one", "other"] };
    for (const lang of ["en", "uk"] as const)
      for (const [key, text] of Object.entries(catalogues[lang]))
        for (const p of templatePlaceholders(text).filter((x) => x.type === "plural"))
          expect([key, p.name, p.forms.filter((f) => !f.startsWith("=")).sort()]).toEqual([
            key,
            p.name,
            need[lang],
          ]);
  });

  test("counts take the plural their number needs (Intl.PluralRules)", () => {
    const counts = (errors: number, warnings: number, infos: number) =>
      t("en", "report.findings", { errors, warnings, infos });
    expect(counts(1, 1, 1)).toBe("Findings: 1 error, 1 warning, 1 note");
    expect(counts(0, 2, 21)).toBe("Findings: 0 errors, 2 warnings, 21 notes");
    const days = (n: number) =>
      t("uk", "rule.deadline.due-soon", { text: "2025", end: "2025-12-31", days: n });
    expect([1, 3, 5, 11, 21, 22].map(days)).toEqual([
      "Термін «2025» спливає 31.12.2025, через 1 день.",
      "Термін «2025» спливає 31.12.2025, через 3 дні.",
      "Термін «2025» спливає 31.12.2025, через 5 днів.",
      "Термін «2025» спливає 31.12.2025, через 11 днів.",
      "Термін «2025» спливає 31.12.2025, через 21 день.",
      "Термін «2025» спливає 31.12.2025, через 22 дні.",
    ]);
    expect(t("en", "rule.deadline.due-soon", { text: "2025", end: "2025-12-31", days: 1 })).toBe(
      "The deadline “2025” ends on 31 December 2025, in 1 day."
    );
  });

  test("the month names a date is written with are the vocabulary's, the one place word lists live", () => {
    const written = Array.from({ length: 12 }, (_, i) =>
      formatDate("en", `2025-${String(i + 1).padStart(2, "0")}-01`)
        .split(" ")[1]
        .toLowerCase()
    );
    expect(written).toEqual(vocabularyEn.months.map(([name]) => name));
    // the catalogue's code spells no month of its own
    const code = readFileSync(join(__dirname, "..", "..", "src", "i18n", "index.ts"), "utf8");
    expect(code).not.toMatch(/"(January|February|March|September|December)"/);
  });

  test("a date is one of the calendar's exactly where JavaScript's dates have it: leap years, month ends", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    for (const y of [0, 4, 99, 100, 1900, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const probe = new Date(Date.UTC(y, m - 1, d));
          const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
          expect([iso, formatDate("uk", iso) !== iso]).toEqual([iso, real]);
        }
  });

  test("dates in messages are written the reader's way; what is not a date is left as written", () => {
    expect([formatDate("uk", "2025-12-31"), formatDate("en", "2025-12-31")]).toEqual([
      "31.12.2025",
      "31 December 2025",
    ]);
    expect([
      formatDate("uk", "2025-02-30"),
      formatDate("en", "2025"),
      formatDate("uk", ""),
    ]).toEqual(["2025-02-30", "2025", ""]);
    expect(
      t("uk", "rule.deadline.overdue", {
        text: "2021-2025",
        end: "2025-12-31",
        status: "Не виконано",
      })
    ).toBe("Термін «2021-2025» минув 31.12.2025, а захід не виконано (стан: Не виконано).");
    // a date in the user's own text (the deadline as written) is quoted as it is
    expect(
      t("en", "rule.deadline.passed-no-status", { text: "2021-12-31", end: "2021-12-31" })
    ).toBe(
      "The deadline “2021-12-31” ended on 31 December 2021; the plan does not say whether the measure is done."
    );
  });

  test("a template's placeholders: a missing value is a dash, an exact form wins over the category, braces that are no placeholder stay", () => {
    const tpl = "{n, plural, =0 {none} one {# item} other {# items}} of {who} {not a placeholder}";
    expect(fillTemplate("en", tpl, { n: 0, who: "A" })).toBe("none of A {not a placeholder}");
    expect(fillTemplate("en", tpl, { n: 1 })).toBe("1 item of — {not a placeholder}");
    expect(fillTemplate("en", "{d, date} {n, plural, one {#} other {#s}}", {})).toBe("— —");
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

test("no message holds a terminal control: the JSON report leaves them unescaped where the workbook has none", () => {
  for (const lang of LANGS)
    for (const [key, text] of Object.entries(catalogues[lang]))
      expect([key, TERMINAL_CONTROL.test(text)]).toEqual([key, false]);
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

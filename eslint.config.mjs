import { createRequire } from "node:module";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's TypeScript parser, loaded from where the plugin installed it (the plugin's own reference to
// it resolves to nothing under ESLint 9's flat config, which then falls back to espree).
const require = createRequire(import.meta.url);
const tsParser = require(require.resolve("@typescript-eslint/parser", { paths: [require.resolve("eslint-plugin-office-addins")] }));

// The plugin's recommended block (TypeScript parser, Office add-in rules, prettier) covers .ts files;
// the same block is applied to the task pane's .tsx files.
const officeBlock = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...officeAddins.configs.react,
  { ...officeBlock, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { Office: "readonly", Excel: "readonly", OfficeRuntime: "readonly" },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // the command line, tests, the Excel API double and the benchmark read ExcelJS objects, not Office.js proxies
    files: ["tests/**/*.ts", "bench/**/*.ts", "src/cli/**/*.ts", "src/preview/**/*.{ts,tsx}", "src/excel-double/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
    },
  },
];

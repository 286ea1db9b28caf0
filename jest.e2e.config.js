/** Browser tests: the built pane in Debian's Chromium, driven by playwright-core (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 120000,
  moduleNameMapper: { "^strip-bom$": "<rootDir>/tests/shims/strip-bom.js", "^uuid$": "<rootDir>/tests/shims/uuid.js" },
};

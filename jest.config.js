/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // both cores of a two-core machine (jest's default leaves one idle there): the suite in about half the time
  maxWorkers: "100%",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // office-addin-manifest pulls in two ESM-only packages; CommonJS stand-ins of the same functions
  moduleNameMapper: { "^strip-bom$": "<rootDir>/tests/shims/strip-bom.js", "^uuid$": "<rootDir>/tests/shims/uuid.js" },
};

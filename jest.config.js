/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
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

// The Excel API double lives in src/excel-double (the preview runs it in a browser); the tests use the same one.
export * from "../../src/excel-double";

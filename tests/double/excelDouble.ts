// The Excel API double lives beside the preview that runs it in a browser; the tests use the same one.
export * from "../../src/preview/excelDouble";

// strip-bom 5 ships only as an ES module, which jest on Node 20 cannot require; office-addin-manifest
// pulls it in through @microsoft/app-manifest. This is the same function as CommonJS.
function stripBom(string) {
  if (typeof string !== "string") throw new TypeError(`Expected a string, got ${typeof string}`);
  return string.charCodeAt(0) === 0xfeff ? string.slice(1) : string;
}
module.exports = stripBom;
module.exports.default = stripBom;

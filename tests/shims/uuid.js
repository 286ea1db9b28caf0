// uuid 14 ships only as an ES module, which jest on Node 20 cannot require; office-addin-manifest uses v4.
const { randomUUID } = require("node:crypto");
const v4 = () => randomUUID();
const validate = (s) => typeof s === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(s);
module.exports = { v4, validate };

// CommonJS smoke run: `require` loads the built dist/index.cjs (no source condition), and it works.
const assert = require("node:assert/strict");
const core = require("@dangjian/core");

assert.match(require.resolve("@dangjian/core"), /[\\/]dist[\\/]index\.cjs$/);
assert.equal(core.isCalendarDate("2024-02-29"), true);
assert.equal(core.localize({ "zh-CN": "党支部", en: "Party branch" }, "zh-CN"), "党支部");
assert.ok(core.isDangjianError(new core.DangjianError("invalid_argument", "from require")));

// The JSON Schema of the exchange document is a subpath export of its own.
const schema = require("@dangjian/core/schema/dataset.schema.json");
assert.match(schema.$schema, /json-schema\.org/);

console.log(`require: ok (${Object.keys(core).length} exports)`);

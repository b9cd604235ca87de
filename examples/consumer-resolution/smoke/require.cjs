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

// The CommonJS build of reporting renders HTML too: it loads vega (ESM only) with import(), never require().
const reporting = require("@dangjian/reporting");
assert.match(require.resolve("@dangjian/reporting"), /[\\/]dist[\\/]index\.cjs$/);
const { dataset } = core.parseDataset({
  formatVersion: "1.0",
  regions: [{ id: "p", name: "某省", level: "province" }, { id: "c", name: "甲县", level: "county", parentId: "p" }],
  observations: [
    { id: "o1", indicator: "site.vanguard-post.count", scope: { type: "region", id: "c" }, asOf: "2022", value: "52个" },
    { id: "o2", indicator: "site.vanguard-post.count", scope: { type: "region", id: "p" }, asOf: "2022", value: "60个" },
  ],
});
const report = reporting.buildReport(core.indexDataset(dataset), { scope: { type: "region", id: "p" }, period: { kind: "year", year: 2022 } });
reporting.render(report, "html").then((html) => {
  assert.match(html, /<svg/);
  console.log(`require: reporting ok (${html.length} characters of HTML)`);
});

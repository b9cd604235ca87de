// ESM smoke run: `import` loads the built dist/index.js (no source condition), and it works.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as core from "@dangjian/core";

assert.match(import.meta.resolve("@dangjian/core"), /\/dist\/index\.js$/);
assert.equal(core.isCalendarDate("2024-02-29"), true);
assert.equal(core.isCalendarDate("2023-02-29"), false);
assert.equal(core.localize({ "zh-CN": "党支部", en: "Party branch" }, "en"), "Party branch");

// Dual-package hazard: an error made by the CommonJS copy is still a DangjianError to the ESM copy.
const cjs = createRequire(import.meta.url)("@dangjian/core");
assert.notEqual(cjs.DangjianError, core.DangjianError);
const fromCjs = new cjs.DangjianError("invalid_argument", "from the CommonJS copy");
assert.ok(fromCjs instanceof core.DangjianError);
assert.ok(core.isDangjianError(fromCjs));

console.log(`import: ok (${Object.keys(core).length} exports)`);

// A report from a tiny dataset, rendered as HTML (vega is loaded on demand) and as XLSX (exceljs).
const { buildReport, render } = await import("@dangjian/reporting");
assert.match(import.meta.resolve("@dangjian/reporting"), /\/dist\/index\.js$/);
const dataset = core.parseDataset({
  formatVersion: "1.0",
  regions: [{ id: "p", name: "某省", level: "province" }, { id: "c", name: "甲县", level: "county", parentId: "p" }],
  observations: [
    { id: "o1", indicator: "site.vanguard-post.count", scope: { type: "region", id: "c" }, asOf: "2022", value: "52个" },
    { id: "o2", indicator: "site.vanguard-post.count", scope: { type: "region", id: "p" }, asOf: "2022", value: "60个" },
  ],
}).dataset;
const report = buildReport(core.indexDataset(dataset), { scope: { type: "region", id: "p" }, period: { kind: "year", year: 2022 } });
const html = await render(report, "html");
assert.match(html, /甲县各级党组织设定党员先锋岗52个/);
assert.match(html, /<svg/);
const xlsx = await render(report, "xlsx");
assert.equal(Buffer.from(xlsx.subarray(0, 2)).toString(), "PK");
console.log(`import: reporting ok (${html.length} characters of HTML)`);

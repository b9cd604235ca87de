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

#!/usr/bin/env node
import { parseArgs } from "node:util";
import { loadDataset, summarize } from "./summary.js";

const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
const { values } = parseArgs({
  args,
  options: { locale: { type: "string", default: "zh-CN" }, dataset: { type: "string" } },
});
if (values.locale !== "zh-CN" && values.locale !== "en") {
  console.error(`--locale must be zh-CN or en, not ${values.locale}`);
  process.exit(2);
}
const file = values.dataset ?? new URL("../data/haibei.dataset.json", import.meta.url);
const result = await loadDataset(file, values.locale);
console.log(summarize(result, values.locale).join("\n"));
process.exitCode = result.ok ? 0 : 1;

#!/usr/bin/env node
// `pnpm bench`: validation throughput of the exchange document against a hand-written baseline measured
// in the same run on the same data. Plain Node ESM on the BUILT package (packages/core/dist); run with
// --expose-gc so every measurement starts from a collected heap.
//
//   node --expose-gc bench/run.js            100,000 organizations, 1,000,000 people + 1,000,000 memberships
//   BENCH_SCALE=0.1 node --expose-gc bench/run.js    a tenth of that, for a quick look
//   BENCH_RUNS=5 …                           measured runs per row (median reported; one warm-up run before)
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { z } from "zod";
import { generateDataset } from "./generate.js";
import { handCheckCollection, handCheckReferences, handCheckShape } from "./hand-validator.js";
import { median } from "./median.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "packages/core/dist/index.js");
const schemaFile = path.join(root, "packages/core/schema/dataset.schema.json");
for (const [file, hint] of [
  [dist, "build it: pnpm --filter @dangjian/core build"],
  [schemaFile, "generate it: pnpm --filter @dangjian/core schema"],
]) {
  if (!existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: ${hint}`);
    process.exit(1);
  }
}
const core = await import(pathToFileURL(dist).href);
const { parseDataset, recordSchema, isRecordSchemaCompiled, RECORD_SCHEMAS } = core;

if (typeof globalThis.gc !== "function") {
  console.error("run with node --expose-gc (pnpm bench does)");
  process.exit(1);
}
const gc = globalThis.gc;
const scale = Number(process.env.BENCH_SCALE ?? "1");
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? "3"));
const COLLECTIONS = ["regions", "organizations", "people", "memberships"];

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// ---- data ----
let started = performance.now();
const { document, records, counts } = generateDataset({
  organizations: Math.round(100_000 * scale),
  people: Math.round(1_000_000 * scale),
});
const generatedIn = performance.now() - started;
gc();
const heapWithData = process.memoryUsage().heapUsed;
console.log(
  `data: ${Object.entries(counts).map(([name, n]) => `${n.toLocaleString("en")} ${name}`).join(", ")}` +
    ` = ${records.toLocaleString("en")} records (one membership per person), generated in ${(generatedIn / 1000).toFixed(1)} s, heap ${mb(heapWithData)}`,
);

// ---- sanity: every contender accepts the generated data, and the baseline is not vacuous ----
{
  const zodDate = z.regexes.date.source;
  const handSource = readFileSync(path.join(root, "bench/hand-validator.js"), "utf8");
  if (!handSource.includes(zodDate)) throw new Error("bench/hand-validator.js no longer uses zod's date expression");
  const problems = [];
  const parsed = handCheckShape(document, problems);
  handCheckReferences(parsed, problems);
  if (problems.length > 0) throw new Error(`hand-written validator rejects the data: ${problems.slice(0, 3).join("; ")}`);
  const broken = [
    { ...document.organizations[5], kind: "cell" },
    { ...document.organizations[5], establishedOn: "2023-02-30" },
    { ...document.organizations[5], id: " org" },
    { ...document.organizations[5], name: "" },
    { ...document.organizations[5], hasCommittee: "yes" },
  ];
  for (const record of broken) {
    const found = [];
    handCheckCollection("organizations", [record], found);
    const zodOk = recordSchema("organizations").safeParse(record).success;
    if (found.length === 0 || zodOk) throw new Error(`contenders disagree on ${JSON.stringify(record)}`);
  }
}

const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  formats: { date: true, uri: (text) => URL.canParse(text.trim()) },
});
const validateDocument = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

// ---- contenders ----

// Validates every record of the document with the schema given for its collection, as parseDataset's shape pass does.
function validateShapeWith(schemaOf) {
  let failures = 0;
  const out = [];
  for (const name of COLLECTIONS) {
    const schema = schemaOf(name);
    for (const record of document[name]) {
      const result = schema.safeParse(record);
      if (result.success) out.push(result.data);
      else failures += 1;
    }
  }
  if (failures > 0) throw new Error(`${failures} records rejected`);
  return out;
}

const contenders = [
  {
    key: "hand-shape",
    label: "(a) hand-written shape (check + parsed copy)",
    run() {
      const problems = [];
      return [handCheckShape(document, problems), problems.length];
    },
  },
  {
    key: "zod-shape",
    label: "(b) recordSchema(name).safeParse per record",
    baseline: "hand-shape",
    target: 1.5,
    run: () => validateShapeWith(recordSchema),
  },
  {
    key: "zod-interpreted",
    label: "    same, interpreted (RECORD_SCHEMAS[name], no z.compile)",
    baseline: "hand-shape",
    run: () => validateShapeWith((name) => RECORD_SCHEMAS[name]),
  },
  {
    key: "ajv",
    label: "(d) Ajv 2020, committed schema, whole document",
    baseline: "hand-shape",
    run() {
      if (!validateDocument(document)) throw new Error(ajv.errorsText(validateDocument.errors));
      return true;
    },
  },
  {
    key: "hand-full",
    label: "(a+) hand-written shape + references (Maps)",
    run() {
      const problems = [];
      const parsed = handCheckShape(document, problems);
      handCheckReferences(parsed, problems);
      return [parsed, problems.length];
    },
  },
  {
    key: "parse-dataset",
    label: "(c) parseDataset (shape + integrity)",
    baseline: "hand-full",
    target: 2.5,
    run() {
      const result = parseDataset(document);
      if (!result.ok) throw new Error(`parseDataset: ${result.issues.slice(0, 3).map((issue) => `${issue.code} ${issue.path}`).join("; ")}`);
      return result;
    },
  },
];

// ---- measure ----
// Rounds outside, contenders inside: on a shared machine, a slow spell then hits every contender of the
// round alike, and each ratio is taken within one round (the median of the per-round ratios is reported).
const results = new Map(contenders.map((contender) => [contender.key, { ...contender, times: [], retained: 0 }]));
for (let round = 0; round <= runs; round++) {
  for (const contender of contenders) {
    const result = results.get(contender.key);
    gc();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    let value = contender.run();
    const ms = performance.now() - start;
    gc();
    result.retained = Math.max(result.retained, process.memoryUsage().heapUsed - before);
    value = undefined;
    void value;
    if (round > 0) result.times.push(ms);
  }
  process.stdout.write(round === 0 ? "  warm-up round done\n" : `  round ${round} of ${runs} done\n`);
}
for (const result of results.values()) {
  result.ms = median(result.times);
  const base = result.baseline ? results.get(result.baseline) : undefined;
  if (base) result.ratio = median(result.times.map((ms, round) => ms / base.times[round]));
  console.log(`  ${result.label.trim()}: ${result.times.map((t) => t.toFixed(0)).join(", ")} ms`);
}

// ---- report ----
const rows = [];
for (const result of results.values()) {
  const ratio = result.ratio;
  rows.push([
    result.label,
    `${(result.ms / 1000).toFixed(2)} s`,
    `${Math.round(records / (result.ms / 1000)).toLocaleString("en")}`,
    ratio === undefined ? "baseline" : `${ratio.toFixed(2)}x`,
    result.target === undefined || ratio === undefined ? "" : `≤ ${result.target}x ${ratio <= result.target ? "met" : "NOT MET"}`,
    mb(result.retained),
  ]);
}
const header = ["contender", "median", "records/s", "time vs baseline", "target", "result heap"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
console.log(
  `\nmedian of ${runs} round(s) after one warm-up round; ratio = contender time / baseline time in the same round, ` +
    "median over rounds (1.31x = 1.31 times the baseline's time)",
);
console.log("(b) and (d) are compared with (a); (c) with (a+)");
console.log(line(header));
console.log(widths.map((width) => "-".repeat(width)).join("  "));
for (const row of rows) console.log(line(row));
const compiled = COLLECTIONS.map((name) => `${name} ${isRecordSchemaCompiled(name) ? "compiled" : "INTERPRETED"}`).join(", ");
console.log(`\nrecord schemas: ${compiled}`);
console.log(
  `memory: heap with the generated data ${mb(heapWithData)}; peak RSS of the run ${mb(process.resourceUsage().maxRSS * 1024)}; ` +
    `"result heap" = what the result keeps alive after a collection`,
);
const missed = [...results.values()].filter((result) => result.target !== undefined && result.ratio > result.target);
if (missed.length > 0) console.log(`targets not met: ${missed.map((result) => result.key).join(", ")}`);

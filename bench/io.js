#!/usr/bin/env node
// `pnpm bench` (after bench/tree.js): the cost of @dangjian/io's streaming NDJSON validation, each figure against
// a baseline measured in the same run on the same file. Plain Node ESM on the BUILT package (packages/io/dist).
//
//   1. ingest: 1,000,000 member lines from disk (organizations first, then each member as a person line and a
//      membership line, one pass), validateNdjson against reading the same file in the same chunks, splitting
//      lines and JSON.parse alone. Target: at least 0.85x of the JSON.parse-only throughput.
//   2. memory: 10,000,000 member lines validated in a child process (a fresh peak RSS); target under 500 MB.
//
//   node --expose-gc bench/io.js
//   BENCH_INGEST_LINES=200000 …   member lines of case 1 (1,000,000 by default)
//   BENCH_NDJSON_LINES=1000000 …  member lines of case 2 (10,000,000 by default; 0 skips it)
//   BENCH_RUNS=5 …                measured rounds of case 1 (median reported; one warm-up round before)
// The files are written to the system temporary folder once and reused by later runs (BENCH_IO_KEEP=0 deletes
// them at the end). Exits non-zero when a sanity check fails or a case crashes, never on a missed target.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./median.js";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "..");
const dist = path.join(root, "packages/io/dist/index.js");
if (!existsSync(dist)) {
  console.error("packages/io/dist is missing: build it with pnpm --filter @dangjian/io build");
  process.exit(1);
}
const io = await import(pathToFileURL(dist).href);
const { validateNdjson, formatNdjsonRecord } = io;

const CHILD_FLAG = "--memory-child";
// both contenders read the same 1 MB chunks (larger than Node's default 64 KB: fewer turns of the event loop)
const CHUNK = 1 << 20;
const WRITE_CHUNK = 1 << 20;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const count = (n) => Math.round(n).toLocaleString("en");
const folder = path.join(os.tmpdir(), "dangjian-bench-io");

// ---------------------------------------------------------------------------------------------------------------
// the file: a meta line, organizations (one committee per 20 branches, one branch per 100 members), then per
// member a person line and a membership line; ids zero-padded, names and dates varied, everything valid
const pad = (n, width) => String(n).padStart(width, "0");
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"];
const ETHNICITIES = ["汉族", "回族", "藏族", "土族", "撒拉族", "蒙古族"];

function day(seed, from, to) {
  const year = from + (seed % (to - from + 1));
  const month = 1 + ((seed >>> 3) % 12);
  const date = 1 + ((seed >>> 7) % 28);
  return `${year}-${pad(month, 2)}-${pad(date, 2)}`;
}

async function writeMembersFile(members) {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `members-${members}.ndjson`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let buffer = "";
  const flush = async (force) => {
    if (buffer.length < WRITE_CHUNK && !force) return;
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  const branches = Math.max(1, Math.ceil(members / 100));
  const committees = Math.max(1, Math.ceil(branches / 20));
  buffer += JSON.stringify({ type: "meta", formatVersion: "1.0", id: "bench-members", title: "基准测试：党员" }) + "\n";
  for (let c = 0; c < committees; c++) {
    buffer += formatNdjsonRecord("organizations", { id: `c-${pad(c, 6)}`, name: `第${c}基层党委`, kind: "primary-committee", sector: "village", establishedOn: "1950-01-01" }) + "\n";
  }
  for (let b = 0; b < branches; b++) {
    buffer += formatNdjsonRecord("organizations", { id: `b-${pad(b, 7)}`, name: `第${b}党支部`, kind: "branch", sector: "village", parentId: `c-${pad(b % committees, 6)}`, establishedOn: "1960-06-01" }) + "\n";
    await flush(false);
  }
  let seed = 12345;
  for (let i = 0; i < members; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const id = pad(i, 8);
    const joined = day(seed, 1970, 2023);
    const person = { id: `p-${id}`, name: SURNAMES[seed % 16] + GIVEN[(seed >>> 4) % 16] + (seed & 1 ? GIVEN[(seed >>> 8) % 16] : ""), sex: seed & 2 ? "male" : "female", ethnicity: ETHNICITIES[(seed >>> 12) % 6], birthDate: day(seed >>> 5, 1930, 1990), joinedPartyOn: joined };
    buffer += formatNdjsonRecord("people", person) + "\n";
    buffer += formatNdjsonRecord("memberships", { id: `m-${id}`, personId: person.id, organizationId: `b-${pad(seed % branches, 7)}`, status: seed % 20 === 0 ? "probationary" : "full", from: joined }) + "\n";
    await flush(false);
  }
  await flush(true);
  out.end();
  await once(out, "finish");
  renameSync(partial, file);
  return file;
}

// ---------------------------------------------------------------------------------------------------------------
// the baseline: the same file in the same chunks, decoded, split at line breaks and JSON.parse'd, nothing else
async function parseOnly(file) {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let records = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    const text = pending + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      const value = JSON.parse(text.slice(start, newline));
      if (value.type !== "meta") records++;
      start = newline + 1;
    }
    pending = text.slice(start);
  }
  if (pending.trim() !== "") records++;
  return records;
}

async function validate(file, onIssue) {
  return validateNdjson(createReadStream(file, { highWaterMark: CHUNK }), { file, ...(onIssue ? { onIssue } : {}) });
}

// ---------------------------------------------------------------------------------------------------------------
if (process.argv.includes(CHILD_FLAG)) {
  // the memory run: validate, then print the summary and the peak RSS of this process alone
  const file = process.argv[process.argv.indexOf(CHILD_FLAG) + 1];
  const started = performance.now();
  let firstIssue;
  const summary = await validate(file, (issue) => (firstIssue ??= issue));
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, lines: summary.lines, counts: summary.counts, severities: summary.severities, ok: summary.ok, firstIssue: firstIssue?.text }),
  );
  process.exit(0);
}

if (typeof globalThis.gc !== "function") {
  console.error("run with node --expose-gc (pnpm bench does)");
  process.exit(1);
}
const gc = globalThis.gc;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? "3"));
const ingestMembers = Math.max(1, Number(process.env.BENCH_INGEST_LINES ?? "1000000"));
const memoryMembers = Math.max(0, Number(process.env.BENCH_NDJSON_LINES ?? "10000000"));
const failures = [];
const missed = [];

console.log(`\n@dangjian/io: streaming NDJSON validation (${os.cpus().length} cores, Node ${process.version})`);

// case 1 ---------------------------------------------------------------------------------------------------------
{
  let started = performance.now();
  const file = await writeMembersFile(ingestMembers);
  const bytes = statSync(file).size;
  console.log(`\n1. ingest of ${count(ingestMembers)} member lines (plus a person line each and the organizations): ${path.basename(file)}, ${mb(bytes)}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const times = { parse: [], validate: [] };
  // CPU time of this process too: the machine may be shared, and CPU time is less disturbed by other work
  const cpu = { parse: [], validate: [] };
  let records = 0;
  let summary;
  for (let round = 0; round <= runs; round++) {
    // alternate which contender runs first, so neither always gets the warmer page cache
    const order = round % 2 === 0 ? ["parse", "validate"] : ["validate", "parse"];
    for (const key of order) {
      gc();
      started = performance.now();
      const cpuStarted = process.cpuUsage();
      if (key === "parse") records = await parseOnly(file);
      else summary = await validate(file);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      if (round > 0) {
        times[key].push(ms);
        cpu[key].push((used.user + used.system) / 1000);
      }
    }
  }
  if (!summary.ok || summary.records !== records) {
    failures.push(`case 1: validation disagrees with the file (ok ${summary.ok}, ${summary.records} records vs ${records} lines)`);
  }
  const parseMs = median(times.parse);
  const validateMs = median(times.validate);
  // throughput ratio: how much of JSON.parse-only's lines/s the validation keeps
  const ratio = median(times.parse.map((ms, round) => ms / times.validate[round]));
  const cpuRatio = median(cpu.parse.map((ms, round) => ms / cpu.validate[round]));
  const target = 0.85;
  const rows = [
    ["contender", "median", "lines/s", "throughput vs baseline", "target"],
    ["read + split + JSON.parse (baseline)", `${parseMs.toFixed(0)} ms`, count(((records + 1) / parseMs) * 1000), "baseline", ""],
    ["validateNdjson (shape, unknown fields, ids, references)", `${validateMs.toFixed(0)} ms`, count((summary.lines / validateMs) * 1000), `${ratio.toFixed(2)}x`, `≥ ${target}x ${ratio >= target ? "met" : "NOT MET"}`],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [index, row] of rows.entries()) {
    console.log("  " + row.map((cell, column) => cell.padEnd(widths[column])).join("  "));
    if (index === 0) console.log("  " + widths.map((width) => "-".repeat(width)).join("  "));
  }
  console.log(`  rounds (ms): baseline ${times.parse.map((t) => t.toFixed(0)).join(", ")}; validation ${times.validate.map((t) => t.toFixed(0)).join(", ")}`);
  console.log(`  CPU time (ms): baseline ${cpu.parse.map((t) => t.toFixed(0)).join(", ")}; validation ${cpu.validate.map((t) => t.toFixed(0)).join(", ")}; throughput by CPU time ${cpuRatio.toFixed(2)}x`);
  console.log(`  ${count(summary.lines)} lines, ${Object.entries(summary.counts).map(([name, n]) => `${count(n)} ${name}`).join(", ")}; ${summary.severities.error} errors`);
  if (ratio < target) missed.push(`ingest throughput ${ratio.toFixed(2)}x < ${target}x`);
}

// case 2 ---------------------------------------------------------------------------------------------------------
if (memoryMembers > 0) {
  let started = performance.now();
  const file = await writeMembersFile(memoryMembers);
  const bytes = statSync(file).size;
  console.log(`\n2. memory: ${count(memoryMembers)} member lines in a child process: ${path.basename(file)}, ${(bytes / 1024 ** 3).toFixed(2)} GB, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const child = spawnSync(process.execPath, ["--expose-gc", here, CHILD_FLAG, file], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) {
    failures.push(`case 2: the child process failed (${child.status ?? child.signal}): ${child.stderr.slice(-2000)}`);
  } else {
    const result = JSON.parse(child.stdout);
    const target = 500 * 1024 * 1024;
    console.log(`  validated ${count(result.lines)} lines in ${(result.ms / 1000).toFixed(1)} s (${count((result.lines / result.ms) * 1000)} lines/s): ${Object.entries(result.counts).map(([name, n]) => `${count(n)} ${name}`).join(", ")}; ${result.severities.error} errors`);
    console.log(`  peak RSS ${mb(result.peakRss)} (target < ${mb(target)}: ${result.peakRss < target ? "met" : "NOT MET"}); the file is ${(bytes / result.peakRss).toFixed(1)}x the peak`);
    if (!result.ok) failures.push(`case 2: validation found errors: ${result.firstIssue}`);
    if (result.peakRss >= target) missed.push(`memory ${mb(result.peakRss)} ≥ 500 MB`);
  }
}

if (process.env.BENCH_IO_KEEP === "0") rmSync(folder, { recursive: true, force: true });
console.log(`\npeak RSS of the main process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (missed.length > 0) console.log(`targets missed: ${missed.join("; ")}`);
if (failures.length > 0) {
  for (const failure of failures) console.log(`FAILED: ${failure}`);
  process.exit(1);
}

#!/usr/bin/env node
// `pnpm test`: every test and gate of the repository, in one run, ending with "N passed, N failed".
//
// Suites counted: the build, the typecheck, every vitest test file once per time zone, each
// published package's check:package (publint + attw), the API docs gate, and each example's
// `check` script. Every step runs even when an earlier one failed, so one run shows everything.
// Output of a step is printed in full only when it fails; `--verbose` streams everything.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose") || process.env.TEST_ALL_VERBOSE === "1";
const color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== "dumb";
// Calendar dates must not shift with the process zone: UTC, east of it (+8) and west of it (-8/-7, DST).
const TIME_ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles"];

const paint = (code) => (text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint("1");
const red = paint("31");
const green = paint("32");
const dim = paint("2");

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", DO_NOT_TRACK: "1" };
if (!color) {
  delete env.FORCE_COLOR;
  env.NO_COLOR = "1";
}

/** @type {{ name: string, ok: boolean }[]} */
const suites = [];
const tmp = mkdtempSync(path.join(tmpdir(), "dangjian-test-"));

function bin(name) {
  return path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function heading(title) {
  console.log(`\n${bold(`==> ${title}`)}`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Runs a command; returns its exit code and its interleaved stdout and stderr. */
function run(command, args, { cwd = root, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks = [];
    const child = spawn(command, args, {
      cwd,
      env: { ...env, ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const collect = (stream) => (chunk) => {
      chunks.push(chunk);
      if (verbose) stream.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("error", (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code, signal) => {
      const output = Buffer.concat(chunks).toString("utf8");
      resolve({ code: code ?? 1, signal, output, ms: Date.now() - started });
    });
  });
}

function printFailure(result) {
  // Some tools colour regardless of NO_COLOR (typedoc's TypeScript diagnostics).
  const output = color ? result.output : result.output.replace(/\u001b\[[0-9;]*m/g, "");
  if (!verbose && output.trim()) console.log(output.trimEnd());
  const why = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  console.log(red(`  (${why})`));
}

/** One suite from one command: passes when the command exits 0. */
async function gate(name, command, args, options) {
  const result = await run(command, args, options);
  const ok = result.code === 0;
  suites.push({ name, ok });
  console.log(`  ${ok ? green("ok  ") : red("FAIL")} ${name} ${dim(`(${seconds(result.ms)})`)}`);
  if (!ok) printFailure(result);
  return ok;
}

/** A suite that cannot mean anything now (it needs the build): failed, without running it. */
function notRun(name, reason) {
  suites.push({ name, ok: false });
  console.log(`  ${red("FAIL")} ${name} ${dim(`(not run: ${reason})`)}`);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Workspaces under `folder` (packages or examples) with their package.json. */
function workspaces(folder) {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "package.json")))
    .map((entry) => ({ dir: path.join(dir, entry.name), pkg: readJson(path.join(dir, entry.name, "package.json")) }))
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
}

const turbo = (task, ...flags) => [
  "run",
  task,
  "--output-logs=errors-only",
  "--log-order=grouped",
  "--continue=dependencies-successful",
  ...flags,
];

const failuresShown = new Map();

/** Runs vitest once under one time zone; each test file is one suite. Returns file → test → status. */
async function vitestIn(timeZone) {
  const report = path.join(tmp, `vitest-${timeZone.replace(/\W/g, "_")}.json`);
  const result = await run(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { extraEnv: { TZ: timeZone } },
  );
  const label = `TZ=${timeZone}`;
  const statuses = new Map();
  if (!existsSync(report)) {
    suites.push({ name: `vitest ${label}: no report`, ok: false });
    console.log(`  ${red("FAIL")} ${label}: vitest wrote no report ${dim(`(${seconds(result.ms)})`)}`);
    printFailure(result);
    return statuses;
  }
  const json = readJson(report);
  let passed = 0;
  let failed = 0;
  for (const file of json.testResults) {
    const name = path.relative(root, file.name);
    const ok = file.status === "passed";
    suites.push({ name: `${name} (${label})`, ok });
    if (ok) passed += 1;
    else failed += 1;
    statuses.set(name, new Map(file.assertionResults.map((test) => [test.fullName, test.status])));
  }
  // A run can fail outside any file (no test files, an unhandled error, a broken config).
  const runFailedElsewhere = result.code !== 0 && failed === 0;
  if (runFailedElsewhere) suites.push({ name: `vitest ${label}: exit code ${result.code}`, ok: false });
  const ok = result.code === 0 && failed === 0;
  const tests = `${json.numPassedTests} of ${json.numTotalTests} tests passed`;
  console.log(
    `  ${ok ? green("ok  ") : red("FAIL")} ${label.padEnd(24)} ${passed} files passed, ${failed} failed; ${tests} ${dim(`(${seconds(result.ms)})`)}`,
  );
  if (!ok) {
    // The same failures in another zone are only named: the full output is already above.
    const outcome = (file) => [file.name, file.message, file.assertionResults.map((test) => [test.fullName, test.status])];
    const signature = JSON.stringify([result.code, json.testResults.map(outcome)]);
    const shownIn = failuresShown.get(signature);
    if (shownIn) console.log(red(`  (the same failures as ${shownIn}, shown above)`));
    else {
      failuresShown.set(signature, label);
      printFailure(result);
    }
  }
  return statuses;
}

/** Prints tests whose outcome depends on the time zone (they also fail their file's suite somewhere). */
function compareTimeZones(runs) {
  const differences = [];
  const files = new Set(runs.flatMap((statuses) => [...statuses.keys()]));
  for (const file of files) {
    const tests = new Set(runs.flatMap((statuses) => [...(statuses.get(file)?.keys() ?? [])]));
    for (const test of tests) {
      const seen = runs.map((statuses) => statuses.get(file)?.get(test) ?? "missing");
      if (seen.some((status) => status !== seen[0])) differences.push({ file, test, seen });
    }
  }
  if (differences.length === 0) {
    console.log(dim("  same results in every time zone"));
    return;
  }
  console.log(red("  results differ by time zone:"));
  for (const { file, test, seen } of differences) {
    const byZone = TIME_ZONES.map((zone, index) => `${zone}=${seen[index]}`).join(", ");
    console.log(red(`    ${file} > ${test}: ${byZone}`));
  }
}

async function main() {
  heading("build (turbo run build)");
  const built = await gate("build", bin("turbo"), turbo("build"));

  // Packages typecheck against their siblings' sources (@dangjian/source), so the build is not needed.
  heading("typecheck (turbo run typecheck)");
  await gate("typecheck", bin("turbo"), turbo("typecheck", "--only"));

  heading(`unit tests (vitest run) under ${TIME_ZONES.map((zone) => `TZ=${zone}`).join(", ")}`);
  const runs = [];
  for (const timeZone of TIME_ZONES) runs.push(await vitestIn(timeZone));
  compareTimeZones(runs);

  heading("package checks (turbo run check:package: publint --strict, attw --pack)");
  const published = workspaces("packages").filter(({ pkg }) => !pkg.private && pkg.scripts?.["check:package"]);
  if (published.length === 0) console.log(dim("  no package has a check:package script"));
  for (const { pkg } of published) {
    const name = `check:package ${pkg.name}`;
    if (built) await gate(name, bin("turbo"), turbo("check:package", `--filter=${pkg.name}`));
    else notRun(name, "the build failed");
  }

  heading("API docs (pnpm run docs: typedoc, every export documented)");
  await gate("docs", "pnpm", ["run", "docs"]);

  heading("examples (pnpm run check in each example that has one)");
  const examples = workspaces("examples").filter(({ pkg }) => pkg.scripts?.check);
  if (examples.length === 0) console.log(dim("  no example has a check script"));
  for (const { dir, pkg } of examples) {
    const name = `${pkg.name} check`;
    if (built) await gate(name, "pnpm", ["run", "check"], { cwd: dir });
    else notRun(name, "the build failed");
  }
}

const started = Date.now();
try {
  await main();
} catch (error) {
  console.error(error);
  suites.push({ name: "scripts/test-all.js itself", ok: false });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const failed = suites.filter((suite) => !suite.ok);
const passed = suites.length - failed.length;
heading(`summary (${seconds(Date.now() - started)})`);
for (const suite of failed) console.log(red(`  failed: ${suite.name}`));
if (failed.length === 0) console.log(green(`  all ${passed} suites passed`));
console.log(`${passed} passed, ${failed.length} failed`);
process.exitCode = failed.length === 0 && passed > 0 ? 0 : 1;

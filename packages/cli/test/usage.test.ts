import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI_VERSION, createProgress } from "../src/index.js";
import { fixture, run } from "./support/run.js";

const COMMANDS = ["validate", "report", "check", "plan", "convert", "schema", "template", "quantity"];
const NO_STACK = /^\s+at /m;
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string };

describe("help and version", () => {
  it.each(COMMANDS)("%s --help exits 0 and describes the command in both languages", async (command) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: dangjian ${command}`);
    expect(result.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it("--help lists every command", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command);
  });

  it("--version prints the package's version", async () => {
    const result = await run(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
    expect(CLI_VERSION).toBe(version);
  });
});

describe("usage errors exit 2", () => {
  it.each([
    ["no command", []],
    ["an unknown command", ["validat"]],
    ["an unknown option", ["validate", "--bogus", "small.dataset.json"]],
    ["a missing argument", ["validate"]],
    ["a value outside the choices", ["validate", "small.dataset.json", "--locale", "fr"]],
    ["an extra argument", ["schema", "extra"]],
  ])("%s", async (_title, argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toBe("");
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it("suggests the command meant", async () => {
    expect((await run(["validat"])).stderr).toContain("validate");
  });
});

describe("never a stack trace", () => {
  it.each([
    ["validate", "nowhere.json"],
    ["validate", "empty.json"],
    ["validate", "binary.json"],
    ["validate", "truncated.xlsx"],
    ["check", "nowhere.json"],
    ["report", "small.dataset.json", "--scope", "region:nowhere", "--as-of", "2024-06-30"],
    ["report", "small.dataset.json", "--spec", "nowhere.json"],
    ["convert", "small.dataset.json", "/dev/null/cannot/out.json"],
    ["plan", "empty.json", "--kind", "dispatch", "--as-of", "2024-06-30"],
    ["quantity", ""],
  ])("%s %s", async (...argv) => {
    const result = await run(argv);
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(result.stdout).not.toMatch(NO_STACK);
    expect([0, 1, 2]).toContain(result.code);
  });
});

describe("progress bar", () => {
  it("is silent when stderr is not a terminal", () => {
    const written: string[] = [];
    const progress = createProgress({ write: (chunk) => written.push(String(chunk)) }, false, "members.ndjson");
    progress.update(5, 10);
    progress.finish();
    expect(written).toEqual([]);
  });

  it("draws in place on a terminal and clears its line at the end", () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgress({ write: (chunk) => written.push(String(chunk)) }, true, "members.ndjson", () => (clock += 1000));
    progress.update(5, 10);
    progress.update(20);
    progress.finish();
    expect(written[0]).toMatch(/^\rmembers\.ndjson \[#+-+\] 50%$/);
    expect(written[1]).toBe("\rmembers.ndjson 20");
    expect(written[2]).toBe("\r\u001b[2K");
  });
});

describe("the built executable", () => {
  // proves the shebang and the ESM build: run `pnpm --filter @dangjian/cli build` first
  const bin = path.join(packageRoot, "dist", "bin.js");

  it("starts with a shebang and runs under node", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const ok = spawnSync(process.execPath, [bin, "validate", fixture("small.dataset.json"), "--locale", "en"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("valid; 15 valid records");
  });

  it("exits 1 for invalid data and 2 for a missing file, in one line", () => {
    expect(spawnSync(process.execPath, [bin, "validate", fixture("invalid.dataset.json")], { encoding: "utf8" }).status).toBe(1);
    const missing = spawnSync(process.execPath, [bin, "validate", "nowhere.json"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});

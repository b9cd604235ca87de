import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";

const NO_STACK = /^\s+at /m;

describe("validate", () => {
  it("passes a valid JSON document: exit 0 and a summary", async () => {
    const result = await run(["validate", "small.dataset.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("small.dataset.json (utf-8): 通过; 15 条有效记录; 0 个错误");
    expect(result.stderr).toBe("");
  });

  it("names every issue of invalid data with its file and JSON pointer, in zh-CN by default: exit 1", async () => {
    const result = await run(["validate", "invalid.dataset.json"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines.find((line) => line.includes("/people/0/birthDate"))).toMatch(/^invalid\.dataset\.json:7 \/people\/0\/birthDate: 错误 \[shape\.invalid_format\] /);
    expect(lines.find((line) => line.includes("/memberships/0/organizationId"))).toContain("错误 [reference.missing]");
    expect(result.stdout).toContain("未通过");
  });

  it("speaks English with --locale en", async () => {
    const result = await run(["validate", "invalid.dataset.json", "--locale", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("error [shape.invalid_format]");
    expect(result.stdout).toContain("not a real date");
    expect(result.stdout).toContain("invalid; 2 valid records; 2 errors, 0 warnings, 0 infos");
  });

  it("prints one JSON object with --format json: files, issues with every field, counts", async () => {
    const result = await run(["validate", "invalid.dataset.json", "small.dataset.json", "--format", "json", "--locale", "en"]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as {
      ok: boolean;
      datasets: { files: { file: string; format: string }[]; records: number }[];
      counts: Record<string, number>;
      issues: { code: string; severity: string; path: string; message: Record<string, string>; text: string; params: object; location: { file: string } }[];
    };
    expect(output.ok).toBe(false);
    expect(output.datasets.map((d) => d.files[0]?.file)).toEqual(["invalid.dataset.json", "small.dataset.json"]);
    expect(output.counts).toEqual({ error: 2, warning: 0, info: 0 });
    const date = output.issues.find((issue) => issue.path === "/people/0/birthDate");
    expect(date).toMatchObject({ code: "shape.invalid_format", severity: "error", location: { file: "invalid.dataset.json" } });
    expect(date?.message["zh-CN"]).toBeTruthy();
    expect(date?.text).toBe(date?.message.en);
  });

  it("lets warnings pass, and fail with --fail-on warning", async () => {
    const pass = await run(["validate", "warning.dataset.json"]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain("警告 [dataset.unknown_field]");
    const fail = await run(["validate", "warning.dataset.json", "--fail-on", "warning"]);
    expect(fail.code).toBe(1);
  });

  it("gives an issue, not a crash, for an empty file and a binary file", async () => {
    const empty = await run(["validate", "empty.json", "--format", "json"]);
    expect(empty.code).toBe(1);
    expect((JSON.parse(empty.stdout) as { issues: { location: { file: string } }[] }).issues[0]?.location.file).toBe("empty.json");
    const binary = await run(["validate", "binary.json"]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).not.toMatch(NO_STACK);
  });

  it("gives an issue for a truncated XLSX", async () => {
    const result = await run(["validate", "truncated.xlsx", "--locale", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("truncated.xlsx");
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it("exits 2 with one line for a missing file", async () => {
    const result = await run(["validate", "small.dataset.json", "nowhere.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual(["dangjian: nowhere.json: no such file or folder / 文件不存在"]);
    expect(result.stdout).toBe("");
  });

  it("exits 2 for a file type it does not know", async () => {
    const result = await run(["validate", "../support/run.ts"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown file type");
  });

  it("reads a folder of CSV files as one dataset and locates a bad cell by file, row and column", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dangjian-cli-"));
    const folder = path.join(dir, "export");
    await mkdir(folder);
    await writeFile(path.join(folder, "organizations.csv"), "\uFEFFid,name,kind\r\norg-branch,某党支部,branch\r\n");
    await writeFile(path.join(folder, "people.csv"), "id,name,birthDate\r\np-1,张三,1980-05-04\r\np-2,李四,2023-02-30\r\n");
    const result = await run(["validate", "export", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as { datasets: { files: { file: string }[]; records: number }[]; issues: { path: string; location: Record<string, unknown> }[] };
    expect(output.datasets).toHaveLength(1);
    expect(output.datasets[0]?.records).toBe(2);
    const issue = output.issues.find((found) => found.path === "/people/1/birthDate");
    expect(issue?.location).toMatchObject({ file: path.join("export", "people.csv"), row: 3 });
    expect(issue?.location["column"]).toBeDefined();
    const text = await run(["validate", "export"], { cwd: dir });
    expect(text.stdout).toMatch(/export\/people\.csv .*第 3 行.*\/people\/1\/birthDate: 错误/);
  });
});

describe("colour", () => {
  it("colours issues on a terminal", async () => {
    const result = await run(["validate", "invalid.dataset.json"], { isTTY: true });
    expect(result.stdout).toContain("\u001b[31m");
  });

  it.each([
    ["NO_COLOR set", { NO_COLOR: "1" }],
    ["NO_COLOR empty", { NO_COLOR: "" }],
    ["FORCE_COLOR=0", { FORCE_COLOR: "0" }],
  ])("never colours with %s", async (_title, env) => {
    const result = await run(["validate", "invalid.dataset.json"], { isTTY: true, env });
    expect(result.stdout).not.toContain("\u001b[");
    expect(result.stderr).not.toContain("\u001b[");
  });

  it("never colours when not on a terminal", async () => {
    const result = await run(["validate", "invalid.dataset.json", "nowhere.json"]);
    expect(result.stdout + result.stderr).not.toContain("\u001b[");
  });
});

describe("validate NDJSON", () => {
  it("streams a valid file: exit 0", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dangjian-cli-"));
    expect((await run(["convert", fileURLToPath(new URL("fixtures/small.dataset.json", import.meta.url)), "small.ndjson"], { cwd: dir })).code).toBe(0);
    const result = await run(["validate", "small.ndjson", "--locale", "en"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("small.ndjson (utf-8): valid; 15 valid records");
    const twice = await run(["validate", "small.ndjson", "--two-pass", "--format", "json"], { cwd: dir });
    expect(twice.code).toBe(0);
    expect((JSON.parse(twice.stdout) as { datasets: { passes: number }[] }).datasets[0]?.passes).toBe(2);
  });

  it("locates every issue by line and JSON pointer: exit 1", async () => {
    const result = await run(["validate", "invalid.ndjson", "--format", "json"]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as { issues: { code: string; path: string; location: { file: string; line: number } }[] };
    const lines = output.issues.map((issue) => issue.location.line);
    expect(lines).toContain(3);
    expect(lines).toContain(4);
    expect(output.issues.every((issue) => issue.location.file === "invalid.ndjson")).toBe(true);
    const text = await run(["validate", "invalid.ndjson", "--locale", "en"]);
    expect(text.stdout).toMatch(/^invalid\.ndjson:3(:\d+)? \S*birthDate\S*: error /m);
  });
});

import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetSchemaFile } from "../src/index.js";
import { fixture, run } from "./support/run.js";

const tempDir = () => mkdtemp(path.join(tmpdir(), "dangjian-cli-"));
const AS_OF = ["--as-of", "2024-06-30"];

describe("check", () => {
  it("exits 1 when a finding reaches --fail-on (error by default), and says which rule", async () => {
    const result = await run(["check", "small.dataset.json", ...AS_OF]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("违反 ORG-001 organization:org-branch");
    expect(result.stdout).toContain("national@2021");
  });

  it("exits 0 under a policy with no breach, and prints JSON for machines", async () => {
    const result = await run(["check", "small.dataset.json", ...AS_OF, "--policy", "first-secretary", "--format", "json", "--locale", "en"]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { ok: boolean; policy: { id: string }; asOf: string; findings: unknown[]; counts: Record<string, number> };
    expect(output).toMatchObject({ ok: true, policy: { id: "first-secretary" }, asOf: "2024-06-30" });
    expect(output.counts["error"]).toBe(0);
  });

  it("reads a policy file", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "policy.json"), JSON.stringify({ id: "own", version: "1", title: { "zh-CN": "本地规定", en: "Own rules" }, extends: ["national"] }));
    const result = await run(["check", fixture("small.dataset.json"), ...AS_OF, "--policy", "policy.json", "--format", "json"], { cwd: dir });
    expect((JSON.parse(result.stdout) as { policy: { id: string } }).policy.id).toBe("own");
    expect(result.code).toBe(1);
  });

  it("exits 2 for an unknown policy and for a day that does not exist", async () => {
    const policy = await run(["check", "small.dataset.json", "--policy", "nowhere"]);
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain("no built-in policy named nowhere");
    const day = await run(["check", "small.dataset.json", "--as-of", "2023-02-30"]);
    expect(day.code).toBe(2);
    expect(day.stderr).toContain("2023-02-30");
  });

  it("fails on data errors and says so on stderr", async () => {
    const result = await run(["check", "invalid.dataset.json", ...AS_OF, "--policy", "first-secretary", "--locale", "en"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("records with errors are left out");
  });
});

describe("plan", () => {
  it("proposes pairings as text and as JSON", async () => {
    const text = await run(["plan", "small.dataset.json", "--kind", "cadre-household", ...AS_OF]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("张三 (p-1) → 王家 (hh-1)");
    const json = await run(["plan", "small.dataset.json", "--kind", "cadre-household", ...AS_OF, "--format", "json"]);
    const plan = JSON.parse(json.stdout) as { kind: string; proposals: { helper: { id: string }; target: { id: string } }[]; summary: { covered: number } };
    expect(plan.kind).toBe("cadre-household");
    expect(plan.proposals.map((p) => [p.helper.id, p.target.id])).toEqual([["p-1", "hh-1"]]);
  });

  it("exits 2 without --kind or with an unknown kind", async () => {
    expect((await run(["plan", "small.dataset.json"])).code).toBe(2);
    expect((await run(["plan", "small.dataset.json", "--kind", "nothing"])).code).toBe(2);
  });
});

describe("report", () => {
  it("renders Markdown to stdout from --scope", async () => {
    const result = await run(["report", "small.dataset.json", "--scope", "region:910100", ...AS_OF, "--locale", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# /);
    expect(result.stdout).toContain("As of: 2024-06-30");
  });

  it("reads a spec file and renders JSON", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "spec.json"), JSON.stringify({ scope: { type: "region", id: "910100" }, asOf: "2024-06-30", sections: ["figures"] }));
    const result = await run(["report", fixture("small.dataset.json"), "--spec", "spec.json", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("sections");
  });

  it("writes XLSX to --out, and refuses it on a terminal without --out", async () => {
    const dir = await tempDir();
    const written = await run(["report", fixture("small.dataset.json"), "--scope", "region:910100", ...AS_OF, "--format", "xlsx", "--out", "report.xlsx"], { cwd: dir });
    expect(written.code).toBe(0);
    expect((await readFile(path.join(dir, "report.xlsx"))).subarray(0, 2).toString()).toBe("PK");
    const refused = await run(["report", "small.dataset.json", "--scope", "region:910100", "--format", "xlsx"], { isTTY: true });
    expect(refused.code).toBe(2);
    const piped = await run(["report", "small.dataset.json", "--scope", "region:910100", ...AS_OF, "--format", "xlsx"]);
    expect(piped.code).toBe(0);
    expect(Buffer.from(piped.stdoutBytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("exits 2 without a scope or with a bad one", async () => {
    expect((await run(["report", "small.dataset.json"])).code).toBe(2);
    expect((await run(["report", "small.dataset.json", "--scope", "village"])).code).toBe(2);
  });
});

describe("convert", () => {
  const original = async () => JSON.parse(await readFile(fixture("small.dataset.json"), "utf8")) as Record<string, unknown>;

  it("JSON → XLSX → JSON gives the document back", async () => {
    const dir = await tempDir();
    expect((await run(["convert", fixture("small.dataset.json"), "out.xlsx"], { cwd: dir })).code).toBe(0);
    expect((await run(["convert", "out.xlsx", "back.json"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, "back.json"), "utf8"))).toEqual(await original());
  });

  it("JSON → folder of CSV files → JSON gives the document back, headers in English when asked", async () => {
    const dir = await tempDir();
    expect((await run(["convert", fixture("small.dataset.json"), "csv/", "--headers", "en"], { cwd: dir })).code).toBe(0);
    expect(await readdir(path.join(dir, "csv"))).toContain("people.csv");
    expect(await readFile(path.join(dir, "csv", "people.csv"), "utf8")).toMatch(/^\uFEFF?ID,/);
    expect((await run(["convert", "csv", "back.json"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, "back.json"), "utf8"))).toEqual(await original());
  });

  it("JSON → NDJSON: a meta line, then one record a line with its type", async () => {
    const dir = await tempDir();
    expect((await run(["convert", fixture("small.dataset.json"), "out.ndjson"], { cwd: dir })).code).toBe(0);
    const lines = (await readFile(path.join(dir, "out.ndjson"), "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line) as { type: string });
    expect(lines[0]).toMatchObject({ type: "meta", formatVersion: "1.0" });
    expect(lines.filter((line) => line.type === "person")).toHaveLength(2);
  });

  it("refuses invalid data: exit 1, issues on stderr, nothing written", async () => {
    const dir = await tempDir();
    const result = await run(["convert", fixture("invalid.dataset.json"), "out.xlsx"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/people/0/birthDate");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("exits 2 for a single .csv output or an unknown extension", async () => {
    expect((await run(["convert", "small.dataset.json", "/tmp/out.csv"])).code).toBe(2);
    expect((await run(["convert", "small.dataset.json", "/tmp/out.docx"])).code).toBe(2);
  });
});

describe("schema", () => {
  it("prints the committed JSON Schema", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await readFile(datasetSchemaFile(), "utf8"));
    expect(JSON.parse(result.stdout)).toHaveProperty("$schema");
  });

  it("writes it to --out", async () => {
    const dir = await tempDir();
    expect((await run(["schema", "--out", "schema/dataset.schema.json"], { cwd: dir })).code).toBe(0);
    expect(await readFile(path.join(dir, "schema/dataset.schema.json"), "utf8")).toBe(await readFile(datasetSchemaFile(), "utf8"));
  });
});

describe("template", () => {
  it("writes an XLSX template that validates as an empty dataset", async () => {
    const dir = await tempDir();
    expect((await run(["template", "--out", "template.xlsx"], { cwd: dir })).code).toBe(0);
    const validated = await run(["validate", "template.xlsx"], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("0 条有效记录");
  });

  it("writes a folder of CSV templates, one per record type", async () => {
    const dir = await tempDir();
    expect((await run(["template", "--format", "csv", "--out", "tpl", "--locale", "en"], { cwd: dir })).code).toBe(0);
    const files = await readdir(path.join(dir, "tpl"));
    expect(files).toContain("organizations.csv");
    expect(await readFile(path.join(dir, "tpl", "organizations.csv"), "utf8")).toMatch(/^\uFEFF/);
    expect((await run(["validate", "tpl"], { cwd: dir })).code).toBe(0);
  });

  it("refuses XLSX on a terminal without --out", async () => {
    expect((await run(["template"], { isTTY: true })).code).toBe(2);
  });
});

describe("quantity", () => {
  it("explains a loose quantity", async () => {
    const result = await run(["quantity", "400余名", "--locale", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/minimum\s+400 \(exclusive\)/);
    expect(result.stdout).toMatch(/maximum\s+500 \(exclusive\)/);
    expect(result.stdout).toMatch(/canonical en\s+more than 400/);
  });

  it("prints JSON for machines", async () => {
    const result = await run(["quantity", "20万元以上", "--format", "json"]);
    const output = JSON.parse(result.stdout) as { ok: boolean; quantity: { min: number; max: null }; canonical: Record<string, string> };
    expect(output).toMatchObject({ ok: true, quantity: { min: 200000, max: null }, canonical: { "zh-CN": "20万元以上" } });
  });

  it("exits 1 with the issue when it cannot be read", async () => {
    const result = await run(["quantity", "若干"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[quantity.indefinite]");
  });
});

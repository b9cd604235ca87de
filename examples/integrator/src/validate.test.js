// Ajv with the committed JSON Schema and parseDataset must agree on the shape of every document of the fixture
// corpus (packages/core/fixtures), as packages/core/test/ajv-agreement.test.ts asserts for core itself: here it
// is checked again from outside, through the files an integrator installs.
//
// "Shape" is what a JSON Schema can say about a document as written: an issue of parseDataset counts when its
// code is in the dataset.*, shape.*, region_code.* or quantity.* namespaces, except two warnings about what the
// schema deliberately admits (unknown fields, a newer 1.x minor version). References across records, duplicate
// ids and cycles are beyond any JSON Schema, so documents with only those belong in should-pass.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDataset } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { dangjianBin, validateDocument, validateSpreadsheet } from "./validate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, "../../../packages/core/fixtures");
const data = path.resolve(here, "../data");

const SHAPE_NAMESPACES = ["dataset.", "shape.", "region_code.", "quantity."];
const ADMITTED_BY_SCHEMA = new Set(["dataset.unknown_field", "dataset.format_version_newer_minor"]);

function shapeIssues(document) {
  return parseDataset(document, { locale: "en" })
    .issues.filter((issue) => SHAPE_NAMESPACES.some((prefix) => issue.code.startsWith(prefix)) && !ADMITTED_BY_SCHEMA.has(issue.code))
    .map((issue) => `${issue.code} at ${issue.path}`);
}

function fixtures(folder) {
  const dir = path.join(corpus, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(path.join(dir, name), "utf8"))]);
}

describe("Ajv and parseDataset agree on the fixture corpus", () => {
  const pass = fixtures("should-pass");
  const fail = fixtures("should-fail");

  it("has documents of both kinds", () => {
    expect(pass.length).toBeGreaterThanOrEqual(12);
    expect(fail.length).toBeGreaterThanOrEqual(18);
  });

  it.each(pass)("should-pass/%s: valid for both", (_name, document) => {
    expect(validateDocument(document).errors).toEqual([]);
    expect(shapeIssues(document)).toEqual([]);
  });

  it.each(fail)("should-fail/%s: invalid for both", (_name, document) => {
    expect(validateDocument(document).valid, "Ajv accepted it").toBe(false);
    expect(shapeIssues(document), "parseDataset found no shape-level issue").not.toEqual([]);
  });

  it("the example's own document is valid", () => {
    const document = JSON.parse(readFileSync(path.join(data, "members.dataset.json"), "utf8"));
    expect(validateDocument(document)).toEqual({ valid: true, errors: [] });
    expect(parseDataset(document).ok).toBe(true);
  });

  it("known difference: a quantity text such as 若干 is a string to Ajv but no quantity to the parser", () => {
    const document = { formatVersion: "1.0", observations: [{ id: "obs-1", indicator: "team.environmental.count", scope: { type: "region", id: "910100" }, value: "若干" }] };
    expect(validateDocument(document).valid).toBe(true);
    expect(shapeIssues(document).some((issue) => issue.startsWith("quantity."))).toBe(true);
  });
});

describe("a spreadsheet export through `dangjian validate`", () => {
  it("names every problem of a CSV folder by file, row and column, exit 1", () => {
    const { exitCode, report } = validateSpreadsheet([path.join(data, "export")], { locale: "en" });
    expect(exitCode).toBe(1);
    const date = report.issues.find((issue) => issue.path === "/people/1/birthDate");
    expect(date.location).toMatchObject({ file: path.join(data, "export", "people.csv"), row: 3 });
    expect(date.location.column).toBeDefined();
    const reference = report.issues.find((issue) => issue.code === "reference.missing");
    expect(reference.location).toMatchObject({ file: path.join(data, "export", "memberships.csv"), row: 3 });
  });

  it("passes an XLSX workbook written by `dangjian convert`, exit 0", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "integrator-"));
    const workbook = path.join(dir, "members.xlsx");
    const converted = spawnSync(process.execPath, [dangjianBin(), "convert", path.join(data, "members.dataset.json"), workbook], { encoding: "utf8" });
    expect(converted.status, converted.stderr).toBe(0);
    const { exitCode, report } = validateSpreadsheet([workbook]);
    expect(exitCode).toBe(0);
    expect(report.ok).toBe(true);
  });

  it("exits 2 with one line for a missing file", () => {
    const { exitCode, message } = validateSpreadsheet(["nowhere.xlsx"]);
    expect(exitCode).toBe(2);
    expect(message.split("\n")).toHaveLength(1);
  });

  it("the script itself: exit 0 for a valid document, 1 for the broken export", () => {
    const script = path.join(here, "validate.js");
    expect(spawnSync(process.execPath, [script, path.join(data, "members.dataset.json")], { encoding: "utf8" }).status).toBe(0);
    const broken = spawnSync(process.execPath, [script, path.join(data, "export"), "--locale", "en"], { encoding: "utf8" });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("row 3");
  });
});

// Ajv with the committed JSON Schema and parseDataset must agree on SHAPE validity of every fixture.
//
// Shape-level means "what a JSON Schema could say about the document as written". An issue of
// parseDataset is shape-level when its code is in one of these namespaces:
//   dataset.*      the document itself: not an object, formatVersion missing or of the wrong form or
//                  major, a collection that is not an array, meta invalid (a warning: the parser drops
//                  meta and goes on, but the schema rightly calls the document invalid);
//   shape.*        one field of one record: type, required, enum, date and other formats, length, union;
//   region_code.*, quantity.*
//                  checks of one value that the field's zod schema raises during the same shape pass.
// Two dataset.* warnings are NOT shape-level, because they are about what the schema deliberately
// admits: dataset.unknown_field (objects are open, for forward compatibility) and
// dataset.format_version_newer_minor (any 1.x is format 1). record.unknown_field is not shape-level for
// the same reason. Integrity issues (references, duplicate ids, cycles, dates out of order) and
// record.left_out are not shape-level: JSON Schema cannot see across records, so a document with only
// such problems belongs in should-pass (see should-pass/dangling-reference.json).
//
// Agreement: a should-pass document is valid for Ajv and gets no shape-level issue from parseDataset;
// a should-fail document is invalid for Ajv and gets at least one shape-level issue.
//
// Known disagreements, where a value is a valid JSON string or number but the parser knows more, are
// kept out of the fixture folders and asserted below as documented exceptions: Ajv accepts them, the
// parser rejects them. If one starts to agree, move it into should-fail.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset, type LocatedIssue } from "../src/index.js";
import { compileCommittedSchema, packageRoot, readFixtures } from "./support/fixtures.js";

const SHAPE_NAMESPACES = ["dataset.", "shape.", "region_code.", "quantity."];
const ADMITTED_BY_SCHEMA = new Set(["dataset.unknown_field", "dataset.format_version_newer_minor"]);

function isShapeLevel(issue: LocatedIssue): boolean {
  return SHAPE_NAMESPACES.some((prefix) => issue.code.startsWith(prefix)) && !ADMITTED_BY_SCHEMA.has(issue.code);
}

function shapeIssues(document: unknown): string[] {
  return parseDataset(document, { locale: "en" })
    .issues.filter(isShapeLevel)
    .map((issue) => `${issue.code} at ${issue.path}: ${issue.text}`);
}

const validate = compileCommittedSchema();

function ajvErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

const shouldPass = readFixtures("should-pass");
const shouldFail = readFixtures("should-fail");

describe("fixture corpus", () => {
  it("has at least 12 passing and 18 failing documents", () => {
    expect(shouldPass.length).toBeGreaterThanOrEqual(12);
    expect(shouldFail.length).toBeGreaterThanOrEqual(18);
  });
});

describe("should-pass: Ajv valid, no shape-level issue", () => {
  it.each(shouldPass.map((fixture) => [fixture.name, fixture] as const))("%s", (_name, fixture) => {
    expect(ajvErrors(fixture.document)).toEqual([]);
    expect(shapeIssues(fixture.document)).toEqual([]);
  });

  it("the Haibei example dataset", () => {
    const file = path.join(packageRoot, "../../examples/haibei/data/haibei.dataset.json");
    const document: unknown = JSON.parse(readFileSync(file, "utf8"));
    expect(ajvErrors(document)).toEqual([]);
    expect(shapeIssues(document)).toEqual([]);
  });
});

describe("should-fail: Ajv invalid, at least one shape-level issue", () => {
  it.each(shouldFail.map((fixture) => [fixture.name, fixture] as const))("%s", (_name, fixture) => {
    expect(validate(fixture.document), "Ajv accepted it").toBe(false);
    expect(shapeIssues(fixture.document), "parseDataset found no shape-level issue").not.toEqual([]);
  });
});

describe("documented exceptions: valid JSON Schema-wise, rejected by the parser", () => {
  const observation = (value: unknown): unknown => ({
    formatVersion: "1.0",
    observations: [{ id: "obs-1", indicator: "people.count", scope: { type: "region", id: "632200" }, value }],
  });
  const region = (code: string): unknown => ({
    formatVersion: "1.0",
    regions: [{ id: "r-1", code, name: "某地", level: "prefecture" }],
  });
  const cases: [string, unknown, string][] = [
    ["a quantity text that does not parse (若干, 'some')", observation("若干"), "quantity.indefinite"],
    [
      "a quantity object whose bounds cannot hold (min > max)",
      observation({ text: "5到3名", min: 5, max: 3, minInclusive: true, maxInclusive: true, unit: "名", qualifier: "range", stated: null, scale: null }),
      "quantity.bounds_inverted",
    ],
    ["a region code whose province is 00", region("000000"), "region_code."],
    ["a 12-digit padded region code (not canonical)", region("632200000000"), "region_code."],
  ];
  it.each(cases)("%s", (_title, document, code) => {
    expect(ajvErrors(document)).toEqual([]);
    const found = shapeIssues(document);
    expect(found.some((line) => line.startsWith(code)), found.join("\n")).toBe(true);
  });
});

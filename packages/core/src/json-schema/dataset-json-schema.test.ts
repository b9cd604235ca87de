import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COLLECTION_NAMES } from "../exchange/dataset.js";
import { DATASET_SCHEMA_ID, toDatasetJsonSchema } from "./dataset-json-schema.js";

type Node = Record<string, unknown>;

function at(schema: Node, ...keys: string[]): Node {
  let current: unknown = schema;
  for (const key of keys) current = (current as Node)[key];
  return current as Node;
}

describe("toDatasetJsonSchema", () => {
  const schema = toDatasetJsonSchema();

  it("is draft 2020-12 with our $id, a title and a description, in that order", () => {
    expect(Object.keys(schema).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
  });

  it("is deterministic and plain JSON", () => {
    expect(JSON.stringify(toDatasetJsonSchema())).toBe(JSON.stringify(schema));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("requires formatVersion and pins it to the majors the parser reads", () => {
    expect(schema["required"]).toEqual(["formatVersion"]);
    const pattern = new RegExp(at(schema, "properties", "formatVersion")["pattern"] as string);
    for (const ok of ["1.0", "1.7", "1.10"]) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ["2.0", "1", "v1.0", "1.0.0", "11.0"]) expect(pattern.test(bad), bad).toBe(false);
  });

  it("lists every collection as an array of a record defined once under $defs", () => {
    const properties = at(schema, "properties");
    const defs = at(schema, "$defs");
    for (const name of COLLECTION_NAMES) {
      const property = properties[name] as Node;
      expect(property["type"], name).toBe("array");
      const ref = at(property, "items")["$ref"] as string;
      expect(ref).toMatch(/^#\/\$defs\//);
      expect(defs[ref.slice("#/$defs/".length)], name).toBeDefined();
    }
  });

  it("describes the input: a quantity is its text or its object, before the transform", () => {
    const quantity = at(schema, "$defs", "QuantityInput");
    const branches = quantity["anyOf"] as Node[];
    expect(branches.map((branch) => branch["type"])).toEqual(["string", "object"]);
  });

  it("carries the full date pattern of z.iso.date() on calendar dates", () => {
    const date = at(schema, "$defs", "CalendarDate");
    expect(date["format"]).toBe("date");
    expect(date["pattern"]).toBe(z.regexes.date.source);
    const pattern = new RegExp(date["pattern"] as string);
    expect(pattern.test("2024-02-29")).toBe(true);
    expect(pattern.test("2023-02-29")).toBe(false);
    expect(pattern.test("2023-02-30")).toBe(false);
  });

  it("leaves objects open: unknown fields are warnings for the parser, not errors", () => {
    expect(schema["additionalProperties"]).toBeUndefined();
    expect(at(schema, "$defs", "PartyOrganization")["additionalProperties"]).toBeUndefined();
  });

  it("touches no global registry", () => {
    expect(JSON.stringify(z.toJSONSchema(z.string()))).not.toContain("RecordId");
  });
});

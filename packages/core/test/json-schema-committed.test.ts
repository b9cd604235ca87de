// The committed schema/dataset.schema.json is what integrators use: it must be exactly what
// toDatasetJsonSchema() generates now, and Ajv 2020 must compile it in strict mode.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDatasetJsonSchema } from "../src/index.js";
import { committedSchemaFile, createAjv, readCommittedSchema } from "./support/fixtures.js";

describe("schema/dataset.schema.json", () => {
  it("equals a fresh generation (if not, run: pnpm --filter @dangjian/core schema)", () => {
    const fresh = JSON.stringify(toDatasetJsonSchema(), null, 2) + "\n";
    const committed = readFileSync(committedSchemaFile, "utf8");
    expect(
      committed === fresh,
      "schema/dataset.schema.json is stale: run `pnpm --filter @dangjian/core schema` and commit the result",
    ).toBe(true);
  });

  it("compiles with Ajv 2020 in strict mode (allowUnionTypes, date and uri formats declared)", () => {
    expect(() => createAjv().compile(readCommittedSchema())).not.toThrow();
  });

  it("checks that calendar dates exist, through the pattern zod writes for z.iso.date()", () => {
    const validate = createAjv().compile(readCommittedSchema());
    const person = (birthDate: string): unknown => ({ formatVersion: "1.0", people: [{ id: "p", name: "某人", birthDate }] });
    for (const date of ["2024-02-29", "2000-02-29", "1999-12-31", "2023-04-30"]) expect(validate(person(date)), date).toBe(true);
    for (const date of ["2023-02-30", "2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-1-01", "20230101"]) {
      expect(validate(person(date)), date).toBe(false);
    }
  });
});

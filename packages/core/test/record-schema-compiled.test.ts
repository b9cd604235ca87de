// recordSchema() must really take zod's compiled path here (Node, zod 4.6, code generation allowed), and the
// compiled schema must give the interpreted schema's results, record by record, on every fixture.
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, RECORD_SCHEMAS, isRecordSchemaCompiled, recordSchema } from "../src/index.js";
import { readFixtures } from "./support/fixtures.js";

describe("recordSchema", () => {
  it("is compiled for every collection", () => {
    expect(COLLECTION_NAMES.filter((name) => !isRecordSchemaCompiled(name))).toEqual([]);
    for (const name of COLLECTION_NAMES) expect(recordSchema(name)).not.toBe(RECORD_SCHEMAS[name]);
  });

  it("gives the interpreted schema's data and issues for every fixture record", () => {
    let compared = 0;
    for (const fixture of [...readFixtures("should-pass"), ...readFixtures("should-fail")]) {
      const document = fixture.document as Record<string, unknown> | null;
      if (document === null || typeof document !== "object" || Array.isArray(document)) continue;
      for (const name of COLLECTION_NAMES) {
        const records = document[name];
        if (!Array.isArray(records)) continue;
        for (const record of records as unknown[]) {
          const compiled = recordSchema(name).safeParse(record);
          const interpreted = RECORD_SCHEMAS[name].safeParse(record);
          const where = `${fixture.name} ${name}`;
          expect(compiled.success, where).toBe(interpreted.success);
          if (compiled.success && interpreted.success) expect(compiled.data, where).toEqual(interpreted.data);
          else expect(compiled.error?.issues, where).toEqual(interpreted.error?.issues);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

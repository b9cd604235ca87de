import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { recordSchema, type CollectionName } from "@dangjian/core";
import { fastCheckOf } from "./fast-checks.js";

// values near the edges of what the schemas accept: ids with spaces, dates that do not exist, wrong enums
const idLike = fc.oneof(fc.constantFrom("org-1", "p-0000001", " x", "x ", "", "a b", "a\nb", "x".repeat(200), "x".repeat(201), "党-1"), fc.string());
const dateLike = fc.oneof(
  fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "2023-02-30", "2022-13-01", "2022-00-10", "2022-8-1", "2022-08-01T00:00", "１９９９-01-01"),
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(idLike, dateLike, fc.boolean(), fc.integer(), fc.constant(null), fc.constantFrom("full", "probationary", "male", "female", "branch", "village", "county"));

function records(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(fields), "type", "note", "sources", "colour"];
  return fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length }).chain((base) =>
    fc.record(fields, { requiredKeys: [] }).map((typed) => ({ ...base, ...typed })),
  );
}

const CASES: [CollectionName, fc.Arbitrary<Record<string, unknown>>][] = [
  ["memberships", records({ id: idLike, personId: idLike, organizationId: idLike, status: fc.constantFrom("full", "probationary", "member"), from: dateLike, to: dateLike })],
  ["people", records({ id: idLike, name: fc.string({ maxLength: 3 }), sex: fc.constantFrom("male", "female", "other"), birthDate: dateLike, inService: anyValue, cadreRank: fc.constantFrom("county", "general", "x") })],
  ["organizations", records({ id: idLike, name: fc.string({ maxLength: 3 }), kind: fc.constantFrom("branch", "general-branch", "club"), sector: anyValue, parentId: idLike, establishedOn: dateLike })],
];

describe("fast checks", () => {
  for (const [collection, arbitrary] of CASES) {
    it(`${collection}: accept only what the record schema accepts`, () => {
      const fast = fastCheckOf(collection)!;
      const schema = recordSchema(collection);
      let accepted = 0;
      fc.assert(
        fc.property(arbitrary, (record) => {
          if (!fast(record)) return;
          accepted++;
          expect(schema.safeParse(record).success, JSON.stringify(record)).toBe(true);
        }),
        { numRuns: 3000 },
      );
      // the generator reaches the accepting side too, or the property says nothing
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it("accept the common shapes, so zod is not run on them", () => {
    expect(fastCheckOf("memberships")!({ type: "membership", id: "m-1", personId: "p-1", organizationId: "org-1", status: "full", from: "2000-02-29" })).toBe(true);
    expect(fastCheckOf("people")!({ type: "person", id: "p-1", name: "张三", sex: "female", birthDate: "1950-01-31", inService: true })).toBe(true);
    expect(fastCheckOf("organizations")!({ type: "organization", id: "org-1", name: "第一党支部", kind: "branch", parentId: "c-1" })).toBe(true);
    expect(fastCheckOf("regions")).toBeUndefined();
  });
});

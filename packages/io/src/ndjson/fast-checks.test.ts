import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { recordSchema, type CollectionName } from "@dangjian/core";
import { createFastFinding, fastCheckOf, type FastFinding } from "./fast-checks.js";
import { fingerprintId } from "./id-set.js";
import { visitRecordReferences } from "./references.js";

// values near the edges of what the schemas accept: ids with spaces, dates that do not exist, wrong enums
const idLike = fc.oneof(
  fc.constantFrom("org-1", "p-0000001", " x", "x ", "", "a b", "a\nb", "a\u2028b", "\u00a0x", "x\u3000", "~", "x".repeat(200), "x".repeat(201), "党-1"),
  fc.string(),
  fc.string({ unit: "binary", maxLength: 5 }),
);
const dateLike = fc.oneof(
  fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "2023-02-30", "2022-13-01", "2022-00-10", "2022-8-1", "2022-08-01T00:00", "１９９９-01-01"),
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(idLike, dateLike, fc.boolean(), fc.integer(), fc.constant(null), fc.constantFrom("full", "probationary", "male", "female", "branch", "village", "county"));
// mostly what the schema accepts, so records with many fields still reach the accepting side
const mostly = <T,>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: edge });
const id = mostly(fc.constantFrom("org-1", "p-0000001", "党-1", "~", "a b", "x".repeat(200)), idLike);
const date = mostly(fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)), dateLike);
const text = mostly(fc.string({ minLength: 1, maxLength: 3 }), anyValue);
const flag = mostly(fc.boolean(), anyValue);

function records(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(fields), "type", "note", "sources", "colour"];
  // now and then fields of any name and value under the typed ones
  const base = fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 3 }) });
  return fc.tuple(base, fc.record(fields, { requiredKeys: [] })).map(([extra, typed]) => ({ ...extra, ...typed }));
}

const CASES: [CollectionName, fc.Arbitrary<Record<string, unknown>>][] = [
  ["memberships", records({ type: fc.constant("membership"), id, personId: id, organizationId: id, status: fc.constantFrom("full", "probationary", "member"), from: date, to: date, note: text })],
  [
    "people",
    records({
      type: fc.constant("person"),
      id,
      name: text,
      sex: fc.constantFrom("male", "female", "other"),
      ethnicity: text,
      phone: text,
      cadreRank: fc.constantFrom("county", "general", "x"),
      inService: flag,
      birthDate: date,
      joinedPartyOn: date,
      employerUnitId: id,
    }),
  ],
  [
    "organizations",
    records({
      type: fc.constant("organization"),
      id,
      name: text,
      kind: mostly(fc.constantFrom("branch", "general-branch"), fc.constant("club")),
      sector: mostly(fc.constant("village"), fc.constant("x")),
      parentId: id,
      regionId: id,
      approvedById: id,
      successorId: id,
      hostUnitIds: fc.array(id, { maxLength: 2 }),
      establishedOn: date,
      hasCommittee: flag,
      shortName: text,
    }),
  ],
];

// what the fast check found, as visitRecordReferences would report it, with each id's fingerprint checked
function foundReferences(collection: CollectionName, found: FastFinding): [CollectionName, string, string][] {
  const fast = fastCheckOf(collection)!;
  const expectPrint = (id: string, at: number): void => {
    const print = new Int32Array(2);
    fingerprintId(id, print, 0);
    expect([found.prints[at], found.prints[at + 1]], id).toEqual([print[0], print[1]]);
  };
  expectPrint(found.id, 0);
  return Array.from({ length: found.count }, (_, k) => {
    const reference = fast.references[found.fields[k]!]!;
    expectPrint(found.referenced[k]!, 2 * k + 2);
    return [reference.target, found.referenced[k]!, reference.field];
  });
}

describe("fast checks", () => {
  for (const [collection, arbitrary] of CASES) {
    it(`${collection}: accept only what the record schema accepts, and find its id and references`, () => {
      const fast = fastCheckOf(collection)!;
      const schema = recordSchema(collection);
      const found = createFastFinding();
      let accepted = 0;
      fc.assert(
        fc.property(arbitrary, (record) => {
          if (!fast.check(record, found)) return;
          accepted++;
          expect(schema.safeParse(record).success, JSON.stringify(record)).toBe(true);
          expect(found.id).toBe(record["id"]);
          const visited: [CollectionName, string, string][] = [];
          visitRecordReferences(collection, record, (target, id, field) => visited.push([target, id, field]));
          expect(foundReferences(collection, found), JSON.stringify(record)).toEqual(visited);
        }),
        { numRuns: 3000 },
      );
      // the generator reaches the accepting side too, or the property says nothing
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it("accept the common shapes, so zod is not run on them", () => {
    const found = createFastFinding();
    const accepts = (collection: CollectionName, record: Record<string, unknown>): boolean => fastCheckOf(collection)!.check(record, found);
    expect(accepts("memberships", { type: "membership", id: "m-1", personId: "p-1", organizationId: "org-1", status: "full", from: "2000-02-29" })).toBe(true);
    expect(accepts("people", { type: "person", id: "p-1", name: "张三", sex: "female", birthDate: "1950-01-31", inService: true })).toBe(true);
    expect(accepts("organizations", { type: "organization", id: "org-1", name: "第一党支部", kind: "branch", parentId: "c-1" })).toBe(true);
    expect(foundReferences("organizations", found)).toEqual([["organizations", "c-1", "parentId"]]);
    // ids outside printable ASCII are still ids, by the schema's pattern
    expect(accepts("people", { type: "person", id: "党员-1", name: "张三" })).toBe(true);
    expect(accepts("people", { type: "person", id: "党员\u2028-1", name: "张三" })).toBe(false);
    expect(fastCheckOf("regions")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDataset, type ParseDatasetResult } from "./parse-dataset.js";
import { COLLECTION_NAMES, type CollectionName } from "./dataset.js";
import { expectReferentiallyWhole, inputIdOf, sampleDocument } from "../../test/support/sample-dataset.js";
import type { Indicator } from "../indicator/indicator.js";

// a small pool of ids per collection, so references often resolve, ids repeat and parents form cycles; the
// dangerous names are shared, so they also stand for records of the wrong type
const DANGEROUS = ["__proto__", "constructor", "prototype"] as const;
const ref = (collection: CollectionName) =>
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(`${collection}-1`, `${collection}-2`) }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS) });
const refs = (collection: CollectionName) => fc.array(ref(collection), { maxLength: 3 });
const day = fc.constantFrom("1990-01-01", "2000-06-30", "2000-07-01", "2010-12-31", "2020-01-01");
const partialDay = fc.constantFrom("2000", "2000-06", "2000-06-30", "2021");
const sources = fc.array(fc.record({ documentId: ref("documents") }), { maxLength: 2 });
const indicatorCode = fc.constantFrom("a.count", "b.count", "known.count", "x.count");

// a record whose keys not listed as required may be absent
function optional<T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: readonly (keyof T & string)[]) {
  return fc.record(model, { requiredKeys: [...required] as never });
}

const PARTY_COLLECTIONS = { organization: "organizations", person: "people", "host-unit": "hostUnits", region: "regions", household: "households" } as const;
const party = fc
  .constantFrom(...(Object.keys(PARTY_COLLECTIONS) as (keyof typeof PARTY_COLLECTIONS)[]))
  .chain((type) => ref(PARTY_COLLECTIONS[type]).map((id) => ({ type, id })));
const SCOPE_COLLECTIONS = { organization: "organizations", region: "regions", "host-unit": "hostUnits", campaign: "campaigns" } as const;
const scope = fc
  .constantFrom(...(Object.keys(SCOPE_COLLECTIONS) as (keyof typeof SCOPE_COLLECTIONS)[]))
  .chain((type) => ref(SCOPE_COLLECTIONS[type]).map((id) => ({ type, id })));
const NEAR_VALID: { readonly [K in CollectionName]: fc.Arbitrary<Record<string, unknown>> } = {
  documents: optional({ id: ref("documents"), title: fc.constant("t"), sources }, ["id", "title"]),
  regions: optional(
    {
      id: ref("regions"),
      name: fc.constant("n"),
      level: fc.constantFrom("province", "prefecture", "county", "township", "village"),
      code: fc.constantFrom("630000", "632200", "632221", "632221100", "632221100201", "429004", "420000"),
      parentId: ref("regions"),
      designations: fc.array(optional({ kind: fc.constant("registered-poor"), from: day, to: day }, ["kind"]), { maxLength: 1 }),
      sources,
    },
    ["id", "name", "level"],
  ),
  hostUnits: optional(
    { id: ref("hostUnits"), name: fc.constant("n"), kind: fc.constant("other"), parentId: ref("hostUnits"), regionId: ref("regions"), uscc: fc.constantFrom("91350100M000100Y43", "bad"), establishedOn: day, dissolvedOn: day },
    ["id", "name", "kind"],
  ),
  organizations: optional(
    {
      id: ref("organizations"),
      name: fc.constant("n"),
      kind: fc.constantFrom("branch", "temporary-branch"),
      parentId: ref("organizations"),
      regionId: ref("regions"),
      hostUnitIds: refs("hostUnits"),
      establishedOn: day,
      dissolvedOn: day,
      approvedById: ref("organizations"),
      approvedOn: day,
      taskBodyId: ref("hostUnits"),
      affiliations: fc.array(optional({ parentId: ref("organizations"), from: day, to: day }, ["parentId"]), { maxLength: 2 }),
      successorId: ref("organizations"),
      sources,
    },
    ["id", "name", "kind"],
  ),
  people: optional(
    {
      id: ref("people"),
      name: fc.constant("n"),
      residentIdNumber: fc.constantFrom("11010519491231002X", "123"),
      phone: fc.constantFrom("13800138000", "x"),
      employerUnitId: ref("hostUnits"),
      birthDate: day,
      joinedPartyOn: day,
      fullMemberSince: day,
    },
    ["id", "name"],
  ),
  memberships: optional(
    { id: ref("memberships"), personId: ref("people"), organizationId: ref("organizations"), status: fc.constantFrom("full", "probationary"), from: day, to: day, sources },
    ["id", "personId", "organizationId", "status"],
  ),
  posts: optional({ id: ref("posts"), role: fc.constant("secretary"), organizationId: ref("organizations"), hostUnitId: ref("hostUnits"), regionId: ref("regions"), from: day, to: day }, ["id", "role"]),
  postHoldings: optional({ id: ref("postHoldings"), postId: ref("posts"), personId: ref("people"), sendingUnitId: ref("hostUnits"), from: day, to: day }, ["id", "postId", "personId"]),
  teams: optional({ id: ref("teams"), kind: fc.constant("shock"), organizationId: ref("organizations"), regionId: ref("regions"), memberIds: refs("people"), partnerUnitIds: refs("hostUnits") }, ["id", "kind"]),
  sites: optional({ id: ref("sites"), kind: fc.constant("other"), organizationId: ref("organizations"), regionId: ref("regions"), hostUnitId: ref("hostUnits") }, ["id", "kind"]),
  activities: optional(
    { id: ref("activities"), kind: fc.constant("other"), on: day, from: day, to: day, organizationIds: refs("organizations"), teamIds: refs("teams"), personIds: refs("people"), siteIds: refs("sites"), regionId: ref("regions"), campaignId: ref("campaigns") },
    ["id", "kind"],
  ),
  campaigns: optional({ id: ref("campaigns"), name: fc.constant("n"), kind: fc.constant("campaign"), parentId: ref("campaigns"), organizationId: ref("organizations"), regionId: ref("regions") }, ["id", "name", "kind"]),
  pairings: optional(
    {
      id: ref("pairings"),
      kind: fc.constantFrom("organization-village", "cadre-household", "branch-village", "leader-contact-point", "member-community", "dispatch"),
      helper: party,
      target: party,
      campaignId: ref("campaigns"),
      sendingUnitId: ref("hostUnits"),
    },
    ["id", "kind", "helper", "target"],
  ),
  households: optional({ id: ref("households"), villageId: ref("regions"), status: fc.constant("other") }, ["id", "villageId", "status"]),
  indicators: fc.record({
    code: indicatorCode,
    label: fc.constant({ "zh-CN": "指标", en: "indicator" }),
    unit: fc.constant("个"),
    countsWhat: fc.constant({ "zh-CN": "个数", en: "count" }),
    aggregation: fc.constant("sum"),
  }),
  observations: optional(
    {
      id: ref("observations"),
      indicator: indicatorCode,
      scope,
      value: fc.constant("1个"),
      period: optional({ from: partialDay, to: partialDay }, []),
      sources,
    },
    ["id", "indicator", "scope", "value"],
  ),
};

// own "__proto__" keys, as JSON.parse makes them: Object.fromEntries defines properties, it never sets a prototype
const hostileObject = fc
  .array(fc.tuple(fc.constantFrom(...DANGEROUS, "id", "polluted", "parentId", "name"), fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 })
  .map((entries) => Object.fromEntries(entries));

const record = (collection: CollectionName) =>
  fc.oneof(
    { weight: 6, arbitrary: NEAR_VALID[collection] },
    { weight: 1, arbitrary: NEAR_VALID[collection].chain((valid) => hostileObject.map((extra) => ({ ...valid, ...extra }))) },
    { weight: 1, arbitrary: hostileObject },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

const document = fc
  .record(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, fc.array(record(name), { maxLength: 6 })])) as {
    [K in CollectionName]: fc.Arbitrary<unknown[]>;
  })
  .chain((collections) => hostileObject.map((top) => ({ ...top, formatVersion: "1.0", ...collections })));

// mutations of the valid sample: most records stay valid, so the checks that compare kept records run too
const SAMPLE_IDS = COLLECTION_NAMES.flatMap((name) => sampleDocument()[name].map((record) => String(inputIdOf(name, record))));
const MUTABLE_FIELDS = [
  "id", "parentId", "regionId", "organizationId", "personId", "postId", "villageId", "campaignId", "successorId", "approvedById",
  "hostUnitIds", "memberIds", "from", "to", "on", "establishedOn", "dissolvedOn", "level", "code", "status", ...DANGEROUS,
] as const;
const mutation = fc.record({
  collection: fc.constantFrom(...COLLECTION_NAMES),
  index: fc.nat({ max: 10 }),
  field: fc.constantFrom(...MUTABLE_FIELDS),
  value: fc.oneof(
    fc.constantFrom(...SAMPLE_IDS, ...DANGEROUS),
    fc.constantFrom("1990-01-01", "2000-01-01", "2010-01-01", "2030-01-01", "village", "township", "632200", "632221100"),
    fc.array(fc.constantFrom(...SAMPLE_IDS), { maxLength: 2 }),
    fc.jsonValue({ maxDepth: 1 }),
  ),
  copy: fc.boolean(),
});
const mutatedSample = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const input = sampleDocument();
  for (const { collection, index, field, value, copy } of mutations) {
    const list = input[collection];
    if (list.length === 0) continue;
    const target = copy ? { ...list[index % list.length]! } : list[index % list.length]!;
    // defineProperty, so a "__proto__" field is an own property as JSON.parse makes it, not a prototype change
    Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
    if (copy) list.push(target);
  }
  return input;
});

const KNOWN: Indicator = {
  code: "known.count",
  label: { "zh-CN": "已知", en: "known" },
  unit: "个",
  countsWhat: { "zh-CN": "个数", en: "count" },
  aggregation: "sum",
};

const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((proto) => Reflect.ownKeys(proto).map(String).sort());
const PROTOTYPES = prototypeKeys();

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPES);
}

function isNamed(result: ParseDatasetResult, pointer: string, severity?: "error"): boolean {
  return result.issues.some(
    (issue) => (issue.path === pointer || issue.path.startsWith(`${pointer}/`)) && (severity === undefined || issue.severity === severity),
  );
}

// every input record is in the result, in order, unless an issue at or below its path names it
function expectEveryRecordAccountedFor(input: Record<string, unknown>, result: ParseDatasetResult): void {
  const failures: string[] = [];
  for (const collection of COLLECTION_NAMES) {
    const given = Object.hasOwn(input, collection) ? input[collection] : undefined;
    const kept = result.dataset[collection] as unknown[];
    if (!Array.isArray(given)) {
      if (kept.length > 0) failures.push(`${collection}: records kept from no array`);
      continue;
    }
    let next = 0;
    given.forEach((item, index) => {
      const pointer = `/${collection}/${index}`;
      if (isNamed(result, pointer, "error")) return;
      const here = next < kept.length ? inputIdOf(collection, kept[next]) : undefined;
      const itemId = item !== null && typeof item === "object" ? inputIdOf(collection, item) : undefined;
      if (!isNamed(result, pointer)) {
        if (here !== itemId) failures.push(`${pointer} is neither kept nor named`);
        next += 1;
      } else if (here === itemId) {
        next += 1;
      }
    });
    if (next !== kept.length) failures.push(`${collection}: a kept record does not come from the input`);
  }
  expect(failures).toEqual([]);
}

describe("parseDataset on arbitrary input", () => {
  it("never throws and never touches a prototype, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDataset(value);
        expect(result.issues.every((issue) => issue.message["zh-CN"] !== "" && issue.message.en !== "")).toBe(true);
        expectPrototypesUntouched();
      }),
      { numRuns: 300 },
    );
  });

  it("accounts for every record and keeps a referentially whole dataset, whatever the documents hold", () => {
    fc.assert(
      fc.property(document, (input) => {
        const result = parseDataset(input, { indicators: [KNOWN] });
        expectPrototypesUntouched();
        expectEveryRecordAccountedFor(input, result);
        expectReferentiallyWhole(result.dataset, [KNOWN.code]);
        const badIssues = result.issues.filter(
          (issue) => !/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/.test(issue.code) || !/\S/.test(issue.message["zh-CN"]) || !/\S/.test(issue.message.en),
        );
        expect(badIssues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("accounts for every record and keeps a referentially whole dataset, for mutations of a valid dataset", () => {
    fc.assert(
      fc.property(mutatedSample, (input) => {
        const result = parseDataset(input, { locale: "en" });
        expectPrototypesUntouched();
        expectEveryRecordAccountedFor(input, result);
        expectReferentiallyWhole(result.dataset);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("survives what JSON.parse makes of __proto__ keys", () => {
    const text = `{
      "__proto__": { "polluted": 1 },
      "formatVersion": "1.0",
      "organizations": [
        { "__proto__": { "polluted": 1 }, "id": "__proto__", "name": "n", "kind": "branch", "parentId": "constructor" },
        { "id": "constructor", "name": "n", "kind": "branch", "parentId": "__proto__", "constructor": { "prototype": { "polluted": 1 } } },
        { "id": "prototype", "name": "n", "kind": "branch" }
      ]
    }`;
    const input = JSON.parse(text) as Record<string, unknown>;
    expect(Object.hasOwn(input, "__proto__")).toBe(true);
    const result = parseDataset(input);
    expectPrototypesUntouched();
    expect(result.issues.filter((issue) => issue.code === "organization.cycle").map((issue) => issue.path)).toEqual([
      "/organizations/0/parentId",
      "/organizations/1/parentId",
    ]);
    expect(result.dataset.organizations.map((organization) => organization.id)).toEqual(["prototype"]);
    expectEveryRecordAccountedFor(input, result);
  });
});

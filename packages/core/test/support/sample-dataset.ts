import { expect } from "vitest";
import type {
  CollectionName,
  Dataset,
  DatasetInput,
  IssueSeverity,
  LocatedIssue,
  ParseDatasetResult,
  RecordOf,
} from "../../src/index.js";
import { COLLECTION_NAMES, INDICATOR_CATALOGUE } from "../../src/index.js";
import { visitReferences } from "../../src/exchange/record-references.js";

/** A JSON-shaped exchange document whose collections tests can index and mutate freely. */
export type SampleDocument = { formatVersion: string } & { [K in CollectionName]: Record<string, unknown>[] };

/**
 * A small valid exchange document with every collection and every kind of reference in use:
 * parseDataset gives it zero issues. Each call returns a fresh copy to mutate.
 */
export function sampleDocument(): SampleDocument {
  const document: DatasetInput = {
    formatVersion: "1.0",
    documents: [{ id: "doc-1", kind: "news-report", title: "党旗飘扬在一线", date: "2022-08" }],
    regions: [
      { id: "630000", code: "630000", name: "青海省", level: "province", sources: [{ documentId: "doc-1" }] },
      { id: "632200", code: "632200", name: "海北藏族自治州", level: "prefecture", parentId: "630000" },
      { id: "632221", code: "632221", name: "门源回族自治县", level: "county", parentId: "632200" },
      { id: "632221100", code: "632221100", name: "浩门镇", level: "township", kind: "town", parentId: "632221" },
      { id: "632221100201", code: "632221100201", name: "某村", level: "village", parentId: "632221100" },
      { id: "village-nocode", name: "无代码村", level: "village", parentId: "632221100" },
    ],
    hostUnits: [
      { id: "unit-dept", name: "海北州委组织部", kind: "party-organ", regionId: "632200", uscc: "91350100M000100Y43" },
      { id: "unit-coop", name: "某村股份经济合作社", kind: "cooperative", parentId: "unit-dept", regionId: "632221100201" },
    ],
    organizations: [
      {
        id: "org-haibei",
        name: "中共海北州委",
        kind: "local-committee",
        regionId: "632200",
        establishedOn: "1950-01-01",
        sources: [{ documentId: "doc-1", quote: "海北州委" }],
      },
      {
        id: "org-branch",
        name: "某村党支部",
        kind: "branch",
        parentId: "org-haibei",
        regionId: "632221100201",
        hostUnitIds: ["unit-coop"],
        establishedOn: "2000-01-01",
        approvedById: "org-haibei",
        approvedOn: "1999-12-01",
        taskBodyId: "unit-dept",
        affiliations: [{ parentId: "org-haibei", from: "2000-01-01", to: "2009-12-31" }],
      },
      {
        id: "org-old",
        name: "原某支部",
        kind: "branch",
        parentId: "org-haibei",
        establishedOn: "1990-01-01",
        dissolvedOn: "2010-01-01",
        successorId: "org-branch",
      },
    ],
    people: [
      {
        id: "p-1",
        name: "张三",
        residentIdNumber: "11010519491231002X",
        phone: "13800138000",
        employerUnitId: "unit-dept",
        birthDate: "1949-12-31",
        joinedPartyOn: "2001-07-01",
        fullMemberSince: "2002-07-01",
      },
      { id: "p-2", name: "李四" },
    ],
    memberships: [
      { id: "m-1", personId: "p-1", organizationId: "org-branch", status: "probationary", from: "2001-07-01", to: "2002-06-30" },
      { id: "m-2", personId: "p-1", organizationId: "org-branch", status: "full", from: "2002-07-01" },
      { id: "m-3", personId: "p-2", organizationId: "org-old", status: "full", from: "1995-01-01", to: "2010-01-01" },
    ],
    posts: [
      { id: "post-sec", role: "secretary", organizationId: "org-branch", from: "2000-01-01" },
      { id: "post-fs", role: "first-secretary", regionId: "632221100201", hostUnitId: "unit-coop", from: "2021-01-01", to: "2023-12-31" },
    ],
    postHoldings: [
      { id: "h-1", postId: "post-sec", personId: "p-1", from: "2015-01-01" },
      { id: "h-2", postId: "post-fs", personId: "p-2", from: "2021-06-01", to: "2023-12-31", sendingUnitId: "unit-dept" },
    ],
    teams: [
      {
        id: "team-1",
        kind: "vanguard",
        organizationId: "org-branch",
        regionId: "632221",
        memberIds: ["p-1", "p-2"],
        partnerUnitIds: ["unit-coop"],
        from: "2020-01-01",
      },
    ],
    sites: [{ id: "site-1", kind: "vanguard-post", organizationId: "org-branch", regionId: "632221", hostUnitId: "unit-coop" }],
    campaigns: [
      { id: "camp-1", name: "一联双帮三治", kind: "mechanism", organizationId: "org-haibei", regionId: "632200", from: "2019-01-01" },
      { id: "camp-2", name: "我为群众办实事", kind: "campaign", parentId: "camp-1" },
    ],
    activities: [
      {
        id: "act-1",
        kind: "organizational-life",
        on: "2022-07-01",
        from: "2022-06-01",
        to: "2022-07-31",
        organizationIds: ["org-branch"],
        teamIds: ["team-1"],
        personIds: ["p-1"],
        siteIds: ["site-1"],
        regionId: "632221",
        campaignId: "camp-2",
      },
    ],
    households: [{ id: "hh-1", villageId: "632221100201", status: "registered-poor", size: 4 }],
    pairings: [
      {
        id: "pair-1",
        kind: "cadre-household",
        helper: { type: "person", id: "p-1" },
        target: { type: "household", id: "hh-1" },
        campaignId: "camp-1",
        from: "2020-01-01",
      },
      {
        id: "pair-2",
        kind: "dispatch",
        helper: { type: "person", id: "p-2" },
        target: { type: "region", id: "632221100201" },
        sendingUnitId: "unit-dept",
      },
    ],
    indicators: [
      {
        code: "site.vanguard-post.count",
        label: { "zh-CN": "党员先锋岗", en: "Party member vanguard posts" },
        unit: "个",
        countsWhat: { "zh-CN": "设定的党员先锋岗数", en: "vanguard posts set up" },
        aggregation: "sum",
      },
    ],
    observations: [
      {
        id: "obs-1",
        indicator: "site.vanguard-post.count",
        scope: { type: "region", id: "632221" },
        asOf: "2022-08",
        period: { from: "2022", to: "2022-08" },
        value: "52个",
        sources: [{ documentId: "doc-1", quote: "设定党员先锋岗52个" }],
      },
    ],
  };
  return structuredClone(document) as SampleDocument;
}

/** The identifier of a record as given: its `id`, or `code` for an indicator. */
export function inputIdOf(collection: CollectionName, record: unknown): unknown {
  const object = record as Record<string, unknown>;
  return collection === "indicators" ? object["code"] : object["id"];
}

/**
 * Asserts that the issue with this code is at this path, with this severity and both messages written,
 * and returns it.
 */
export function expectIssue(
  result: ParseDatasetResult,
  expected: { readonly code: string; readonly path: string; readonly severity: IssueSeverity },
): LocatedIssue {
  const found = result.issues.filter((issue) => issue.code === expected.code && issue.path === expected.path);
  expect(found, `${expected.code} at ${expected.path} among ${JSON.stringify(result.issues.map((i) => [i.code, i.path]))}`).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.severity).toBe(expected.severity);
  expect(issue.message["zh-CN"]).toMatch(/\S/);
  expect(issue.message.en).toMatch(/\S/);
  expect(issue.message["zh-CN"]).not.toMatch(/\{\w+\}/);
  expect(issue.message.en).not.toMatch(/\{\w+\}/);
  return issue;
}

/**
 * Asserts that exactly the records at these pointers (`/organizations/3`) are left out of the parsed dataset
 * and every other input record survives, in order.
 */
export function expectLeftOut(input: SampleDocument, result: ParseDatasetResult, pointers: readonly string[]): void {
  for (const collection of COLLECTION_NAMES) {
    const records = input[collection];
    const expected = records.filter((_, index) => !pointers.includes(`/${collection}/${index}`)).map((r) => inputIdOf(collection, r));
    const actual = (result.dataset[collection] as unknown[]).map((r) => inputIdOf(collection, r));
    expect(actual, collection).toEqual(expected);
  }
}

/** Appends a record to a collection of the document and returns its pointer (`/organizations/3`). */
export function append(document: SampleDocument, collection: CollectionName, record: Record<string, unknown>): string {
  document[collection].push(record);
  return `/${collection}/${document[collection].length - 1}`;
}

/**
 * Asserts that the parsed dataset is referentially whole: every reference of every kept record resolves to a
 * kept record of the right collection, every observation's indicator is the dataset's or a known one, and no
 * id repeats within a collection.
 */
export function expectReferentiallyWhole(
  dataset: Dataset,
  knownIndicators: readonly string[] = INDICATOR_CATALOGUE.map((indicator) => indicator.code),
): void {
  // failures are collected and asserted once: expect() per reference is slow inside property tests
  const failures: string[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  for (const collection of COLLECTION_NAMES) {
    const list = (dataset[collection] as unknown[]).map((record) => inputIdOf(collection, record) as string);
    const set = new Set(list);
    if (set.size !== list.length) failures.push(`${collection}: an id repeats`);
    ids.set(collection, set);
  }
  for (const collection of COLLECTION_NAMES) {
    for (const record of dataset[collection] as RecordOf<CollectionName>[]) {
      visitReferences(collection, record, (target, id, field, index, sub) => {
        if (!ids.get(target)!.has(id)) failures.push(`${collection} ${String(inputIdOf(collection, record))} ${field}[${index}]${sub} → ${target} ${id}`);
      });
    }
  }
  for (const observation of dataset.observations) {
    if (!ids.get("indicators")!.has(observation.indicator) && !knownIndicators.includes(observation.indicator)) {
      failures.push(`observation ${observation.id}: indicator ${observation.indicator}`);
    }
  }
  expect(failures).toEqual([]);
}

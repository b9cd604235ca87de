import { describe, expect, it } from "vitest";
import { DangjianError, indexDataset, parseDataset, type DatasetIndex } from "@dangjian/core";
import type { Policy } from "../policy/policy.js";
import { planPairings, type PairingPlan } from "./plan-pairings.js";
import { buildPairingFlowInstance, solveTreeFlow } from "./pairing-flow-instance.js";
import type { PlanPairingsRequest } from "./plan-request.js";

const AS_OF = "2024-06-30";

/**
 * A province with two prefectures: A (counties A1, A2) and B (county B1), one township per county.
 * Distances from a county to a village: 2 in the county, 4 across the prefecture, 6 across the province;
 * from a prefecture to a village of its own: 3.
 */
function regions(villages: Record<string, object> = {}): object[] {
  const village = (id: string, parentId: string) => ({ id, name: `${id}村`, level: "village", parentId, ...villages[id] });
  return [
    { id: "prov", name: "某省", level: "province" },
    { id: "pref-a", name: "甲州", level: "prefecture", parentId: "prov" },
    { id: "pref-b", name: "乙市", level: "prefecture", parentId: "prov" },
    { id: "county-a1", name: "甲一县", level: "county", parentId: "pref-a" },
    { id: "county-a2", name: "甲二县", level: "county", parentId: "pref-a" },
    { id: "county-b1", name: "乙一县", level: "county", parentId: "pref-b" },
    { id: "town-a1", name: "甲一乡", level: "township", parentId: "county-a1" },
    { id: "town-a2", name: "甲二乡", level: "township", parentId: "county-a2" },
    { id: "town-b1", name: "乙一乡", level: "township", parentId: "county-b1" },
    village("v-a1-1", "town-a1"),
    village("v-a1-2", "town-a1"),
    village("v-a2-1", "town-a2"),
    village("v-b1-1", "town-b1"),
  ];
}

/** Parses a document and indexes it, failing the test on any error issue. */
function indexOf(document: Record<string, unknown>): DatasetIndex {
  const { dataset, issues } = parseDataset({ formatVersion: "1.0", ...document });
  const errors = issues.filter((issue) => issue.severity === "error");
  expect(errors.map((issue) => `${issue.code} ${issue.path}`)).toEqual([]);
  return indexDataset(dataset);
}

const pairsOf = (plan: PairingPlan): string[] => plan.proposals.map((p) => `${p.helper.id}→${p.target.id}`);

/** The plan agrees with the aggregated flow instance solved on its own, and its proposals are valid pairings. */
function expectConsistent(index: DatasetIndex, request: PlanPairingsRequest, plan: PairingPlan, document: Record<string, unknown>): void {
  const solution = solveTreeFlow(buildPairingFlowInstance(index, request));
  expect(solution.covered).toBe(plan.summary.covered);
  expect(solution.cost).toBe(plan.summary.totalDistance);
  expect(plan.distances.reduce((sum, d) => sum + d, 0)).toBe(plan.summary.totalDistance);
  const pairings = [...((document["pairings"] as object[] | undefined) ?? []), ...plan.proposals];
  const { issues } = parseDataset({ formatVersion: "1.0", ...document, pairings });
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
}

describe("planPairings: organization-village", () => {
  const base = {
    regions: regions({
      "v-a1-1": { designations: [{ kind: "registered-poor", from: "2015-10-01" }] },
      "v-a1-2": { problems: ["poor", "lax"] },
      "v-a2-1": { designations: [{ kind: "weak-and-lax", from: "2020-01-01" }] },
      "v-b1-1": { designations: [{ kind: "weak-and-lax", from: "2019-01-01" }] },
    }),
    organizations: [
      { id: "org-a1", name: "甲一县某局党支部", kind: "branch", sector: "organ", regionId: "county-a1" },
      { id: "org-pref-a", name: "甲州某院党支部", kind: "branch", sector: "public-institution", regionId: "pref-a" },
      { id: "org-b1", name: "乙一县某公司党支部", kind: "branch", sector: "state-owned-enterprise", regionId: "county-b1" },
      { id: "org-a1-village", name: "甲一村党支部", kind: "branch", sector: "village", regionId: "v-a1-1" },
      { id: "org-a1-gone", name: "甲一县已撤销党支部", kind: "branch", sector: "organ", regionId: "county-a1", establishedOn: "2000-01-01", dissolvedOn: "2020-01-01" },
      { id: "org-nowhere", name: "无区域党支部", kind: "branch", sector: "organ" },
    ],
    pairings: [
      // org-a1 already helps v-a2-1 (so it has one village left, and v-a2-1 needs nobody)
      { id: "pair-1", kind: "organization-village", helper: { type: "organization", id: "org-a1" }, target: { type: "region", id: "v-a2-1" }, from: "2021-01-01" },
      // an ended pairing takes no capacity and leaves its village in need
      { id: "pair-2", kind: "organization-village", helper: { type: "organization", id: "org-b1" }, target: { type: "region", id: "v-b1-1" }, from: "2016-01-01", to: "2020-12-31" },
    ],
  };
  const index = indexOf(base);
  const request = { kind: "organization-village", asOf: AS_OF } as const;
  const plan = planPairings(index, request);

  it("uses the same county first, then the prefecture, within capacities left after active pairings", () => {
    // org-a1 has one place left: v-a1-1 (distance 2); v-a1-2 goes to the prefecture (3) rather than county B1 (6)
    expect(pairsOf(plan)).toEqual(["org-a1→v-a1-1", "org-pref-a→v-a1-2", "org-b1→v-b1-1"]);
    expect(plan.distances).toEqual([2, 3, 2]);
    expect(plan.summary).toMatchObject({ demand: 3, covered: 3, uncovered: 0, helpers: 3, supply: 5, helpersUsed: 3, totalDistance: 7, shortfalls: [], uncoveredTargets: [] });
    expectConsistent(index, request, plan, base);
  });

  it("writes pairing records: ids, kind, day, and aims from the village's problems", () => {
    expect(plan.proposals[1]).toEqual({
      id: "proposed-2",
      kind: "organization-village",
      helper: { type: "organization", id: "org-pref-a" },
      target: { type: "region", id: "v-a1-2" },
      from: AS_OF,
      aims: ["tackle-poverty", "tackle-weakness"],
    });
    expect(plan.proposals[0]).not.toHaveProperty("aims");
    expect(plan.policy).toEqual({ id: "one-link-two-helps-three-governances", version: "1" });
  });

  it("leaves nothing to plan once its proposals are recorded", () => {
    const after = indexOf({ ...base, pairings: [...base.pairings, ...plan.proposals.map((p) => ({ ...p, id: `rec-${p.id}` }))] });
    const again = planPairings(after, request);
    expect(again.proposals).toEqual([]);
    expect(again.summary.demand).toBe(0);
  });

  it("draws the same proposals from another exact solver's optimum, which sees the aggregated instance", () => {
    const seen: number[] = [];
    const elsewhere = planPairings(index, request, {
      solve: (instance) => {
        seen.push(instance.nodes.length);
        return solveTreeFlow(instance);
      },
    });
    expect(seen).toEqual([buildPairingFlowInstance(index, request).nodes.length]);
    expect(elsewhere).toEqual(plan);
  });

  it("throws invalid_argument for another solver's solution that is not whole or exceeds what a node has", () => {
    const spoil = (amount: number) => () =>
      planPairings(index, request, {
        solve: (instance) => {
          const solution = solveTreeFlow(instance);
          return { ...solution, nodes: solution.nodes.map((node, i) => (i === solution.nodes.length - 1 ? { ...node, served: amount } : node)) };
        },
      });
    expect(spoil(0.5)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(spoil(99)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("reports shortfalls per county, prefecture and province when capacity runs out", () => {
    const policy: Policy = {
      id: "tight",
      version: "1",
      title: { "zh-CN": "紧", en: "tight" },
      extends: ["one-link-two-helps-three-governances"],
      parameters: { pairing: { villagesPerOrganization: 1 } },
    };
    // organs only: org-a1 (no place left), org-pref-a and org-b1 are out; then org-a1 without its pairing
    const organsOnly = { kind: "organization-village", asOf: AS_OF, policy, helperSectors: ["organ"] } as const;
    const none = planPairings(index, organsOnly);
    expect(none.proposals).toEqual([]);
    expect(none.summary).toMatchObject({ demand: 3, covered: 0, uncovered: 3, helpers: 0 });
    const freed = indexOf({ ...base, pairings: [] });
    const short = planPairings(freed, organsOnly);
    // org-a1 takes one village of its own county; v-a2-1 (4 away) and v-b1-1 (6 away) are also in need
    expect(short.summary).toMatchObject({ demand: 4, covered: 1, uncovered: 3, helpersUsed: 1, totalDistance: 2 });
    expect(pairsOf(short)).toEqual(["org-a1→v-a1-1"]);
    expect(short.summary.shortfalls).toEqual([
      { regionId: "prov", name: "某省", level: "province", demand: 4, shortBy: 3 },
      { regionId: "pref-a", name: "甲州", level: "prefecture", demand: 3, shortBy: 2 },
      { regionId: "pref-b", name: "乙市", level: "prefecture", demand: 1, shortBy: 1 },
      { regionId: "county-a1", name: "甲一县", level: "county", demand: 2, shortBy: 1 },
      { regionId: "county-a2", name: "甲二县", level: "county", demand: 1, shortBy: 1 },
      { regionId: "county-b1", name: "乙一县", level: "county", demand: 1, shortBy: 1 },
    ]);
    expect(short.summary.uncoveredTargets.map((t) => [t.target.id, t.shortBy, t.located])).toEqual([
      ["v-a1-2", 1, true],
      ["v-a2-1", 1, true],
      ["v-b1-1", 1, true],
    ]);
    expectConsistent(freed, organsOnly, short, { ...base, pairings: [] });
  });
});

describe("planPairings: cadre-household", () => {
  const household = (id: string, villageId: string, status = "registered-poor") => ({ id, villageId, status });
  const base = {
    regions: regions(),
    hostUnits: [
      { id: "unit-a1", name: "甲一县某局", kind: "government-organ", regionId: "county-a1" },
      { id: "unit-b1", name: "乙一县某局", kind: "government-organ", regionId: "county-b1" },
    ],
    organizations: [{ id: "org-a2", name: "甲二县某党支部", kind: "branch", sector: "organ", regionId: "county-a2" }],
    people: [
      { id: "p-a1", name: "甲一", cadreRank: "county", employerUnitId: "unit-a1" },
      { id: "p-a2", name: "甲二", cadreRank: "section" },
      { id: "p-b1", name: "乙一", cadreRank: "general", employerUnitId: "unit-b1" },
      { id: "p-lost", name: "无处", cadreRank: "general" },
      { id: "p-plain", name: "群众", employerUnitId: "unit-a1" },
    ],
    // p-a2 sits in county A2 through the organization it is a member of
    memberships: [{ id: "m-1", personId: "p-a2", organizationId: "org-a2", status: "full", from: "2010-01-01" }],
    households: [
      household("h-1", "v-a1-1"),
      household("h-2", "v-a1-1"),
      household("h-3", "v-a1-1"),
      household("h-4", "v-a1-1", "monitored"),
      household("h-5", "v-a1-1", "out-of-poverty"),
      household("h-6", "v-a2-1"),
      household("h-7", "v-b1-1"),
      household("h-8", "v-a1-2"),
      household("h-9", "v-a1-2"),
    ],
    pairings: [
      // p-a1 (4 households) already helps h-8: three places left, and h-8 needs nobody
      { id: "pair-1", kind: "cadre-household", helper: { type: "person", id: "p-a1" }, target: { type: "household", id: "h-8" }, from: "2020-01-01" },
      // an ended pairing: h-9 still needs a cadre
      { id: "pair-2", kind: "cadre-household", helper: { type: "person", id: "p-b1" }, target: { type: "household", id: "h-9" }, from: "2016-01-01", to: "2019-12-31" },
    ],
  };
  const index = indexOf(base);
  const request = { kind: "cadre-household", asOf: AS_OF } as const;
  const plan = planPairings(index, request);

  it("covers every household in need at the least distance, within each rank's capacity", () => {
    // demand: h-1, h-2, h-3, h-4, h-9 in county A1, h-6 in A2, h-7 in B1 = 7; supply: p-a1 3, p-a2 3, p-b1 2 (+ p-lost 2, off the tree)
    // p-a1 takes three A1 households (2 each), p-a2 takes h-6 (2) and the other two A1 households (4 each), p-b1 takes h-7 (2)
    expect(plan.summary).toMatchObject({ demand: 7, covered: 7, uncovered: 0, helpers: 4, supply: 10, helpersUsed: 3, totalDistance: 18 });
    expect(plan.summary.unlocatedHelpers).toEqual([{ type: "person", id: "p-lost" }]);
    const load = (id: string) => plan.proposals.filter((p) => p.helper.id === id).length;
    expect([load("p-a1"), load("p-a2"), load("p-b1"), load("p-lost")]).toEqual([3, 3, 1, 0]);
    expect(pairsOf(plan).filter((pair) => pair.endsWith("h-6") || pair.endsWith("h-7"))).toEqual(["p-a2→h-6", "p-b1→h-7"]);
    expect(plan.proposals.map((p) => p.target.id)).toEqual(["h-1", "h-2", "h-3", "h-4", "h-6", "h-7", "h-9"]);
    expect(plan.proposals.every((p) => p.aims === undefined)).toBe(true);
    expectConsistent(index, request, plan, base);
  });

  it("follows the policy's capacities and statuses", () => {
    const policy: Policy = {
      id: "few",
      version: "1",
      title: { "zh-CN": "少", en: "few" },
      extends: ["one-link-two-helps-three-governances"],
      parameters: { pairing: { householdsPerCadre: { prefecture: 1, county: 2, section: 1, general: 1 }, householdStatusesNeedingHelp: ["registered-poor"] } },
    };
    const tight = planPairings(index, { kind: "cadre-household", asOf: AS_OF, policy });
    // demand 6 (h-4 is only monitored); supply p-a1 1, p-a2 1, p-b1 1: one A1 household each from p-a1, p-a2 h-6, p-b1 h-7
    expect(tight.summary).toMatchObject({ demand: 6, covered: 3, uncovered: 3, totalDistance: 6 });
    expect(tight.summary.shortfalls.find((s) => s.regionId === "county-a1")).toEqual({ regionId: "county-a1", name: "甲一县", level: "county", demand: 4, shortBy: 3 });
    expect(tight.summary.shortfalls.map((s) => s.regionId)).toEqual(["prov", "pref-a", "county-a1"]);
  });
});

describe("planPairings: dispatch", () => {
  const base = {
    regions: regions({
      "v-a1-1": { designations: [{ kind: "post-poverty", from: "2021-01-01" }], problems: ["disorderly"] },
      "v-a1-2": { designations: [{ kind: "registered-poor", from: "2015-10-01", to: "2020-12-31" }] },
      "v-b1-1": { designations: [{ kind: "revitalization-key", from: "2021-06-01" }] },
    }),
    hostUnits: [
      { id: "unit-a1", name: "甲一县某局", kind: "government-organ", regionId: "county-a1" },
      { id: "unit-b1", name: "乙一县某局", kind: "government-organ", regionId: "county-b1" },
    ],
    people: [
      { id: "p-1", name: "现任", inService: true, employerUnitId: "unit-a1" },
      { id: "p-2", name: "甲二", inService: true, employerUnitId: "unit-a1" },
      { id: "p-3", name: "甲三", inService: true, employerUnitId: "unit-a1" },
      { id: "p-4", name: "乙四", inService: true, employerUnitId: "unit-b1" },
      { id: "p-5", name: "无处", inService: true },
      { id: "p-6", name: "退休", inService: false, employerUnitId: "unit-a1" },
      { id: "p-7", name: "前任", inService: true, employerUnitId: "unit-b1" },
    ],
    posts: [
      { id: "post-fs-a1", role: "first-secretary", regionId: "v-a1-1" },
      { id: "post-wt-a1", role: "work-team-member", regionId: "v-a1-1" },
    ],
    postHoldings: [
      { id: "hold-1", postId: "post-fs-a1", personId: "p-1", from: "2023-01-01" },
      // ended: p-7 is free again and the seat counts as empty
      { id: "hold-2", postId: "post-wt-a1", personId: "p-7", from: "2021-06-01", to: "2023-05-31" },
    ],
  };
  const index = indexOf(base);
  const request = { kind: "dispatch", asOf: AS_OF } as const;
  const plan = planPairings(index, request);

  it("fills the seats of key villages left after current holders, nearest people first, and says where it falls short", () => {
    // v-a1-1 needs 3 - 1 = 2, v-b1-1 needs 3; free in-service people placed: p-2, p-3 (A1), p-4, p-7 (B1); p-5 has no region
    expect(pairsOf(plan)).toEqual(["p-2→v-a1-1", "p-3→v-a1-1", "p-4→v-b1-1", "p-7→v-b1-1"]);
    expect(plan.summary).toMatchObject({ demand: 5, covered: 4, uncovered: 1, helpers: 5, supply: 5, helpersUsed: 4, totalDistance: 8 });
    expect(plan.summary.unlocatedHelpers).toEqual([{ type: "person", id: "p-5" }]);
    expect(plan.summary.uncoveredTargets).toEqual([{ target: { type: "region", id: "v-b1-1" }, name: "v-b1-1村", regionId: "v-b1-1", shortBy: 1, located: true }]);
    expect(plan.summary.shortfalls).toEqual([
      { regionId: "prov", name: "某省", level: "province", demand: 5, shortBy: 1 },
      { regionId: "pref-b", name: "乙市", level: "prefecture", demand: 3, shortBy: 1 },
      { regionId: "county-b1", name: "乙一县", level: "county", demand: 3, shortBy: 1 },
    ]);
    expect(plan.proposals[0]).toEqual({
      id: "proposed-1",
      kind: "dispatch",
      helper: { type: "person", id: "p-2" },
      target: { type: "region", id: "v-a1-1" },
      from: AS_OF,
      aims: ["tackle-disorder"],
      sendingUnitId: "unit-a1",
    });
    expectConsistent(index, request, plan, base);
  });

  it("takes the candidates given instead of every in-service member, still leaving out current holders", () => {
    const chosen = planPairings(index, { kind: "dispatch", asOf: AS_OF, candidateIds: ["p-1", "p-6", "p-4", "p-6"] });
    expect(pairsOf(chosen)).toEqual(["p-6→v-a1-1", "p-4→v-b1-1"]);
    expect(chosen.summary).toMatchObject({ helpers: 2, covered: 2, totalDistance: 4 });
  });

  it("throws for candidates the dataset does not have", () => {
    expect(() => planPairings(index, { kind: "dispatch", asOf: AS_OF, candidateIds: ["p-404"] })).toThrow(expect.objectContaining({ code: "unknown_reference" }));
  });
});

describe("planPairings: misuse", () => {
  const index = indexOf({ regions: regions() });
  it.each(["2024-13-01", "20240630", "2023-02-29", ""])("throws invalid_argument for asOf %j", (asOf) => {
    expect(() => planPairings(index, { kind: "cadre-household", asOf })).toThrow(DangjianError);
    expect(() => planPairings(index, { kind: "cadre-household", asOf })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
  it("throws invalid_argument for a kind it does not plan", () => {
    expect(() => planPairings(index, { kind: "branch-village", asOf: AS_OF } as unknown as PlanPairingsRequest)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
  it("plans nothing for a dataset with nothing in need", () => {
    const plan = planPairings(index, { kind: "organization-village", asOf: AS_OF });
    expect(plan.proposals).toEqual([]);
    expect(plan.summary).toMatchObject({ demand: 0, covered: 0, uncovered: 0, helpersUsed: 0, totalDistance: 0, shortfalls: [] });
  });
});

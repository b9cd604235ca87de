import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CADRE_RANKS, emptyDataset, indexDataset, type CadreRank, type Dataset, type Household, type Pairing, type Person, type Region } from "@dangjian/core";
import type { Policy } from "../policy/policy.js";
import { planPairings } from "./plan-pairings.js";

/** Edges between two regions through their lowest common ancestor; Infinity across trees or off the tree. */
function regionDistance(regions: readonly Region[], a: string | undefined, b: string): number {
  const parentOf = new Map(regions.map((region) => [region.id, region.parentId]));
  const up = (id: string | undefined): string[] => {
    const path: string[] = [];
    for (let at = id; at !== undefined && parentOf.has(at); at = parentOf.get(at)) path.push(at);
    return path;
  };
  const pa = up(a);
  const pb = up(b);
  for (let i = 0; i < pa.length; i++) {
    const j = pb.indexOf(pa[i]!);
    if (j >= 0) return i + j;
  }
  return Infinity;
}

/** Every assignment of households to cadres with places left, or to none: the best (coverage, distance). */
function bruteForce(distance: (helper: number, target: number) => number, capacities: number[], targets: number): { covered: number; cost: number } {
  let best = { covered: 0, cost: 0 };
  const visit = (t: number, covered: number, cost: number): void => {
    if (t === targets) {
      if (covered > best.covered || (covered === best.covered && cost < best.cost)) best = { covered, cost };
      return;
    }
    visit(t + 1, covered, cost);
    capacities.forEach((left, h) => {
      const d = distance(h, t);
      if (left === 0 || d === Infinity) return;
      capacities[h] = left - 1;
      visit(t + 1, covered + 1, cost + d);
      capacities[h] = left;
    });
  };
  visit(0, 0, 0);
  return best;
}

/** A random region forest, cadres in units at its regions (or nowhere), households in its regions, some already paired. */
const world = fc.integer({ min: 1, max: 9 }).chain((size) =>
  fc.record({
    parents: fc.tuple(...Array.from({ length: size }, (_, v) => (v === 0 ? fc.constant(-1) : fc.oneof({ weight: 1, arbitrary: fc.constant(-1) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: v - 1 }) })))),
    perRank: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    cadres: fc.array(fc.record({ rank: fc.constantFrom(...CADRE_RANKS), region: fc.integer({ min: -1, max: size - 1 }) }), { maxLength: 5 }),
    households: fc.array(fc.record({ region: fc.integer({ min: 0, max: size - 1 }), status: fc.constantFrom("registered-poor" as const, "monitored" as const, "other" as const) }), { maxLength: 7 }),
    paired: fc.array(fc.record({ cadre: fc.nat(), household: fc.nat(), ended: fc.boolean() }), { maxLength: 3 }),
  }),
);

describe("planPairings against brute force on random datasets", () => {
  it("cadre-household: covers the most households, then at the least total distance", () => {
    fc.assert(
      fc.property(world, ({ parents, perRank, cadres, households, paired }) => {
        const regions: Region[] = parents.map((p, v) => ({ id: `r${v}`, name: `区域${v}`, level: "village", ...(p >= 0 ? { parentId: `r${p}` } : {}) }));
        const people: Person[] = cadres.map((cadre, c) => ({ id: `p${c}`, name: `干部${c}`, cadreRank: cadre.rank, ...(cadre.region >= 0 ? { employerUnitId: `u${cadre.region}` } : {}) }));
        const homes: Household[] = households.map((household, h) => ({ id: `h${h}`, villageId: `r${household.region}`, status: household.status }));
        const pairings: Pairing[] =
          cadres.length === 0 || households.length === 0
            ? []
            : paired.map((pair, i) => ({
                id: `pair${i}`,
                kind: "cadre-household",
                helper: { type: "person", id: `p${pair.cadre % cadres.length}` },
                target: { type: "household", id: `h${pair.household % households.length}` },
                from: "2020-01-01",
                ...(pair.ended ? { to: "2021-01-01" } : {}),
              }));
        const dataset: Dataset = {
          ...emptyDataset(),
          regions,
          hostUnits: regions.map((region, v) => ({ id: `u${v}`, name: `单位${v}`, kind: "government-organ", regionId: region.id })),
          people,
          households: homes,
          pairings,
        };
        const capacityOf = Object.fromEntries(CADRE_RANKS.map((rank, i) => [rank, perRank[i]!])) as Record<CadreRank, number>;
        const policy: Policy = {
          id: "random",
          version: "1",
          title: { "zh-CN": "随机", en: "random" },
          extends: ["one-link-two-helps-three-governances"],
          parameters: { pairing: { householdsPerCadre: capacityOf, householdStatusesNeedingHelp: ["registered-poor", "monitored"] } },
        };
        const plan = planPairings(indexDataset(dataset), { kind: "cadre-household", asOf: "2024-06-30", policy });

        // the oracle's own reading of the data: capacity less active pairings, households in need and not paired
        const active = pairings.filter((pairing) => pairing.to === undefined);
        const capacities = people.map((person) => Math.max(0, capacityOf[person.cadreRank!] - active.filter((p) => p.helper.id === person.id).length));
        const needy = homes.filter((home) => home.status !== "other" && !active.some((p) => p.target.id === home.id));
        const regionOf = (person: Person) => (person.employerUnitId === undefined ? undefined : `r${person.employerUnitId.slice(1)}`);
        const best = bruteForce((h, t) => regionDistance(regions, regionOf(people[h]!), needy[t]!.villageId), [...capacities], needy.length);

        expect(plan.summary.demand).toBe(needy.length);
        expect(plan.summary.covered).toBe(best.covered);
        expect(plan.summary.totalDistance).toBe(best.cost);
        plan.proposals.forEach((proposal, i) => {
          const person = people.find((p) => p.id === proposal.helper.id)!;
          const home = needy.find((h) => h.id === proposal.target.id)!;
          expect(plan.distances[i]).toBe(regionDistance(regions, regionOf(person), home.villageId));
        });
        people.forEach((person, h) => expect(plan.proposals.filter((p) => p.helper.id === person.id).length).toBeLessThanOrEqual(capacities[h]!));
        expect(new Set(plan.proposals.map((p) => p.target.id)).size).toBe(plan.proposals.length);
      }),
      { numRuns: 300 },
    );
  });
});

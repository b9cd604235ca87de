import { describe, expect, it } from "vitest";
import { CADRE_RANKS, emptyDataset, indexDataset, type Dataset, type HostUnit, type Household, type Person, type Region } from "@dangjian/core";
import { planPairings } from "./plan-pairings.js";
import { buildPairingFlowInstance, solveTreeFlow } from "./pairing-flow-instance.js";

/**
 * A province at Qinghai's scale, built directly: 8 prefectures, 45 counties, 405 townships, 4,716 villages;
 * 145,000 cadres in county and prefecture units, crowded into the first prefectures; 159,200 households.
 */
function province(): Dataset {
  const regions: Region[] = [{ id: "p", name: "省", level: "province" }];
  const units: HostUnit[] = [];
  const villages: string[] = [];
  for (let f = 0; f < 8; f++) {
    regions.push({ id: `f${f}`, name: `州${f}`, level: "prefecture", parentId: "p" });
    units.push({ id: `uf${f}`, name: `州${f}单位`, kind: "government-organ", regionId: `f${f}` });
    for (let c = f * 6; c < Math.min(45, f * 6 + 6); c++) {
      regions.push({ id: `c${c}`, name: `县${c}`, level: "county", parentId: `f${f}` });
      units.push({ id: `uc${c}`, name: `县${c}单位`, kind: "government-organ", regionId: `c${c}` });
      for (let t = c * 9; t < c * 9 + 9; t++) regions.push({ id: `t${t}`, name: `乡${t}`, level: "township", parentId: `c${c}` });
    }
  }
  for (let v = 0; v < 4716; v++) {
    villages.push(`v${v}`);
    regions.push({ id: `v${v}`, name: `村${v}`, level: "village", parentId: `t${v % 405}` });
  }
  const people: Person[] = [];
  for (let i = 0; i < 145_000; i++) {
    // squared spread: most cadres work in the low-numbered units, so households elsewhere must be served from afar
    const u = Math.floor(((i * 7919) % 145_000) ** 2 / 145_000 ** 2 * units.length);
    people.push({ id: `cadre${i}`, name: `干部${i}`, cadreRank: CADRE_RANKS[i % 4]!, employerUnitId: units[u]!.id });
  }
  const households: Household[] = [];
  for (let h = 0; h < 159_200; h++) households.push({ id: `h${h}`, villageId: villages[(h * 31) % villages.length]!, status: h % 5 === 0 ? "monitored" : "registered-poor" });
  return { ...emptyDataset(), regions, hostUnits: units, people, households };
}

describe("planPairings at province scale", () => {
  const index = indexDataset(province());

  // speed is measured by `pnpm bench` against an LP solver on the same instance, not here
  it("plans 159,200 households for 145,000 cadres, its proposals adding up to the optimum of the regional flow", () => {
    const plan = planPairings(index, { kind: "cadre-household", asOf: "2024-06-30" });
    expect(plan.summary.covered).toBe(159_200);
    const optimum = solveTreeFlow(buildPairingFlowInstance(index, { kind: "cadre-household", asOf: "2024-06-30" }));
    expect(plan.summary.totalDistance).toBe(optimum.cost);
  }, 120_000);

  it("says where coverage falls short when capacity cannot meet need", () => {
    const policy = {
      id: "one-each",
      version: "1",
      title: { "zh-CN": "每人一户", en: "one household each" },
      extends: ["one-link-two-helps-three-governances"],
      parameters: { pairing: { householdsPerCadre: { prefecture: 1, county: 1, section: 1, general: 1 } } },
    };
    const plan = planPairings(index, { kind: "cadre-household", asOf: "2024-06-30", policy });
    expect(plan.summary).toMatchObject({ demand: 159_200, covered: 145_000, uncovered: 14_200, helpersUsed: 145_000 });
    const province = plan.summary.shortfalls[0];
    expect(province).toMatchObject({ regionId: "p", level: "province", demand: 159_200, shortBy: 14_200 });
    const counties = plan.summary.shortfalls.filter((shortfall) => shortfall.level === "county");
    expect(counties.reduce((sum, county) => sum + county.shortBy, 0)).toBe(14_200);
    expect(plan.summary.uncoveredTargets).toHaveLength(14_200);
  }, 120_000);
});

import type { CalendarDate, DatasetIndex, Pairing, PairingParty, RegionLevel } from "@dangjian/core";
import { collectPairingCandidates } from "./collect-pairing-candidates.js";
import type { PlanPairingsRequest, PlannedPairingKind } from "./plan-request.js";
import { regionForest } from "./region-forest.js";
import { transportUnits } from "./tree-transport.js";

/**
 * A proposed pairing: a record of the core `Pairing` shape, ready to add to a dataset, with id `proposed-<n>`,
 * `from` the plan's day and, for a village, the aims its problems call for.
 *
 * @category Planner
 */
export type ProposedPairing = Pairing & {
  /** The plan's day. */
  readonly from: CalendarDate;
};

/**
 * Where a plan falls short: a county, prefecture or province (or, in a tree without those levels, its root) with
 * targets left uncovered below it.
 *
 * @category Planner
 */
export interface PlanShortfall {
  /** The region's id. */
  readonly regionId: string;
  /** Its name. */
  readonly name: string;
  /** Its level. */
  readonly level: RegionLevel;
  /** Units needed in it. */
  readonly demand: number;
  /** Units left uncovered in it. */
  readonly shortBy: number;
}

/**
 * A target the plan leaves (partly) uncovered.
 *
 * @category Planner
 */
export interface UncoveredTarget {
  /** The target. */
  readonly target: PairingParty;
  /** Its name. */
  readonly name: string;
  /** Its region. */
  readonly regionId: string;
  /** Units it still lacks. */
  readonly shortBy: number;
  /** False when its region is not in the region tree, so no helper can be placed near it. */
  readonly located: boolean;
}

/**
 * The figures of a plan.
 *
 * @category Planner
 */
export interface PairingPlanSummary {
  /** Units needed: one per village or household, the empty seats for a dispatch. */
  readonly demand: number;
  /** Helpers with spare capacity. */
  readonly helpers: number;
  /** Their spare capacity in all. */
  readonly supply: number;
  /** Units the proposals cover. */
  readonly covered: number;
  /** Units left uncovered (`demand - covered`). */
  readonly uncovered: number;
  /** Helpers the proposals use. */
  readonly helpersUsed: number;
  /** Edges of the region tree between each helper's region and its target's, summed over the proposals. */
  readonly totalDistance: number;
  /** Each county, prefecture and province with uncovered targets, provinces first, then by id. */
  readonly shortfalls: readonly PlanShortfall[];
  /** The targets left uncovered, by id. */
  readonly uncoveredTargets: readonly UncoveredTarget[];
  /** Helpers whose region is unknown or not in the region tree: they take no part, by id. */
  readonly unlocatedHelpers: readonly PairingParty[];
}

/**
 * What {@link planPairings} returns.
 *
 * @category Planner
 */
export interface PairingPlan {
  /** The kind planned. */
  readonly kind: PlannedPairingKind;
  /** The day. */
  readonly asOf: CalendarDate;
  /** The policy whose parameters were used, as `id` and `version`. */
  readonly policy: {
    /** The policy's id. */
    readonly id: string;
    /** Its version. */
    readonly version: string;
  };
  /** The proposed pairings, by target id then helper id. */
  readonly proposals: readonly ProposedPairing[];
  /** `distances[i]`: edges of the region tree between the regions of `proposals[i]`'s helper and target. */
  readonly distances: readonly number[];
  /** The figures. */
  readonly summary: PairingPlanSummary;
}

const LEVEL_RANK: Readonly<Record<string, number>> = { province: 0, prefecture: 1, county: 2 };

/**
 * Proposes pairings that cover every village or household that needs help within helper capacities, preferring
 * nearby helpers. The plan is exact: it covers as many units as any plan can, and among those plans its total
 * distance (edges of the region tree between helper and target, through their lowest common ancestor) is the
 * least, so a helper in the same county beats one across the prefecture. Helpers and targets are those
 * {@link collectPairingCandidates} finds. A helper serves only targets in its own region tree; helpers whose region
 * is unknown or off the tree take no part (`unlocatedHelpers`), and targets off the tree stay uncovered
 * (`located: false`). Runs in time linear in helpers and targets plus regions times tree height: well under a
 * second for a province.
 *
 * @param index - the dataset's index
 * @param request - the kind, the day, the policy and the kind's options
 * @returns the proposals, their distances and the figures, with where and by how much coverage falls short
 * @throws DangjianError `invalid_argument` for a bad kind or day, `invalid_policy` for a policy that cannot be
 *   resolved, `unknown_reference` for dispatch candidates the dataset does not have
 * @example
 * ```ts
 * const plan = planPairings(index, { kind: "organization-village", asOf: "2024-06-30" });
 * plan.summary.uncovered; // 0 when every village needing help gets an organization
 * plan.proposals[0]; // { id: "proposed-1", kind: "organization-village", helper: …, target: …, from: "2024-06-30", aims: […] }
 * ```
 * @category Planner
 */
export function planPairings(index: DatasetIndex, request: PlanPairingsRequest): PairingPlan {
  const { kind, asOf, policy, helpers, targets } = collectPairingCandidates(index, request);
  const forest = regionForest(index);
  const { parents } = forest.layout;
  const nodeOf = (regionId: string | undefined): number => (regionId === undefined ? -1 : (forest.nodeOf.get(regionId) ?? -1));
  const { matches, helperPlaced, targetPlaced } = transportUnits(
    forest.layout,
    helpers.map((helper) => ({ node: nodeOf(helper.regionId), units: helper.capacity })),
    targets.map((target) => ({ node: nodeOf(target.regionId), units: target.demand })),
  );
  // helpers and targets are sorted by id, so their indices order the proposals
  const ordered = [...matches].sort((a, b) => a.target - b.target || a.helper - b.helper);
  const proposals: ProposedPairing[] = [];
  const distances: number[] = [];
  const served = new Array<number>(targets.length).fill(0);
  const used = new Set<number>();
  let totalDistance = 0;
  for (const match of ordered) {
    const helper = helpers[match.helper]!;
    const target = targets[match.target]!;
    served[match.target]! += match.units;
    used.add(match.helper);
    // every kind has targets needing one unit or helpers giving one, so a match is one unit and one pairing
    proposals.push({
      id: `proposed-${proposals.length + 1}`,
      kind,
      helper: { ...helper.helper },
      target: { ...target.target },
      from: asOf,
      ...(target.aims === undefined ? {} : { aims: [...target.aims] }),
      ...(helper.sendingUnitId === undefined ? {} : { sendingUnitId: helper.sendingUnitId }),
    });
    distances.push(match.distance);
    totalDistance += match.units * match.distance;
  }

  const regionDemand = new Map<number, number>();
  const regionShort = new Map<number, number>();
  const uncoveredTargets: UncoveredTarget[] = [];
  targets.forEach((target, t) => {
    const shortBy = target.demand - served[t]!;
    if (shortBy > 0) uncoveredTargets.push({ target: target.target, name: target.name, regionId: target.regionId, shortBy, located: targetPlaced[t]! });
    if (!targetPlaced[t]) return;
    let counted = false;
    let root = -1;
    for (let v = nodeOf(target.regionId); v >= 0; v = parents[v]!) {
      root = v;
      if (LEVEL_RANK[forest.regions[v]!.level] === undefined) continue;
      counted = true;
      regionDemand.set(v, (regionDemand.get(v) ?? 0) + target.demand);
      if (shortBy > 0) regionShort.set(v, (regionShort.get(v) ?? 0) + shortBy);
    }
    if (!counted) {
      regionDemand.set(root, (regionDemand.get(root) ?? 0) + target.demand);
      if (shortBy > 0) regionShort.set(root, (regionShort.get(root) ?? 0) + shortBy);
    }
  });
  const shortfalls = [...regionShort].map(([v, shortBy]): PlanShortfall => {
    const region = forest.regions[v]!;
    return { regionId: region.id, name: region.name, level: region.level, demand: regionDemand.get(v) ?? 0, shortBy };
  });
  shortfalls.sort((a, b) => (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) || (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : 0));

  const demand = targets.reduce((sum, target) => sum + target.demand, 0);
  const covered = served.reduce((sum, units) => sum + units, 0);
  return {
    kind,
    asOf,
    policy: { id: policy.id, version: policy.version },
    proposals,
    distances,
    summary: {
      demand,
      helpers: helpers.length,
      supply: helpers.reduce((sum, helper) => sum + helper.capacity, 0),
      covered,
      uncovered: demand - covered,
      helpersUsed: used.size,
      totalDistance,
      shortfalls,
      uncoveredTargets,
      unlocatedHelpers: helpers.filter((_, h) => !helperPlaced[h]).map((helper) => helper.helper),
    },
  };
}

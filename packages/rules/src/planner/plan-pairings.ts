import type { CalendarDate, DatasetIndex, Pairing, PairingParty, RegionLevel } from "@dangjian/core";
import { collectPairingCandidates } from "./collect-pairing-candidates.js";
import type { PlanPairingsRequest, PlannedPairingKind } from "./plan-request.js";
import { amountsOnForest, flowInstanceOnForest } from "./forest-flow-instance.js";
import type { TreeFlowInstance, TreeFlowSolution } from "./pairing-flow-instance.js";
import { regionForest, type RegionForest } from "./region-forest.js";
import { transportUnits, type MatchedUnits, type TreeTransportAmounts } from "./tree-transport.js";

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

/**
 * Options of {@link planPairings}.
 *
 * @category Planner
 */
export interface PlanPairingsOptions {
  /**
   * Another exact solver of the aggregated instance (the one {@link buildPairingFlowInstance} builds), an LP solver
   * for instance, used instead of the planner's own tree algorithm; the proposals are then drawn from its optimum
   * exactly as from the planner's. It must return an optimal solution; only the supply used and the demand served
   * at each node are read, each a whole number within the node's amounts.
   *
   * @param instance - the aggregated instance
   * @returns its optimum
   */
  readonly solve?: (instance: TreeFlowInstance) => TreeFlowSolution;
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
 * @param options - another solver of the aggregated instance, to use instead of the planner's own
 * @returns the proposals, their distances and the figures, with where and by how much coverage falls short
 * @throws DangjianError `invalid_argument` for a bad kind or day, or a solver's solution that is not whole or
 *   exceeds a node's amounts; `invalid_policy` for a policy that cannot be resolved; `unknown_reference` for dispatch
 *   candidates the dataset does not have
 * @example
 * ```ts
 * const plan = planPairings(index, { kind: "organization-village", asOf: "2024-06-30" });
 * plan.summary.uncovered; // 0 when every village needing help gets an organization
 * plan.proposals[0]; // { id: "proposed-1", kind: "organization-village", helper: …, target: …, from: "2024-06-30", aims: […] }
 * ```
 * @category Planner
 */
export function planPairings(index: DatasetIndex, request: PlanPairingsRequest, options: PlanPairingsOptions = {}): PairingPlan {
  const { kind, asOf, policy, helpers, targets } = collectPairingCandidates(index, request);
  const forest = regionForest(index);
  const { parents } = forest.layout;
  const nodeOf = (regionId: string | undefined): number => (regionId === undefined ? -1 : (forest.nodeOf.get(regionId) ?? -1));
  const { solve } = options;
  const { matches, helperPlaced, targetPlaced } = transportUnits(
    forest.layout,
    helpers.map((helper) => ({ node: nodeOf(helper.regionId), units: helper.capacity })),
    targets.map((target) => ({ node: nodeOf(target.regionId), units: target.demand })),
    solve === undefined ? undefined : (supply, demand) => solveElsewhere(solve, forest, supply, demand),
  );
  // helpers and targets are sorted by id, so their indices order the proposals: matches by target, then by helper
  const byTarget: MatchedUnits[][] = new Array<MatchedUnits[]>(targets.length);
  for (const match of matches) (byTarget[match.target] ??= []).push(match);
  const proposals: ProposedPairing[] = [];
  const distances: number[] = [];
  const served = new Float64Array(targets.length);
  const used = new Uint8Array(helpers.length);
  let helpersUsed = 0;
  let totalDistance = 0;
  for (let t = 0; t < targets.length; t++) {
    const matched = byTarget[t];
    if (matched === undefined) continue;
    if (matched.length > 1) matched.sort((a, b) => a.helper - b.helper);
    const target = targets[t]!;
    for (const match of matched) {
      const helper = helpers[match.helper]!;
      served[t]! += match.units;
      if (used[match.helper] === 0) {
        used[match.helper] = 1;
        helpersUsed += 1;
      }
      // every kind has targets needing one unit or helpers giving one, so a match is one unit and one pairing
      const proposal: Mutable<ProposedPairing> = {
        id: `proposed-${proposals.length + 1}`,
        kind,
        helper: { type: helper.helper.type, id: helper.helper.id },
        target: { type: target.target.type, id: target.target.id },
        from: asOf,
      };
      if (target.aims !== undefined) proposal.aims = [...target.aims];
      if (helper.sendingUnitId !== undefined) proposal.sendingUnitId = helper.sendingUnitId;
      proposals.push(proposal);
      distances.push(match.distance);
      totalDistance += match.units * match.distance;
    }
  }

  const regionDemand = new Map<number, number>();
  const regionShort = new Map<number, number>();
  const uncoveredTargets: UncoveredTarget[] = [];
  let demand = 0;
  let covered = 0;
  targets.forEach((target, t) => {
    demand += target.demand;
    covered += served[t]!;
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
      helpersUsed,
      totalDistance,
      shortfalls,
      uncoveredTargets,
      unlocatedHelpers: helpers.filter((_, h) => !helperPlaced[h]).map((helper) => helper.helper),
    },
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// hands the amounts placed on the forest to another solver as the aggregated instance, and reads its optimum back
function solveElsewhere(
  solve: (instance: TreeFlowInstance) => TreeFlowSolution,
  forest: RegionForest,
  supply: Float64Array,
  demand: Float64Array,
): TreeTransportAmounts {
  const { instance, forestNodes } = flowInstanceOnForest(forest, supply, demand, 0, 0);
  const solution = solve(instance);
  const { used, served } = amountsOnForest(instance, forestNodes, supply.length, solution);
  // the solver's own figures are not trusted: coverage and distance follow from the amounts, |U_e - M_e| per edge
  const { order, parents } = forest.layout;
  const net = new Float64Array(supply.length);
  let covered = 0;
  let cost = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    covered += served[v]!;
    net[v]! += used[v]! - served[v]!;
    const p = parents[v]!;
    if (p < 0) continue;
    cost += Math.abs(net[v]!);
    net[p]! += net[v]!;
  }
  return { used, served, covered, cost };
}

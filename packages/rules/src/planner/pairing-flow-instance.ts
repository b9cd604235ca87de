import { DangjianError, type DatasetIndex } from "@dangjian/core";
import { collectPairingCandidates } from "./collect-pairing-candidates.js";
import type { PlanPairingsRequest } from "./plan-request.js";
import { regionForest } from "./region-forest.js";
import { flowInstanceOnForest } from "./forest-flow-instance.js";
import { layOutForest, solveTreeTransport } from "./tree-transport.js";

/**
 * A region of a {@link TreeFlowInstance}, with the supply and demand placed on it.
 *
 * @category Planner
 */
export interface TreeFlowNode {
  /** The region's id. */
  readonly id: string;
  /** Its parent's id, or null for a root. */
  readonly parentId: string | null;
  /** Spare helper capacity sitting in this region (not below it). */
  readonly supply: number;
  /** Units needed in this region (not below it). */
  readonly demand: number;
}

/**
 * An arc of a {@link TreeFlowInstance}: one direction of a tree edge.
 *
 * @category Planner
 */
export interface TreeFlowArc {
  /** Tail region id. */
  readonly from: string;
  /** Head region id. */
  readonly to: string;
  /** Cost per unit, always 1: distance counts edges. */
  readonly cost: number;
}

/**
 * The aggregated min-cost-flow instance the planner solves, on the region tree, so any other solver (an LP) can
 * be given exactly the same problem. Nodes are the regions whose subtree holds supply or demand, parents before
 * children; arcs are their tree edges in both directions with cost 1, uncapacitated.
 *
 * As a linear program: flows f_a ≥ 0 on the arcs, used supply 0 ≤ g_v ≤ supply_v and served demand
 * 0 ≤ h_v ≤ demand_v at each node, conservation g_v + Σ_{a into v} f_a = h_v + Σ_{a out of v} f_a. First maximize
 * Σ h_v (the plan's `covered`), then with Σ h_v fixed minimize Σ cost_a · f_a (the plan's `totalDistance`);
 * equivalently, minimize Σ cost_a · f_a − nodes.length · Σ h_v in one LP, since serving one more unit never costs
 * more than nodes.length − 1. The constraint matrix is a network matrix, so LP optima are integral.
 *
 * @category Planner
 */
export interface TreeFlowInstance {
  /** The regions, parents before children. */
  readonly nodes: readonly TreeFlowNode[];
  /** Each tree edge in both directions. */
  readonly arcs: readonly TreeFlowArc[];
  /** Spare capacity of helpers off the region tree, which takes no part. */
  readonly unlocatedSupply: number;
  /** Units needed by targets off the region tree, which stay uncovered. */
  readonly unlocatedDemand: number;
}

/**
 * The optimum of a {@link TreeFlowInstance}.
 *
 * @category Planner
 */
export interface TreeFlowSolution {
  /** Units served: the most any flow serves. */
  readonly covered: number;
  /** The least total cost of a flow serving `covered` units. */
  readonly cost: number;
  /** Supply used and demand served at each node, in the instance's order. */
  readonly nodes: readonly {
    /** The region's id. */
    readonly id: string;
    /** Supply used at it. */
    readonly used: number;
    /** Demand served at it. */
    readonly served: number;
  }[];
  /** The non-zero arc flows of one optimal flow. */
  readonly flows: readonly {
    /** Tail region id. */
    readonly from: string;
    /** Head region id. */
    readonly to: string;
    /** Units carried. */
    readonly units: number;
  }[];
}

/**
 * Builds the aggregated min-cost-flow instance of a planning request on the region tree: the supply and demand of
 * {@link collectPairingCandidates}, summed per region, with the tree edges as arcs of cost 1. It is the problem
 * {@link planPairings} solves, for a benchmark to hand to an LP solver and compare optima.
 *
 * @param index - the dataset's index
 * @param request - the kind, the day, the policy and the kind's options
 * @returns the instance
 * @throws DangjianError as {@link collectPairingCandidates}
 * @example
 * ```ts
 * const instance = buildPairingFlowInstance(index, { kind: "cadre-household", asOf: "2024-06-30" });
 * const { covered, cost } = solveTreeFlow(instance);
 * // planPairings(index, request).summary: covered === covered, totalDistance === cost
 * ```
 * @category Planner
 */
export function buildPairingFlowInstance(index: DatasetIndex, request: PlanPairingsRequest): TreeFlowInstance {
  const { helpers, targets } = collectPairingCandidates(index, request);
  const forest = regionForest(index);
  const { nodeOf, layout } = forest;
  const n = layout.parents.length;
  const supply = new Float64Array(n);
  const demand = new Float64Array(n);
  let unlocatedSupply = 0;
  let unlocatedDemand = 0;
  const place = (regionId: string | undefined): number => {
    const v = regionId === undefined ? -1 : (nodeOf.get(regionId) ?? -1);
    return v >= 0 && layout.depth[v]! >= 0 ? v : -1;
  };
  for (const helper of helpers) {
    const v = place(helper.regionId);
    if (v < 0) unlocatedSupply += helper.capacity;
    else supply[v]! += helper.capacity;
  }
  for (const target of targets) {
    const v = place(target.regionId);
    if (v < 0) unlocatedDemand += target.demand;
    else demand[v]! += target.demand;
  }
  return flowInstanceOnForest(forest, supply, demand, unlocatedSupply, unlocatedDemand).instance;
}

/**
 * Solves a {@link TreeFlowInstance} exactly with the planner's tree algorithm: the most demand served, then the
 * least cost, in O(nodes · height). Arcs are read from `parentId`; every tree edge costs 1.
 *
 * @param instance - the instance
 * @returns the optimum: coverage, cost, amounts per node and one optimal flow
 * @throws DangjianError `invalid_argument` when a parent id names no node, or an amount is negative or not an integer
 * @example
 * ```ts
 * solveTreeFlow({
 *   nodes: [
 *     { id: "county", parentId: null, supply: 1, demand: 0 },
 *     { id: "village", parentId: "county", supply: 0, demand: 2 },
 *   ],
 *   arcs: [], unlocatedSupply: 0, unlocatedDemand: 0,
 * }); // { covered: 1, cost: 1, … }
 * ```
 * @category Planner
 */
export function solveTreeFlow(instance: TreeFlowInstance): TreeFlowSolution {
  const indexOf = new Map<string, number>();
  instance.nodes.forEach((node, v) => indexOf.set(node.id, v));
  const parents = instance.nodes.map((node) => {
    if (node.parentId === null) return -1;
    const p = indexOf.get(node.parentId);
    if (p === undefined) throw new DangjianError("invalid_argument", `node ${node.id} names parent ${node.parentId}, which is not a node`);
    return p;
  });
  for (const node of instance.nodes) {
    for (const amount of [node.supply, node.demand]) {
      if (!Number.isInteger(amount) || amount < 0) throw new DangjianError("invalid_argument", `node ${node.id} has supply and demand ${node.supply}, ${node.demand}; both must be whole and not negative`);
    }
  }
  const layout = layOutForest(parents);
  const amounts = solveTreeTransport(
    layout,
    instance.nodes.map((node) => node.supply),
    instance.nodes.map((node) => node.demand),
  );
  const net = new Float64Array(instance.nodes.length);
  for (let i = layout.order.length - 1; i >= 0; i--) {
    const v = layout.order[i]!;
    net[v]! += amounts.used[v]! - amounts.served[v]!;
    const p = parents[v]!;
    if (p >= 0) net[p]! += net[v]!;
  }
  const flows: { from: string; to: string; units: number }[] = [];
  instance.nodes.forEach((node, v) => {
    const p = parents[v]!;
    if (p < 0 || net[v] === 0) return;
    const parentId = instance.nodes[p]!.id;
    flows.push(net[v]! > 0 ? { from: node.id, to: parentId, units: net[v]! } : { from: parentId, to: node.id, units: -net[v]! });
  });
  return {
    covered: amounts.covered,
    cost: amounts.cost,
    nodes: instance.nodes.map((node, v) => ({ id: node.id, used: amounts.used[v]!, served: amounts.served[v]! })),
    flows,
  };
}

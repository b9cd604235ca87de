import { DangjianError } from "@dangjian/core";
import type { TreeFlowArc, TreeFlowInstance, TreeFlowNode, TreeFlowSolution } from "./pairing-flow-instance.js";
import type { RegionForest } from "./region-forest.js";

/**
 * The aggregated instance of amounts already placed on the region forest, and the forest node of each instance
 * node, so a solution can be read back onto the forest.
 *
 * @param forest - the numbered region forest
 * @param supply - supply units at each forest node
 * @param demand - demand units at each forest node
 * @param unlocatedSupply - supply off the forest
 * @param unlocatedDemand - demand off the forest
 * @returns the instance and, for each of its nodes, the forest node
 * @internal
 */
export function flowInstanceOnForest(
  forest: RegionForest,
  supply: ArrayLike<number>,
  demand: ArrayLike<number>,
  unlocatedSupply: number,
  unlocatedDemand: number,
): { readonly instance: TreeFlowInstance; readonly forestNodes: readonly number[] } {
  const { regions, layout } = forest;
  const n = layout.parents.length;
  const below = new Float64Array(n);
  for (let i = layout.order.length - 1; i >= 0; i--) {
    const v = layout.order[i]!;
    below[v]! += supply[v]! + demand[v]!;
    const p = layout.parents[v]!;
    if (p >= 0) below[p]! += below[v]!;
  }
  const nodes: TreeFlowNode[] = [];
  const arcs: TreeFlowArc[] = [];
  const forestNodes: number[] = [];
  for (const v of layout.order) {
    // a subtree without supply or demand never carries flow
    if (below[v] === 0) continue;
    const p = layout.parents[v]!;
    const id = regions[v]!.id;
    const parentId = p >= 0 ? regions[p]!.id : null;
    nodes.push({ id, parentId, supply: supply[v]!, demand: demand[v]! });
    forestNodes.push(v);
    if (parentId !== null) arcs.push({ from: id, to: parentId, cost: 1 }, { from: parentId, to: id, cost: 1 });
  }
  return { instance: { nodes, arcs, unlocatedSupply, unlocatedDemand }, forestNodes };
}

/**
 * Reads another solver's optimum of an instance back onto the forest: the supply used and the demand served at each
 * forest node. Programmer errors throw: an amount that is not whole, or outside what the node has.
 *
 * @param instance - the instance solved
 * @param forestNodes - the forest node of each instance node
 * @param size - the number of forest nodes
 * @param solution - the solver's solution
 * @returns the amounts per forest node
 * @throws DangjianError `invalid_argument` for a solution node the instance does not have or an amount out of range
 * @internal
 */
export function amountsOnForest(
  instance: TreeFlowInstance,
  forestNodes: readonly number[],
  size: number,
  solution: TreeFlowSolution,
): { readonly used: Float64Array; readonly served: Float64Array } {
  const position = new Map(instance.nodes.map((node, i) => [node.id, i]));
  const used = new Float64Array(size);
  const served = new Float64Array(size);
  for (const amounts of solution.nodes) {
    const i = position.get(amounts.id);
    if (i === undefined) throw new DangjianError("invalid_argument", `the solution names node ${amounts.id}, which the instance does not have`);
    const node = instance.nodes[i]!;
    const inRange = (value: number, most: number): boolean => Number.isInteger(value) && value >= 0 && value <= most;
    if (!inRange(amounts.used, node.supply) || !inRange(amounts.served, node.demand)) {
      throw new DangjianError(
        "invalid_argument",
        `the solution uses ${amounts.used} and serves ${amounts.served} at node ${node.id}, which has supply ${node.supply} and demand ${node.demand}: amounts must be whole and within them`,
      );
    }
    used[forestNodes[i]!] = amounts.used;
    served[forestNodes[i]!] = amounts.served;
  }
  return { used, served };
}

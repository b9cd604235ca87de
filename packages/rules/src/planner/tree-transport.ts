/**
 * A multiset of integer slopes: `counts[i]` units have slope `lo + i`.
 *
 * @internal
 */
interface Slopes {
  readonly lo: number;
  readonly counts: number[];
}

/**
 * A forest in breadth-first order with each node's children.
 *
 * @internal
 */
export interface ForestLayout {
  /** Reachable nodes, parents before children, one tree after another. */
  readonly order: Int32Array;
  /** Number of edges from the node's root; -1 when no root reaches it (a cycle, a dangling parent chain). */
  readonly depth: Int32Array;
  /** The root of each node's tree; -1 when unreachable. */
  readonly rootOf: Int32Array;
  /** Children of node v are `children[childStart[v] .. childStart[v + 1])`, in index order. */
  readonly childStart: Int32Array;
  /** See `childStart`. */
  readonly children: Int32Array;
  /** The parent of each node; -1 for a root. */
  readonly parents: Int32Array;
}

/**
 * Lays out a forest given by parent indices (negative or out of range: a root).
 *
 * @param parents - the parent of each node
 * @returns breadth-first order, depths, roots and child lists
 * @internal
 */
export function layOutForest(parents: ArrayLike<number>): ForestLayout {
  const n = parents.length;
  const parent = new Int32Array(n);
  const childCount = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    const p = parents[v]!;
    const valid = Number.isInteger(p) && p >= 0 && p < n && p !== v;
    parent[v] = valid ? p : -1;
    if (valid) childCount[p + 1]! += 1;
  }
  const childStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) childStart[v + 1] = childStart[v]! + childCount[v + 1]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n]!);
  for (let v = 0; v < n; v++) {
    const p = parent[v]!;
    if (p >= 0) children[fill[p]!++] = v;
  }
  const depth = new Int32Array(n).fill(-1);
  const rootOf = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let size = 0;
  for (let r = 0; r < n; r++) {
    if (parent[r]! >= 0) continue;
    depth[r] = 0;
    rootOf[r] = r;
    let head = size;
    order[size++] = r;
    while (head < size) {
      const v = order[head++]!;
      for (let i = childStart[v]!; i < childStart[v + 1]!; i++) {
        const c = children[i]!;
        depth[c] = depth[v]! + 1;
        rootOf[c] = r;
        order[size++] = c;
      }
    }
  }
  return { order: order.slice(0, size), depth, rootOf, childStart, children, parents: parent };
}

/**
 * The optimal amounts per node: how many supply units each node gives and how many demand units it gets served.
 *
 * @internal
 */
export interface TreeTransportAmounts {
  /** Supply units used at each node. */
  readonly used: Float64Array;
  /** Demand units served at each node. */
  readonly served: Float64Array;
  /** Units served in all. */
  readonly covered: number;
  /** The least total distance among plans that serve `covered` units. */
  readonly cost: number;
}

function crossEdge(slopes: Slopes | undefined, below: number): Slopes | undefined {
  if (slopes === undefined) return undefined;
  const { lo, counts } = slopes;
  const out = new Array<number>(counts.length + 2).fill(0);
  let remaining = below;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const cheaper = c < remaining ? c : remaining;
    remaining -= cheaper;
    // the first `below` units now save crossing the edge (slope - 1), the others add a crossing (slope + 1)
    out[i]! += cheaper;
    out[i + 2]! += c - cheaper;
  }
  let start = 0;
  while (out[start] === 0) start++;
  let end = out.length;
  while (out[end - 1] === 0) end--;
  return { lo: lo - 1 + start, counts: out.slice(start, end) };
}

function mergeSlopes(sources: readonly (Slopes | undefined)[]): Slopes | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of sources) {
    if (s === undefined) continue;
    if (s.lo < lo) lo = s.lo;
    if (s.lo + s.counts.length - 1 > hi) hi = s.lo + s.counts.length - 1;
  }
  if (lo === Infinity) return undefined;
  const counts = new Array<number>(hi - lo + 1).fill(0);
  for (const s of sources) {
    if (s === undefined) continue;
    for (let i = 0; i < s.counts.length; i++) counts[s.lo - lo + i]! += s.counts[i]!;
  }
  return { lo, counts };
}

/**
 * Takes the `k` smallest slopes from several sources, ties going to the earlier source.
 *
 * @returns how many units each source gives, and the sum of the slopes taken
 */
function takeSmallest(sources: readonly (Slopes | undefined)[], k: number): { taken: number[]; sum: number } {
  const taken = new Array<number>(sources.length).fill(0);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of sources) {
    if (s === undefined) continue;
    if (s.lo < lo) lo = s.lo;
    if (s.lo + s.counts.length - 1 > hi) hi = s.lo + s.counts.length - 1;
  }
  let remaining = k;
  let sum = 0;
  for (let slope = lo; slope <= hi && remaining > 0; slope++) {
    for (let j = 0; j < sources.length && remaining > 0; j++) {
      const s = sources[j];
      if (s === undefined) continue;
      const c = s.counts[slope - s.lo];
      if (c === undefined || c === 0) continue;
      const t = c < remaining ? c : remaining;
      taken[j]! += t;
      remaining -= t;
      sum += t * slope;
    }
  }
  return { taken, sum };
}

/**
 * Solves the transportation problem on a forest with unit edge costs exactly: the most demand served (per tree,
 * the smaller of its supply and its demand; nothing crosses between trees), and among such plans the least total
 * distance. Runs in O(n · h) for n nodes and height h.
 *
 * Why it is exact. Routing on a tree is forced: once each node's used supply u and served demand m are known,
 * the cheapest routing sends |U_e − M_e| units across each edge e (U_e, M_e: the totals below e), so the cost
 * is Σ_e |U_e − M_e|. Serving the most means, per tree, using all of the scarce side; what is left to choose is
 * x_v ≤ a_v units of the abundant side at each node with Σ x = B (the scarce total), minimizing Σ_e |X_e − B_e|.
 * F_v(X), the least cost inside v's subtree with X abundant units used in it, is convex, so it is kept as its
 * sorted unit slopes: crossing the edge above c adds |X − B_c| (the first B_c slopes lose 1, the rest gain 1),
 * and joining children is the infimal convolution of convex functions, i.e. merging slope lists. Slopes are
 * integers within ± the subtree height, so each list is a dense array of counts (units bucketed by distance).
 * Top-down, the X_v smallest slopes at v say how many units v itself and each child give. Matching greedily in
 * the smallest subtree first is not exact: a demand with one supply deep below it and another one edge above
 * must take the one above, which the slopes get right.
 *
 * @param layout - the forest
 * @param supply - supply units at each node
 * @param demand - demand units at each node
 * @returns the units used and served at each node, the coverage and the cost
 * @internal
 */
export function solveTreeTransport(layout: ForestLayout, supply: ArrayLike<number>, demand: ArrayLike<number>): TreeTransportAmounts {
  const { order, childStart, children, parents, rootOf } = layout;
  const n = parents.length;
  const subSupply = new Float64Array(n);
  const subDemand = new Float64Array(n);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    subSupply[v]! += supply[v]!;
    subDemand[v]! += demand[v]!;
    const p = parents[v]!;
    if (p >= 0) {
      subSupply[p]! += subSupply[v]!;
      subDemand[p]! += subDemand[v]!;
    }
  }
  // per tree, the abundant side is chosen from; the scarce side is used whole
  const supplyAbundant = (v: number): boolean => subSupply[rootOf[v]!]! >= subDemand[rootOf[v]!]!;
  const own = (v: number): Slopes | undefined => {
    const a = supplyAbundant(v) ? supply[v]! : demand[v]!;
    return a > 0 ? { lo: 0, counts: [a] } : undefined;
  };
  const scarceBelow = (v: number): number => (supplyAbundant(v) ? subDemand[v]! : subSupply[v]!);

  const crossed: (Slopes | undefined)[] = new Array<Slopes | undefined>(n);
  const base = new Float64Array(n);
  const sourcesOf = (v: number): (Slopes | undefined)[] => {
    const sources: (Slopes | undefined)[] = [own(v)];
    for (let i = childStart[v]!; i < childStart[v + 1]!; i++) sources.push(crossed[children[i]!]);
    return sources;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    const p = parents[v]!;
    if (p < 0) continue;
    // F_c(0) + |0 - B_c|: with no abundant unit used below, all B_c scarce units cross the edge
    base[p]! += base[v]! + scarceBelow(v);
    crossed[v] = crossEdge(mergeSlopes(sourcesOf(v)), scarceBelow(v));
  }

  const used = new Float64Array(n);
  const served = new Float64Array(n);
  const want = new Float64Array(n);
  let cost = 0;
  let covered = 0;
  for (const v of order) {
    const p = parents[v]!;
    if (p < 0) {
      want[v] = scarceBelow(v);
      covered += want[v]!;
    }
    const { taken, sum } = takeSmallest(sourcesOf(v), want[v]!);
    if (p < 0) cost += base[v]! + sum;
    const mine = taken[0]!;
    if (supplyAbundant(v)) {
      used[v] = mine;
      served[v] = demand[v]!;
    } else {
      used[v] = supply[v]!;
      served[v] = mine;
    }
    let j = 1;
    for (let i = childStart[v]!; i < childStart[v + 1]!; i++) want[children[i]!] = taken[j++]!;
  }
  return { used, served, covered, cost };
}

/**
 * Units of one item (a helper's spare capacity, a target's need) placed at a node.
 *
 * @internal
 */
interface UnitLot {
  /** The item's index in the caller's list. */
  readonly item: number;
  /** How many units. */
  count: number;
  /** Depth of the node the item sits at. */
  readonly depth: number;
}

/**
 * A matched pair of items with the units they share and the distance between their nodes.
 *
 * @internal
 */
export interface MatchedUnits {
  /** The supply item. */
  readonly helper: number;
  /** The demand item. */
  readonly target: number;
  /** Units matched. */
  readonly units: number;
  /** Edges between their nodes. */
  readonly distance: number;
}

/**
 * Matches concrete supply and demand lots at their lowest common ancestor, bottom-up. When the lots are the
 * amounts {@link solveTreeTransport} chose, everything is matched and the total distance is its cost: each
 * subtree passes up only its surplus of one side, |U_e - M_e| units per edge.
 *
 * @param layout - the forest
 * @param supplyLots - the supply lots at each node, in the order they should be used
 * @param demandLots - the demand lots at each node, in the order they should be served
 * @returns the matched pairs, and what no node could match (empty for balanced amounts)
 * @internal
 */
function matchAtAncestors(
  layout: ForestLayout,
  supplyLots: readonly (readonly UnitLot[] | undefined)[],
  demandLots: readonly (readonly UnitLot[] | undefined)[],
): { matches: MatchedUnits[]; leftSupply: UnitLot[]; leftDemand: UnitLot[] } {
  const { order, childStart, children, parents, depth } = layout;
  const upSupply: (UnitLot[] | undefined)[] = new Array<UnitLot[] | undefined>(parents.length);
  const upDemand: (UnitLot[] | undefined)[] = new Array<UnitLot[] | undefined>(parents.length);
  const matches: MatchedUnits[] = [];
  const leftSupply: UnitLot[] = [];
  const leftDemand: UnitLot[] = [];
  const gather = (own: readonly UnitLot[] | undefined, up: (UnitLot[] | undefined)[], v: number): UnitLot[] => {
    const pool: UnitLot[] = own === undefined ? [] : own.map((lot) => ({ ...lot }));
    for (let i = childStart[v]!; i < childStart[v + 1]!; i++) {
      const c = children[i]!;
      const lots = up[c];
      if (lots !== undefined) for (const lot of lots) pool.push(lot);
      up[c] = undefined;
    }
    return pool;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    const supplies = gather(supplyLots[v], upSupply, v);
    const demands = gather(demandLots[v], upDemand, v);
    const here = depth[v]!;
    let s = 0;
    let d = 0;
    while (s < supplies.length && d < demands.length) {
      const sl = supplies[s]!;
      const dl = demands[d]!;
      const units = sl.count < dl.count ? sl.count : dl.count;
      if (units > 0) matches.push({ helper: sl.item, target: dl.item, units, distance: sl.depth - here + (dl.depth - here) });
      sl.count -= units;
      dl.count -= units;
      if (sl.count === 0) s++;
      if (dl.count === 0) d++;
    }
    const restSupply = supplies.slice(s).filter((lot) => lot.count > 0);
    const restDemand = demands.slice(d).filter((lot) => lot.count > 0);
    if (parents[v]! >= 0) {
      if (restSupply.length > 0) upSupply[v] = restSupply;
      if (restDemand.length > 0) upDemand[v] = restDemand;
    } else {
      for (const lot of restSupply) leftSupply.push(lot);
      for (const lot of restDemand) leftDemand.push(lot);
    }
  }
  return { matches, leftSupply, leftDemand };
}

/**
 * A helper or a target placed at a node of the forest, with its units (spare capacity, or need).
 *
 * @internal
 */
export interface PlacedItem {
  /** The node; negative when the item has no place in the forest. */
  readonly node: number;
  /** Units of capacity or need. */
  readonly units: number;
}

/**
 * What {@link transportUnits} decided.
 *
 * @internal
 */
export interface UnitTransport {
  /** The pairs matched, each helper and target index at most once together. */
  readonly matches: readonly MatchedUnits[];
  /** The optimal amounts per node. */
  readonly amounts: TreeTransportAmounts;
  /** Whether each item has a place in the forest (a node reached from a root). */
  readonly helperPlaced: readonly boolean[];
  /** See `helperPlaced`. */
  readonly targetPlaced: readonly boolean[];
}

/**
 * Orders items by units, most first, ties in list order: bucketed by units when they are small whole numbers (a
 * cadre's few households), sorted otherwise.
 *
 * @param list - item indices, ascending
 * @param items - the items
 * @returns the indices, fullest first
 * @internal
 */
function fullestFirst(list: readonly number[], items: readonly PlacedItem[]): readonly number[] {
  let most = 0;
  for (const i of list) {
    const units = items[i]!.units;
    if (!Number.isInteger(units) || units > SMALL_UNITS) return [...list].sort((a, b) => items[b]!.units - items[a]!.units || a - b);
    if (units > most) most = units;
  }
  const buckets: number[][] = Array.from({ length: most + 1 }, () => []);
  for (const i of list) buckets[items[i]!.units]!.push(i);
  const ordered: number[] = [];
  for (let units = most; units >= 0; units--) for (const i of buckets[units]!) ordered.push(i);
  return ordered;
}

// units up to this are bucketed rather than sorted
const SMALL_UNITS = 64;

/**
 * Solves the transportation problem for concrete items: aggregates them per node, solves exactly, then picks
 * which items give and get the units each node was allotted (helpers with the most spare capacity first, then in
 * list order; targets in list order) and matches them at their lowest common ancestor. Items off the forest
 * take no part.
 *
 * @param layout - the forest
 * @param helpers - the helpers, in the order ties should favour
 * @param targets - the targets, in the order ties should favour
 * @param solve - solves the aggregated amounts exactly; {@link solveTreeTransport} unless another solver is given
 * @returns the matches, the amounts and which items were placed
 * @internal
 */
export function transportUnits(
  layout: ForestLayout,
  helpers: readonly PlacedItem[],
  targets: readonly PlacedItem[],
  solve: (supply: Float64Array, demand: Float64Array) => TreeTransportAmounts = (supply, demand) => solveTreeTransport(layout, supply, demand),
): UnitTransport {
  const n = layout.parents.length;
  const placed = (item: PlacedItem): boolean => item.node >= 0 && item.node < n && layout.depth[item.node]! >= 0 && item.units > 0;
  const helperPlaced = helpers.map(placed);
  const targetPlaced = targets.map(placed);
  const supply = new Float64Array(n);
  const demand = new Float64Array(n);
  const helpersAt: number[][] = [];
  const targetsAt: number[][] = [];
  helpers.forEach((item, i) => {
    if (!helperPlaced[i]) return;
    supply[item.node]! += item.units;
    (helpersAt[item.node] ??= []).push(i);
  });
  targets.forEach((item, i) => {
    if (!targetPlaced[i]) return;
    demand[item.node]! += item.units;
    (targetsAt[item.node] ??= []).push(i);
  });
  const amounts = solve(supply, demand);
  const lots = (items: readonly PlacedItem[], at: readonly (number[] | undefined)[], allotted: Float64Array, byCapacity: boolean): (UnitLot[] | undefined)[] => {
    const out: (UnitLot[] | undefined)[] = new Array<UnitLot[] | undefined>(n);
    at.forEach((list, v) => {
      if (list === undefined) return;
      // the fullest helpers first, so a node's allotment uses as few of them as it can
      const ordered = byCapacity ? fullestFirst(list, items) : list;
      let remaining = allotted[v]!;
      const chosen: UnitLot[] = [];
      for (const i of ordered) {
        if (remaining <= 0) break;
        const count = Math.min(items[i]!.units, remaining);
        remaining -= count;
        chosen.push({ item: i, count, depth: layout.depth[v]! });
      }
      out[v] = chosen;
    });
    return out;
  };
  const { matches } = matchAtAncestors(layout, lots(helpers, helpersAt, amounts.used, true), lots(targets, targetsAt, amounts.served, false));
  return { matches, amounts, helperPlaced, targetPlaced };
}

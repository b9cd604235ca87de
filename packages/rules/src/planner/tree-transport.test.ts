import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layOutForest, solveTreeTransport, transportUnits, type PlacedItem } from "./tree-transport.js";

/** Edges between two nodes through their lowest common ancestor, walking parents; Infinity across trees. */
function treeDistance(parents: readonly number[], a: number, b: number): number {
  const up = (v: number): number[] => {
    const path = [v];
    for (let p = parents[v]!; p >= 0; p = parents[p]!) path.push(p);
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

/** Every assignment of every demand unit to a helper with capacity left, or to none: the best (coverage, distance). */
function bruteForce(parents: readonly number[], helpers: readonly PlacedItem[], targets: readonly PlacedItem[]): { covered: number; cost: number } {
  const slots = targets.flatMap((target) => Array.from({ length: target.units }, () => target.node));
  const left = helpers.map((helper) => helper.units);
  let best = { covered: 0, cost: 0 };
  const visit = (slot: number, covered: number, cost: number): void => {
    if (slot === slots.length) {
      if (covered > best.covered || (covered === best.covered && cost < best.cost)) best = { covered, cost };
      return;
    }
    visit(slot + 1, covered, cost);
    for (let h = 0; h < helpers.length; h++) {
      if (left[h]! === 0) continue;
      const distance = treeDistance(parents, helpers[h]!.node, slots[slot]!);
      if (distance === Infinity) continue;
      left[h]! -= 1;
      visit(slot + 1, covered + 1, cost + distance);
      left[h]! += 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** A random forest of 1–10 nodes (each node's parent is an earlier node or none), helpers and targets on it. */
const instance = fc.integer({ min: 1, max: 10 }).chain((size) =>
  fc.record({
    parents: fc.tuple(...Array.from({ length: size }, (_, v) => (v === 0 ? fc.constant(-1) : fc.oneof({ weight: 1, arbitrary: fc.constant(-1) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: v - 1 }) })))),
    helpers: fc.array(fc.record({ node: fc.integer({ min: 0, max: size - 1 }), units: fc.integer({ min: 0, max: 3 }) }), { maxLength: 6 }),
    targets: fc
      .array(fc.record({ node: fc.integer({ min: 0, max: size - 1 }), units: fc.integer({ min: 1, max: 2 }) }), { maxLength: 7 })
      .filter((targets) => targets.reduce((sum, target) => sum + target.units, 0) <= 7),
  }),
);

describe("transportUnits against brute force", () => {
  it("covers the most demand, then at the least total distance, with every pair at its true distance", () => {
    fc.assert(
      fc.property(instance, ({ parents, helpers, targets }) => {
        const layout = layOutForest(parents);
        const { matches, amounts } = transportUnits(layout, helpers, targets);
        const best = bruteForce(parents, helpers, targets);
        const covered = matches.reduce((sum, match) => sum + match.units, 0);
        const cost = matches.reduce((sum, match) => sum + match.units * match.distance, 0);
        expect(covered).toBe(best.covered);
        expect(cost).toBe(best.cost);
        expect(amounts.covered).toBe(best.covered);
        expect(amounts.cost).toBe(best.cost);
        for (const match of matches) expect(match.distance).toBe(treeDistance(parents, helpers[match.helper]!.node, targets[match.target]!.node));
        helpers.forEach((helper, h) => expect(matches.filter((m) => m.helper === h).reduce((s, m) => s + m.units, 0)).toBeLessThanOrEqual(helper.units));
        targets.forEach((target, t) => expect(matches.filter((m) => m.target === t).reduce((s, m) => s + m.units, 0)).toBeLessThanOrEqual(target.units));
        const pairs = matches.map((m) => `${m.helper}/${m.target}`);
        expect(new Set(pairs).size).toBe(pairs.length);
      }),
      { numRuns: 400 },
    );
  });

  it("takes the supply one edge above rather than the one deep below (greedy lowest-subtree matching would not)", () => {
    // 0 ← 1 ← 2 ← 3 ← 4: demand at 1, supply at 0 (distance 1) and at 4 (distance 3)
    const layout = layOutForest([-1, 0, 1, 2, 3]);
    const { matches } = transportUnits(layout, [{ node: 4, units: 1 }, { node: 0, units: 1 }], [{ node: 1, units: 1 }]);
    expect(matches).toEqual([{ helper: 1, target: 0, units: 1, distance: 1 }]);
  });

  it("never matches across trees, and leaves off-forest items out", () => {
    const layout = layOutForest([-1, 0, -1, 2]);
    const { matches, helperPlaced, targetPlaced } = transportUnits(layout, [{ node: 1, units: 2 }, { node: -1, units: 5 }], [{ node: 3, units: 1 }, { node: 0, units: 1 }]);
    expect(matches).toEqual([{ helper: 0, target: 1, units: 1, distance: 1 }]);
    expect(helperPlaced).toEqual([true, false]);
    expect(targetPlaced).toEqual([true, true]);
  });

  it("treats nodes on a parent cycle as off the forest", () => {
    const layout = layOutForest([-1, 2, 1]);
    expect([...layout.order]).toEqual([0]);
    const amounts = solveTreeTransport(layout, [0, 3, 0], [1, 0, 1]);
    expect(amounts.covered).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { buildCompactTree } from "./compact-tree.js";
import { rollUpTree, valuesByPosition, type RollUpAggregation } from "./roll-up-tree.js";

const NaN_ = Number.NaN;

// province ─┬─ county-a ─┬─ branch-1 (12)
//           │            └─ branch-2 (no figure)
//           └─ county-b ─── branch-3 (no figure)
// and a second root, a lone branch (5)
const tree = buildCompactTree(
  ["province", "county-a", "branch-1", "branch-2", "county-b", "branch-3", "lone"],
  [undefined, "province", "county-a", "county-a", "province", "county-b", undefined],
);
const at = (id: string): number => tree.positionOf(id);

function throwsMisuse(call: () => unknown): boolean {
  try {
    call();
  } catch (error) {
    return isDangjianError(error) && error.code === "invalid_argument";
  }
  return false;
}

describe("rollUpTree", () => {
  // the positions are those of the input here: the input is already in pre-order
  const members = Float64Array.of(3, 4, 12, NaN_, NaN_, NaN_, 5);

  it("sums each subtree, skipping missing figures; a subtree without any figure gives NaN", () => {
    const totals = rollUpTree(tree, members, "sum");
    expect(totals[at("province")]).toBe(19);
    expect(totals[at("county-a")]).toBe(16);
    expect(totals[at("branch-2")]).toBeNaN();
    expect(totals[at("county-b")]).toBeNaN();
    expect(totals[at("lone")]).toBe(5);
  });

  it("takes the largest and the smallest figure of each subtree", () => {
    const figures = Float64Array.of(NaN_, -4, 12, 0, 7, NaN_, 5);
    expect(Array.from(rollUpTree(tree, figures, "max"))).toEqual([12, 12, 12, 0, 7, NaN_, 5]);
    expect(Array.from(rollUpTree(tree, figures, "min"))).toEqual([-4, -4, 12, 0, 7, NaN_, 5]);
  });

  it("leaves the figures alone and allocates a new result", () => {
    const before = Float64Array.from(members);
    const totals = rollUpTree(tree, members, "sum");
    expect(members).toEqual(before);
    expect(totals).not.toBe(members);
  });

  it("lets a node's own figure stand for its subtree, and gives the children's aggregate beside it", () => {
    // the province reports 30, its counties add up to 16
    const reported = Float64Array.of(30, NaN_, 12, 2, NaN_, NaN_, 5);
    const children = new Float64Array(tree.size);
    const stood = rollUpTree(tree, reported, "sum", { ownFigureStands: true, childAggregates: children });
    expect(stood[at("province")]).toBe(30);
    expect(stood[at("county-a")]).toBe(14);
    expect(stood[at("county-b")]).toBeNaN();
    expect(children[at("province")]).toBe(14);
    expect(children[at("county-a")]).toBe(14);
    expect(children[at("branch-1")]).toBeNaN();
    // without the option, the province's own figure is added to its children's
    expect(rollUpTree(tree, reported, "sum")[at("province")]).toBe(44);
  });

  it("writes into a given array, which lets many indicators share one", () => {
    const into = new Float64Array(tree.size).fill(99);
    expect(rollUpTree(tree, members, "sum", { into })).toBe(into);
    expect(into[at("province")]).toBe(19);
    expect(into[at("county-b")]).toBeNaN();
    const stood = rollUpTree(tree, members, "max", { ownFigureStands: true, into });
    expect(stood).toBe(into);
    expect(into[at("province")]).toBe(3);
  });

  it("throws for misuse: figures of the wrong length or type, an unknown aggregation", () => {
    expect(throwsMisuse(() => rollUpTree(tree, new Float64Array(3), "sum"))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, [1, 2, 3, 4, 5, 6, 7] as unknown as Float64Array, "sum"))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, members, "mean" as RollUpAggregation))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, members, "toString" as RollUpAggregation))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, members, "sum", { childAggregates: new Float64Array(1) }))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, members, "sum", { into: members }))).toBe(true);
    expect(throwsMisuse(() => rollUpTree(tree, members, "sum", { into: new Float64Array(2) }))).toBe(true);
  });
});

describe("valuesByPosition", () => {
  it("puts figures given in input order at the nodes' positions, a missing one as NaN", () => {
    const shuffled = buildCompactTree(["leaf", "root"], ["root", undefined]);
    expect(Array.from(valuesByPosition(shuffled, [7, undefined]))).toEqual([NaN_, 7]);
    expect(Array.from(valuesByPosition(shuffled, Float64Array.of(7, 1)))).toEqual([1, 7]);
    const into = new Float64Array(2);
    expect(valuesByPosition(shuffled, [3, 4], into)).toBe(into);
    expect(Array.from(into)).toEqual([4, 3]);
    expect(throwsMisuse(() => valuesByPosition(shuffled, [1]))).toBe(true);
    expect(throwsMisuse(() => valuesByPosition(shuffled, [1, 2], new Float64Array(3)))).toBe(true);
  });
});

/** A forest as a parent index per node (a parent comes before its child), nodes then shuffled; figures may be NaN. */
const forestWithFigures = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined })), { maxLength: 60 })
  .chain((nodes) =>
    fc.tuple(
      fc.constant(nodes),
      fc.shuffledSubarray(
        nodes.map((_, i) => i),
        { minLength: nodes.length, maxLength: nodes.length },
      ),
    ),
  )
  .map(([nodes, order]) => {
    // node i's parent is an earlier node, or none
    const parentOf = nodes.map(([draw], i) => (i === 0 || draw < 0.2 ? -1 : Math.min(i - 1, Math.floor(draw * i))));
    const figures = nodes.map(([, figure]) => (figure === undefined ? NaN_ : figure));
    return {
      ids: order.map((i) => `n${i}`),
      parentIds: order.map((i) => (parentOf[i]! < 0 ? undefined : `n${parentOf[i]}`)),
      figures: order.map((i) => figures[i]!),
    };
  });

const combine: Record<RollUpAggregation, (a: number, b: number) => number> = { sum: (a, b) => a + b, max: Math.max, min: Math.min };

/** The naive definitions, by recursion over the input's parent ids. */
function naive(ids: string[], parentIds: (string | undefined)[], figures: number[], aggregation: RollUpAggregation) {
  const childrenOf = (id: string): number[] => ids.flatMap((_, i) => (parentIds[i] === id ? [i] : []));
  const fold = (values: number[]): number => values.filter((value) => !Number.isNaN(value)).reduce((a, b) => (Number.isNaN(a) ? b : combine[aggregation](a, b)), NaN_);
  const all = (i: number): number => fold([figures[i]!, ...childrenOf(ids[i]!).map(all)]);
  const stood = (i: number): number => (Number.isNaN(figures[i]!) ? fold(childrenOf(ids[i]!).map(stood)) : figures[i]!);
  const childrenStood = (i: number): number => fold(childrenOf(ids[i]!).map(stood));
  const childrenAll = (i: number): number => fold(childrenOf(ids[i]!).map(all));
  return { all, stood, childrenStood, childrenAll };
}

describe("rollUpTree against the naive recursive definition", () => {
  for (const aggregation of ["sum", "max", "min"] as const) {
    it(`agrees on every node of arbitrary forests (${aggregation})`, () => {
      fc.assert(
        fc.property(forestWithFigures, ({ ids, parentIds, figures }) => {
          const tree = buildCompactTree(ids, parentIds);
          const values = valuesByPosition(tree, figures);
          const expected = naive(ids, parentIds, figures, aggregation);
          const plain = rollUpTree(tree, values, aggregation);
          const children = new Float64Array(tree.size);
          const rolled = rollUpTree(tree, values, aggregation, { childAggregates: children });
          const stoodChildren = new Float64Array(tree.size);
          const stood = rollUpTree(tree, values, aggregation, { ownFigureStands: true, childAggregates: stoodChildren });
          ids.forEach((_, i) => {
            const position = tree.positionByInput[i]!;
            expect(plain[position]).toBe(expected.all(i));
            expect(rolled[position]).toBe(expected.all(i));
            expect(children[position]).toBe(expected.childrenAll(i));
            expect(stood[position]).toBe(expected.stood(i));
            expect(stoodChildren[position]).toBe(expected.childrenStood(i));
          });
        }),
      );
    });
  }
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { buildCompactTree, compactTreeOf, type CompactTree } from "./compact-tree.js";

const idsAt = (tree: CompactTree, positions: ArrayLike<number>): string[] => Array.from(positions, (position) => tree.ids[position]!);

describe("buildCompactTree", () => {
  // two trees given children first, as an exchange file in no useful order would
  const ids = ["b2", "a1", "b", "a", "a2", "root-b", "a1x", "root-a"];
  const parentIds = ["root-b", "a", "root-b", "root-a", "a", undefined, "a1", undefined];
  const tree = buildCompactTree(ids, parentIds);

  it("puts a forest in pre-order, roots and children in input order", () => {
    expect(tree.size).toBe(8);
    expect(tree.ids).toEqual(["root-b", "b2", "b", "root-a", "a", "a1", "a1x", "a2"]);
    expect(idsAt(tree, tree.roots)).toEqual(["root-b", "root-a"]);
    expect(idsAt(tree, tree.childrenOf(tree.positionOf("root-b")))).toEqual(["b2", "b"]);
    expect(idsAt(tree, tree.childrenOf(tree.positionOf("a")))).toEqual(["a1", "a2"]);
    expect(tree.childrenOf(tree.positionOf("a2"))).toEqual(new Int32Array(0));
  });

  it("gives each subtree as a contiguous range, with parents and depths", () => {
    const a = tree.positionOf("a");
    expect(tree.ids.slice(a, tree.subtreeEnd[a])).toEqual(["a", "a1", "a1x", "a2"]);
    expect(Array.from(tree.subtreeEnd)).toEqual([3, 2, 3, 8, 8, 7, 7, 8]);
    expect(Array.from(tree.parent)).toEqual([-1, 0, 0, -1, 3, 4, 5, 4]);
    expect(Array.from(tree.depth)).toEqual([0, 1, 1, 0, 1, 2, 3, 2]);
  });

  it("maps positions to input indices and back", () => {
    tree.ids.forEach((id, position) => {
      expect(ids[tree.inputIndex[position]!]).toBe(id);
      expect(tree.positionByInput[tree.inputIndex[position]!]).toBe(position);
    });
  });

  it("looks ids up, -1 for an unknown one, and has no children outside the tree", () => {
    expect(tree.positionOf("a1x")).toBe(6);
    expect(tree.positionOf("nowhere")).toBe(-1);
    expect(tree.childrenOf(-1)).toEqual(new Int32Array(0));
    expect(tree.childrenOf(8)).toEqual(new Int32Array(0));
    expect(tree.childrenOf(1.5)).toEqual(new Int32Array(0));
  });

  it("repairs nothing in a clean tree", () => {
    expect(tree.repairs).toEqual({ unknownParent: new Int32Array(0), cycleBroken: new Int32Array(0), duplicateId: new Int32Array(0) });
  });

  it("builds an empty tree from empty input", () => {
    const empty = buildCompactTree([], []);
    expect(empty.size).toBe(0);
    expect(empty.roots).toEqual(new Int32Array(0));
    expect(empty.positionOf("x")).toBe(-1);
  });

  it("builds a chain 100,000 deep without recursion", () => {
    const depth = 100_000;
    const chainIds = Array.from({ length: depth }, (_, i) => `n${i}`);
    // given deepest first
    const chain = buildCompactTree([...chainIds].reverse(), [...chainIds.map((_, i) => (i === 0 ? undefined : `n${i - 1}`))].reverse());
    expect(chain.ids[0]).toBe("n0");
    expect(chain.ids[depth - 1]).toBe(`n${depth - 1}`);
    expect(chain.depth[depth - 1]).toBe(depth - 1);
    expect(chain.subtreeEnd.every((end) => end === depth)).toBe(true);
    expect(idsAt(chain, chain.childrenOf(0))).toEqual(["n1"]);
  });

  it("keeps the children of a wide node in input order", () => {
    const width = 10_000;
    const childIds = Array.from({ length: width }, (_, i) => `c${(i * 7919) % width}`);
    const wide = buildCompactTree([...childIds, "hub"], [...childIds.map(() => "hub"), undefined]);
    expect(wide.ids[0]).toBe("hub");
    expect(idsAt(wide, wide.childrenOf(0))).toEqual(childIds);
    expect(wide.subtreeEnd[0]).toBe(width + 1);
    expect(wide.depth.subarray(1).every((depth) => depth === 1)).toBe(true);
  });

  it("throws for arrays of different lengths, a programmer error", () => {
    let caught: unknown;
    try {
      buildCompactTree(["a", "b"], [undefined]);
    } catch (error) {
      caught = error;
    }
    expect(isDangjianError(caught) && caught.code === "invalid_argument").toBe(true);
  });
});

describe("buildCompactTree repairs bad data without losing a node", () => {
  it("makes a node whose parent id is unknown or empty a root, null being no parent", () => {
    const tree = buildCompactTree(["a", "b", "c", "d"], [undefined, "missing", "", null as unknown as undefined]);
    expect(idsAt(tree, tree.roots)).toEqual(["a", "b", "c", "d"]);
    expect(idsAt(tree, tree.repairs.unknownParent)).toEqual(["b", "c"]);
  });

  it("keeps a node whose id is not a string, which no parent id names", () => {
    const tree = buildCompactTree([undefined, "a", "b"] as unknown as string[], ["a", undefined, "undefined"]);
    expect(tree.size).toBe(3);
    expect(tree.ids).toEqual(["a", undefined, "b"]);
    expect(idsAt(tree, tree.repairs.unknownParent)).toEqual(["b"]);
  });

  it("breaks a node naming itself as its parent", () => {
    const tree = buildCompactTree(["a", "self", "kid"], [undefined, "self", "self"]);
    expect(tree.ids).toEqual(["a", "self", "kid"]);
    expect(idsAt(tree, tree.repairs.cycleBroken)).toEqual(["self"]);
    expect(tree.parent[2]).toBe(1);
  });

  it("breaks a cycle at its node that comes first in the input, whichever node the cycle is reached at", () => {
    // c → b → a → c, reached at b from x; c comes first in the input of the three
    const tree = buildCompactTree(["x", "c", "a", "b", "root"], ["b", "b", "c", "a", undefined]);
    expect(tree.ids).toEqual(["c", "a", "b", "x", "root"]);
    expect(idsAt(tree, tree.roots)).toEqual(["c", "root"]);
    expect(idsAt(tree, tree.repairs.cycleBroken)).toEqual(["c"]);
    expect(Array.from(tree.depth)).toEqual([0, 1, 2, 3, 0]);
  });

  it("breaks every cycle of a forest the same way on every build", () => {
    const ids = ["p", "q", "r", "s", "t", "u"];
    const parentIds = ["q", "p", "u", "r", "s", "t"];
    const first = buildCompactTree(ids, parentIds);
    expect(idsAt(first, first.roots)).toEqual(["p", "r"]);
    expect(idsAt(first, first.repairs.cycleBroken)).toEqual(["p", "r"]);
    expect(first.ids).toEqual(["p", "q", "r", "s", "t", "u"]);
    const again = buildCompactTree(ids, parentIds);
    expect([again.ids, again.parent, again.repairs]).toEqual([first.ids, first.parent, first.repairs]);
  });

  it("keeps a repeated id as a node of its own, the first holding the id for lookups and children", () => {
    const tree = buildCompactTree(["a", "b", "a", "c"], [undefined, undefined, "b", "a"]);
    expect(tree.size).toBe(4);
    expect(tree.ids).toEqual(["a", "c", "b", "a"]);
    expect(tree.positionOf("a")).toBe(0);
    expect(idsAt(tree, tree.childrenOf(0))).toEqual(["c"]);
    expect(Array.from(tree.repairs.duplicateId)).toEqual([3]);
    expect(tree.parent[3]).toBe(2);
  });
});

describe("compactTreeOf", () => {
  const regions = [
    { id: "village", parentId: "township", name: "村" },
    { id: "county", name: "县" },
    { id: "township", parentId: "county", name: "乡" },
  ];

  it("builds the tree of records by their parentId, node i being record i", () => {
    const tree = compactTreeOf(regions);
    expect(tree.ids).toEqual(["county", "township", "village"]);
    expect(regions[tree.inputIndex[2]!]!.name).toBe("村");
  });

  it("keeps a hole among the records as a node without an id or a parent", () => {
    const tree = compactTreeOf([{ id: "a" }, null, { id: "b", parentId: "a" }] as unknown as { id: string }[]);
    expect(tree.size).toBe(3);
    expect(tree.ids).toEqual(["a", "b", undefined]);
  });

  it("takes the parent from a function when given", () => {
    const flat = compactTreeOf(regions, () => undefined);
    expect(flat.roots.length).toBe(3);
    expect(flat.ids).toEqual(["village", "county", "township"]);
  });
});

/** Arbitrary input: ids from a small alphabet (so some repeat) and parent ids that may be unknown, empty or cyclic. */
const messyInput = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: -2, max: 32 }), { nil: undefined })), { maxLength: 40 })
  .map((entries) => ({
    ids: entries.map(([id]) => `n${id}`),
    parentIds: entries.map(([, parent]) => (parent === undefined ? undefined : parent === -1 ? "" : parent === -2 ? "gone" : `n${parent}`)),
  }));

describe("buildCompactTree on arbitrary input", () => {
  it("places every node once, parents before children, each subtree contiguous", () => {
    fc.assert(
      fc.property(messyInput, ({ ids, parentIds }) => {
        const tree = buildCompactTree(ids, parentIds);
        expect(tree.size).toBe(ids.length);
        expect([...tree.inputIndex].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
        for (let position = 0; position < tree.size; position++) {
          const up = tree.parent[position]!;
          expect(up).toBeLessThan(position);
          expect(tree.depth[position]).toBe(up < 0 ? 0 : tree.depth[up]! + 1);
          // the subtree is exactly the positions whose chain of parents reaches this one
          let size = 0;
          for (let other = 0; other < tree.size; other++) {
            let at = other;
            while (at > position) at = tree.parent[at]!;
            if (at === position) size++;
          }
          expect(tree.subtreeEnd[position]).toBe(position + size);
        }
      }),
    );
  });

  it("keeps every parent link of the input but those it reports as repaired", () => {
    fc.assert(
      fc.property(messyInput, ({ ids, parentIds }) => {
        const tree = buildCompactTree(ids, parentIds);
        const repaired = new Set([...tree.repairs.unknownParent, ...tree.repairs.cycleBroken]);
        for (let position = 0; position < tree.size; position++) {
          const parentId = parentIds[tree.inputIndex[position]!];
          if (repaired.has(position)) {
            expect(tree.parent[position]).toBe(-1);
            expect(parentId).toBeDefined();
          } else if (parentId === undefined) {
            expect(tree.parent[position]).toBe(-1);
          } else {
            // a parent id names the first node with that id
            expect(tree.parent[position]).toBe(tree.positionOf(parentId));
          }
        }
        expect(tree.repairs.duplicateId.length).toBe(ids.length - new Set(ids).size);
        // children in input order
        for (let position = 0; position < tree.size; position++) {
          const inputs = Array.from(tree.childrenOf(position), (child) => tree.inputIndex[child]!);
          expect(inputs).toEqual([...inputs].sort((a, b) => a - b));
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { buildRecordTree } from "./record-tree.js";

interface Node {
  readonly id: string;
  readonly parentId?: string;
}

const nodes: Node[] = [
  { id: "root" },
  { id: "a", parentId: "root" },
  { id: "b", parentId: "root" },
  { id: "a1", parentId: "a" },
  { id: "a2", parentId: "a" },
  { id: "a1x", parentId: "a1" },
  { id: "orphan", parentId: "nowhere" },
  { id: "a", parentId: "b" },
];

describe("buildRecordTree", () => {
  const tree = buildRecordTree(nodes, (node) => node.parentId);

  it("looks records up by id, the first record holding a repeated id", () => {
    expect(tree.size).toBe(7);
    expect(tree.get("a")?.parentId).toBe("root");
    expect(tree.get("zzz")).toBeUndefined();
  });

  it("makes a record whose parent is not in the tree a root", () => {
    expect(tree.roots().map((node) => node.id)).toEqual(["root", "orphan"]);
    expect(tree.parentOf("orphan")).toBeUndefined();
  });

  it("gives parent, children, ancestors nearest first and descendants in pre-order", () => {
    expect(tree.parentOf("a1")?.id).toBe("a");
    expect(tree.childrenOf("a").map((node) => node.id)).toEqual(["a1", "a2"]);
    expect(tree.childrenOf("a2")).toEqual([]);
    expect(tree.childrenOf("unknown")).toEqual([]);
    expect(tree.ancestorsOf("a1x").map((node) => node.id)).toEqual(["a1", "a", "root"]);
    expect(tree.ancestorsOf("root")).toEqual([]);
    expect(tree.descendantsOf("root").map((node) => node.id)).toEqual(["a", "a1", "a1x", "a2", "b"]);
    expect(tree.descendantsOf("a2")).toEqual([]);
  });

  it("walks a chain 100,000 deep without recursion", () => {
    const depth = 100_000;
    const chain: Node[] = Array.from({ length: depth }, (_, i) => (i === 0 ? { id: "n0" } : { id: `n${i}`, parentId: `n${i - 1}` }));
    const deep = buildRecordTree(chain, (node) => node.parentId);
    const ancestors = deep.ancestorsOf(`n${depth - 1}`);
    expect(ancestors).toHaveLength(depth - 1);
    expect(ancestors[0]?.id).toBe(`n${depth - 2}`);
    expect(ancestors.at(-1)?.id).toBe("n0");
    const descendants = deep.descendantsOf("n0");
    expect(descendants).toHaveLength(depth - 1);
    expect(descendants.at(-1)?.id).toBe(`n${depth - 1}`);
  });

  it("stops instead of looping forever on a hand-built cycle", () => {
    const cyclic = buildRecordTree<Node>([{ id: "x", parentId: "y" }, { id: "y", parentId: "x" }], (node) => node.parentId);
    expect(cyclic.roots()).toEqual([]);
    expect(cyclic.ancestorsOf("x").length).toBeLessThanOrEqual(2);
    expect(cyclic.descendantsOf("x").length).toBeLessThanOrEqual(2);
  });
});

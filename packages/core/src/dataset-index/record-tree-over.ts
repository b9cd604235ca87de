import { groupBy, groupOf } from "./group-by.js";
import type { RecordTree, TreeRecord } from "./record-tree.js";

const NO_CHILDREN: readonly never[] = Object.freeze([]);

/**
 * A `RecordTree` over records already keyed by id (the first record of each id), without copying them:
 * lookups and walks up cost nothing to set up, and the children are grouped on the first walk down, in one pass.
 *
 * @param byId - the records by id
 * @param parentIdOf - the id of a record's parent, or undefined
 * @param groupByParentId - groups `byId`'s records by their parent id, each group in `byId` order, without checking
 *   the parent exists; given when the caller shares that grouping, built here otherwise
 * @returns the tree
 * @internal
 */
export function recordTreeOver<T extends TreeRecord>(
  byId: ReadonlyMap<string, T>,
  parentIdOf: (record: T) => string | undefined,
  groupByParentId: () => ReadonlyMap<string, readonly T[]> = lazily(() => groupBy(byId, parentIdOf)),
): RecordTree<T> {
  const size = byId.size;
  const parentOf = (id: string): T | undefined => {
    const record = byId.get(id);
    const parentId = record === undefined ? undefined : parentIdOf(record);
    return parentId === undefined ? undefined : byId.get(parentId);
  };
  // a record's children are the records naming it as parent; a parent id naming no record has none
  const childrenOf = (id: string): readonly T[] => (byId.has(id) ? groupOf(groupByParentId(), id) : NO_CHILDREN);
  let roots: readonly T[] | undefined;
  return {
    size,
    get: (id) => byId.get(id),
    roots: () => (roots ??= [...byId.values()].filter((record) => parentOf(record.id) === undefined)),
    parentOf,
    childrenOf,
    ancestorsOf: (id) => {
      const out: T[] = [];
      for (let parent = parentOf(id); parent !== undefined && out.length < size; parent = parentOf(parent.id)) out.push(parent);
      return out;
    },
    descendantsOf: (id) => {
      const out: T[] = [];
      // an explicit stack of child lists and positions: pre-order without recursion
      const lists: (readonly T[])[] = [childrenOf(id)];
      const positions: number[] = [0];
      while (lists.length > 0 && out.length < size) {
        const top = lists.length - 1;
        const list = lists[top]!;
        const position = positions[top]!;
        if (position >= list.length) {
          lists.pop();
          positions.pop();
          continue;
        }
        positions[top] = position + 1;
        const child = list[position]!;
        out.push(child);
        // a child is a record of the tree: its children need no check that it is one
        const below = groupOf(groupByParentId(), child.id);
        if (below.length > 0) {
          lists.push(below);
          positions.push(0);
        }
      }
      return out;
    },
  };
}


/**
 * A value computed on first call and kept.
 *
 * @param compute - computes the value
 * @returns a function giving the value
 * @internal
 */
export function lazily<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

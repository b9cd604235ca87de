import { groupBy, groupOf } from "./group-by.js";

/**
 * What a record needs to be in a {@link RecordTree}: an id.
 *
 * @category Index
 */
export interface TreeRecord {
  /** The record's id, unique in the tree. */
  readonly id: string;
}

/**
 * A tree of records linked by parent ids (organizations by affiliation, host units, regions), with every walk
 * iterative: a tree 100,000 levels deep is walked without recursion. A record whose parent is not in the tree
 * is a root. Built once in linear time by {@link buildRecordTree}; lookups are by id.
 *
 * @example
 * ```ts
 * const tree = buildRecordTree(dataset.regions, (region) => region.parentId);
 * tree.ancestorsOf("630102").map((region) => region.name); // ["西宁市", "青海省"]
 * ```
 * @category Index
 */
export interface RecordTree<T extends TreeRecord> {
  /** The number of records in the tree. */
  readonly size: number;
  /**
   * The record with an id.
   *
   * @param id - the record's id
   * @returns the record, or undefined when it is not in the tree
   */
  get(id: string): T | undefined;
  /**
   * The records without a parent in the tree, in input order.
   *
   * @returns the roots
   */
  roots(): readonly T[];
  /**
   * The parent of a record.
   *
   * @param id - the record's id
   * @returns the parent, or undefined for a root or an unknown id
   */
  parentOf(id: string): T | undefined;
  /**
   * The children of a record, in input order.
   *
   * @param id - the record's id
   * @returns the children; empty for a leaf or an unknown id
   */
  childrenOf(id: string): readonly T[];
  /**
   * The ancestors of a record, nearest first, without the record itself.
   *
   * @param id - the record's id
   * @returns parent, grandparent, … up to the root
   */
  ancestorsOf(id: string): T[];
  /**
   * The descendants of a record in depth-first pre-order (children in input order), without the record itself.
   *
   * @param id - the record's id
   * @returns every record below it
   */
  descendantsOf(id: string): T[];
}

/**
 * Builds a {@link RecordTree} in one pass over the records. When an id repeats, the first record holds it.
 * The records are expected to be acyclic, as `parseDataset` guarantees; on a hand-built cycle the walks stop
 * after `size` steps instead of running forever.
 *
 * @param records - the records, each with an `id`
 * @param parentIdOf - the id of a record's parent, or undefined
 * @returns the tree
 * @example
 * ```ts
 * const units = buildRecordTree(dataset.hostUnits, (unit) => unit.parentId);
 * units.childrenOf("unit-dept").length;
 * ```
 * @category Index
 */
export function buildRecordTree<T extends TreeRecord>(
  records: readonly T[],
  parentIdOf: (record: T) => string | undefined,
): RecordTree<T> {
  const byId = new Map<string, T>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  const size = byId.size;
  const parentOf = (id: string): T | undefined => {
    const record = byId.get(id);
    const parentId = record === undefined ? undefined : parentIdOf(record);
    return parentId === undefined ? undefined : byId.get(parentId);
  };
  const children = groupBy([...byId.values()], (record) => {
    const parentId = parentIdOf(record);
    return parentId !== undefined && byId.has(parentId) ? parentId : undefined;
  });
  const roots = [...byId.values()].filter((record) => parentOf(record.id) === undefined);
  return {
    size,
    get: (id) => byId.get(id),
    roots: () => roots,
    parentOf,
    childrenOf: (id) => groupOf(children, id),
    ancestorsOf: (id) => {
      const out: T[] = [];
      for (let parent = parentOf(id); parent !== undefined && out.length < size; parent = parentOf(parent.id)) out.push(parent);
      return out;
    },
    descendantsOf: (id) => {
      const out: T[] = [];
      // an explicit stack of child lists and positions: pre-order without recursion
      const lists: (readonly T[])[] = [groupOf(children, id)];
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
        const below = groupOf(children, child.id);
        if (below.length > 0) {
          lists.push(below);
          positions.push(0);
        }
      }
      return out;
    },
  };
}

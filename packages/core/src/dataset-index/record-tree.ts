import { recordTreeOver } from "./record-tree-over.js";

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
 * Children and roots are gathered on the first walk that needs them, so a tree only walked upwards costs one map.
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
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (!byId.has(record.id)) byId.set(record.id, record);
  }
  return recordTreeOver(byId, parentIdOf);
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Records grouped by the position of the record they refer to, as {@link groupByPosition} builds them.
 *
 * @internal
 */
export interface PositionGroups<T> {
  /** The records referring to the record at each position (undefined for none), in dataset order. */
  readonly at: readonly (T[] | undefined)[];
  /** The positions with at least one record, in the order of their first record. */
  readonly order: readonly number[];
  /**
   * For each record, the position it refers to, or -1 when its reference finds no record (or it has none); only
   * when asked for, as a join by position later needs it.
   */
  readonly targets: Int32Array | undefined;
  /** The records whose reference finds no record, by the id they name. */
  readonly orphans: ReadonlyMap<string, T[]>;
}

/**
 * Groups records by the record they refer to, found through the positions of the referred collection: one lookup
 * per record, as a grouping by id would take, which also leaves each record's target position for joins later.
 *
 * @param records - the referring records (memberships, posts, holdings), in dataset order
 * @param referenceOf - the id a record refers to, or undefined
 * @param positions - the positions of the referred collection by id
 * @param size - the length of the referred collection
 * @param keepTargets - whether to keep each record's target position
 * @returns the groups
 * @internal
 */
export function groupByPosition<T>(
  records: readonly T[],
  referenceOf: (record: T) => string | undefined,
  positions: ReadonlyMap<string, number>,
  size: number,
  keepTargets = false,
): PositionGroups<T> {
  const at = new Array<T[] | undefined>(size);
  const order: number[] = [];
  const targets = keepTargets ? new Int32Array(records.length).fill(-1) : undefined;
  const orphans = new Map<string, T[]>();
  // an indexed loop: this runs once per index over millions of records
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const id = referenceOf(record);
    if (id === undefined) continue;
    const position = positions.get(id);
    if (position === undefined) {
      const list = orphans.get(id);
      if (list) list.push(record);
      else orphans.set(id, [record]);
      continue;
    }
    if (targets !== undefined) targets[i] = position;
    const list = at[position];
    if (list) list.push(record);
    else {
      at[position] = [record];
      order.push(position);
    }
  }
  return { at, order, targets, orphans };
}

/**
 * The records referring to an id: through its position when a record holds it, else among the orphans.
 *
 * @param groups - groups made by {@link groupByPosition}
 * @param positions - the positions of the referred collection by id
 * @param id - the id
 * @returns the records, or a shared frozen empty list
 * @internal
 */
export function groupAt<T>(groups: PositionGroups<T>, positions: ReadonlyMap<string, number>, id: string): readonly T[] {
  const position = positions.get(id);
  return (position === undefined ? groups.orphans.get(id) : groups.at[position]) ?? NONE;
}

const NONE: readonly never[] = Object.freeze([]);

const isList = <T>(records: readonly T[] | ReadonlyMap<string, T>): records is readonly T[] => Array.isArray(records);

/**
 * Groups records by a key in one pass; records without a key are skipped.
 *
 * @param records - the records: a list, or the values of a map
 * @param keyOf - the key of a record, or undefined
 * @returns the records of each key, in input order
 * @internal
 */
export function groupBy<T>(records: readonly T[] | ReadonlyMap<string, T>, keyOf: (record: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const add = (record: T): void => {
    const key = keyOf(record);
    if (key === undefined) return;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  };
  // an index over a list, forEach over a map: a for-of loop run once over millions of records stays slow even once
  // optimized on the stack, allocating a step object per record
  if (isList(records)) for (let i = 0; i < records.length; i++) add(records[i]!);
  else records.forEach((record) => add(record));
  return groups;
}

/**
 * The group of a key, or a shared frozen empty list.
 *
 * @param groups - groups made by {@link groupBy}
 * @param key - the key
 * @returns the records with that key
 * @internal
 */
export function groupOf<T>(groups: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return groups.get(key) ?? NONE;
}

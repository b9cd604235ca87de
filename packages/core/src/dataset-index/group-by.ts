const NONE: readonly never[] = Object.freeze([]);

/**
 * Groups records by a key in one pass; records without a key are skipped.
 *
 * @param records - the records
 * @param keyOf - the key of a record, or undefined
 * @returns the records of each key, in input order
 * @internal
 */
export function groupBy<T>(records: Iterable<T>, keyOf: (record: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
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

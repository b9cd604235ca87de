/**
 * The position of the first record holding each id, in one pass: `positions.get(id)` is an index into `records`.
 *
 * @param records - a collection, in dataset order
 * @param keyOf - a record's id (an indicator's code)
 * @returns the positions by id
 * @internal
 */
export function positionsById<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, number> {
  const positions = new Map<string, number>();
  // an indexed loop: a for-of loop run once over millions of records allocates a step object per record
  for (let i = 0; i < records.length; i++) {
    const id = keyOf(records[i]!);
    if (!positions.has(id)) positions.set(id, i);
  }
  return positions;
}

/**
 * A collection by id, read through the positions of its records: the index keeps one table of positions per large
 * collection, which both answers lookups by id and lets the index join records by position without hashing ids
 * again. Behaves as a `ReadonlyMap` in dataset order (the first record holding an id).
 *
 * @internal
 */
export class RecordsById<T> implements ReadonlyMap<string, T> {
  readonly #positions: ReadonlyMap<string, number>;
  readonly #records: readonly T[];
  readonly #keyOf: (record: T) => string;

  /**
   * @param positions - the position of each id, as {@link positionsById} gives them
   * @param records - the collection the positions point into
   * @param keyOf - a record's id, as given to {@link positionsById}
   */
  constructor(positions: ReadonlyMap<string, number>, records: readonly T[], keyOf: (record: T) => string) {
    this.#positions = positions;
    this.#records = records;
    this.#keyOf = keyOf;
  }

  /** The position of each id, as {@link positionsById} gave them: for grouping other records by position. */
  get positions(): ReadonlyMap<string, number> {
    return this.#positions;
  }

  /**
   * The position of the record holding an id in the collection.
   *
   * @param id - the id
   * @returns the position of the first record with it, or undefined
   */
  positionOf(id: string): number | undefined {
    return this.#positions.get(id);
  }

  /** The number of distinct ids. */
  get size(): number {
    return this.#positions.size;
  }

  /**
   * The record holding an id.
   *
   * @param id - the id
   * @returns the first record with it, or undefined
   */
  get(id: string): T | undefined {
    const position = this.#positions.get(id);
    return position === undefined ? undefined : this.#records[position];
  }

  /**
   * Whether a record holds an id.
   *
   * @param id - the id
   * @returns true when one does
   */
  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /**
   * Calls a function with each record and its id, in dataset order.
   *
   * @param callback - called with the record, its id and this map
   * @param thisArg - `this` for the callback
   */
  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    const records = this.#records;
    if (this.#positions.size === records.length) {
      // without repeated ids every record is the first with its id: the array in order, without the map
      for (let i = 0; i < records.length; i++) callback.call(thisArg, records[i]!, this.#keyOf(records[i]!), this);
      return;
    }
    this.#positions.forEach((position, id) => callback.call(thisArg, records[position]!, id, this));
  }

  /**
   * The ids, in dataset order.
   *
   * @returns an iterator over the ids
   */
  keys(): MapIterator<string> {
    return this.#positions.keys();
  }

  /**
   * The records, in dataset order, each id once.
   *
   * @returns an iterator over the records
   */
  values(): MapIterator<T> {
    // without repeated ids every record is the first with its id: the array's own iterator, far quicker than a generator
    if (this.#positions.size === this.#records.length) return this.#records[Symbol.iterator]() as unknown as MapIterator<T>;
    return mapped(this.#positions.values(), (position) => this.#records[position]!);
  }

  /**
   * The ids and their records, in dataset order.
   *
   * @returns an iterator over `[id, record]` pairs
   */
  entries(): MapIterator<[string, T]> {
    return mapped(this.#positions.entries(), ([id, position]): [string, T] => [id, this.#records[position]!]);
  }

  /**
   * The ids and their records, in dataset order.
   *
   * @returns an iterator over `[id, record]` pairs
   */
  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}

// an iterator over a map's iterator, each value mapped, shaped as a map's own iterator
function mapped<A, B>(source: Iterator<A>, map: (value: A) => B): MapIterator<B> {
  function* generate(): Generator<B, undefined, unknown> {
    for (let step = source.next(); step.done !== true; step = source.next()) yield map(step.value);
    return undefined;
  }
  return generate() as unknown as MapIterator<B>;
}

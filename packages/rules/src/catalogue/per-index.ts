import type { CalendarDate, DatasetIndex } from "@dangjian/core";

/**
 * A computation over an index made once per index and kept while the index lives (an index is immutable): what
 * several rules read, such as the positions of the regions, is built by the first of them.
 *
 * @param compute - builds the value from an index
 * @returns the computation, kept per index
 * @internal
 */
export function perIndex<T>(compute: (index: DatasetIndex) => T): (index: DatasetIndex) => T {
  const cache = new WeakMap<DatasetIndex, { readonly value: T }>();
  return (index) => {
    const cached = cache.get(index);
    if (cached !== undefined) return cached.value;
    const value = compute(index);
    cache.set(index, { value });
    return value;
  };
}

/**
 * A computation over an index and a day, kept for the last day asked about per index: the rules of one evaluation
 * ask about one day, and the first of them builds what the others read.
 *
 * @param compute - builds the value from an index and a day
 * @returns the computation, kept per index for the last day
 * @internal
 */
export function perIndexAndDay<T>(compute: (index: DatasetIndex, day: CalendarDate) => T): (index: DatasetIndex, day: CalendarDate) => T {
  const cache = new WeakMap<DatasetIndex, { readonly day: CalendarDate; readonly value: T }>();
  return (index, day) => {
    const cached = cache.get(index);
    if (cached !== undefined && cached.day === day) return cached.value;
    const value = compute(index, day);
    cache.set(index, { day, value });
    return value;
  };
}

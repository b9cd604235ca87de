// Shared by the benchmarks: the figure each reports over its measured rounds.

/**
 * The median of some numbers: the middle one, or the mean of the two middle ones of an even count.
 *
 * @param {readonly number[]} values - the numbers
 * @returns {number} their median
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

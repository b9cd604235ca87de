import { parseRegionCode } from "./parse-region-code.js";

/**
 * The 12-digit statistical form (统计用区划代码) of a region code, padded with zeros.
 *
 * @param code - a canonical or 12-digit padded region code
 * @returns the 12-digit code, or `undefined` when `code` is not a valid region code
 * @throws DangjianError `invalid_argument` when `code` is not a string
 * @example
 * ```ts
 * toStatisticalCode("632200"); // "632200000000"
 * toStatisticalCode("632222202"); // "632222202000"
 * ```
 * @category Regions
 */
export function toStatisticalCode(code: string): string | undefined {
  const result = parseRegionCode(code);
  return result.ok ? result.value.code.padEnd(12, "0") : undefined;
}

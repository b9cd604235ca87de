import type { RegionLevel } from "./region-level.js";
import { parseRegionCode } from "./parse-region-code.js";

/**
 * The level a region code names, read from its digits.
 *
 * @param code - a canonical or 12-digit padded region code
 * @returns the level, or `undefined` when `code` is not a valid region code (see {@link parseRegionCode} for why)
 * @throws DangjianError `invalid_argument` when `code` is not a string
 * @example
 * ```ts
 * regionLevelOfCode("632200"); // "prefecture"
 * regionLevelOfCode("632222202000"); // "township"
 * ```
 * @category Regions
 */
export function regionLevelOfCode(code: string): RegionLevel | undefined {
  const result = parseRegionCode(code);
  return result.ok ? result.value.level : undefined;
}

import { parseRegionCode } from "./parse-region-code.js";

/**
 * The canonical code of a region's parent, derived from the code's digits.
 * A province-administered county gets its 4-digit grouping code as parent (`429004` → `429000`).
 *
 * @param code - a canonical or 12-digit padded region code
 * @returns the parent's canonical code; `null` for a province; `undefined` when `code` is not a valid region code
 * @throws DangjianError `invalid_argument` when `code` is not a string
 * @example
 * ```ts
 * parentRegionCode("632221206"); // "632221"
 * parentRegionCode("630000"); // null
 * ```
 * @category Regions
 */
export function parentRegionCode(code: string): string | null | undefined {
  const result = parseRegionCode(code);
  return result.ok ? result.value.parentCode : undefined;
}

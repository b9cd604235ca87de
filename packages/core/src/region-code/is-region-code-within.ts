import { parseRegionCode } from "./parse-region-code.js";

/**
 * Tells whether a region is the same as, or lies under, another region, by their codes.
 * Both codes may be canonical or 12-digit padded.
 *
 * @param code - the region to place
 * @param ancestorCode - the region that may contain it
 * @returns true when `code` equals `ancestorCode` or one of its parents does; false when either is not a valid region code
 * @throws DangjianError `invalid_argument` when either argument is not a string
 * @example
 * ```ts
 * isRegionCodeWithin("632222202", "632200"); // true
 * isRegionCodeWithin("632222202", "632221"); // false
 * ```
 * @category Regions
 */
export function isRegionCodeWithin(code: string, ancestorCode: string): boolean {
  const ancestor = parseRegionCode(ancestorCode);
  let current = parseRegionCode(code);
  if (!ancestor.ok) return false;
  while (current.ok) {
    if (current.value.code === ancestor.value.code) return true;
    if (current.value.parentCode === null) return false;
    current = parseRegionCode(current.value.parentCode);
  }
  return false;
}

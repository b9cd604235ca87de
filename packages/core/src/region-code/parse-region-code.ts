import type { Issue } from "../issue/issue.js";
import type { IssueInit } from "../issue/message.js";
import type { ParseResult } from "../issue/parse-result.js";
import { createIssue } from "../issue/message.js";
import type { RegionLevel } from "./region-level.js";
import { REGION_LEVELS } from "./region-level.js";
import type { RegionCodeIssueCode } from "./messages.js";
import { regionCodeMessages } from "./messages.js";
import { requireString } from "../error/require-string.js";

/**
 * A region code taken apart: its canonical form, its level, its parent and its prefixes.
 *
 * @category Regions
 */
export interface ParsedRegionCode {
  /** The canonical code: 6 digits for province, prefecture and county, 9 for township, 12 for village. */
  readonly code: string;
  /** The level the code names. */
  readonly level: RegionLevel;
  /** The canonical code of the parent region; `null` for a province. */
  readonly parentCode: string | null;
  /** The 2-digit province prefix. */
  readonly province: string;
  /** The 4-digit prefecture prefix; `null` for a province. For province-administered counties it is the grouping prefix (e.g. `4290`). */
  readonly prefecture: string | null;
  /** The 6-digit county code; `null` above county level and for townships of a prefecture-level city without counties. */
  readonly county: string | null;
  /** The 9-digit township code; `null` above township level. */
  readonly township: string | null;
}

/**
 * Options of {@link parseRegionCode}.
 *
 * @category Regions
 */
export interface ParseRegionCodeOptions {
  /** Where the code sits in the input, put on every issue; the root (`""`) when omitted. */
  readonly path?: string | readonly PropertyKey[];
}

const DIGIT = /^[0-9]$/;
const LENGTHS = [6, 9, 12];
const COUNTY_RANK = REGION_LEVELS.indexOf("county");
const TOWNSHIP_RANK = REGION_LEVELS.indexOf("township");

function parentOf(level: RegionLevel, digits: string, countyCode: string | null): string | null {
  switch (level) {
    case "province":
      return null;
    case "prefecture":
      return digits.slice(0, 2) + "0000";
    case "county":
      return digits.slice(0, 4) + "00";
    case "township":
      // a township of a city without counties (东莞 441900003) hangs directly under the prefecture
      return countyCode ?? digits.slice(0, 4) + "00";
    case "village":
      return digits.slice(0, 9);
  }
}

/**
 * Parses a region code (行政区划代码 / 统计用区划代码) and derives its level and parent.
 *
 * Accepted forms: the canonical code (6 digits for province `630000`, prefecture `632200` and
 * county `632221` per GB/T 2260; 9 digits for a township `632222202`; 12 digits for a village) and
 * the 12-digit padded statistical form of any level (`632200000000` → `632200`).
 * The parent is derived from the digits alone: county `632221` → `632200`, prefecture → `630000`,
 * township → its county, village → its township. Province-administered counties keep the parent
 * their first 4 digits give (`429004` → `429000`, the 省直辖县级行政区划 grouping code), and a
 * township of a prefecture-level city without counties (`441900003`, 东莞) has the prefecture as parent.
 * Whether the code exists in any year's list is not checked.
 *
 * @param text - the code as written
 * @param options - where the code sits in the input, for issue paths
 * @returns the parsed code, or the issues: wrong length, a non-digit, a province part 00, a
 *   non-zero part below a prefecture part 00, a township part 000 with digits after it or in a 9-digit code
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * const result = parseRegionCode("632222202");
 * if (result.ok) result.value.parentCode; // "632222"
 * ```
 * @category Regions
 */
export function parseRegionCode(text: string, options: ParseRegionCodeOptions = {}): ParseResult<ParsedRegionCode> {
  requireString(text, "parseRegionCode(text)");
  const issues: Issue[] = [];
  const raise = (code: RegionCodeIssueCode, params: Record<string, unknown>): void => {
    const init: IssueInit = options.path === undefined ? { params } : { params, path: options.path };
    issues.push(createIssue(code, regionCodeMessages[code], init));
  };

  const characters = Array.from(text);
  if (!LENGTHS.includes(characters.length)) raise("region_code.length", { length: characters.length });
  const bad = characters.findIndex((character) => !DIGIT.test(character));
  if (bad >= 0) raise("region_code.not_digit", { character: characters[bad], position: bad + 1 });
  if (issues.length > 0) return { ok: false, issues };

  const digits = text.padEnd(12, "0");
  const province = digits.slice(0, 2);
  const prefecture = digits.slice(2, 4);
  const county = digits.slice(4, 6);
  const township = digits.slice(6, 9);
  const village = digits.slice(9, 12);
  if (province === "00") raise("region_code.province_zero", {});
  if (prefecture === "00" && /[1-9]/.test(text.slice(4))) raise("region_code.prefecture_zero", { rest: text.slice(4) });
  if (text.length === 9 && township === "000") raise("region_code.township_zero", {});
  if (township === "000" && village !== "000") raise("region_code.village_without_township", { village });
  if (issues.length > 0) return { ok: false, issues };

  const level: RegionLevel =
    village !== "000" ? "village"
    : township !== "000" ? "township"
    : county !== "00" ? "county"
    : prefecture !== "00" ? "prefecture"
    : "province";
  const rank = REGION_LEVELS.indexOf(level);
  const countyCode = county === "00" ? null : digits.slice(0, 6);
  const townshipCode = digits.slice(0, 9);
  const value: ParsedRegionCode = {
    code: level === "village" ? digits : level === "township" ? townshipCode : digits.slice(0, 6),
    level,
    parentCode: parentOf(level, digits, countyCode),
    province,
    prefecture: level === "province" ? null : province + prefecture,
    county: rank >= COUNTY_RANK ? countyCode : null,
    township: rank >= TOWNSHIP_RANK ? townshipCode : null,
  };
  return { ok: true, value, issues };
}

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { IssueSchema } from "../issue/issue.js";
import { REGION_LEVELS } from "./region-level.js";
import type { RegionLevel } from "./region-level.js";
import { parseRegionCode } from "./parse-region-code.js";

// the confirmed codes of one prefecture, its counties and townships, from the domain brief §5.1–5.2 (NBS 2023)
const QINGHAI = { code: "630000", statistical: "630000000000" };
const PREFECTURE = { code: "632200", statistical: "632200000000" };
const COUNTIES = [
  {
    code: "632221",
    statistical: "632221000000",
    townships: ["100", "101", "102", "103", "200", "201", "202", "203", "204", "205", "206", "207", "400", "401"],
  },
  {
    code: "632222",
    statistical: "632222000000",
    townships: ["100", "101", "102", "200", "201", "202", "203"],
  },
  {
    code: "632223",
    statistical: "632223000000",
    townships: ["100", "101", "200", "201", "202", "203"],
  },
  {
    code: "632224",
    statistical: "632224000000",
    townships: ["100", "101", "200", "201", "202"],
  },
];
const TOWNSHIPS = COUNTIES.flatMap((county) =>
  county.townships.map((segment) => ({ code: county.code + segment, county: county.code })),
);

function valueOf(text: string) {
  const result = parseRegionCode(text);
  if (!result.ok) throw new Error(`${text} did not parse: ${result.issues.map((issue) => issue.message.en).join("; ")}`);
  return result.value;
}

function issueCodes(text: string): string[] {
  return parseRegionCode(text).issues.map((issue) => issue.code);
}

describe("parseRegionCode on the confirmed codes of one prefecture", () => {
  it("reads Qinghai as a province without parent", () => {
    expect(valueOf(QINGHAI.code)).toEqual({
      code: "630000", level: "province", parentCode: null, province: "63", prefecture: null, county: null, township: null,
    });
  });

  it("reads the prefecture as under its province", () => {
    expect(valueOf(PREFECTURE.code)).toEqual({
      code: "632200", level: "prefecture", parentCode: QINGHAI.code, province: "63", prefecture: "6322", county: null, township: null,
    });
  });

  it.each(COUNTIES)("reads $code as a county under the prefecture", (county) => {
    const value = valueOf(county.code);
    expect(value.level).toBe("county");
    expect(value.parentCode).toBe(PREFECTURE.code);
    expect(value.county).toBe(county.code);
    expect(value.township).toBeNull();
  });

  it("lists 30 townships besides the two state-run units (400, 401)", () => {
    const ordinary = TOWNSHIPS.filter((township) => !/^[45]/.test(township.code.slice(6)));
    expect(TOWNSHIPS).toHaveLength(32);
    expect(ordinary).toHaveLength(30);
  });

  it.each(TOWNSHIPS)("reads $code as a township under its county", (township) => {
    const value = valueOf(township.code);
    expect(value).toEqual({
      code: township.code,
      level: "township",
      parentCode: township.county,
      province: "63",
      prefecture: "6322",
      county: township.county,
      township: township.code,
    });
  });

  it("puts 632222202 under 632222 and 632221206 under 632221", () => {
    expect(valueOf("632222202").parentCode).toBe("632222");
    expect(valueOf("632221206").parentCode).toBe("632221");
  });

  it.each([QINGHAI, PREFECTURE, ...COUNTIES])("reads the 12-digit form $statistical as $code", (region) => {
    expect(valueOf(region.statistical)).toEqual(valueOf(region.code));
  });

  it.each(TOWNSHIPS)("reads the 12-digit form of $code as the township", (township) => {
    expect(valueOf(township.code + "000")).toEqual(valueOf(township.code));
  });

  it("reads a village of 632222202 as village level under the township, without inventing its code", () => {
    // no village code is confirmed (brief §5.3); 999 stands for any village segment
    const village = valueOf("632222202999");
    expect(village).toEqual({
      code: "632222202999", level: "village", parentCode: "632222202", province: "63", prefecture: "6322", county: "632222", township: "632222202",
    });
  });
});

describe("parseRegionCode on other shapes", () => {
  it("gives a province-administered county the 4-digit grouping code as parent", () => {
    // 仙桃市 429004 sits under 省直辖县级行政区划 429000, not under a prefecture
    expect(valueOf("429004")).toMatchObject({ level: "county", parentCode: "429000", prefecture: "4290" });
    expect(valueOf("429000")).toMatchObject({ level: "prefecture", parentCode: "420000" });
  });

  it("hangs a township of a city without counties under the prefecture", () => {
    // 东莞市 441900 has no counties; its subdistrict 东城街道 is 441900003
    expect(valueOf("441900003")).toMatchObject({ level: "township", parentCode: "441900", county: null, township: "441900003" });
    expect(valueOf("441900003001")).toMatchObject({ level: "village", parentCode: "441900003", county: null });
  });
});

describe("parseRegionCode rejects bad codes", () => {
  it.each([
    ["", ["region_code.length"]],
    ["63222", ["region_code.length"]],
    ["6322220", ["region_code.length"]],
    ["6322220000000", ["region_code.length"]],
    ["63222a", ["region_code.not_digit"]],
    ["６３２２００", ["region_code.not_digit"]],
    ["632222 ", ["region_code.length", "region_code.not_digit"]],
    ["002200", ["region_code.province_zero"]],
    ["000000000000", ["region_code.province_zero"]],
    ["630021", ["region_code.prefecture_zero"]],
    ["630000202", ["region_code.prefecture_zero"]],
    ["632222000", ["region_code.township_zero"]],
    ["632222000123", ["region_code.village_without_township"]],
    ["632200000005", ["region_code.village_without_township"]],
  ])("%j → %j", (text, codes) => {
    const result = parseRegionCode(text);
    expect(result.ok).toBe(false);
    expect(issueCodes(text)).toEqual(codes);
  });

  it("says what is wrong, in both languages", () => {
    const [length] = parseRegionCode("63222").issues;
    expect(length?.message).toEqual({ "zh-CN": "区划代码长度为 5，应为 6、9 或 12 位数字", en: "length is 5, expected 6, 9 or 12 digits" });
    const [digit] = parseRegionCode("6322a0").issues;
    expect(digit?.message.en).toBe('character "a" at position 5 is not a digit');
    expect(digit?.params).toEqual({ character: "a", position: 5 });
    const [zero] = parseRegionCode("630021").issues;
    expect(zero?.message.en).toBe("prefecture part (digits 3–4) is 00 but the digits after it, 21, are not all 0");
  });

  it("puts the caller's path on every issue", () => {
    const result = parseRegionCode("6322", { path: ["regions", 2, "code"] });
    expect(result.issues.map((issue) => issue.path)).toEqual(["/regions/2/code"]);
    expect(parseRegionCode("6322", { path: "/x" }).issues[0]?.path).toBe("/x");
  });

  it("throws DangjianError only when the argument is not a string", () => {
    for (const argument of [undefined, null, 632200, {}]) {
      const call = () => parseRegionCode(argument as never);
      expect(call).toThrow(/must be a string/);
      try { call(); } catch (error) { expect(isDangjianError(error) && error.code).toBe("invalid_argument"); }
    }
  });
});

/** Any valid canonical code, built segment by segment for a chosen level. */
const validCode = fc
  .record({
    level: fc.constantFrom(...REGION_LEVELS),
    province: fc.integer({ min: 1, max: 99 }),
    prefecture: fc.integer({ min: 1, max: 99 }),
    county: fc.integer({ min: 0, max: 99 }),
    township: fc.integer({ min: 1, max: 999 }),
    village: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ level, province, prefecture, county, township, village }) => {
    const rank = REGION_LEVELS.indexOf(level);
    const pad = (value: number, width: number, fromRank: number) => String(rank >= fromRank ? value : 0).padStart(width, "0");
    // a county segment of 00 is only legal below county level (cities without counties)
    const countySegment = level === "county" ? Math.max(county, 1) : county;
    const digits = pad(province, 2, 0) + pad(prefecture, 2, 1) + pad(countySegment, 2, 2) + pad(township, 3, 3) + pad(village, 3, 4);
    return { level: level as RegionLevel, code: digits.slice(0, level === "village" ? 12 : level === "township" ? 9 : 6) };
  });

describe("parseRegionCode properties", () => {
  it("reads every well-formed code at the level it was built for, and its padded form the same way", () => {
    fc.assert(
      fc.property(validCode, ({ level, code }) => {
        const value = valueOf(code);
        expect(value.level).toBe(level);
        expect(value.code).toBe(code);
        expect(valueOf(code.padEnd(12, "0"))).toEqual(value);
      }),
    );
  });

  it("derives a parent that is itself a valid code one or two levels up, and reaches a province", () => {
    fc.assert(
      fc.property(validCode, ({ code }) => {
        let current = valueOf(code);
        for (let steps = 0; current.parentCode !== null; steps++) {
          expect(steps).toBeLessThan(4);
          const parent = valueOf(current.parentCode);
          expect(REGION_LEVELS.indexOf(parent.level)).toBeLessThan(REGION_LEVELS.indexOf(current.level));
          expect(code.padEnd(12, "0").startsWith(parent.code.replace(/0+$/, ""))).toBe(true);
          current = parent;
        }
        expect(current.level).toBe("province");
      }),
    );
  });

  it("never throws on a string, and fails only with error issues that fit the issue schema", () => {
    const nearCode = fc.string({ unit: fc.constantFrom("0", "0", "0", "1", "2", "6", "9", "a", " "), maxLength: 13 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), nearCode), (text) => {
        const result = parseRegionCode(text);
        for (const issue of result.issues) expect(IssueSchema.safeParse(issue).success).toBe(true);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { IssueSchema } from "../issue/issue.js";
import { QuantitySchema, checkQuantityBounds, type Quantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { formatQuantity } from "./format-quantity.js";

type Bounds = [min: number | null, max: number | null, minInclusive: boolean, maxInclusive: boolean];

function bounds(q: Quantity): Bounds {
  return [q.min, q.max, q.minInclusive, q.maxInclusive];
}

function parsed(text: string, tolerance?: number): Quantity {
  const result = parseQuantity(text, tolerance === undefined ? {} : { tolerance });
  if (!result.ok) throw new Error(`${text}: ${result.issues.map((issue) => issue.message.en).join("; ")}`);
  return result.value;
}

function codeOf(text: string): string | undefined {
  const result = parseQuantity(text);
  expect(result.ok).toBe(false);
  expect(result.value).toBeUndefined();
  return result.issues[0]?.code;
}

const exact = (n: number): Bounds => [n, n, true, true];
const open = (min: number, max: number): Bounds => [min, max, false, false];

// every figure of the Haibei report, in the order it appears, with what it must mean
const HAIBEI: readonly (readonly [text: string, bounds: Bounds, unit: string, qualifier: string | null])[] = [
  ["400面", exact(400), "面", null],
  ["51个", exact(51), "个", null],
  ["30个", exact(30), "个", null],
  ["5个", exact(5), "个", null],
  ["5个", exact(5), "个", null],
  ["52个", exact(52), "个", null],
  ["224个", exact(224), "个", null],
  ["400余名", open(400, 500), "名", "odd"],
  ["12名", exact(12), "名", null],
  ["20万元以上", [200_000, null, true, false], "万元", "at-least"],
  ["51个", exact(51), "个", null],
  ["50个", exact(50), "个", null],
  ["48支", exact(48), "支", null],
  ["188个", exact(188), "个", null],
  ["122次", exact(122), "次", null],
  ["3条", exact(3), "条", null],
  ["83个", exact(83), "个", null],
  ["56名", exact(56), "名", null],
  ["10项", exact(10), "项", null],
  ["12支", exact(12), "支", null],
  ["1400余名", open(1400, 1500), "名", "odd"],
  ["500多个", open(500, 600), "个", "more"],
  ["1万余名", open(10_000, 20_000), "名", "odd"],
  ["2批次", exact(2), "批次", null],
  ["600余名", open(600, 700), "名", "odd"],
  ["293名", exact(293), "名", null],
  ["97个", exact(97), "个", null],
  ["200余支", open(200, 300), "支", "odd"],
  ["800多个", open(800, 900), "个", "more"],
  ["近1万名", [9000, 10_000, true, false], "名", "nearly"],
  ["358个", exact(358), "个", null],
  ["3260名", exact(3260), "名", null],
];

// digits in the report that are not figures: a flag size, a pairing pattern, a one-to-one pairing
const HAIBEI_NON_FIGURES = ["3号党旗", "1+10", "1对1"];

describe("parseQuantity on the Haibei report", () => {
  const report = readFileSync(new URL("../../../../examples/haibei/data/haibei-report.txt", import.meta.url), "utf8");

  it("the table holds every Arabic figure of the report, in order", () => {
    const covered = new Array<boolean>(report.length).fill(false);
    let cursor = 0;
    for (const [text] of HAIBEI) {
      const at = report.indexOf(text, cursor);
      expect(at, `${text} after position ${cursor}`).toBeGreaterThanOrEqual(0);
      // the figure must not be the tail of a longer number
      expect(/[0-9.]/.test(report[at - 1] ?? "")).toBe(false);
      covered.fill(true, at, at + text.length);
      cursor = at + text.length;
    }
    for (const text of HAIBEI_NON_FIGURES) {
      const at = report.indexOf(text);
      expect(at).toBeGreaterThanOrEqual(0);
      covered.fill(true, at, at + text.length);
    }
    const stray = [...report.matchAll(/[0-9]+/g)].filter((match) => !covered[match.index]);
    expect(stray.map((match) => report.slice(match.index, match.index + 8))).toEqual([]);
  });

  it.each(HAIBEI.map((row) => [...row]))("%s has the bounds, unit and qualifier it states", (text, expected, unit, qualifier) => {
    const q = parsed(text);
    expect(bounds(q)).toEqual(expected);
    expect(q.unit).toBe(unit);
    expect(q.qualifier).toBe(qualifier);
    expect(q.text).toBe(text);
    expect(checkQuantityBounds(q)).toEqual([]);
    expect(QuantitySchema.parse(q)).toEqual(q);
  });

  it.each(HAIBEI.map(([text]) => text))("%s formats back to itself", (text) => {
    expect(formatQuantity(parsed(text))).toBe(text);
  });

  it.each(HAIBEI_NON_FIGURES)("%s is not read as a figure", (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });
});

describe("parseQuantity numbers", () => {
  it.each([
    ["三百", 300],
    ["两千", 2000],
    ["八十三", 83],
    ["一万", 10_000],
    ["十二", 12],
    ["十", 10],
    ["二十", 20],
    ["一千四百", 1400],
    ["一千零五", 1005],
    ["一千零五十", 1050],
    ["一万二千", 12_000],
    ["一万零五百", 10_500],
    ["五千万", 50_000_000],
    ["一亿二千万", 120_000_000],
    ["一万亿", 1_000_000_000_000],
    ["零", 0],
    ["〇", 0],
    ["叁佰", 300],
    ["一千四", 1400],
    ["一万二", 12_000],
    ["一点五", 1.5],
    ["十二点五万", 125_000],
  ])("reads the Chinese numeral %s as %d", (text, value) => {
    expect(bounds(parsed(text))).toEqual(exact(value));
  });

  it.each([
    ["５２个", 52],
    ["１，４００名", 1400],
    ["1,400名", 1400],
    ["1,234,567元", 1_234_567],
    ["12.5万元", 125_000],
    ["0.5", 0.5],
    ["052", 52],
    ["３．５万", 35_000],
  ])("reads the Arabic number in %s as %d", (text, value) => {
    expect(parsed(text).min).toBe(value);
  });

  it("applies 万 and 亿, before or as part of the unit", () => {
    expect(bounds(parsed("1万"))).toEqual(exact(10_000));
    expect(bounds(parsed("3亿"))).toEqual(exact(300_000_000));
    expect(bounds(parsed("1.2亿元"))).toEqual(exact(120_000_000));
    expect(parsed("1.2亿元").unit).toBe("亿元");
    expect(bounds(parsed("1.2万亿元"))).toEqual(exact(1_200_000_000_000));
    expect(bounds(parsed("3千人"))).toEqual(exact(3000));
    expect(bounds(parsed("3千元"))).toEqual(exact(3000));
    expect(parsed("3千元").unit).toBe("千元");
  });

  it("keeps decimals exact where binary arithmetic would not", () => {
    // 1.1 × 10000 is 11000.000000000002 in floating point
    expect(parsed("1.1万").min).toBe(11_000);
    expect(bounds(parsed("1.1万余户"))).toEqual(open(11_000, 12_000));
    expect(bounds(parsed("0.3万元"))).toEqual(exact(3000));
  });

  it("reads Chinese numerals and 万元 the same way as Arabic ones", () => {
    expect(parsed("十万元")).toMatchObject({ min: 100_000, unit: "万元", stated: 10, scale: null });
    expect(parsed("10万元")).toMatchObject({ min: 100_000, unit: "万元", stated: 10, scale: null });
    expect(parsed("一万二千余户")).toMatchObject({ min: 12_000, max: 13_000, stated: 1.2, scale: "万" });
  });

  it("trims surrounding whitespace and keeps the trimmed text", () => {
    const q = parsed("  \u3000 52个 \n");
    expect(bounds(q)).toEqual(exact(52));
    expect(q.text).toBe("52个");
    expect(bounds(parsed("20 万元 以上"))).toEqual([200_000, null, true, false]);
  });

  it("gives bare numbers no unit", () => {
    expect(parsed("400余")).toMatchObject({ min: 400, max: 500, unit: null, qualifier: "odd" });
  });
});

describe("parseQuantity qualifiers", () => {
  it.each([
    ["10余人", open(10, 20)],
    ["1.2万余户", open(12_000, 13_000)],
    ["50余个", open(50, 60)],
    ["52余个", open(52, 53)],
    ["1.25万余元", open(12_500, 12_600)],
    ["10余万元", open(100_000, 200_000)],
    ["10万余元", open(100_000, 200_000)],
    ["十余万元", open(100_000, 200_000)],
    ["百余人", open(100, 200)],
    ["千余名", open(1000, 2000)],
    ["万余名", open(10_000, 20_000)],
    ["2万多人", open(20_000, 30_000)],
    ["三百多名", open(300, 400)],
  ])("余 and 多: %s is the open interval up to the next step", (text, expected) => {
    expect(bounds(parsed(text))).toEqual(expected);
  });

  it("余 and 多 keep their form", () => {
    expect(parsed("500余个").qualifier).toBe("odd");
    expect(parsed("500多个").qualifier).toBe("more");
    expect(bounds(parsed("500余个"))).toEqual(bounds(parsed("500多个")));
  });

  it("近 is below the figure, within the tolerance", () => {
    expect(bounds(parsed("近1万名"))).toEqual([9000, 10_000, true, false]);
    expect(bounds(parsed("近1万名", 0.05))).toEqual([9500, 10_000, true, false]);
    expect(bounds(parsed("将近500人"))).toEqual([450, 500, true, false]);
    expect(parsed("将近500人").qualifier).toBe("nearly");
  });

  it("约 and 左右 reach the tolerance either side", () => {
    expect(bounds(parsed("约500人"))).toEqual([450, 550, true, true]);
    expect(bounds(parsed("500人左右"))).toEqual([450, 550, true, true]);
    expect(bounds(parsed("约500人", 0.15))).toEqual([425, 575, true, true]);
    expect(parsed("大约500人").qualifier).toBe("about");
    expect(parsed("500人左右").qualifier).toBe("around");
    expect(bounds(parsed("约0"))).toEqual(exact(0));
  });

  it("以上 is at least, with no upper bound; 以下 is at most, from 0", () => {
    expect(bounds(parsed("20万元以上"))).toEqual([200_000, null, true, false]);
    expect(bounds(parsed("50名以下"))).toEqual([0, 50, true, true]);
    expect(parsed("50名以下").qualifier).toBe("at-most");
    expect(bounds(parsed("0以上"))).toEqual([0, null, true, false]);
  });

  it("reads ranges and one-sided bounds", () => {
    expect(parsed("5至10名")).toMatchObject({ min: 5, max: 10, minInclusive: true, maxInclusive: true, qualifier: "range", unit: "名" });
    expect(bounds(parsed("5名至10名"))).toEqual([5, 10, true, true]);
    expect(bounds(parsed("5～10名"))).toEqual([5, 10, true, true]);
    expect(bounds(parsed("5万元至10万元"))).toEqual([50_000, 100_000, true, true]);
    expect(bounds(parsed("5万至10万人"))).toEqual([50_000, 100_000, true, true]);
    expect(bounds(parsed("多于452名且少于552名"))).toEqual(open(452, 552));
    expect(bounds(parsed("不少于452名且少于552名"))).toEqual([452, 552, true, false]);
    expect(bounds(parsed("多于452名"))).toEqual([452, null, false, false]);
    expect(bounds(parsed("少于50名"))).toEqual([0, 50, true, false]);
    expect(parsed("不少于5名")).toMatchObject({ min: 5, max: null, qualifier: "at-least" });
    expect(parsed("不超过5名")).toMatchObject({ min: 0, max: 5, qualifier: "at-most" });
    expect(parsed("5名至5名")).toMatchObject({ min: 5, max: 5, qualifier: null });
    expect(bounds(parsed("5000元至1万元"))).toEqual([5000, 10_000, true, true]);
  });

  it("accepts any tolerance strictly between 0 and 1 and rejects others as misuse", () => {
    for (const tolerance of [0, 1, -0.1, Number.NaN, 2]) {
      expect(() => parseQuantity("约5", { tolerance })).toThrowError(/tolerance/);
    }
  });
});

describe("parseQuantity on what is not a quantity", () => {
  it.each([
    ["", "quantity.empty"],
    ["   ", "quantity.empty"],
    ["若干", "quantity.indefinite"],
    ["若干名", "quantity.indefinite"],
    ["很多人", "quantity.indefinite"],
    ["数百人", "quantity.indefinite"],
    ["十几个", "quantity.indefinite"],
    ["多个", "quantity.indefinite"],
    ["abc", "quantity.not_a_quantity"],
    ["1+10", "quantity.not_a_quantity"],
    ["1对1", "quantity.not_a_quantity"],
    ["1 400", "quantity.not_a_quantity"],
    ["-5个", "quantity.not_a_quantity"],
    ["3号党旗", "quantity.unknown_unit"],
    ["3号", "quantity.unknown_unit"],
    ["三年", "quantity.unknown_unit"],
    ["12 persons", "quantity.unknown_unit"],
    ["52个党员先锋岗", "quantity.trailing_text"],
    ["1,40", "quantity.malformed_number"],
    ["14,00名", "quantity.malformed_number"],
    ["1.2.3", "quantity.malformed_number"],
    ["5.个", "quantity.malformed_number"],
    ["一二", "quantity.malformed_number"],
    ["一百千", "quantity.malformed_number"],
    ["十两", "quantity.malformed_number"],
    ["约400余名", "quantity.qualifier_conflict"],
    ["近500人左右", "quantity.qualifier_conflict"],
    ["400余名以上", "quantity.qualifier_conflict"],
    ["约5至10人", "quantity.qualifier_conflict"],
    ["0余名", "quantity.qualifier_needs_nonzero"],
    ["近0名", "quantity.qualifier_needs_nonzero"],
    ["9999万亿元", "quantity.out_of_range"],
    ["1亿亿", "quantity.unknown_unit"],
    ["1234567890123456", "quantity.out_of_range"],
    ["10至5名", "quantity.bounds_inverted"],
    ["5个至10名", "quantity.unit_mismatch"],
    ["5至10万元", "quantity.range_ambiguous"],
    ["三至5千元", "quantity.range_ambiguous"],
  ])("%j gives %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("gives well-formed issues in both languages with the text as a parameter", () => {
    const result = parseQuantity("3号党旗", { path: ["observations", 2, "value"] });
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(IssueSchema.parse(issue)).toEqual(issue);
    expect(issue).toMatchObject({ path: "/observations/2/value", params: { text: "3号党旗", unit: "号党旗" } });
    expect(issue?.message["zh-CN"]).toContain("号党旗");
    expect(issue?.message.en).toContain("号党旗");
  });

  it("throws only when the text is not a string", () => {
    for (const input of [undefined, null, 52, {}, ["52个"]]) {
      let caught: unknown;
      try {
        parseQuantity(input as never);
      } catch (error) {
        caught = error;
      }
      expect(isDangjianError(caught) && caught.code).toBe("invalid_argument");
    }
  });

  it("gives frozen values", () => {
    const q = parsed("400余名");
    expect(Object.isFrozen(q)).toBe(true);
    expect(() => {
      (q as { min: number | null }).min = 0;
    }).toThrow();
  });
});

const QUANTITY_CHARACTERS = [
  ..."0123456789０５,，.．万亿余多近约以上下左右至到~～-且、个名人面支次批元户家千百十一二两三四五六七八九零点号若干数几不少于超过 ",
  "万元",
  "人次",
  "批次",
];

describe("parseQuantity properties", () => {
  it("never throws on any string, and either gives a consistent quantity or issues", () => {
    const check = (text: string) => {
      const result = parseQuantity(text);
      if (result.ok) {
        expect(QuantitySchema.safeParse(result.value).success).toBe(true);
        expect(checkQuantityBounds(result.value)).toEqual([]);
        expect(result.value.min === null || result.value.min >= 0).toBe(true);
      } else {
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) expect(issue.code.startsWith("quantity.")).toBe(true);
      }
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 500 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUANTITY_CHARACTERS), { maxLength: 12 }).map((parts) => parts.join("")), check),
      { numRuns: 3000 },
    );
  });

  it("reads any thousands-separated integer as the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(parsed(`${grouped}名`).min).toBe(n);
        expect(parsed(grouped.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).replaceAll(",", "，")).min).toBe(n);
      }),
    );
  });

  it("reads any integer below 10^12 written in Chinese numerals", () => {
    const DIGITS = "零一二三四五六七八九";
    const section = (n: number): string => {
      // standard reading of 0..9999 with 零 for inner gaps
      const places = [1000, 100, 10, 1];
      const names = ["千", "百", "十", ""];
      let text = "";
      let gap = false;
      places.forEach((place, index) => {
        const digit = Math.floor(n / place) % 10;
        if (digit === 0) {
          if (text !== "") gap = true;
          return;
        }
        if (gap) text += "零";
        gap = false;
        text += DIGITS[digit] + (names[index] ?? "");
      });
      return text;
    };
    const chinese = (n: number): string => {
      if (n === 0) return "零";
      const yi = Math.floor(n / 1e8);
      const wan = Math.floor((n % 1e8) / 1e4);
      const rest = n % 1e4;
      let text = "";
      if (yi > 0) text += section(yi) + "亿";
      if (wan > 0) text += (text !== "" && wan < 1000 ? "零" : "") + section(wan) + "万";
      else if (yi > 0 && rest > 0) text += "零";
      if (rest > 0) text += (text !== "" && wan > 0 && rest < 1000 ? "零" : "") + section(rest);
      return text;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parsed(chinese(n)).min).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

describe("parseQuantity on zero", () => {
  it("reads zero at any scale as zero, never as out of range", () => {
    const zero = parseQuantity("0亿亿元");
    expect(zero.ok).toBe(true);
    if (zero.ok) expect([zero.value.min, zero.value.max]).toEqual([0, 0]);
  });
});
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import type { Quantity } from "./quantity.js";
import { exactQuantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { formatQuantity } from "./format-quantity.js";
import { QUANTITY_UNITS, quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import type { QuantityQualifier } from "./quantity-qualifier.js";
import { quantityFromBounds } from "./from-bounds.js";

function parsed(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(`${text}: ${result.issues.map((issue) => issue.message.en).join("; ")}`);
  return result.value;
}

describe("formatQuantity in zh-CN", () => {
  it.each(["400余名", "近1万名", "1万余名", "20万元以上", "52个", "500多个", "1400余名", "1.2万余户", "3260名"])(
    "gives back the canonical %s",
    (text) => {
      expect(formatQuantity(parsed(text))).toBe(text);
      expect(formatQuantity(parsed(text), { locale: "zh-CN" })).toBe(text);
    },
  );

  it.each([
    ["四百余名", "400余名"],
    ["1,400余名", "1400余名"],
    ["１，４００余名", "1400余名"],
    ["５２个", "52个"],
    ["  52个 ", "52个"],
    ["五十二个", "52个"],
    ["一万余名", "1万余名"],
    ["万余名", "1万余名"],
    ["一万二千余户", "1.2万余户"],
    ["十万元", "10万元"],
    ["三千人", "3000人"],
    ["大约500人", "约500人"],
    ["将近一万名", "近1万名"],
    ["不少于20万元", "20万元以上"],
    ["不超过50名", "50名以下"],
    ["0至50名", "50名以下"],
    ["5至10名", "5名至10名"],
    ["5～10名", "5名至10名"],
    ["12.50万元", "12.5万元"],
  ])("writes the non-canonical %s as %s", (text, canonical) => {
    expect(formatQuantity(parsed(text))).toBe(canonical);
  });

  it("writes every qualifier in its place", () => {
    expect(formatQuantity(parsed("约500人"))).toBe("约500人");
    expect(formatQuantity(parsed("500人左右"))).toBe("500人左右");
    expect(formatQuantity(parsed("50名以下"))).toBe("50名以下");
    expect(formatQuantity(parsed("10余万元"))).toBe("10余万元");
    expect(formatQuantity(parsed("10万余元"))).toBe("10万余元");
  });

  it("writes ranges with the unit on both ends", () => {
    expect(formatQuantity(parsed("多于452名且少于552名"))).toBe("多于452名且少于552名");
    expect(formatQuantity(parsed("5万元至10万元"))).toBe("5万元至10万元");
    expect(formatQuantity(parsed("少于50名"))).toBe("少于50名");
    expect(formatQuantity(parsed("多于5"))).toBe("多于5");
  });

  it("writes quantities built by hand from their bounds when the stated figure is missing", () => {
    const q: Quantity = { ...parsed("52个"), stated: null };
    expect(formatQuantity(q)).toBe("52个");
    const range: Quantity = { ...parsed("400余名"), stated: null };
    expect(formatQuantity(range)).toBe("多于400名且少于500名");
    expect(formatQuantity({ ...range, min: null, max: null })).toBe("任意数量名");
  });
});

describe("formatQuantity in English", () => {
  it.each([
    ["400余名", "more than 400"],
    ["500多个", "more than 500"],
    ["近1万名", "nearly 10,000"],
    ["20万元以上", "at least 200,000 yuan"],
    ["约500人", "about 500"],
    ["500人左右", "around 500"],
    ["50名以下", "at most 50"],
    ["52个", "52"],
    ["3260名", "3,260"],
    ["1.2万余户", "more than 12,000"],
    ["122次", "122 times"],
    ["1次", "1 time"],
    ["2批次", "2 batches"],
    ["1批次", "1 batch"],
    ["1元", "1 yuan"],
    ["1.5亿元", "150,000,000 yuan"],
    ["3千元", "3,000 yuan"],
    ["500人次", "500 person-times"],
    ["0.5天", "0.5 days"],
    ["5至10名", "5 to 10"],
    ["多于452名且少于552名", "more than 452 and less than 552"],
    ["5万元至10万元", "50,000 to 100,000 yuan"],
    ["少于50名", "less than 50"],
    ["多于5万元", "more than 50,000 yuan"],
    ["不少于3名且不多于9名", "3 to 9"],
    ["多于3名且不多于9名", "more than 3 and at most 9"],
  ])("writes %s as %j", (text, english) => {
    expect(formatQuantity(parsed(text), { locale: "en" })).toBe(english);
  });
});

describe("formatQuantity misuse", () => {
  it("throws DangjianError for a missing quantity or an unknown locale", () => {
    const codes: unknown[] = [];
    for (const call of [() => formatQuantity(undefined as never), () => formatQuantity(exactQuantity(1), { locale: "fr" as never })]) {
      try {
        call();
      } catch (error) {
        codes.push(isDangjianError(error) ? error.code : error);
      }
    }
    expect(codes).toEqual(["invalid_argument", "unknown_locale"]);
  });
});

const SCALE_EXPONENT = { 万: 4, 亿: 8 } as const;

const statedArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map(String),
  fc
    .record({ whole: fc.integer({ min: 0, max: 9999 }), fraction: fc.integer({ min: 1, max: 999 }) })
    .map(({ whole, fraction }) => `${whole}.${String(fraction).padStart(3, "0").replace(/0+$/, "")}`),
);

interface Canonical {
  readonly text: string;
  readonly stated: number;
  readonly scale: "万" | "亿" | null;
  readonly unit: QuantityUnit | null;
  readonly qualifier: QuantityQualifier | null;
}

// the canonical zh-CN forms, written out independently of formatQuantity
const canonicalArbitrary: fc.Arbitrary<Canonical> = fc
  .record({
    stated: statedArbitrary,
    scale: fc.constantFrom(null, "万" as const, "亿" as const),
    unit: fc.constantFrom(null, ...QUANTITY_UNITS),
    qualifier: fc.constantFrom(null, "odd" as const, "more" as const, "nearly" as const, "about" as const, "around" as const, "at-least" as const, "at-most" as const),
  })
  .filter(({ stated, scale, unit, qualifier }) => {
    const magnitude = Number(stated) * 10 ** ((scale === null ? 0 : SCALE_EXPONENT[scale]) + (unit === null ? 0 : quantityUnitInfo[unit].exponent));
    const needsNonzero = qualifier === "odd" || qualifier === "more" || qualifier === "nearly";
    return magnitude < 1e13 && !(needsNonzero && Number(stated) === 0);
  })
  .map(({ stated, scale, unit, qualifier }) => {
    const figure = stated + (scale ?? "");
    const u = unit ?? "";
    const text = {
      none: figure + u,
      odd: figure + "余" + u,
      more: figure + "多" + u,
      nearly: "近" + figure + u,
      about: "约" + figure + u,
      around: figure + u + "左右",
      "at-least": figure + u + "以上",
      "at-most": figure + u + "以下",
    }[qualifier ?? "none"];
    // 万 right before 元 is read as the unit 万元 (as in 20万元以上); 余/多 between them keep the scale
    const merged = scale !== null && unit === "元" && qualifier !== "odd" && qualifier !== "more";
    return merged
      ? { text, stated: Number(stated), scale: null, unit: `${scale}元` as QuantityUnit, qualifier }
      : { text, stated: Number(stated), scale, unit, qualifier };
  });

describe("formatQuantity round trip", () => {
  it("canonical text round-trips through parse and format, keeping what was stated", () => {
    fc.assert(
      fc.property(canonicalArbitrary, (canonical) => {
        const q = parsed(canonical.text);
        expect(q).toMatchObject({ stated: canonical.stated, scale: canonical.scale, unit: canonical.unit, qualifier: canonical.qualifier });
        expect(formatQuantity(q)).toBe(canonical.text);
      }),
      { numRuns: 3000 },
    );
  });

  it("the English text of a canonical figure names its value in full", () => {
    fc.assert(
      fc.property(canonicalArbitrary, (canonical) => {
        const q = parsed(canonical.text);
        const english = formatQuantity(q, { locale: "en" });
        const figure = q.qualifier === "at-most" ? q.max : q.qualifier === "nearly" ? q.max : q.qualifier === "about" || q.qualifier === "around" ? null : q.min;
        if (figure !== null) expect(english.replaceAll(",", "")).toContain(String(figure));
        expect(english).not.toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("any interval the SDK builds is written so that parsing gives it back", () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100));
    fc.assert(
      fc.property(
        value,
        fc.option(value, { nil: null }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(null, ...QUANTITY_UNITS),
        (a, b, minInclusive, maxInclusive, unit) => {
          const [min, max] = b === null ? [a, null] : [Math.min(a, b), Math.max(a, b)];
          if (min === max && !(minInclusive && maxInclusive)) return;
          const q = quantityFromBounds({ min, max, minInclusive, maxInclusive }, unit);
          const back = parsed(q.text);
          expect(back).toEqual(q);
          expect(formatQuantity(back)).toBe(q.text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

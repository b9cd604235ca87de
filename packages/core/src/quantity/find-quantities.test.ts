import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { parseQuantity } from "./parse-quantity.js";
import { findQuantities, type FoundQuantity } from "./find-quantities.js";

const texts = (input: string): string[] => findQuantities(input).map((found) => found.text);

function only(input: string): FoundQuantity {
  const found = findQuantities(input);
  expect(found.map((f) => f.text)).toHaveLength(1);
  return found[0] as FoundQuantity;
}

const BREAKS = /[\n\r\u2028\u2029。！？；]/;

describe("findQuantities", () => {
  it("gives each figure with offsets that slice back to it and the words around it", () => {
    const input = "西宁市中级人民法院抽调12名精干力量，组成防疫小组";
    const found = only(input);
    expect(found).toMatchObject({ text: "12名", start: 11, end: 14, before: "西宁市中级人民法院抽调", after: "精干力量，组成防疫小组" });
    expect(input.slice(found.start, found.end)).toBe(found.text);
    expect(found.quantity).toEqual(parseQuantity("12名").value);
    expect(Object.isFrozen(found)).toBe(true);
  });

  it("reads 余 and 多 as above the figure and below its next step", () => {
    const odd = only("400余名第一书记").quantity;
    expect([odd.min, odd.max, odd.minInclusive, odd.maxInclusive, odd.qualifier]).toEqual([400, 500, false, false, "odd"]);
    const more = only("指导500多个各级党政机关").quantity;
    expect([more.min, more.max, more.unit, more.qualifier]).toEqual([500, 600, "个", "more"]);
    const tenThousand = only("1万余名党员干部职工").quantity;
    expect([tenThousand.min, tenThousand.max, tenThousand.unit]).toEqual([10_000, 20_000, "名"]);
  });

  it("starts a figure at the word before it (近, 不少于)", () => {
    const nearly = only("开展防控工作，近1万名在职党员到社区报到");
    expect(nearly.text).toBe("近1万名");
    expect([nearly.quantity.min, nearly.quantity.max, nearly.quantity.maxInclusive]).toEqual([9000, 10_000, false]);
    expect(texts("要求不少于5名党员参加")).toEqual(["不少于5名"]);
    expect(texts("近期频繁强降雨引发汛情")).toEqual([]);
  });

  it("keeps 以上 after the unit with the figure", () => {
    const found = only("所有村集体经济全部达到20万元以上，村级党组织有钱办事");
    expect(found.text).toBe("20万元以上");
    expect([found.quantity.min, found.quantity.max, found.quantity.unit]).toEqual([200_000, null, "万元"]);
    expect(found.after).toBe("，村级党组织有钱办事");
  });

  it("takes the longest unit (批次, not 批) and stops before words that are no part of the figure", () => {
    expect(only("先后2批次选派").quantity.unit).toBe("批次");
    expect(texts("深入50个村（社区）联合组建48支服务队")).toEqual(["50个", "48支"]);
  });

  it("gives bare Arabic numbers too, for the caller to dismiss", () => {
    const pairing = findQuantities("“1+10”干部联系基层服务群众的模式");
    expect(pairing.map((found) => [found.text, found.start, found.quantity.unit])).toEqual([
      ["1", 1, null],
      ["10", 3, null],
    ]);
    expect(findQuantities("配发400面3号党旗").map((found) => [found.text, found.quantity.unit])).toEqual([
      ["400面", "面"],
      ["3", null],
    ]);
    expect(texts("2022年10月")).toEqual(["2022", "10"]);
  });

  it("gives Chinese numerals only with a unit", () => {
    expect(texts("深化“一名党员一面旗”活动")).toEqual(["一名", "一面"]);
    expect(texts("等“七类服务”")).toEqual(["七类"]);
    expect(texts("400余名第一书记")).toEqual(["400余名"]);
    expect(texts("发展水平持续保持全省第一。")).toEqual([]);
    expect(texts("“一核四治四微”“五联六治”，党旗飘扬在一线")).toEqual([]);
    expect(texts("万余名党员")).toEqual(["万余名"]);
    expect(only("一万二千名").quantity.min).toBe(12_000);
  });

  it("never starts in the middle of a number", () => {
    expect(texts("配发400")).toEqual(["400"]);
    expect(texts("投入1.5万元")).toEqual(["1.5万元"]);
    expect(texts("一万二千")).toEqual([]);
    expect(texts("一点五")).toEqual([]);
    // 一 of 统一 does not read on into 三, so 三个 starts a figure of its own
    expect(texts("统一三个标准，统一5个流程")).toEqual(["三个", "5个"]);
  });

  it("reads full-width digits and keeps them as written", () => {
    const found = only("抽调１２名干部");
    expect([found.text, found.start, found.quantity.min, found.quantity.unit]).toEqual(["１２名", 2, 12, "名"]);
  });

  it("gives nothing for a text without figures", () => {
    expect(findQuantities("")).toEqual([]);
    expect(findQuantities("党旗在一线飘扬，党徽在一线闪耀。")).toEqual([]);
  });

  it("never reaches across a line break or a full stop, nor ends a figure in a space", () => {
    expect(findQuantities("出动党员5\n名").map((found) => [found.text, found.quantity.unit])).toEqual([["5", null]]);
    expect(findQuantities("组建400余名 队伍")[0]?.text).toBe("400余名");
    const found = only("上一句。抽调12名精干力量；下一句");
    expect([found.before, found.after]).toEqual(["抽调", "精干力量"]);
  });

  it("cuts before and after to the context asked for", () => {
    const input = "西宁市中级人民法院抽调12名精干力量，组成防疫小组";
    expect(findQuantities(input, { context: 2 }).map((found) => [found.before, found.after])).toEqual([["抽调", "精干"]]);
    expect(findQuantities(input, { context: 0 }).map((found) => [found.before, found.after])).toEqual([["", ""]]);
    // a context cut never leaves half of a surrogate pair
    expect(findQuantities("😀12名😀", { context: 1 }).map((found) => [found.before, found.after])).toEqual([["", ""]]);
  });

  it("passes the tolerance to parseQuantity", () => {
    expect(only("约500人").quantity.min).toBe(450);
    expect(findQuantities("约500人", { tolerance: 0.2 })[0]?.quantity.min).toBe(400);
  });

  it("throws a DangjianError for misuse, even on a text without figures", () => {
    const misuses: (() => unknown)[] = [
      () => findQuantities(42 as never),
      () => findQuantities("无", { context: -1 }),
      () => findQuantities("无", { context: 1.5 }),
      () => findQuantities("无", { context: "3" as never }),
      () => findQuantities("无", { tolerance: 2 }),
    ];
    for (const misuse of misuses) {
      try {
        misuse();
        expect.unreachable();
      } catch (error) {
        expect(isDangjianError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});

const FIGURE_PIECES = [
  ..."0123456789０１２.．,，+-～至到",
  ..."一二三十百千万亿两零〇点壹",
  ..."个名人次批元余多近约以上下左右第号",
  "不少于",
  "超过",
  "万元",
  "批次",
  ..."党员村书记a ",
  ..."\n\t　。；！？（）",
  "😀",
];

describe("findQuantities on any text", () => {
  it("gives sorted, non-overlapping figures that parse and slice back, each found alone as itself", () => {
    const input = fc.oneof(fc.array(fc.constantFrom(...FIGURE_PIECES), { maxLength: 40 }).map((pieces) => pieces.join("")), fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 16 }), (text, context) => {
        const found = findQuantities(text, { context });
        let previousEnd = 0;
        for (const figure of found) {
          expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
          expect(figure.end).toBeGreaterThan(figure.start);
          previousEnd = figure.end;
          expect(text.slice(figure.start, figure.end)).toBe(figure.text);
          expect(figure.text).toBe(figure.text.trim());
          const parsed = parseQuantity(figure.text);
          expect(parsed.ok).toBe(true);
          expect(figure.quantity).toEqual(parsed.value);
          expect(figure.quantity.unit !== null || /[0-9０-９]/.test(figure.text)).toBe(true);
          // an Arabic figure never starts inside a number: after a digit or a digit's decimal point
          expect(/^[0-9０-９]/.test(figure.text) && /[0-9０-９][.．]?$/.test(text.slice(Math.max(0, figure.start - 2), figure.start))).toBe(false);
          expect(text.slice(figure.start - figure.before.length, figure.start)).toBe(figure.before);
          expect(text.slice(figure.end, figure.end + figure.after.length)).toBe(figure.after);
          for (const around of [figure.before, figure.after]) {
            expect(around.length).toBeLessThanOrEqual(context);
            expect(BREAKS.test(around)).toBe(false);
          }
          expect(texts(figure.text)).toEqual([figure.text]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("findQuantities on a long text", () => {
  const paragraph =
    "设定党员先锋岗52个，划定党员责任区224个，400余名第一书记参与排查。近1万名在职党员到社区报到，所有村集体经济全部达到20万元以上。\n";

  it("scans a 1 MB text, finding the same figures in every copy", () => {
    const copies = Math.ceil(1_000_000 / Buffer.byteLength(paragraph));
    const once = findQuantities(paragraph).map((found) => [found.text, found.start] as const);
    expect(once.map(([text]) => text)).toEqual(["52个", "224个", "400余名", "近1万名", "20万元以上"]);
    const all = findQuantities(paragraph.repeat(copies)).map((found) => [found.text, found.start] as const);
    const expected = Array.from({ length: copies }, (_, copy) => once.map(([text, start]) => [text, start + copy * paragraph.length] as const)).flat();
    expect(all).toEqual(expected);
  }, 30_000);
});

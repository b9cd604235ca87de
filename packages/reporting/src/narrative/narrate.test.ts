import { describe, expect, it } from "vitest";
import { parseQuantity, type IndicatorPhrase } from "@dangjian/core";
import type { FigureDetail } from "../figures/figures-section.js";
import { narrate } from "./narrate.js";

function figure(id: string, indicator: string, value: string, options: { scope?: FigureDetail["scope"]; phrase?: IndicatorPhrase; time?: FigureDetail["time"] } = {}): FigureDetail {
  const quantity = parseQuantity(value).value!;
  return {
    observationId: id,
    indicator,
    label: { "zh-CN": "某指标", en: "some indicator" },
    scope: options.scope ?? { type: "region", id: "c", name: { "zh-CN": "甲县", en: "County A" } },
    value: quantity,
    valueText: { "zh-CN": value, en: String(quantity.min) },
    ...(options.phrase === undefined ? {} : { phrase: options.phrase }),
    ...(options.time === undefined ? {} : { time: options.time }),
  };
}

const POSTS = { "zh-CN": "设定党员先锋岗{value}", en: "set up {value} vanguard posts" };
const ZONES = { "zh-CN": "划定党员责任区{value}", en: "marked out {value} responsibility zones" };
const TEAMS = { "zh-CN": "组建先锋队{value}", en: "formed {value} vanguard teams" };
const YEAR = { "zh-CN": "2022年", en: "2022" };

describe("narrate", () => {
  it("states a scope's figures of one family in one sentence, in both registers", () => {
    const [paragraph] = narrate({
      figures: [figure("a", "site.a", "52个", { phrase: POSTS, time: YEAR }), figure("b", "site.b", "224个", { phrase: ZONES, time: YEAR })],
    });
    expect(paragraph).toEqual({
      "zh-CN": "甲县各级党组织设定党员先锋岗52个，划定党员责任区224个。",
      en: "Party organizations in County A set up 52 vanguard posts and marked out 224 responsibility zones.",
    });
  });

  it("starts a new sentence for another family, and names the time of figures that stand at another", () => {
    const [paragraph] = narrate({
      figures: [
        figure("a", "site.a", "52个", { phrase: POSTS, time: YEAR }),
        figure("b", "site.b", "224个", { phrase: ZONES, time: YEAR }),
        figure("c", "team.a", "3支", { phrase: TEAMS, time: { "zh-CN": "截至2020年", en: "by 2020" } }),
      ],
    });
    expect(paragraph?.["zh-CN"]).toBe("甲县各级党组织设定党员先锋岗52个，划定党员责任区224个。截至2020年，组建先锋队3支。");
    expect(paragraph?.en).toBe("Party organizations in County A set up 52 vanguard posts and marked out 224 responsibility zones. By 2020, they formed 3 vanguard teams.");
  });

  it("names an organization by itself, and falls back to the label without a phrase", () => {
    const organization = { type: "organization" as const, id: "o", name: { "zh-CN": "某机关工委", en: "Organs Working Committee" } };
    const [paragraph] = narrate({ figures: [figure("a", "service.a", "10项", { scope: organization })] });
    expect(paragraph).toEqual({ "zh-CN": "某机关工委某指标10项。", en: "Organs Working Committee reported some indicator: 10." });
  });

  it("gives a phrase that names its scope a sentence of its own", () => {
    const phrase = { "zh-CN": "{scope}村集体经济收入达到{value}", en: "village collective income in {scope} reached {value}" };
    const paragraphs = narrate({ figures: [figure("a", "village.income", "20万元以上", { phrase })] });
    expect(paragraphs).toEqual([{ "zh-CN": "甲县村集体经济收入达到20万元以上。", en: "Village collective income in County A reached 200000." }]);
  });

  it("adds coverage and reconciliation when given", () => {
    const paragraphs = narrate({
      figures: [],
      coverage: [
        {
          ruleId: "COV-001",
          title: { "zh-CN": "每个乡镇应成立培训中心", en: "Every township has a training center" },
          source: { kind: "mechanism", title: { "zh-CN": "某", en: "some" }, confidence: "confirmed" },
          covered: [{ type: "region", id: "t1", name: "一镇" }],
          missing: [{ type: "region", id: "t2", name: "二镇" }],
          undetermined: [],
          total: 2,
          ratio: 0.5,
        },
      ],
      reconciliation: { consistent: 2, inconsistent: 1, partial: 0 },
    });
    expect(paragraphs.map((paragraph) => paragraph["zh-CN"])).toEqual([
      "从台账看全覆盖情况：“每个乡镇应成立培训中心”2个对象中1个达到要求（50%），1个未达到。",
      "可由台账核对的报送数据3项：一致2项，不一致1项，台账不全0项。",
    ]);
  });
});

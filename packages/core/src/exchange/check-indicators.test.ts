import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { append, expectIssue, sampleDocument } from "../../test/support/sample-dataset.js";

describe("observations against their indicators", () => {
  it("knows the built-in catalogue when no indicators are passed", () => {
    const input = sampleDocument();
    append(input, "observations", { id: "obs-flags", indicator: "flag.issued.count", scope: { type: "region", id: "632221" }, asOf: "2022", value: "400面" });
    const result = parseDataset(input);
    expect(result.issues).toEqual([]);
    expect(result.dataset.observations.map((observation) => observation.id)).toContain("obs-flags");
  });

  it("requires every indicator to be declared when the known list is empty", () => {
    const input = sampleDocument();
    const pointer = append(input, "observations", { id: "obs-flags", indicator: "flag.issued.count", scope: { type: "region", id: "632221" }, value: "400面" });
    const result = parseDataset(input, { indicators: [] });
    expectIssue(result, { code: "observation.indicator_unknown", path: `${pointer}/indicator`, severity: "error" });
  });

  it("warns when a figure's unit measures something else than its indicator's, and keeps the figure", () => {
    const input = sampleDocument();
    const pointer = append(input, "observations", { id: "obs-x", indicator: "site.vanguard-post.count", scope: { type: "region", id: "632221" }, value: "52名" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "observation.unit_mismatch", path: `${pointer}/value`, severity: "warning" });
    expect(issue.message.en).toBe(
      "Observation obs-x: its unit 名 does not measure what the unit 个 of indicator site.vanguard-post.count measures (record kept)",
    );
    expect(issue.message["zh-CN"]).toBe("观测数据 obs-x 的单位 名 与指标 site.vanguard-post.count 的单位 个 计量的不是同一种量（记录保留）");
    expect(result.dataset.observations.map((observation) => observation.id)).toContain("obs-x");
  });

  it("accepts a bare number and a unit of the same dimension (元 for an indicator in 万元)", () => {
    const input = sampleDocument();
    append(input, "observations", { id: "obs-a", indicator: "site.vanguard-post.count", scope: { type: "region", id: "632221" }, value: "52" });
    append(input, "observations", { id: "obs-b", indicator: "village.collective-income", scope: { type: "region", id: "632221" }, value: "200000元以上" });
    expect(parseDataset(input).issues).toEqual([]);
  });

  it("warns when the dataset redefines a known indicator's unit or aggregation, and applies its own", () => {
    const input = sampleDocument();
    const pointer = append(input, "indicators", {
      code: "flag.issued.count",
      label: { "zh-CN": "配发党旗", en: "flags issued" },
      unit: "个",
      countsWhat: { "zh-CN": "党旗数", en: "flags" },
      aggregation: "max",
    });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "indicator.redefines_known", path: pointer, severity: "warning" });
    expect(issue.params).toMatchObject({ unit: "个", aggregation: "max", knownUnit: "面", knownAggregation: "sum" });
    expect(result.dataset.indicators.find((indicator) => indicator.code === "flag.issued.count")?.aggregation).toBe("max");
  });

  it("says nothing when the dataset repeats a known indicator as the catalogue has it", () => {
    const input = sampleDocument();
    expect(input.indicators?.[0]?.code).toBe("site.vanguard-post.count");
    expect(parseDataset(input).issues).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { append, expectIssue, expectLeftOut, sampleDocument } from "../../test/support/sample-dataset.js";

describe("region codes against levels and parents", () => {
  it("reports a code that names another level than the region's", () => {
    const input = sampleDocument();
    const pointer = append(input, "regions", { id: "632222", code: "632222", name: "某县", level: "township", parentId: "632200" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "region.level_code_mismatch", path: `${pointer}/level`, severity: "error" });
    expect(issue.message.en).toBe("Region 632222: the level is township level, but code 632222 is a county level code");
    expect(issue.message["zh-CN"]).toBe("行政区域 632222 的层级为乡级，但代码 632222 是县级代码");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a declared parent whose code is not the parent derived from the region's code", () => {
    const input = sampleDocument();
    const pointer = append(input, "regions", { id: "632222", code: "632222", name: "某县", level: "county", parentId: "630000" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "region.parent_code_mismatch", path: `${pointer}/parentId`, severity: "error" });
    expect(issue.params).toMatchObject({ code: "632222", parentCode: "630000", expectedCode: "632200" });
    expect(issue.message.en).toContain("the region with code 632200");
    expect(issue.message["zh-CN"]).toContain("632200");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a province that declares a parent", () => {
    const input = sampleDocument();
    const pointer = append(input, "regions", { id: "620000", code: "620000", name: "甘肃省", level: "province", parentId: "630000" });
    const result = parseDataset(input, { locale: "en" });
    expectIssue(result, { code: "region.parent_code_mismatch", path: `${pointer}/parentId`, severity: "error" });
    expectLeftOut(input, result, [pointer]);
  });

  it("accepts a province-administered county directly under its province", () => {
    const input = sampleDocument();
    append(input, "regions", { id: "420000", code: "420000", name: "湖北省", level: "province" });
    append(input, "regions", { id: "429004", code: "429004", name: "仙桃市", level: "county", parentId: "420000" });
    expect(parseDataset(input).issues).toEqual([]);
  });

  it("checks a village without a code by its parent's level only", () => {
    const input = sampleDocument();
    const pointer = append(input, "regions", { id: "village-x", name: "某村", level: "village", parentId: "632221" });
    append(input, "regions", { id: "village-y", name: "另一村", level: "village", parentId: "632221100" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "region.parent_level_mismatch", path: `${pointer}/parentId`, severity: "error" });
    expect(issue.message.en).toBe("Region village-x (village level): parent 632221 is county level, expected township level");
    expect(issue.message["zh-CN"]).toBe("行政区域 village-x（村级）的上级 632221 为县级，应为乡级");
    expect(result.issues).toHaveLength(1);
    expectLeftOut(input, result, [pointer]);
  });
});

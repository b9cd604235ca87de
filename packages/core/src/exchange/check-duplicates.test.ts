import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { append, expectIssue, expectLeftOut, expectReferentiallyWhole, sampleDocument } from "../../test/support/sample-dataset.js";

describe("duplicate ids", () => {
  it("keeps the first record with an id and leaves out every later one", () => {
    const input = sampleDocument();
    const second = append(input, "organizations", { id: "org-branch", name: "重复的支部", kind: "branch", parentId: "nowhere" });
    const third = append(input, "organizations", { id: "org-branch", name: "又一个", kind: "branch" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "record.duplicate_id", path: `${second}/id`, severity: "error" });
    expect(issue.message.en).toBe("Organization org-branch: the id is already used by the record at /organizations/1; this record was left out");
    expect(issue.message["zh-CN"]).toContain("org-branch");
    expectIssue(result, { code: "record.duplicate_id", path: `${third}/id`, severity: "error" });
    // the later duplicate is not checked further: its dangling parent is not reported
    expect(result.issues.map((i) => i.code)).toEqual(["record.duplicate_id", "record.duplicate_id"]);
    expectLeftOut(input, result, [second, third]);
    expect(result.dataset.organizations.find((o) => o.id === "org-branch")?.name).toBe("某村党支部");
  });

  it("checks duplicates in every collection, indicators by code", () => {
    const input = sampleDocument();
    const pointer = append(input, "indicators", { ...input.indicators[0]!, unit: "面" });
    const person = append(input, "people", { id: "p-2", name: "同号" });
    const result = parseDataset(input);
    expectIssue(result, { code: "record.duplicate_id", path: `${pointer}/code`, severity: "error" });
    expectIssue(result, { code: "record.duplicate_id", path: `${person}/id`, severity: "error" });
    expectLeftOut(input, result, [pointer, person]);
    expectReferentiallyWhole(result.dataset);
  });

  it("resolves references to the first record, so a duplicate cascades nothing", () => {
    const input = sampleDocument();
    const pointer = append(input, "regions", { id: "632200", name: "重复", level: "province" });
    const result = parseDataset(input);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["record.duplicate_id", `${pointer}/id`]]);
    expectLeftOut(input, result, [pointer]);
  });
});

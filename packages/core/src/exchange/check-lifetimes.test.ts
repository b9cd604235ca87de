import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { append, expectIssue, expectLeftOut, sampleDocument } from "../../test/support/sample-dataset.js";

describe("post holdings within their post's life", () => {
  it("reports a holding that starts before the post exists", () => {
    const input = sampleDocument();
    const pointer = append(input, "postHoldings", { id: "h-x", postId: "post-fs", personId: "p-1", from: "2020-12-31", to: "2021-06-01" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "post_holding.outside_post", path: `${pointer}/from`, severity: "error" });
    expect(issue.message.en).toBe(
      "Post holding h-x: its span (2020-12-31 to 2021-06-01) is outside the life of post post-fs (2021-01-01 to 2023-12-31)",
    );
    expect(issue.message["zh-CN"]).toContain("post-fs");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a holding still running on a post that has ended", () => {
    const input = sampleDocument();
    const pointer = append(input, "postHoldings", { id: "h-x", postId: "post-fs", personId: "p-1", from: "2022-01-01" });
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "post_holding.outside_post", path: `${pointer}/to`, severity: "error" });
    expect(issue.message["zh-CN"]).toBe("任职 h-x 的任职期间（2022-01-01 至今）超出岗位 post-fs 的存续期间（2021-01-01 至 2023-12-31）");
    expectLeftOut(input, result, [pointer]);
  });

  it("accepts a holding from the post's first day to its last", () => {
    const input = sampleDocument();
    append(input, "postHoldings", { id: "h-x", postId: "post-fs", personId: "p-1", from: "2021-01-01", to: "2023-12-31" });
    expect(parseDataset(input).issues).toEqual([]);
  });
});

describe("memberships within their organization's life", () => {
  it("reports a membership that starts before the organization was established", () => {
    const input = sampleDocument();
    const pointer = append(input, "memberships", { id: "m-x", personId: "p-2", organizationId: "org-branch", status: "full", from: "1999-12-31" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "membership.organization_not_alive", path: `${pointer}/from`, severity: "error" });
    expect(issue.message.en).toBe("Membership m-x: its span (1999-12-31 to now) is not within the life of organization org-branch (2000-01-01 to now)");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a membership still running in a dissolved organization", () => {
    const input = sampleDocument();
    const pointer = append(input, "memberships", { id: "m-x", personId: "p-1", organizationId: "org-old", status: "full", from: "1995-01-01" });
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "membership.organization_not_alive", path: `${pointer}/to`, severity: "error" });
    expect(issue.message["zh-CN"]).toBe("组织关系 m-x 的期间（1995-01-01 至今）不在党组织 org-old 的存续期间（1990-01-01 至 2010-01-01）内");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a membership that ends after the dissolution", () => {
    const input = sampleDocument();
    const pointer = append(input, "memberships", { id: "m-x", personId: "p-1", organizationId: "org-old", status: "full", from: "1995-01-01", to: "2010-01-02" });
    const result = parseDataset(input);
    expectIssue(result, { code: "membership.organization_not_alive", path: `${pointer}/to`, severity: "error" });
    expectLeftOut(input, result, [pointer]);
  });

  it("accepts a membership from the day of establishment to the day of dissolution", () => {
    const input = sampleDocument();
    append(input, "memberships", { id: "m-x", personId: "p-1", organizationId: "org-old", status: "probationary", from: "1990-01-01", to: "2010-01-01" });
    expect(parseDataset(input).issues).toEqual([]);
  });
});

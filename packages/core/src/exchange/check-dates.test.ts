import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import type { CollectionName } from "./dataset.js";
import { append, expectIssue, expectLeftOut, sampleDocument } from "../../test/support/sample-dataset.js";

const ROWS: readonly (readonly [label: string, collection: CollectionName, record: Record<string, unknown>, tail: string])[] = [
  ["established after dissolved", "organizations", { id: "new", name: "n", kind: "branch", establishedOn: "2020-01-02", dissolvedOn: "2020-01-01" }, "dissolvedOn"],
  ["approved after dissolved", "organizations", { id: "new", name: "n", kind: "temporary-branch", approvedOn: "2021-05-01", dissolvedOn: "2021-04-30" }, "dissolvedOn"],
  ["affiliation from after to", "organizations", { id: "new", name: "n", kind: "branch", affiliations: [{ parentId: "org-haibei", from: "2002-01-01", to: "2001-01-01" }] }, "affiliations/0/to"],
  ["former name from after to", "organizations", { id: "new", name: "n", kind: "branch", formerNames: [{ name: "旧", from: "2002-01-01", to: "2001-12-31" }] }, "formerNames/0/to"],
  ["host unit established after dissolved", "hostUnits", { id: "new", name: "n", kind: "other", establishedOn: "2020-01-02", dissolvedOn: "2019-01-01" }, "dissolvedOn"],
  ["membership from after to", "memberships", { id: "new", personId: "p-2", organizationId: "org-branch", status: "full", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["post from after to", "posts", { id: "new", role: "other", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["holding from after to", "postHoldings", { id: "new", postId: "post-sec", personId: "p-2", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["team from after to", "teams", { id: "new", kind: "shock", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["site from after to", "sites", { id: "new", kind: "other", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["campaign from after to", "campaigns", { id: "new", name: "n", kind: "campaign", from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["pairing from after to", "pairings", { id: "new", kind: "dispatch", helper: { type: "person", id: "p-2" }, target: { type: "region", id: "632221100201" }, from: "2020-01-02", to: "2020-01-01" }, "to"],
  ["activity on before from", "activities", { id: "new", kind: "other", on: "2020-01-01", from: "2020-01-02" }, "on"],
  ["activity on after to", "activities", { id: "new", kind: "other", on: "2020-02-01", to: "2020-01-31" }, "to"],
  ["region designation from after to", "regions", { id: "new", name: "n", level: "village", parentId: "632221100", designations: [{ kind: "registered-poor", from: "2016-01-01", to: "2015-01-01" }] }, "designations/0/to"],
  ["observation period, partial dates", "observations", { id: "new", indicator: "site.vanguard-post.count", scope: { type: "region", id: "632221" }, value: "1个", period: { from: "2022-05", to: "2021" } }, "period/to"],
];

describe("dates out of order", () => {
  it.each(ROWS)("reports %s as record.dates_out_of_order at the later field", (_label, collection, record, tail) => {
    const input = sampleDocument();
    const pointer = append(input, collection, record);
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "record.dates_out_of_order", path: `${pointer}/${tail}`, severity: "error" });
    expect(issue.message.en).toContain(String(issue.params["earlier"]));
    expect(issue.message.en).toContain(String(issue.params["later"]));
    expect(issue.message["zh-CN"]).toContain(String(issue.params["later"]));
    expect(result.issues).toHaveLength(1);
    expectLeftOut(input, result, [pointer]);
  });

  it("says which dates in both languages", () => {
    const input = sampleDocument();
    const pointer = append(input, "organizations", { id: "org-x", name: "n", kind: "branch", establishedOn: "2020-01-02", dissolvedOn: "2020-01-01" });
    const issue = expectIssue(parseDataset(input), { code: "record.dates_out_of_order", path: `${pointer}/dissolvedOn`, severity: "error" });
    expect(issue.message).toEqual({
      "zh-CN": "党组织 org-x 的成立日期 2020-01-02 晚于撤销日期 2020-01-01",
      en: "Organization org-x: establishment date 2020-01-02 is after dissolution date 2020-01-01",
    });
  });

  it("accepts equal days and partial dates of the same year", () => {
    const input = sampleDocument();
    append(input, "organizations", { id: "org-x", name: "n", kind: "branch", establishedOn: "2020-01-01", dissolvedOn: "2020-01-01" });
    append(input, "activities", { id: "act-x", kind: "other", on: "2020-01-01", from: "2020-01-01", to: "2020-01-01" });
    append(input, "observations", { id: "obs-x", indicator: "site.vanguard-post.count", scope: { type: "region", id: "632221" }, value: "1个", period: { from: "2022", to: "2022-01" } });
    expect(parseDataset(input).issues).toEqual([]);
  });
});

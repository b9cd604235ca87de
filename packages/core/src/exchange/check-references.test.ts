import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import type { CollectionName } from "./dataset.js";
import {
  append,
  expectIssue,
  expectLeftOut,
  expectReferentiallyWhole,
  sampleDocument,
} from "../../test/support/sample-dataset.js";

const X = "x-missing";

// one row per kind of reference: a new record that is valid except for one reference to an id nobody holds
const ROWS: readonly (readonly [label: string, collection: CollectionName, record: Record<string, unknown>, tail: string])[] = [
  ["document source", "documents", { id: "new", title: "t", sources: [{ documentId: X }] }, "sources/0/documentId"],
  ["region parent", "regions", { id: "new", name: "n", level: "village", parentId: X }, "parentId"],
  ["region source", "regions", { id: "new", name: "n", level: "province", sources: [{ documentId: "doc-1" }, { documentId: X }] }, "sources/1/documentId"],
  ["host-unit parent", "hostUnits", { id: "new", name: "n", kind: "other", parentId: X }, "parentId"],
  ["host-unit region", "hostUnits", { id: "new", name: "n", kind: "other", regionId: X }, "regionId"],
  ["organization parent", "organizations", { id: "new", name: "n", kind: "branch", parentId: X }, "parentId"],
  ["organization region", "organizations", { id: "new", name: "n", kind: "branch", regionId: X }, "regionId"],
  ["organization host units", "organizations", { id: "new", name: "n", kind: "branch", hostUnitIds: ["unit-dept", X] }, "hostUnitIds/1"],
  ["organization approver", "organizations", { id: "new", name: "n", kind: "temporary-branch", approvedById: X }, "approvedById"],
  ["organization task body", "organizations", { id: "new", name: "n", kind: "temporary-branch", taskBodyId: X }, "taskBodyId"],
  ["organization successor", "organizations", { id: "new", name: "n", kind: "branch", successorId: X }, "successorId"],
  ["organization affiliation", "organizations", { id: "new", name: "n", kind: "branch", affiliations: [{ parentId: X }] }, "affiliations/0/parentId"],
  ["person employer", "people", { id: "new", name: "n", employerUnitId: X }, "employerUnitId"],
  ["membership person", "memberships", { id: "new", personId: X, organizationId: "org-branch", status: "full" }, "personId"],
  ["membership organization", "memberships", { id: "new", personId: "p-1", organizationId: X, status: "full" }, "organizationId"],
  ["post organization", "posts", { id: "new", role: "secretary", organizationId: X }, "organizationId"],
  ["post host unit", "posts", { id: "new", role: "other", hostUnitId: X }, "hostUnitId"],
  ["post region", "posts", { id: "new", role: "first-secretary", regionId: X }, "regionId"],
  ["holding post", "postHoldings", { id: "new", postId: X, personId: "p-1" }, "postId"],
  ["holding person", "postHoldings", { id: "new", postId: "post-sec", personId: X }, "personId"],
  ["holding sending unit", "postHoldings", { id: "new", postId: "post-sec", personId: "p-2", sendingUnitId: X }, "sendingUnitId"],
  ["team organization", "teams", { id: "new", kind: "shock", organizationId: X }, "organizationId"],
  ["team region", "teams", { id: "new", kind: "shock", regionId: X }, "regionId"],
  ["team members", "teams", { id: "new", kind: "shock", memberIds: ["p-1", "p-2", X] }, "memberIds/2"],
  ["team partners", "teams", { id: "new", kind: "shock", partnerUnitIds: [X] }, "partnerUnitIds/0"],
  ["team host unit", "teams", { id: "new", kind: "special-task-force", hostUnitId: X }, "hostUnitId"],
  ["site organization", "sites", { id: "new", kind: "other", organizationId: X }, "organizationId"],
  ["site region", "sites", { id: "new", kind: "other", regionId: X }, "regionId"],
  ["site host unit", "sites", { id: "new", kind: "other", hostUnitId: X }, "hostUnitId"],
  ["activity organizations", "activities", { id: "new", kind: "other", organizationIds: [X] }, "organizationIds/0"],
  ["activity teams", "activities", { id: "new", kind: "other", teamIds: ["team-1", X] }, "teamIds/1"],
  ["activity people", "activities", { id: "new", kind: "other", personIds: [X] }, "personIds/0"],
  ["activity sites", "activities", { id: "new", kind: "other", siteIds: [X] }, "siteIds/0"],
  ["activity units", "activities", { id: "new", kind: "material-distribution", hostUnitIds: [X] }, "hostUnitIds/0"],
  ["activity region", "activities", { id: "new", kind: "other", regionId: X }, "regionId"],
  ["activity campaign", "activities", { id: "new", kind: "other", campaignId: X }, "campaignId"],
  ["campaign parent", "campaigns", { id: "new", name: "n", kind: "campaign", parentId: X }, "parentId"],
  ["campaign organization", "campaigns", { id: "new", name: "n", kind: "campaign", organizationId: X }, "organizationId"],
  ["campaign region", "campaigns", { id: "new", name: "n", kind: "campaign", regionId: X }, "regionId"],
  [
    "pairing helper person",
    "pairings",
    { id: "new", kind: "cadre-household", helper: { type: "person", id: X }, target: { type: "household", id: "hh-1" } },
    "helper/id",
  ],
  [
    "pairing target household",
    "pairings",
    { id: "new", kind: "cadre-household", helper: { type: "person", id: "p-1" }, target: { type: "household", id: X } },
    "target/id",
  ],
  [
    "pairing helper organization",
    "pairings",
    { id: "new", kind: "branch-village", helper: { type: "organization", id: X }, target: { type: "organization", id: "org-branch" } },
    "helper/id",
  ],
  [
    "pairing helper host unit",
    "pairings",
    { id: "new", kind: "organization-village", helper: { type: "host-unit", id: X }, target: { type: "region", id: "632221100201" } },
    "helper/id",
  ],
  [
    "pairing target region",
    "pairings",
    { id: "new", kind: "dispatch", helper: { type: "person", id: "p-2" }, target: { type: "region", id: X } },
    "target/id",
  ],
  [
    "pairing campaign",
    "pairings",
    { id: "new", kind: "dispatch", helper: { type: "person", id: "p-2" }, target: { type: "region", id: "632221100201" }, campaignId: X },
    "campaignId",
  ],
  [
    "pairing sending unit",
    "pairings",
    { id: "new", kind: "dispatch", helper: { type: "person", id: "p-2" }, target: { type: "region", id: "632221100201" }, sendingUnitId: X },
    "sendingUnitId",
  ],
  ["household village", "households", { id: "new", villageId: X, status: "other" }, "villageId"],
  ...(["organization", "region", "host-unit", "campaign"] as const).map(
    (type) =>
      [
        `observation scope ${type}`,
        "observations",
        { id: "new", indicator: "site.vanguard-post.count", scope: { type, id: X }, value: "1个" },
        "scope/id",
      ] as const,
  ),
  ["membership source", "memberships", { id: "new", personId: "p-1", organizationId: "org-branch", status: "full", sources: [{ documentId: X }] }, "sources/0/documentId"],
];

describe("reference checks", () => {
  it.each(ROWS)("reports a dangling %s as reference.missing and leaves only that record out", (_label, collection, record, tail) => {
    const input = sampleDocument();
    const pointer = append(input, collection, record);
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "reference.missing", path: `${pointer}/${tail}`, severity: "error" });
    expect(issue.message.en).toContain("new");
    expect(issue.message.en).toContain(X);
    expect(issue.message["zh-CN"]).toContain(X);
    expect(result.issues.filter((i) => i.severity === "error")).toHaveLength(1);
    expectLeftOut(input, result, [pointer]);
    expectReferentiallyWhole(result.dataset);
  });

  it("reports an id of another record type as reference.wrong_type", () => {
    const input = sampleDocument();
    const pointer = append(input, "organizations", { id: "org-new", name: "n", kind: "branch", regionId: "org-haibei" });
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "reference.wrong_type", path: `${pointer}/regionId`, severity: "error" });
    expect(issue.params).toMatchObject({ targetCollection: "regions", actualCollection: "organizations", target: "org-haibei" });
    expect(issue.message["zh-CN"]).toBe("党组织 org-new 的所在区域 org-haibei 是党组织，不是行政区域");
    expect(issue.message.en).toBe("Organization org-new: region org-haibei is of type organization, expected region");
    expectLeftOut(input, result, [pointer]);
  });

  it("leaves out a record whose target of another collection is left out, naming the target", () => {
    const input = sampleDocument();
    // org-old dissolved before it was established: it goes, and membership m-3 with it
    input.organizations[2]!["establishedOn"] = "2011-01-01";
    const result = parseDataset(input, { locale: "en" });
    expectIssue(result, { code: "record.dates_out_of_order", path: "/organizations/2/dissolvedOn", severity: "error" });
    const issue = expectIssue(result, { code: "reference.target_left_out", path: "/memberships/2/organizationId", severity: "error" });
    expect(issue.message.en).toBe("Membership m-3: organization org-old was left out, so this record is left out too");
    expect(issue.message["zh-CN"]).toBe("组织关系 m-3 的党组织 org-old 未被采用，因此此条也未被采用");
    expectLeftOut(input, result, ["/organizations/2", "/memberships/2"]);
  });

  it("cascades inside a collection down a chain of any length, in either document order", () => {
    const input = sampleDocument();
    const grandchild = append(input, "organizations", { id: "org-grandchild", name: "n", kind: "branch", parentId: "org-child" });
    const child = append(input, "organizations", { id: "org-child", name: "n", kind: "general-branch", parentId: "org-old" });
    input.organizations[2]!["dissolvedOn"] = "1980-01-01";
    const result = parseDataset(input);
    expectIssue(result, { code: "reference.target_left_out", path: `${child}/parentId`, severity: "error" });
    const last = expectIssue(result, { code: "reference.target_left_out", path: `${grandchild}/parentId`, severity: "error" });
    expect(last.params["target"]).toBe("org-child");
    expectLeftOut(input, result, ["/organizations/2", "/memberships/2", child, grandchild]);
    expectReferentiallyWhole(result.dataset);
  });

  it("cascades through cited documents", () => {
    const input = sampleDocument();
    append(input, "documents", { id: "doc-2", title: "t", sources: [{ documentId: "doc-1" }] });
    input.documents[0]!["sources"] = [{ documentId: "nowhere" }];
    const result = parseDataset(input);
    expectIssue(result, { code: "reference.missing", path: "/documents/0/sources/0/documentId", severity: "error" });
    expectIssue(result, { code: "reference.target_left_out", path: "/documents/1/sources/0/documentId", severity: "error" });
    expectReferentiallyWhole(result.dataset);
    expect(result.dataset.documents).toEqual([]);
  });
});

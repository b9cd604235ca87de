import { describe, expect, it } from "vitest";
import { indexDataset, parseDataset, type DatasetIndex } from "@dangjian/core";
import { evaluate } from "../../evaluate/evaluate.js";
import { resolvePolicy } from "../../policy/resolve-policy.js";
import { RULES } from "../rules.js";
import { countMembersAsOf } from "./count-members-as-of.js";
import { countSubtreeMembersAsOf } from "./count-subtree-members-as-of.js";
import { countVillageSubtreeMembers, isVillageCommitteeOrGeneralBranch } from "./village-subtree-members.js";

const AS_OF = "2024-06-30";

// a county with a township; a village committee approved by the county over two branches, one of which moved in from
// a village general branch in 2020; a committee approved by the township with no membership record anywhere below
// it; a general branch and branches with no membership record at all; a branch whose members have all left
function document() {
  const full = (id: string, organizationId: string, from = "2015-01-01", to?: string) => ({ id, personId: `p-${id}`, organizationId, status: "full", from, ...(to ? { to } : {}) });
  const memberships = [
    ...["a1", "a2", "a3", "a4"].map((id) => full(id, "org-branch-a")),
    ...["b1", "b2", "b3"].map((id) => full(id, "org-branch-b")),
    { id: "b4", personId: "p-b4", organizationId: "org-branch-b", status: "probationary", from: "2024-01-01" },
    // p-a1 is also a member of the committee itself: counted once
    full("c1", "org-committee"),
    { ...full("a1-again", "org-committee"), personId: "p-a1" },
    full("left1", "org-left", "2010-01-01", "2019-12-31"),
    full("g1", "org-general-old", "2010-01-01"),
  ];
  return {
    formatVersion: "1.0",
    regions: [
      { id: "632223", name: "甲县", level: "county" },
      { id: "632223200", name: "金滩乡", level: "township", parentId: "632223" },
    ],
    organizations: [
      { id: "org-county", name: "中共甲县委员会", kind: "local-committee", regionId: "632223", establishedOn: "1950-01-01" },
      { id: "org-township", name: "中共金滩乡委员会", kind: "primary-committee", sector: "township", regionId: "632223200", parentId: "org-county", establishedOn: "1950-01-01" },
      { id: "org-committee", name: "中共甲村委员会", kind: "primary-committee", sector: "village", parentId: "org-township", establishedOn: "2010-01-01", approvedById: "org-county" },
      { id: "org-general-old", name: "中共乙村总支部委员会", kind: "general-branch", sector: "village", parentId: "org-township", establishedOn: "2010-01-01" },
      { id: "org-branch-a", name: "中共甲村第一支部委员会", kind: "branch", sector: "village", parentId: "org-committee", establishedOn: "2010-01-01" },
      {
        id: "org-branch-b",
        name: "中共甲村第二支部委员会",
        kind: "branch",
        sector: "village",
        parentId: "org-committee",
        establishedOn: "2010-01-01",
        affiliations: [{ parentId: "org-general-old", from: "2010-01-01", to: "2019-12-31" }],
      },
      { id: "org-unrecorded-committee", name: "中共丙村委员会", kind: "primary-committee", sector: "village", parentId: "org-township", establishedOn: "2010-01-01", approvedById: "org-county" },
      { id: "org-township-approved", name: "中共丁村委员会", kind: "primary-committee", sector: "village", parentId: "org-township", establishedOn: "2010-01-01", approvedById: "org-township" },
      { id: "org-unrecorded-general", name: "中共戊村总支部委员会", kind: "general-branch", sector: "village", parentId: "org-township", establishedOn: "2010-01-01" },
      { id: "org-unrecorded", name: "中共某机关支部委员会", kind: "branch", sector: "organ", parentId: "org-township", establishedOn: "2010-01-01" },
      { id: "org-unrecorded-joint", name: "中共某联合支部委员会", kind: "joint-branch", sector: "organ", parentId: "org-township", establishedOn: "2010-01-01" },
      { id: "org-left", name: "中共某企业支部委员会", kind: "branch", sector: "state-owned-enterprise", parentId: "org-township", establishedOn: "2010-01-01" },
    ],
    people: memberships.filter((membership) => membership.id !== "a1-again").map((membership) => ({ id: membership.personId, name: `某${membership.id}` })),
    memberships,
  };
}

function indexOf(): DatasetIndex {
  const parsed = parseDataset(document());
  expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  return indexDataset(parsed.dataset);
}

const policy = resolvePolicy({ id: "t", version: "1", title: { "zh-CN": "测试", en: "test" }, extends: ["national"], parameters: { setup: { villageCommitteeMinMembers: 5 } } }, { rules: RULES });

describe("the member-count rules on organizations without membership records", () => {
  const index = indexOf();
  const evaluation = evaluate(index, policy, { asOf: AS_OF });
  const tally = (ruleId: string) => evaluation.tallies.find((entry) => entry.ruleId === ruleId);
  const subjects = (ruleId: string) => evaluation.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.subject[0]?.id);

  it("skip a branch without any membership record, and count it as skipped rather than checked", () => {
    // org-branch-a (4), org-branch-b (3 full) and org-left (all left: 0) are judged; org-unrecorded is skipped
    expect(tally("ORG-001")).toMatchObject({ checked: 3, breached: 1, skipped: 1 });
    expect(subjects("ORG-001")).toEqual(["org-left"]);
    expect(tally("ORG-004")).toMatchObject({ checked: 3, skipped: 2 });
    expect(tally("ORG-005")).toMatchObject({ checked: 0, skipped: 2 });
    expect(tally("ORG-008")).toMatchObject({ checked: 3, skipped: 2 });
    expect(evaluation.findings.some((finding) => finding.subject.some((subject) => subject.id.startsWith("org-unrecorded")))).toBe(false);
  });

  it("skip a village general branch or committee with no membership record below it, yet judge an approval", () => {
    // org-general-old keeps its own member g1 but lost org-branch-b in 2020
    expect(tally("ORG-009")).toMatchObject({ checked: 1, breached: 1, skipped: 1 });
    expect(subjects("ORG-009")).toEqual(["org-general-old"]);
    // org-committee has 8 full members (a1 counted once); org-township-approved breaks the rule on its approval alone
    expect(tally("ORG-010")).toMatchObject({ checked: 2, passed: 1, breached: 1, skipped: 1 });
    expect(subjects("ORG-010")).toEqual(["org-township-approved"]);
    const finding = evaluation.findings.find((entry) => entry.ruleId === "ORG-010");
    expect(finding?.evidence).toMatchObject({ fullMembers: null, approvedBy: "中共金滩乡委员会" });
  });
});

describe("the shared member counts", () => {
  const index = indexOf();

  it("count a village subtree as the walk down the tree of the day does, on any day", () => {
    for (const day of ["2012-01-01", "2019-12-31", "2020-01-01", AS_OF]) {
      for (const organization of index.dataset.organizations) {
        if (!isVillageCommitteeOrGeneralBranch(organization)) continue;
        expect(countVillageSubtreeMembers(index, organization, day), `${organization.id} on ${day}`).toEqual(countSubtreeMembersAsOf(index, organization.id, day));
      }
    }
  });

  it("count each person once, full before probationary, with or without the look-back", () => {
    expect(countMembersAsOf(index, "org-committee", AS_OF)).toEqual({ full: 2, probationary: 0, all: 2, recorded: true });
    expect(countMembersAsOf(index, "org-branch-b", AS_OF)).toEqual({ full: 3, probationary: 1, all: 4, recorded: true });
    expect(countMembersAsOf(index, "org-left", AS_OF)).toEqual({ full: 0, probationary: 0, all: 0, recorded: true });
    expect(countMembersAsOf(index, "org-unrecorded", AS_OF)).toEqual({ full: 0, probationary: 0, all: 0, recorded: false });
  });
});

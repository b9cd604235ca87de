import type { DatasetInput } from "@dangjian/core";

/** A small valid exchange document touching every kind of column: parseDataset gives it no issue. */
export function sampleDocument(): DatasetInput {
  return {
    formatVersion: "1.0",
    meta: { id: "sample-2023", title: { "zh-CN": "示例数据", en: "Sample data" }, createdOn: "2023-06" },
    documents: [
      { id: "doc-1", kind: "news-report", title: "党旗飘扬在一线", date: "2022-08", authors: ["甲", "乙"], dateApproximate: true },
    ],
    regions: [
      { id: "r-county", name: "某县", level: "county", sources: [{ documentId: "doc-1", quote: "某县" }] },
      { id: "r-town", name: "某镇", level: "township", kind: "town", parentId: "r-county" },
      {
        id: "r-village",
        name: "某村",
        level: "village",
        kind: "village",
        parentId: "r-town",
        problems: ["poor", "weak"],
        designations: [{ kind: "registered-poor", from: "2015-01-01", to: "2020-12-31" }],
      },
    ],
    hostUnits: [{ id: "unit-1", name: "某单位", kind: "party-organ", regionId: "r-county" }],
    organizations: [
      { id: "org-county", name: "中共某县委员会", kind: "local-committee", regionId: "r-county", establishedOn: "1950-01-01" },
      {
        id: "org-branch",
        name: "某村党支部",
        kind: "branch",
        sector: "village",
        parentId: "org-county",
        regionId: "r-village",
        hostUnitIds: ["unit-1"],
        establishedOn: "2000-01-01",
        hasCommittee: false,
        note: "=SUM(A1) 不是公式",
      },
    ],
    people: [
      { id: "p-1", name: "张三", sex: "male", birthDate: "1970-02-28", inService: true, phone: "+86 138 0000 0000" },
      { id: "p-2", name: "李四", sex: "female", selectedGraduate: false },
    ],
    memberships: [
      { id: "m-1", personId: "p-1", organizationId: "org-branch", status: "full", from: "2001-07-01" },
      { id: "m-2", personId: "p-2", organizationId: "org-branch", status: "probationary" },
    ],
    teams: [{ id: "team-1", name: "某突击队", kind: "shock", organizationId: "org-branch", memberIds: ["p-1", "p-2"], memberCount: "20余人" }],
    pairings: [
      {
        id: "pair-1",
        kind: "organization-village",
        helper: { type: "organization", id: "org-county" },
        target: { type: "region", id: "r-village" },
        from: "2021-01-01",
        aims: ["tackle-poverty", "tackle-weakness"],
      },
    ],
    observations: [
      {
        id: "obs-1",
        indicator: "flag.issued.count",
        scope: { type: "region", id: "r-county" },
        asOf: "2022-08",
        value: "1.2万余面",
      },
    ],
  };
}

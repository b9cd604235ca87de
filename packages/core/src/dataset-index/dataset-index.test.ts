import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type DatasetIndex } from "./dataset-index.js";
import { parseDataset } from "../exchange/parse-dataset.js";
import { isDangjianError } from "../error/dangjian-error.js";
import { sampleDocument } from "../../test/support/sample-dataset.js";
import { emptyDataset } from "../exchange/dataset.js";

// a story in dates: org-moved hangs under org-b until the end of 2015, then under org-a; org-b is dissolved
// at the end of 2020; p-1 transfers from org-b to org-a in mid-2015; p-2 is probationary for a year
function storyDocument() {
  const input = sampleDocument();
  input.organizations.push(
    { id: "org-top", name: "上级党委", kind: "primary-committee", establishedOn: "1950-01-01" },
    { id: "org-a", name: "甲支部", kind: "branch", parentId: "org-top", establishedOn: "2000-01-01" },
    { id: "org-b", name: "乙支部", kind: "branch", parentId: "org-top", establishedOn: "2000-01-01", dissolvedOn: "2020-12-31" },
    {
      id: "org-moved",
      name: "转隶支部",
      kind: "branch",
      parentId: "org-a",
      establishedOn: "2005-01-01",
      affiliations: [{ parentId: "org-b", from: "2005-01-01", to: "2015-12-31" }],
    },
    { id: "org-late", name: "新建支部", kind: "branch", parentId: "org-a", establishedOn: "2021-01-01" },
  );
  input.people.push({ id: "p-3", name: "王五", fullMemberSince: "1990-01-01" }, { id: "p-4", name: "赵六" });
  input.memberships.push(
    { id: "m-b1", personId: "p-1", organizationId: "org-b", status: "full", from: "2005-01-01", to: "2015-06-30" },
    { id: "m-a1", personId: "p-1", organizationId: "org-a", status: "full", from: "2015-07-01" },
    { id: "m-a2p", personId: "p-2", organizationId: "org-a", status: "probationary", from: "2019-07-01", to: "2020-06-30" },
    { id: "m-a2", personId: "p-2", organizationId: "org-a", status: "full", from: "2020-07-01" },
    { id: "m-b3", personId: "p-3", organizationId: "org-b", status: "full", from: "2000-01-01", to: "2020-12-31" },
  );
  input.posts.push({ id: "post-a-sec", role: "secretary", organizationId: "org-a", from: "2000-01-01" });
  input.postHoldings.push(
    { id: "h-a1", postId: "post-a-sec", personId: "p-1", from: "2015-07-01", to: "2018-12-31" },
    { id: "h-a2", postId: "post-a-sec", personId: "p-2", from: "2019-01-01" },
  );
  return input;
}

const ids = (records: readonly { readonly id: string }[]) => records.map((record) => record.id);

describe("indexDataset", () => {
  let index: DatasetIndex;
  beforeAll(() => {
    const result = parseDataset(storyDocument());
    expect(result.issues).toEqual([]);
    index = indexDataset(result.dataset);
  });

  it("resolves an indicator code to the dataset's declaration, else the known indicators", () => {
    const declared = index.indicatorOf("site.vanguard-post.count");
    expect(declared).toBe(index.dataset.indicators[0]);
    expect(index.indicatorOf("flag.issued.count")?.unit).toBe("面");
    expect(index.indicatorOf("no.such.indicator")).toBeUndefined();
    expect(indexDataset(index.dataset, { indicators: [] }).indicatorOf("flag.issued.count")).toBeUndefined();
  });

  it("looks up every collection by id, indicators by code, regions also by code", () => {
    expect(index.organizations.get("org-a")?.name).toBe("甲支部");
    expect(index.people.get("p-3")?.name).toBe("王五");
    expect(index.get("postHoldings", "h-a1")?.personId).toBe("p-1");
    expect(index.get("indicators", "site.vanguard-post.count")?.unit).toBe("个");
    expect(index.get("documents", "doc-1")?.title).toBe("党旗飘扬在一线");
    expect(index.regionsByCode.get("632221")?.code).toBe("632221");
    expect(index.organizations.get("nowhere")).toBeUndefined();
    expect(index.dataset.organizations).toHaveLength(8);
  });

  it("gives the organization, host-unit and region trees", () => {
    expect(ids(index.organizationTree.childrenOf("org-top"))).toEqual(["org-a", "org-b"]);
    expect(ids(index.organizationTree.ancestorsOf("org-late"))).toEqual(["org-a", "org-top"]);
    expect(ids(index.organizationTree.descendantsOf("org-a"))).toEqual(["org-moved", "org-late"]);
    expect(ids(index.organizationTree.roots())).toEqual(["org-haibei", "org-top"]);
    expect(index.hostUnitTree.parentOf("unit-coop")?.id).toBe("unit-dept");
    expect(ids(index.regionTree.ancestorsOf("632221100201"))).toEqual(["632221100", "632221", "632200", "630000"]);
    expect(ids(index.regionTree.childrenOf("632221100"))).toEqual(["632221100201", "village-nocode"]);
  });

  it("groups memberships by organization and by person", () => {
    expect(ids(index.membershipsOf("org-a"))).toEqual(["m-a1", "m-a2p", "m-a2"]);
    expect(ids(index.membershipsOfPerson("p-1"))).toEqual(["m-1", "m-2", "m-b1", "m-a1"]);
    expect(index.membershipsOf("org-late")).toEqual([]);
    expect(ids(index.membersAsOf("org-a", "2020-01-01"))).toEqual(["m-a1", "m-a2p"]);
  });

  it("counts full members on a day, never probationary ones", () => {
    expect(index.fullMemberCount("org-a", "2020-06-30")).toBe(1);
    expect(index.fullMemberCount("org-a", "2020-07-01")).toBe(2);
    expect(index.fullMemberCount("org-a", "1999-01-01")).toBe(0);
    expect(index.fullMemberCount("nowhere", "2020-01-01")).toBe(0);
  });

  it("moves a transferred member from one organization's count to the other's on the day of transfer", () => {
    expect(index.fullMemberCount("org-b", "2015-06-30")).toBe(2);
    expect(index.fullMemberCount("org-a", "2015-06-30")).toBe(0);
    expect(index.fullMemberCount("org-b", "2015-07-01")).toBe(1);
    expect(index.fullMemberCount("org-a", "2015-07-01")).toBe(1);
  });

  it("counts members on the day of dissolution and not after", () => {
    expect(index.fullMemberCount("org-b", "2020-12-31")).toBe(1);
    expect(index.fullMemberCount("org-b", "2021-01-01")).toBe(0);
  });

  it("counts a person with two overlapping full memberships once", () => {
    const input = storyDocument();
    input.memberships.push({ id: "m-a1-again", personId: "p-1", organizationId: "org-a", status: "full", from: "2016-01-01" });
    const twice = indexDataset(parseDataset(input).dataset);
    expect(twice.membersAsOf("org-a", "2017-01-01")).toHaveLength(2);
    expect(twice.fullMemberCount("org-a", "2017-01-01")).toBe(1);
  });

  it("counts each person once in a large organization, a repeated full membership included", () => {
    const input = storyDocument();
    for (let i = 0; i < 20; i++) {
      input.people.push({ id: `p-many-${i}`, name: `某${i}` });
      input.memberships.push({ id: `m-many-${i}`, personId: `p-many-${i}`, organizationId: "org-late", status: i < 15 ? "full" : "probationary", from: "2021-01-01" });
    }
    input.memberships.push({ id: "m-many-again", personId: "p-many-0", organizationId: "org-late", status: "full", from: "2021-06-01" });
    const large = indexDataset(parseDataset(input).dataset);
    expect(large.fullMemberCount("org-late", "2022-01-01")).toBe(15);
    expect(large.membersAsOf("org-late", "2022-01-01")).toHaveLength(21);
  });

  it("lists the organizations of a kind, those with memberships or posts, and the posts of a role", () => {
    expect(ids(index.organizationsOfKind("branch"))).toEqual(["org-branch", "org-old", "org-a", "org-b", "org-moved", "org-late"]);
    expect(index.organizationsOfKind("temporary-branch")).toEqual([]);
    const withMemberships = index.organizationsWithMemberships();
    expect(withMemberships.map((entry) => entry.organization.id)).toEqual(["org-branch", "org-old", "org-b", "org-a"]);
    expect(withMemberships[3]?.memberships).toBe(index.membershipsOf("org-a"));
    const withPosts = index.organizationsWithPosts();
    expect(withPosts.map((entry) => entry.organization.id)).toEqual(["org-branch", "org-a"]);
    expect(withPosts[1]?.posts).toBe(index.postsOf("org-a"));
    expect(ids(index.postsOfRole("secretary"))).toEqual(["post-sec", "post-a-sec"]);
    expect(ids(index.postsOfRole("first-secretary"))).toEqual(["post-fs"]);
    expect(index.postsOfRole("work-team-leader")).toEqual([]);
  });

  it("finds the children on a day by the current parent alone when no organization has an affiliation history", () => {
    const input = storyDocument();
    input.organizations = input.organizations.map(({ affiliations: _affiliations, ...organization }) => organization);
    const flat = indexDataset(parseDataset(input).dataset);
    expect(ids(flat.childrenAsOf("org-a", "2021-01-01"))).toEqual(["org-moved", "org-late"]);
    expect(flat.childrenAsOf("org-b", "2010-06-01")).toEqual([]);
    expect(ids(flat.organizationTree.childrenOf("org-a"))).toEqual(["org-moved", "org-late"]);
  });

  it("tells since when a person is a full member", () => {
    expect(index.fullMemberSince("p-1")).toBe("2002-07-01");
    // p-2 was a full member of org-old (sample m-3) long before the probation in org-a
    expect(index.fullMemberSince("p-2")).toBe("1995-01-01");
    expect(index.fullMemberSince("p-3")).toBe("1990-01-01");
    expect(index.fullMemberSince("p-4")).toBeUndefined();
    expect(index.fullMemberSince("nowhere")).toBeUndefined();
  });

  it("gives the posts of an organization and who held them on a day", () => {
    expect(ids(index.postsOf("org-a"))).toEqual(["post-a-sec"]);
    expect(ids(index.postsOf("org-branch"))).toEqual(["post-sec"]);
    expect(ids(index.holdingsOf("post-a-sec"))).toEqual(["h-a1", "h-a2"]);
    expect(ids(index.holdingsOfPerson("p-1"))).toEqual(["h-1", "h-a1"]);
    expect(ids(index.holdersAsOf("post-a-sec", "2018-12-31"))).toEqual(["h-a1"]);
    expect(ids(index.holdersAsOf("post-a-sec", "2019-01-01"))).toEqual(["h-a2"]);
    expect(index.holdersAsOf("post-a-sec", "2010-01-01")).toEqual([]);
  });

  it("knows which organizations exist on the day of establishment and of dissolution", () => {
    expect(index.isAliveOn("org-late", "2020-12-31")).toBe(false);
    expect(index.isAliveOn("org-late", "2021-01-01")).toBe(true);
    expect(index.isAliveOn("org-b", "2020-12-31")).toBe(true);
    expect(index.isAliveOn("org-b", "2021-01-01")).toBe(false);
    expect(index.isAliveOn("nowhere", "2021-01-01")).toBe(false);
  });

  it("follows the affiliation history for the parent and the children on a day", () => {
    expect(index.parentAsOf("org-moved", "2004-12-31")).toBeUndefined();
    expect(index.parentAsOf("org-moved", "2005-01-01")?.id).toBe("org-b");
    expect(index.parentAsOf("org-moved", "2015-12-31")?.id).toBe("org-b");
    expect(index.parentAsOf("org-moved", "2016-01-01")?.id).toBe("org-a");
    expect(ids(index.childrenAsOf("org-b", "2010-06-01"))).toEqual(["org-moved"]);
    expect(index.childrenAsOf("org-a", "2010-06-01")).toEqual([]);
    expect(ids(index.childrenAsOf("org-a", "2016-01-01"))).toEqual(["org-moved"]);
    expect(ids(index.childrenAsOf("org-a", "2021-01-01"))).toEqual(["org-moved", "org-late"]);
    expect(ids(index.childrenAsOf("org-top", "2020-12-31"))).toEqual(["org-a", "org-b"]);
    expect(ids(index.childrenAsOf("org-top", "2021-01-01"))).toEqual(["org-a"]);
    expect(index.childrenAsOf("nowhere", "2021-01-01")).toEqual([]);
  });

  it("gives no parent on a day the parent does not exist", () => {
    const input = storyDocument();
    input.organizations.push({ id: "org-orphaned", name: "n", kind: "branch", parentId: "org-late", establishedOn: "2020-01-01" });
    const early = indexDataset(parseDataset(input).dataset);
    expect(early.parentAsOf("org-orphaned", "2020-06-01")).toBeUndefined();
    expect(early.parentAsOf("org-orphaned", "2021-01-01")?.id).toBe("org-late");
  });

  it("rebuilds the whole organization tree as of a day", () => {
    const in2010 = index.organizationTreeAsOf("2010-06-01");
    expect(in2010.get("org-late")).toBeUndefined();
    expect(ids(in2010.descendantsOf("org-top"))).toEqual(["org-a", "org-b", "org-moved"]);
    expect(ids(in2010.ancestorsOf("org-moved"))).toEqual(["org-b", "org-top"]);
    const in2021 = index.organizationTreeAsOf("2021-01-01");
    expect(in2021.get("org-b")).toBeUndefined();
    expect(ids(in2021.descendantsOf("org-top"))).toEqual(["org-a", "org-moved", "org-late"]);
    // org-old was dissolved in 2010: only the organizations of that day are in the tree
    expect(ids(in2021.roots())).toEqual(["org-haibei", "org-top"]);
    expect(in2021.size).toBe(6);
  });

  it("throws a DangjianError for a day that is not YYYY-MM-DD", () => {
    const calls = [
      () => index.fullMemberCount("org-a", "2020-1-1"),
      () => index.membersAsOf("org-a", "2020"),
      () => index.holdersAsOf("post-a-sec", 20200101 as never),
      () => index.isAliveOn("org-a", "yesterday"),
      () => index.parentAsOf("org-a", ""),
      () => index.childrenAsOf("org-a", "2020/01/01"),
      () => index.organizationTreeAsOf(undefined as never),
    ];
    for (const call of calls) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isDangjianError(thrown) && thrown.code === "invalid_argument").toBe(true);
    }
  });

  it("joins the posts of a role to their organization, host unit and holdings", () => {
    const seats = index.seatsOfRole("secretary");
    expect(seats.map((seat) => seat.post)).toEqual(index.postsOfRole("secretary"));
    const seat = seats.find((entry) => entry.post.id === "post-a-sec");
    expect(seat?.organization).toBe(index.organizations.get("org-a"));
    expect(ids(seat?.holdings ?? [])).toEqual(["h-a1", "h-a2"]);
    expect(index.seatsOfRole("secretary")).toBe(seats);
    expect(index.seatsOfRole("work-team-member")).toEqual([]);
  });

  it("gives each record's position in its collection", () => {
    expect(index.positionOf("organizations", "org-b")).toBe(index.dataset.organizations.findIndex((organization) => organization.id === "org-b"));
    expect(index.positionOf("postHoldings", "h-a2")).toBe(index.dataset.postHoldings.findIndex((holding) => holding.id === "h-a2"));
    expect(index.positionOf("indicators", "site.vanguard-post.count")).toBe(0);
    expect(index.positionOf("organizations", "no-such-organization")).toBeUndefined();
  });
});

// a dataset as indexDataset may meet it unparsed: repeated ids, references to records it does not have
describe("indexDataset over records with repeated ids and dangling references", () => {
  const dataset = emptyDataset();
  Object.assign(dataset, {
    organizations: [
      { id: "o1", name: "一", kind: "branch" },
      { id: "o2", name: "二", kind: "branch" },
      { id: "o1", name: "一（重复）", kind: "branch" },
    ],
    hostUnits: [{ id: "u1", name: "合作社", kind: "cooperative" }],
    people: [{ id: "p1", name: "甲" }],
    memberships: [
      { id: "m1", personId: "p1", organizationId: "o1", status: "full" },
      { id: "m2", personId: "p-gone", organizationId: "o-gone", status: "full" },
      { id: "m3", personId: "p1", organizationId: "o2", status: "full" },
    ],
    posts: [
      { id: "s1", role: "secretary", organizationId: "o2" },
      { id: "s2", role: "secretary", organizationId: "o-gone" },
      { id: "s1", role: "secretary", organizationId: "o1" },
      { id: "c1", role: "cooperative-chair", hostUnitId: "u1" },
    ],
    postHoldings: [
      { id: "h1", postId: "s1", personId: "p1" },
      { id: "h2", postId: "s-gone", personId: "p1" },
    ],
  });
  const index = indexDataset(dataset);

  it("reads by id as a Map would, the first record holding each id, in dataset order", () => {
    const firstById = new Map<string, unknown>();
    for (const organization of dataset.organizations) if (!firstById.has(organization.id)) firstById.set(organization.id, organization);
    expect(index.organizations.size).toBe(2);
    expect(index.organizations.get("o1")).toBe(dataset.organizations[0]);
    expect(index.organizations.has("o2")).toBe(true);
    expect([...index.organizations.keys()]).toEqual([...firstById.keys()]);
    expect([...index.organizations.values()]).toEqual([...firstById.values()]);
    expect([...index.organizations.entries()]).toEqual([...firstById.entries()]);
    expect([...index.organizations]).toEqual([...firstById]);
    const visited: [string, unknown][] = [];
    index.organizations.forEach((organization, id, map) => {
      expect(map).toBe(index.organizations);
      visited.push([id, organization]);
    });
    expect(visited).toEqual([...firstById.entries()]);
    expect([...index.people.values()]).toEqual(dataset.people);
  });

  it("keeps the records that refer to an id no record holds under that id", () => {
    expect(ids(index.membershipsOf("o-gone"))).toEqual(["m2"]);
    expect(ids(index.membershipsOfPerson("p-gone"))).toEqual(["m2"]);
    expect(ids(index.holdingsOf("s-gone"))).toEqual(["h2"]);
    expect(ids(index.postsOf("o-gone"))).toEqual(["s2"]);
    expect(index.organizationsWithMemberships().map((entry) => [entry.organization.name, ids(entry.memberships)])).toEqual([
      ["一", ["m1"]],
      ["二", ["m3"]],
    ]);
    expect(ids(index.holdingsOfPerson("p1"))).toEqual(["h1", "h2"]);
  });

  it("joins each seat to its own organization, and to the holdings of its id", () => {
    const seats = index.seatsOfRole("secretary");
    expect(seats.map((seat) => [seat.post.id, seat.organization?.name, ids(seat.holdings)])).toEqual([
      ["s1", "二", ["h1"]],
      ["s2", undefined, []],
      ["s1", "一", ["h1"]],
    ]);
    expect(index.seatsOfRole("cooperative-chair")[0]?.organization).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { parseDataset } from "../exchange/parse-dataset.js";
import { indexDataset } from "../dataset-index/dataset-index.js";
import { createRecordCounter } from "./record-counter.js";
import { reconcileObservation } from "./reconcile-observation.js";
import { observationWindow, windowsMeet } from "./date-window.js";

// a province, a county with two townships, vanguard posts set up in different years, and figures reported about them
function index() {
  const result = parseDataset({
    formatVersion: "1.0",
    regions: [
      { id: "p", name: "某省", level: "province" },
      { id: "c", name: "甲县", level: "county", parentId: "p" },
      { id: "t1", name: "一镇", level: "township", parentId: "c" },
      { id: "t2", name: "二镇", level: "township", parentId: "c" },
    ],
    organizations: [
      { id: "org-c", name: "甲县委", kind: "local-committee", regionId: "c" },
      { id: "org-b", name: "某机关党支部", kind: "branch", parentId: "org-c" },
    ],
    campaigns: [{ id: "x", name: "某机制", kind: "mechanism" }],
    sites: [
      { id: "s1", kind: "vanguard-post", regionId: "t1", from: "2021-03-01" },
      { id: "s2", kind: "vanguard-post", regionId: "t1", from: "2022-05-01" },
      { id: "s3", kind: "vanguard-post", regionId: "t2", from: "2022-06-01", to: "2022-09-30" },
      { id: "s4", kind: "responsibility-zone", regionId: "t2" },
      { id: "s5", kind: "vanguard-post", organizationId: "org-b" },
    ],
    observations: [
      { id: "o-exact", indicator: "site.vanguard-post.count", scope: { type: "region", id: "c" }, asOf: "2022", value: "3个" },
      { id: "o-more", indicator: "site.vanguard-post.count", scope: { type: "region", id: "c" }, asOf: "2022", value: "2个" },
      { id: "o-fewer", indicator: "site.vanguard-post.count", scope: { type: "region", id: "p" }, asOf: "2022", value: "50余个" },
      { id: "o-2021", indicator: "site.vanguard-post.count", scope: { type: "region", id: "t1" }, asOf: "2021-12-31", value: "1个" },
      { id: "o-nearly", indicator: "site.vanguard-post.count", scope: { type: "region", id: "c" }, asOf: "2022", value: "近4个" },
      { id: "o-org", indicator: "site.vanguard-post.count", scope: { type: "organization", id: "org-c" }, value: "1个" },
      { id: "o-flags", indicator: "flag.issued.count", scope: { type: "region", id: "c" }, value: "400面" },
      { id: "o-campaign", indicator: "site.vanguard-post.count", scope: { type: "campaign", id: "x" }, value: "1个" },
    ],
  });
  expect(result.issues).toEqual([]);
  return indexDataset(result.dataset);
}

const statusOf = (id: string, tolerance?: number) => {
  const i = index();
  const observation = i.observations.get(id)!;
  return reconcileObservation(i, observation, tolerance === undefined ? {} : { tolerance });
};

describe("reconcileObservation", () => {
  it("is consistent when the records match the figure", () => {
    expect(statusOf("o-exact")).toMatchObject({ status: "consistent", derived: 3 });
  });

  it("is inconsistent when the records prove more than the figure allows", () => {
    expect(statusOf("o-more")).toMatchObject({ status: "inconsistent", derived: 3 });
  });

  it("is partial when the records hold fewer than reported", () => {
    expect(statusOf("o-fewer")).toMatchObject({ status: "partial", derived: 3 });
  });

  it("counts only records whose span meets the figure's day", () => {
    expect(statusOf("o-2021")).toMatchObject({ status: "consistent", derived: 1 });
  });

  it("re-reads 近 with the tolerance", () => {
    // 近4个 with 10% reaches (3.6, 4): 3 records are fewer than it says; with 30% 3 lies inside
    expect(statusOf("o-nearly")?.status).toBe("partial");
    expect(statusOf("o-nearly", 0.3)?.status).toBe("consistent");
  });

  it("counts records of an organization and of the organizations under it", () => {
    expect(statusOf("o-org")).toMatchObject({ status: "consistent", derived: 1 });
  });

  it("says nothing of figures it cannot count", () => {
    expect(statusOf("o-flags")).toBeUndefined();
    expect(statusOf("o-campaign")).toBeUndefined();
  });
});

describe("createRecordCounter", () => {
  it("counts a record once even when it sits in several places", () => {
    const i = index();
    const counter = createRecordCounter(i);
    expect(counter.count({ records: "sites" }, { type: "region", id: "p" })).toBe(4);
    expect(counter.count({ records: "sites", where: { kind: "responsibility-zone" } }, { type: "region", id: "t2" })).toBe(1);
    expect(counter.count({ records: "sites" }, { type: "region", id: "nowhere" })).toBeUndefined();
  });
});

describe("windowsMeet", () => {
  it("compares each end at the precision of the window", () => {
    expect(windowsMeet({ from: "2022-12-31" }, { to: "2022" })).toBe(true);
    expect(windowsMeet({ from: "2023-01-01" }, { to: "2022" })).toBe(false);
    expect(windowsMeet({ to: "2020-06-30" }, { from: "2021" })).toBe(false);
    expect(windowsMeet({}, { from: "2021", to: "2021" })).toBe(true);
    expect(windowsMeet({ from: "2022", to: "2022" }, { from: "2022-01-01", to: "2022-12-31" })).toBe(true);
    expect(windowsMeet({ to: "2022" }, { from: "2022-06-01" })).toBe(true);
    expect(windowsMeet({ to: "2021" }, { from: "2022-01-01" })).toBe(false);
  });

  it("reads an observation's asOf as a point and its period as a span", () => {
    expect(observationWindow({ asOf: "2022" })).toEqual({ from: "2022", to: "2022" });
    expect(observationWindow({ period: { to: "2020" } })).toEqual({ from: undefined, to: "2020" });
  });
});

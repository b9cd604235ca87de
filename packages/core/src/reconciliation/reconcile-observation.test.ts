import { describe, expect, it } from "vitest";
import { parseDataset } from "../exchange/parse-dataset.js";
import { indexDataset } from "../dataset-index/dataset-index.js";
import { createRecordCounter } from "./record-counter.js";
import { emptyDataset, type Dataset } from "../exchange/dataset.js";
import type { Derivation } from "../indicator/indicator.js";
import type { ObservationScope } from "../observation/observation.js";
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

  it("gives every scope what counting its subtree's records one by one gives, whatever was asked before", () => {
    // a seeded generator
    let state = 3;
    const random = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const days = [undefined, "2020", "2021-06-30", "2022", "2023-12-31"];
    const kinds = ["vanguard-post", "responsibility-zone"] as const;
    for (let round = 0; round < 40; round++) {
      const dataset: Dataset = emptyDataset();
      const regions = Array.from({ length: 2 + random(30) }, (_, n) => ({ id: `r${n}`, name: `r${n}`, level: "village" as const, parentId: n === 0 ? undefined : `r${random(n)}` }));
      const organizations = Array.from({ length: 2 + random(20) }, (_, n) => ({ id: `o${n}`, name: `o${n}`, kind: "branch" as const, parentId: n === 0 ? undefined : `o${random(n)}` }));
      // some rounds put a site in two organizations, which a sum over places would count twice
      const shared = round % 2 === 0;
      const sites = Array.from({ length: random(60) }, (_, n) => ({
        id: `s${n}`,
        kind: kinds[random(2)]!,
        regionId: `r${random(regions.length + 2)}`,
        organizationId: `o${random(organizations.length)}`,
        organizationIds: shared && random(3) === 0 ? [`o${random(organizations.length)}`, `o${random(organizations.length)}`] : undefined,
        from: days[random(days.length)],
        to: random(3) === 0 ? "2022-06-30" : undefined,
      }));
      Object.assign(dataset, { regions, organizations, sites });
      const i = indexDataset(dataset);
      const counter = createRecordCounter(i);
      for (let ask = 0; ask < 60; ask++) {
        const type = random(2) === 0 ? "region" : "organization";
        const scope: ObservationScope = { type, id: type === "region" ? `r${random(regions.length)}` : `o${random(organizations.length)}` };
        const derivation: Derivation = random(2) === 0 ? { records: "sites" } : { records: "sites", where: { kind: kinds[random(2)]! } };
        const window = { from: days[random(days.length)], to: days[random(days.length)] };
        const tree = type === "region" ? i.regionTree : i.organizationTree;
        const places = new Set([scope.id, ...tree.descendantsOf(scope.id).map((record) => record.id)]);
        const expected = sites.filter((site) => {
          const where = type === "region" ? [site.regionId] : [site.organizationId, ...(site.organizationIds ?? [])];
          const span = { from: site.from, to: site.to };
          return where.some((place) => places.has(place)) && (derivation.where === undefined || site.kind === derivation.where["kind"]) && windowsMeet(span, window);
        }).length;
        expect([scope, derivation, window, counter.count(derivation, scope, window)]).toEqual([scope, derivation, window, expected]);
      }
    }
  });

  it("counts within a hand-built cycle of regions without looping", () => {
    const dataset: Dataset = emptyDataset();
    Object.assign(dataset, {
      regions: [
        { id: "a", name: "a", level: "village", parentId: "b" },
        { id: "b", name: "b", level: "village", parentId: "a" },
      ],
      sites: [
        { id: "s1", kind: "vanguard-post", regionId: "a" },
        { id: "s2", kind: "vanguard-post", regionId: "b" },
      ],
    });
    const counter = createRecordCounter(indexDataset(dataset));
    expect(counter.count({ records: "sites" }, { type: "region", id: "a" })).toBe(2);
    expect(counter.count({ records: "sites" }, { type: "region", id: "b" })).toBe(2);
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

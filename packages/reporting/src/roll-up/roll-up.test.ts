import { describe, expect, it } from "vitest";
import type { DatasetIndex } from "@dangjian/core";
import { countyIndex } from "../../test/support/county.js";
import { selectFigures } from "../figures/select-figures.js";
import { resolvePeriod } from "../period/report-period.js";
import { rollUp } from "./roll-up.js";

function rolled(index: DatasetIndex, code: string, period = resolvePeriod({ kind: "year", year: 2022 }), tree: "region" | "organization" = "region", rootId = "p") {
  const observations = selectFigures(index, { scope: { type: tree, id: rootId }, period });
  return rollUp(index, { indicator: index.indicatorOf(code)!, tree, rootId, observations });
}

describe("rollUp", () => {
  it("keeps loose quantities loose: 400余 and 52 roll up to more than 452 and less than 552", () => {
    const result = rolled(countyIndex(), "activity.epidemic-screening.participant-count");
    expect(result.total).toMatchObject({ min: 452, max: 552, minInclusive: false, maxInclusive: false, text: "多于452名且少于552名" });
    expect(result.nodes.map((node) => [node.id, node.depth])).toEqual([["p", 0], ["c1", 1], ["c2", 1]]);
  });

  it("lets a parent's own figure stand, never adding it to its children's, and shows the difference", () => {
    const result = rolled(countyIndex(), "site.vanguard-post.count");
    const [root] = result.nodes;
    expect(root).toMatchObject({ id: "p", observationId: "obs-p-posts" });
    expect(root?.reported?.min).toBe(10);
    expect(root?.fromChildren).toMatchObject({ min: 8, max: 8 });
    expect(root?.value?.min).toBe(10);
    expect(root?.difference).toMatchObject({ min: 2, max: 2 });
    expect(result.total).toMatchObject({ min: 10, max: 10 });
  });

  it("keeps the latest figure of a node and lists the earlier ones as superseded", () => {
    const result = rolled(countyIndex(), "site.vanguard-post.count", resolvePeriod({ kind: "all" }));
    const county = result.nodes.find((node) => node.id === "c1");
    expect(county).toMatchObject({ observationId: "obs-c1-posts", supersededIds: ["obs-c1-posts-2021"] });
    expect(county?.value?.min).toBe(5);
  });

  it("filters figures by the period", () => {
    const result = rolled(countyIndex(), "site.vanguard-post.count", resolvePeriod({ kind: "year", year: 2021 }));
    expect(result.nodes.map((node) => [node.id, node.value?.text])).toEqual([["p", "4个"], ["c1", "4个"]]);
  });

  it("rolls minimum indicators to the smallest figure", () => {
    const index = countyIndex((document) => {
      document["observations"]!.push({ id: "obs-c2-income", indicator: "village.collective-income", scope: { type: "region", id: "c2" }, asOf: "2022", value: "22万元" });
    });
    const result = rolled(index, "village.collective-income");
    const root = result.nodes[0];
    // the province reports 20万元以上 itself; below it the smallest is 22万元
    expect(root?.fromChildren).toMatchObject({ min: 220000, max: 220000 });
    expect(root?.value?.text).toBe("20万元以上");
    expect(root?.difference).toBeUndefined();
  });

  it("places an organization's figure under its region in a region tree", () => {
    const result = rolled(countyIndex(), "service.menu-item.count");
    expect(result.nodes.map((node) => [node.type, node.id, node.depth])).toEqual([
      ["region", "p", 0],
      ["region", "c1", 1],
      ["organization", "org-organs", 2],
    ]);
    expect(result.total?.text).toBe("10项");
  });

  it("walks the organization tree", () => {
    const result = rolled(countyIndex(), "service.menu-item.count", undefined, "organization", "org-p");
    expect(result.nodes.map((node) => node.id)).toEqual(["org-p", "org-c1", "org-organs"]);
    expect(result.nodes[0]?.name).toEqual({ "zh-CN": "某省委", en: "Sample Provincial Committee" });
  });

  it("gives nothing for a root that is not in the tree", () => {
    expect(rolled(countyIndex(), "site.vanguard-post.count", undefined, "region", "nowhere").nodes).toEqual([]);
  });
});

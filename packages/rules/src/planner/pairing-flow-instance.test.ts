import { describe, expect, it } from "vitest";
import { indexDataset, parseDataset } from "@dangjian/core";
import { buildPairingFlowInstance, solveTreeFlow, type TreeFlowInstance } from "./pairing-flow-instance.js";

describe("buildPairingFlowInstance", () => {
  const { dataset } = parseDataset({
    formatVersion: "1.0",
    regions: [
      { id: "pref", name: "州", level: "prefecture" },
      { id: "county-1", name: "一县", level: "county", parentId: "pref" },
      { id: "county-2", name: "二县", level: "county", parentId: "pref" },
      { id: "town-1", name: "一乡", level: "township", parentId: "county-1" },
      { id: "town-2", name: "二乡", level: "township", parentId: "county-2" },
      { id: "v-1", name: "一村", level: "village", parentId: "town-1" },
      { id: "v-2", name: "二村", level: "village", parentId: "town-2" },
    ],
    hostUnits: [{ id: "unit-1", name: "一县某局", kind: "government-organ", regionId: "county-1" }],
    people: [
      { id: "p-1", name: "甲", cadreRank: "section", employerUnitId: "unit-1" },
      { id: "p-2", name: "乙", cadreRank: "general" },
    ],
    households: [
      { id: "h-1", villageId: "v-1", status: "registered-poor" },
      { id: "h-2", villageId: "v-1", status: "monitored" },
    ],
  });
  const instance = buildPairingFlowInstance(indexDataset(dataset), { kind: "cadre-household", asOf: "2024-06-30" });

  it("sums supply and demand per region, keeps only regions whose subtree holds some, parents first, arcs both ways at cost 1", () => {
    expect(instance).toEqual({
      nodes: [
        { id: "pref", parentId: null, supply: 0, demand: 0 },
        { id: "county-1", parentId: "pref", supply: 3, demand: 0 },
        { id: "town-1", parentId: "county-1", supply: 0, demand: 0 },
        { id: "v-1", parentId: "town-1", supply: 0, demand: 2 },
      ],
      arcs: [
        { from: "county-1", to: "pref", cost: 1 },
        { from: "pref", to: "county-1", cost: 1 },
        { from: "town-1", to: "county-1", cost: 1 },
        { from: "county-1", to: "town-1", cost: 1 },
        { from: "v-1", to: "town-1", cost: 1 },
        { from: "town-1", to: "v-1", cost: 1 },
      ],
      unlocatedSupply: 2,
      unlocatedDemand: 0,
    });
  });

  it("is solved with its optimum, amounts per node and one optimal flow", () => {
    expect(solveTreeFlow(instance)).toEqual({
      covered: 2,
      cost: 4,
      nodes: [
        { id: "pref", used: 0, served: 0 },
        { id: "county-1", used: 2, served: 0 },
        { id: "town-1", used: 0, served: 0 },
        { id: "v-1", used: 0, served: 2 },
      ],
      flows: [
        { from: "county-1", to: "town-1", units: 2 },
        { from: "town-1", to: "v-1", units: 2 },
      ],
    });
  });
});

describe("solveTreeFlow", () => {
  const two = (supply: number, demand: number): TreeFlowInstance => ({
    nodes: [
      { id: "county", parentId: null, supply, demand: 0 },
      { id: "village", parentId: "county", supply: 0, demand },
    ],
    arcs: [],
    unlocatedSupply: 0,
    unlocatedDemand: 0,
  });

  it("serves what the scarce side allows", () => {
    expect(solveTreeFlow(two(1, 2))).toMatchObject({ covered: 1, cost: 1 });
    expect(solveTreeFlow(two(5, 2))).toMatchObject({ covered: 2, cost: 2 });
  });

  it("throws invalid_argument for a parent that is not a node, or an amount that is negative or fractional", () => {
    const orphan: TreeFlowInstance = { ...two(1, 1), nodes: [{ id: "village", parentId: "nowhere", supply: 0, demand: 1 }] };
    expect(() => solveTreeFlow(orphan)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => solveTreeFlow(two(-1, 1))).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => solveTreeFlow(two(1.5, 1))).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

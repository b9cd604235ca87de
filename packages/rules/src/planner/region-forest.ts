import type { DatasetIndex, Region } from "@dangjian/core";
import { layOutForest, type ForestLayout } from "./tree-transport.js";

/**
 * The region tree of an index as numbered nodes: region `regions[v]` is node `v`.
 *
 * @internal
 */
export interface RegionForest {
  /** The regions, in dataset order. */
  readonly regions: readonly Region[];
  /** Node of each region id. */
  readonly nodeOf: ReadonlyMap<string, number>;
  /** The forest by parent. */
  readonly layout: ForestLayout;
}

/**
 * Numbers the regions of an index and lays their tree out; regions no root reaches (a parent cycle) are off it.
 *
 * @param index - the dataset's index
 * @returns the numbered forest
 * @internal
 */
export function regionForest(index: DatasetIndex): RegionForest {
  const regions = [...index.regions.values()];
  const nodeOf = new Map<string, number>();
  regions.forEach((region, v) => nodeOf.set(region.id, v));
  const parents = regions.map((region) => {
    const parentId = index.regionTree.parentOf(region.id)?.id;
    return parentId === undefined ? -1 : (nodeOf.get(parentId) ?? -1);
  });
  return { regions, nodeOf, layout: layOutForest(parents) };
}

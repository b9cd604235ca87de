import type { DatasetIndex } from "@dangjian/core";
import { perIndex } from "./per-index.js";

/**
 * Where each region sits in `index.dataset.regions`: a rule keeps what it gathers about villages in a list by
 * position, read back while it walks the regions in order, rather than in a map of its own that each village is
 * looked up in twice more.
 *
 * @internal
 */
export interface RegionPositions {
  /** The position of the region holding an id (the first record with it), as the index keeps it. */
  readonly of: (regionId: string) => number | undefined;
  /** For each position, the position of the region holding its id: itself, unless the id repeats. */
  readonly holder: Int32Array;
}

/**
 * The positions of the regions of an index, read from the index's own table of positions.
 *
 * @param index - the dataset's index
 * @returns the positions
 * @internal
 */
export const regionPositions = perIndex((index: DatasetIndex): RegionPositions => {
  const { regions } = index.dataset;
  const holder = new Int32Array(regions.length);
  const of = (regionId: string): number | undefined => index.positionOf("regions", regionId);
  // without repeated ids every region holds its own; the map's size tells without a lookup per region
  if (index.regions.size === regions.length) for (let i = 0; i < holder.length; i++) holder[i] = i;
  else for (let i = 0; i < holder.length; i++) holder[i] = of(regions[i]!.id)!;
  return { of, holder };
});

import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { indexDataset, parseDataset, type DatasetIndex } from "@dangjian/core";

/** The small sample dataset of test/fixtures (a province, two counties, three townships, a village), parsed and indexed. */
export function countyIndex(transform: (document: Record<string, unknown[]>) => void = () => {}): DatasetIndex {
  const document = JSON.parse(readFileSync(new URL("../fixtures/county.dataset.json", import.meta.url), "utf8")) as Record<string, unknown[]>;
  transform(document);
  const result = parseDataset(document);
  expect(result.issues).toEqual([]);
  return indexDataset(result.dataset);
}

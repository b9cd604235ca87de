import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { loadDataset, summarize } from "./summary.js";

const datasetFile = new URL("../data/haibei.dataset.json", import.meta.url);

describe("the bundled Haibei dataset", () => {
  it("parses with zero issues", async () => {
    const result = await loadDataset(datasetFile, "zh-CN");
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("holds Qinghai, Haibei, its four counties and thirty townships with their codes", async () => {
    const { dataset } = await loadDataset(datasetFile, "zh-CN");
    const levels = (level) => dataset.regions.filter((region) => region.level === level);
    expect(levels("county").map((region) => region.code).sort()).toEqual(["632221", "632222", "632223", "632224"]);
    expect(levels("township")).toHaveLength(30);
    expect(levels("township").every((region) => region.code?.length === 9)).toBe(true);
    expect(dataset.regions.find((region) => region.name === "达玉村")?.code).toBeUndefined();
  });

  it("quotes its sources verbatim from the stored report", async () => {
    const { dataset } = await loadDataset(datasetFile, "zh-CN");
    const report = await readFile(new URL("../data/haibei-report.txt", import.meta.url), "utf8");
    const quotes = Object.values(dataset)
      .filter(Array.isArray)
      .flat()
      .flatMap((record) => record.sources ?? [])
      .filter((source) => source.documentId === "haibei-report" && source.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const { quote } of quotes) expect(report, quote).toContain(quote);
  });

  it("prints each observation as scope · indicator · quantity in both languages", async () => {
    const zh = summarize(await loadDataset(datasetFile, "zh-CN"), "zh-CN");
    expect(zh).toContain("海晏县 · 党员先锋岗 · 52个");
    expect(zh).toContain("海北藏族自治州 · 村集体经济收入 · 20万元以上");
    const en = summarize(await loadDataset(datasetFile, "en"), "en");
    expect(en.some((line) => line.startsWith("海晏县 · Party member vanguard posts · "))).toBe(true);
  });
});

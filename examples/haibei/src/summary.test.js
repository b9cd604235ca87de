import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { loadDataset, summarize } from "./summary.js";

const datasetFile = new URL("../data/haibei.dataset.json", import.meta.url);
const main = fileURLToPath(new URL("./main.js", import.meta.url));
const run = promisify(execFile);
const observationLines = (lines) => lines.filter((line) => line.split(" · ").length === 3);

describe("the summary pnpm start prints", () => {
  it("gives every observation one line: scope · indicator · quantity, in Chinese", async () => {
    const result = await loadDataset(datasetFile, "zh-CN");
    const lines = summarize(result, "zh-CN");
    expect(observationLines(lines)).toHaveLength(result.dataset.observations.length);
    expect(lines).toContain("海晏县 · 党员先锋岗 · 52个");
    expect(lines).toContain("海北州委组织部 · 配发党旗 · 400面");
    expect(lines).toContain("门源回族自治县 · 防汛队伍 · 358个");
    expect(lines).toContain("海北藏族自治州 · 到社区报到的在职党员 · 近1万名");
    expect(lines).toContain("海北藏族自治州 · 村集体经济收入 · 20万元以上");
  });

  it("gives the same lines in English, names and labels included", async () => {
    const result = await loadDataset(datasetFile, "en");
    const lines = summarize(result, "en");
    expect(observationLines(lines)).toHaveLength(result.dataset.observations.length);
    expect(lines).toContain("Haiyan County · Party member vanguard posts · 52");
    expect(lines).toContain("Haibei Tibetan Autonomous Prefecture · in-service members reporting to communities · nearly 10,000");
    expect(lines).toContain("Haibei Tibetan Autonomous Prefecture · village collective income · at least 200,000 yuan");
    expect(lines.join("\n")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("runs as a command in both languages and refuses an unknown locale", async () => {
    const zh = await run(process.execPath, [main]);
    expect(zh.stdout).toContain("海晏县 · 党员先锋岗 · 52个");
    const en = await run(process.execPath, [main, "--", "--locale", "en"]);
    expect(en.stdout).toContain("Haiyan County · Party member vanguard posts · 52");
    await expect(run(process.execPath, [main, "--locale", "fr"])).rejects.toMatchObject({ code: 2 });
  });
});

import { describe, expect, it, beforeAll } from "vitest";
import { readFile } from "node:fs/promises";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatQuantity } from "@dangjian/core";
import { buildHaibeiReport, tableLines, writeReport } from "./report.js";

const dataset = new URL("../data/haibei.dataset.json", import.meta.url);
const spec = new URL("../data/haibei.report.json", import.meta.url);

describe("the Haibei report rebuilt from data", () => {
  /** @type {Awaited<ReturnType<typeof buildHaibeiReport>>} */
  let built;
  beforeAll(async () => {
    built = await buildHaibeiReport({ dataset, spec, locale: "zh-CN" });
  });

  it("builds from the bundled data and spec without issues", () => {
    expect(built.parsed.issues).toEqual([]);
    expect(built.issues).toEqual([]);
    expect(built.report?.sections.map((section) => section.kind)).toEqual(["narrative", "figures", "roll-up", "coverage", "reconciliation", "findings", "charts"]);
  });

  it("states every figure of the report in its Chinese narrative, as the report wrote it", () => {
    const narrative = built.report.sections.find((section) => section.kind === "narrative");
    const zh = narrative.paragraphs.map((paragraph) => paragraph["zh-CN"]).join("\n");
    const observations = built.parsed.dataset.observations;
    expect(observations).toHaveLength(32);
    for (const observation of observations) expect(zh, observation.id).toContain(observation.value.text);
  });

  it("states every figure in its English narrative too", () => {
    const narrative = built.report.sections.find((section) => section.kind === "narrative");
    const en = narrative.paragraphs.map((paragraph) => paragraph.en).join("\n");
    for (const observation of built.parsed.dataset.observations) expect(en, observation.id).toContain(formatQuantity(observation.value, { locale: "en" }));
    expect(en).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it("writes in the register of the report", () => {
    const zh = built.report.sections.find((section) => section.kind === "narrative").paragraphs.map((paragraph) => paragraph["zh-CN"]);
    expect(zh).toContain("海晏县各级党组织设定党员先锋岗52个，划定党员责任区224个。组织400余名驻村力量参与疫情排查。");
  });

  it("finds the 30 training centers of the 30 townships in the records", () => {
    const coverage = built.report.sections.find((section) => section.kind === "coverage").tables[0];
    const centers = coverage.rows.find((row) => row.cells.rule.text.en === "COV-001");
    expect(centers.cells.ratio).toMatchObject({ value: 1, text: { "zh-CN": "30/30（100%）" } });
  });

  it("prints the figures table aligned for a terminal", () => {
    const figures = built.report.sections.find((section) => section.kind === "figures").tables[0];
    const lines = tableLines(figures, "zh-CN", ["scope", "indicator", "value", "time"]);
    expect(lines).toHaveLength(33);
    expect(lines[0]).toMatch(/^范围\s+指标\s+数值\s+时间$/u);
    expect(lines).toContain("海晏县              党员先锋岗                        52个        2022年");
  });

  it("writes all five formats", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "haibei-out-"));
    await writeReport(built.report, { folder, name: "haibei", locale: "en" });
    expect((await readdir(folder)).sort()).toEqual(["haibei.en.csv", "haibei.en.html", "haibei.en.md", "haibei.en.xlsx", "haibei.json"]);
    const csv = await readFile(path.join(folder, "haibei.en.csv"), "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("Haiyan County");
  });
});

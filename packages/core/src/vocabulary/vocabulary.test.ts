import { describe, expect, it } from "vitest";
import { listMessageTables, listVocabulary } from "./vocabulary.js";
import { renderVocabulary } from "./render-vocabulary.js";

describe("vocabulary", () => {
  it("labels every value of every enum in both languages", () => {
    for (const table of listVocabulary()) {
      expect(Object.keys(table.labels).sort(), table.name).toEqual([...table.values].sort());
      for (const value of table.values) {
        expect(table.labels[value]?.["zh-CN"], `${table.name}.${value} zh-CN`).toMatch(/\S/);
        expect(table.labels[value]?.en, `${table.name}.${value} en`).toMatch(/\S/);
      }
    }
  });

  it("gives every enum a distinct name and distinct labels per language", () => {
    const names = listVocabulary().map((table) => table.name);
    expect(new Set(names).size).toBe(names.length);
    for (const table of listVocabulary()) {
      for (const locale of ["zh-CN", "en"] as const) {
        const labels = table.values.map((value) => table.labels[value]?.[locale]);
        expect(new Set(labels).size, `${table.name} ${locale}`).toBe(labels.length);
      }
    }
  });

  it("uses the same placeholders in both languages of every message", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const { module, messages } of listMessageTables()) {
      for (const [code, template] of Object.entries(messages)) {
        expect(code.startsWith(code.split(".")[0] + "."), `${module} ${code}`).toBe(true);
        const zh = new Set(placeholders(template["zh-CN"]).map((name) => name?.replace(/(Zh|En)$/, "")));
        const en = new Set(placeholders(template.en).map((name) => name?.replace(/(Zh|En)$/, "")));
        expect([...zh].sort(), `${module} ${code}`).toEqual([...en].sort());
      }
    }
  });

  it("matches the committed snapshot of every label and message", async () => {
    await expect(renderVocabulary()).toMatchFileSnapshot("../../labels.snapshot.md");
  });
});

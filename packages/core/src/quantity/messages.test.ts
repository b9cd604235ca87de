import { describe, expect, it } from "vitest";
import { quantityMessages } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("quantityMessages", () => {
  it.each(Object.entries(quantityMessages))("%s uses the same placeholders in both languages", (code, template) => {
    expect(code).toMatch(/^quantity\.[a-z_]+$/);
    expect(placeholders(template["zh-CN"])).toEqual(placeholders(template.en));
    expect(template["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(template.en).toMatch(/^[^\u4e00-\u9fff]*[a-z]{3,}/);
  });
});

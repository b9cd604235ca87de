import { describe, expect, it } from "vitest";
import { regionCodeMessages } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("regionCodeMessages", () => {
  it.each(Object.entries(regionCodeMessages))("%s uses the same placeholders in both languages", (code, template) => {
    expect(code).toMatch(/^region_code\.[a-z_]+$/);
    expect(placeholders(template["zh-CN"])).toEqual(placeholders(template.en));
  });
});

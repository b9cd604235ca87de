import { describe, expect, it } from "vitest";
import { identifierMessages } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("identifierMessages", () => {
  it.each(Object.entries(identifierMessages))("%s uses the same placeholders in both languages", (code, template) => {
    expect(code).toMatch(/^(uscc|resident_id|phone)\.[a-z_]+$/);
    expect(placeholders(template["zh-CN"])).toEqual(placeholders(template.en));
  });

  it("fills resident ID and phone messages only from parts, never the whole number", () => {
    const parts = ["asOf", "birthDate", "character", "expected", "found", "length", "position", "prefix", "regionCode"];
    const personal = Object.entries(identifierMessages).filter(([code]) => !code.startsWith("uscc."));
    for (const [, template] of personal) for (const name of placeholders(template.en)) expect(parts).toContain(name);
  });
});

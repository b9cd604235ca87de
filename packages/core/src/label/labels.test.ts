import { describe, expect, it } from "vitest";
import { defineEnumLabels, labelOf } from "./enum-labels.js";
import { localize } from "./localized-text.js";

const kinds = defineEnumLabels("Kind", ["a", "b"] as const, {
  a: { "zh-CN": "甲", en: "A" },
  b: { "zh-CN": "乙", en: "B" },
});

describe("labels", () => {
  it("picks the locale per call, zh-CN by default", () => {
    expect(localize({ "zh-CN": "党支部", en: "Party branch" })).toBe("党支部");
    expect(localize({ "zh-CN": "党支部", en: "Party branch" }, "en")).toBe("Party branch");
    expect(labelOf(kinds, "b", "en")).toBe("B");
    expect(labelOf(kinds, "a")).toBe("甲");
  });

  it("falls back to the raw value, never to an inherited property", () => {
    expect(labelOf(kinds, "toString" as "a")).toBe("toString");
  });
});

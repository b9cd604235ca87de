import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width.js";

describe("textWidth", () => {
  it("counts a CJK or full-width character as two columns", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("党员先锋岗")).toBe(10);
    expect(textWidth("400余名（约）")).toBe(3 + 2 * 5);
  });

  it("measures the widest line of a text on several lines", () => {
    expect(textWidth("ab\r\n党员先锋岗\nabc")).toBe(10);
  });
});

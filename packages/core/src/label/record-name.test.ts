import { describe, expect, it } from "vitest";
import { nameOf } from "./record-name.js";

describe("nameOf", () => {
  it("gives the English name in English and the Chinese name in Chinese", () => {
    const region = { id: "630100", name: "西宁市", nameEn: "Xining" };
    expect(nameOf(region, "en")).toBe("Xining");
    expect(nameOf(region, "zh-CN")).toBe("西宁市");
  });

  it("falls back to the Chinese name, then to the id", () => {
    expect(nameOf({ id: "630100", name: "西宁市" }, "en")).toBe("西宁市");
    expect(nameOf({ id: "site-1" }, "zh-CN")).toBe("site-1");
  });
});

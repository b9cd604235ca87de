import { describe, expect, it } from "vitest";
import { parsePolicy } from "./parse-policy.js";

describe("parsePolicy", () => {
  it("reads a policy from data and resolves it", () => {
    const result = parsePolicy({ id: "county", version: "2024", title: { "zh-CN": "县", en: "county" }, extends: ["national"] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.applied.at(-1)).toBe("county@2024");
  });

  it("locates shape errors by JSON pointer, in both languages", () => {
    const result = parsePolicy({ id: "County Policy", version: "1", title: { "zh-CN": "县", en: "county" }, parameters: { setup: { branchMaxMembers: "fifty" } } });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["/id", "/parameters/setup/branchMaxMembers"]);
    for (const issue of result.issues) {
      expect(issue.message["zh-CN"]).toBeTruthy();
      expect(issue.message.en).toBeTruthy();
    }
  });

  it("names an unknown policy it extends and an unknown rule, with their places", () => {
    const result = parsePolicy({ id: "county", version: "1", title: { "zh-CN": "县", en: "county" }, extends: ["national", "nowhere"], rules: ["XYZ-001"] });
    expect(result.ok).toBe(false);
    const byCode = Object.fromEntries(result.issues.map((issue) => [issue.code, issue]));
    expect(byCode["policy.unknown_extends"]?.path).toBe("/extends/1");
    expect(byCode["policy.unknown_extends"]?.message["zh-CN"]).toBe("政策 county@1 继承的 nowhere 不是内置或已登记的政策");
    expect(byCode["policy.unknown_rule"]?.message.en).toBe("Policy county@1 names rule XYZ-001, which is not in the rule catalogue");
  });

  it("never throws on junk", () => {
    for (const junk of [null, 42, "policy", [], { id: 1 }]) expect(parsePolicy(junk).ok).toBe(false);
  });
});

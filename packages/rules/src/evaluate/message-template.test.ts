import { describe, expect, it } from "vitest";
import { renderMessage } from "@dangjian/core";
import { compileMessage, fillTemplate } from "./message-template.js";

describe("compiled message templates", () => {
  it("fill a template exactly as renderMessage does, whatever the values", () => {
    const template = {
      "zh-CN": "{subject} 有 {count} 名（{names}），{missing} 未知；{flag} {nothing} {empty} {object}{subject}",
      en: "{subject}: {count} ({names}); {missing}; {flag} {nothing} {empty} {object} {{count}} {not a name}",
    };
    const evidences: Record<string, unknown>[] = [
      { count: 3, names: ["甲", "乙", [1, 2]], flag: true, nothing: null, empty: undefined, object: { a: 1 } },
      { subject: "证据中的主体", count: 0, names: [] },
      {},
    ];
    const compiled = compileMessage(template);
    for (const evidence of evidences) {
      const expected = renderMessage({ severity: "error", ...template }, { subject: "某支部", ...evidence });
      expect(fillTemplate(compiled["zh-CN"], evidence, "某支部")).toBe(expected["zh-CN"]);
      expect(fillTemplate(compiled.en, evidence, "某支部")).toBe(expected.en);
    }
  });

  it("keep a template without placeholders as it is", () => {
    expect(fillTemplate(compileMessage({ "zh-CN": "无", en: "none" }).en, { a: 1 }, "x")).toBe("none");
  });
});

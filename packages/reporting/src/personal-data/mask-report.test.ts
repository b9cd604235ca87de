import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
import { maskReport } from "./mask-report.js";

describe("maskReport", () => {
  it("masks every string of the model, chart data and details included, and says so", () => {
    const visible = { ...sampleReport, personalData: "visible" as const };
    const masked = maskReport(visible);
    const json = JSON.stringify(masked);
    expect(JSON.stringify(visible)).toContain("13800138000");
    expect(json).not.toContain("13800138000");
    expect(json).not.toContain("11010519491231002X");
    expect(json).toContain("138****8000");
    expect(masked.personalData).toBe("masked");
  });

  it("keeps numbers, keys and the shape, and does not change its input", () => {
    const before = JSON.stringify(sampleReport);
    const masked = maskReport(sampleReport);
    expect(JSON.stringify(sampleReport)).toBe(before);
    expect(masked.sections.map((section) => section.id)).toEqual(sampleReport.sections.map((section) => section.id));
    expect(masked.sections[1]?.tables[0]?.rows.length).toBe(sampleReport.sections[1]?.tables[0]?.rows.length);
  });

  it("keeps a __proto__ key of parsed JSON as a key", () => {
    const parsed = JSON.parse(JSON.stringify({ ...sampleReport, sections: [{ ...sampleReport.sections[0], details: JSON.parse('{"__proto__": {"x": "13800138000"}}') }] }));
    const masked = maskReport(parsed);
    const details = masked.sections[0]?.details as Record<string, unknown>;
    expect(Object.getPrototypeOf(details)).toBe(Object.prototype);
    expect(JSON.stringify(details)).toBe('{"__proto__":{"x":"138****8000"}}');
  });
});

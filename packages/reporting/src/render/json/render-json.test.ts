import { describe, expect, it } from "vitest";
import { ReportSchema, type Report } from "../../report/report.js";
import { expectGolden } from "../../../test/support/expect-golden.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { renderJson } from "./render-json.js";

describe("renderJson", () => {
  it("matches the golden file", () => {
    expectGolden("report.json", renderJson(sampleReport));
  });

  it("is the model, 2-space indented with a trailing newline, that parses back with ReportSchema", () => {
    const json = renderJson(sampleReport);
    expect(json.startsWith('{\n  "formatVersion": "1",\n')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
    const parsed = ReportSchema.parse(JSON.parse(json));
    expect(parsed.sections.map((section) => section.id)).toEqual(sampleReport.sections.map((section) => section.id));
    expect(parsed.sections[4]?.charts[0]?.spec.en).toMatchObject({ mark: "bar" });
  });

  it("writes keys in the schema's order whatever the input's order, and drops unknown keys", () => {
    const shuffled = Object.fromEntries(Object.entries({ ...sampleReport, extra: "x" }).reverse()) as unknown as Report;
    expect(renderJson(shuffled)).toBe(renderJson(sampleReport));
  });

  it("masks personal data unless shown on purpose", () => {
    const json = renderJson(sampleReport);
    expect(json).not.toContain("13800138000");
    expect(json).not.toContain("11010519491231002X");
    expect(json).toContain('"personalData": "masked"');
    const visible = renderJson({ ...sampleReport, personalData: "visible" });
    expect(visible).toContain("13800138000");
    expect(visible).toContain('"personalData": "visible"');
  });

  it("throws DangjianError invalid_argument for a model that does not match ReportSchema", () => {
    const broken = { ...sampleReport, formatVersion: "2" } as unknown as Report;
    expect(() => renderJson(broken)).toThrow(expect.objectContaining({ code: "invalid_argument", message: expect.stringContaining("/formatVersion") }));
  });
});

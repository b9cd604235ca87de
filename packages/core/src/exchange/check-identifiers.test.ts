import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { expectIssue, expectLeftOut, sampleDocument } from "../../test/support/sample-dataset.js";

describe("identifiers validated when present", () => {
  it("warns about an invalid resident ID number, keeps the person and does not repeat the number", () => {
    const input = sampleDocument();
    input.people[0]!["residentIdNumber"] = "110105194912310021";
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "person.resident_id_invalid", path: "/people/0/residentIdNumber", severity: "warning" });
    expect(issue.message.en).toBe("Person p-1: the resident ID number is invalid: check character should be X, found 1 (record kept)");
    expect(JSON.stringify(issue)).not.toContain("110105194912310021");
    expect(result.ok).toBe(true);
    expectLeftOut(input, result, []);
  });

  it("warns about an invalid phone number and keeps the person", () => {
    const input = sampleDocument();
    input.people[0]!["phone"] = "12345";
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "person.phone_invalid", path: "/people/0/phone", severity: "warning" });
    expect(issue.message["zh-CN"]).toMatch(/^人员 p-1 的手机号码无效：.+（记录保留）$/);
    expect(JSON.stringify(issue)).not.toContain("12345");
    expectLeftOut(input, result, []);
  });

  it("warns about an invalid unified social credit code and keeps the unit", () => {
    const input = sampleDocument();
    input.hostUnits[0]!["uscc"] = "91350100M000100Y44";
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "host_unit.uscc_invalid", path: "/hostUnits/0/uscc", severity: "warning" });
    expect(issue.message.en).toContain("91350100M000100Y44");
    expect(issue.params["causes"]).toEqual(["uscc.check_mismatch"]);
    expect(result.ok).toBe(true);
    expectLeftOut(input, result, []);
  });
});

import { describe, expect, it } from "vitest";
import { indexDataset, parseDataset } from "@dangjian/core";
import type { Rule, RuleOutcome } from "../rule/rule.js";
import { subjectOf } from "../rule/subject-of.js";
import type { Policy } from "../policy/policy.js";
import { evaluate } from "./evaluate.js";
import { compareFindings } from "../finding/compare-findings.js";

const { dataset } = parseDataset({
  formatVersion: "1.0",
  organizations: [
    { id: "org-b", name: "乙支部", kind: "branch" },
    { id: "org-a", name: "甲支部", kind: "branch" },
    { id: "org-c", name: "丙支部", kind: "branch" },
  ],
});
const index = indexDataset(dataset);
const source = { kind: "mechanism", title: { "zh-CN": "机制", en: "mechanism" }, confidence: "secondary" } as const;

/** A rule whose verdict per organization is given, to test evaluation alone. */
function ruleWith(id: string, severity: Rule["severity"], verdicts: Record<string, RuleOutcome["verdict"]>): Rule {
  return {
    id,
    group: "setup",
    severity,
    title: { "zh-CN": "须有规则", en: "a rule holds" },
    message: { "zh-CN": "{subject} 的数值为 {value}", en: "{subject} has value {value}" },
    source,
    *check({ index: idx, parameters }) {
      for (const [organizationId, verdict] of Object.entries(verdicts)) {
        yield { verdict, subject: [subjectOf(idx, "organization", organizationId)], evidence: { value: parameters.setup.branchMaxMembers } };
      }
    },
  };
}

const RULE_SET = [
  ruleWith("ORG-001", "warning", { "org-b": "breach", "org-a": "breach", "org-c": "pass" }),
  ruleWith("ORG-002", "error", { "org-c": "breach", "org-a": "undetermined" }),
  ruleWith("ORG-003", "error", { "org-a": "breach" }),
];
const policy: Policy = { id: "test", version: "1", title: { "zh-CN": "测试", en: "test" }, rules: ["ORG-*"], withoutRules: ["ORG-003"], parameters: { setup: { branchMaxMembers: 42 } } };

describe("evaluate", () => {
  const result = evaluate(index, policy, { asOf: "2024-06-30", rules: RULE_SET, locale: "en" });

  it("turns breaches into findings at the rule's severity and 'cannot tell' into info, sorted gravest first", () => {
    expect(result.findings.map((finding) => [finding.severity, finding.ruleId, finding.subject[0]?.id, finding.outcome])).toEqual([
      ["error", "ORG-002", "org-c", "breach"],
      ["warning", "ORG-001", "org-a", "breach"],
      ["warning", "ORG-001", "org-b", "breach"],
      ["info", "ORG-002", "org-a", "undetermined"],
    ]);
  });

  it("fills messages from the evidence and the policy's parameters, in both languages, with the locale's text", () => {
    const [first] = result.findings;
    expect(first?.message).toEqual({ "zh-CN": "丙支部 的数值为 42", en: "丙支部 has value 42" });
    expect(first?.text).toBe(first?.message.en);
    expect(first?.evidence).toEqual({ value: 42 });
    expect(first?.policy).toEqual({ id: "test", version: "1" });
    expect(first?.source).toEqual(source);
    const undetermined = result.findings.at(-1);
    expect(undetermined?.message.en).toBe("甲支部: the data cannot tell whether it meets “a rule holds”");
  });

  it("tallies every rule the policy applies, and only those", () => {
    expect(result.tallies).toEqual([
      { ruleId: "ORG-001", checked: 3, passed: 1, breached: 2, undetermined: 0, skipped: 0 },
      { ruleId: "ORG-002", checked: 2, passed: 0, breached: 1, undetermined: 1, skipped: 0 },
    ]);
  });

  it("tallies the subjects a rule skips for lack of data, outside those checked, without findings", () => {
    const partial: Rule = {
      ...ruleWith("ORG-001", "error", {}),
      *check({ index: idx }) {
        yield { verdict: "breach", subject: [subjectOf(idx, "organization", "org-a")], evidence: { value: 1 } };
        return { skipped: 2 };
      },
    };
    const { tallies, findings } = evaluate(index, policy, { asOf: "2024-06-30", rules: [partial, ...RULE_SET.slice(1)] });
    expect(tallies[0]).toEqual({ ruleId: "ORG-001", checked: 1, passed: 0, breached: 1, undetermined: 0, skipped: 2 });
    expect(findings.filter((finding) => finding.ruleId === "ORG-001").map((finding) => finding.subject[0]?.id)).toEqual(["org-a"]);
  });

  it("reads outcomes from any iterable, an array as well as a generator", () => {
    const listed: Rule = { ...ruleWith("ORG-001", "error", {}), check: ({ index: idx }) => [{ verdict: "pass", subject: [subjectOf(idx, "organization", "org-a")], evidence: {} }] };
    expect(evaluate(index, policy, { asOf: "2024-06-30", rules: [listed, ...RULE_SET.slice(1)] }).tallies[0]).toEqual({
      ruleId: "ORG-001",
      checked: 1,
      passed: 1,
      breached: 0,
      undetermined: 0,
      skipped: 0,
    });
  });

  it("sorts findings as compareFindings does", () => {
    expect([...result.findings].sort(compareFindings)).toEqual(result.findings);
  });

  it("lets a policy change a rule's severity", () => {
    const stricter = evaluate(index, { ...policy, severities: { "ORG-001": "error" } }, { asOf: "2024-06-30", rules: RULE_SET });
    expect(stricter.findings.filter((finding) => finding.ruleId === "ORG-001").map((finding) => finding.severity)).toEqual(["error", "error"]);
  });

  it("gives the same findings in the same order on every run, whatever the dataset order", () => {
    const reversed = indexDataset({ ...dataset, organizations: [...dataset.organizations].reverse() });
    const again = evaluate(reversed, policy, { asOf: "2024-06-30", rules: RULE_SET, locale: "en" });
    expect(again.findings).toEqual(result.findings);
  });

  it("refuses a day that is not YYYY-MM-DD and a policy that cannot be resolved, with typed errors", () => {
    expect(() => evaluate(index, policy, { asOf: "2024-6-30", rules: RULE_SET })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => evaluate(index, { ...policy, extends: ["nowhere"] }, { asOf: "2024-06-30", rules: RULE_SET })).toThrow(
      expect.objectContaining({ code: "invalid_policy" }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { isDangjianError } from "@dangjian/core";
import { RULES } from "../catalogue/rules.js";
import type { Rule } from "../rule/rule.js";
import {
  BUILT_IN_POLICIES,
  FIRST_SECRETARY_2015_POLICY,
  FIRST_SECRETARY_2017_POLICY,
  NATIONAL_POLICY,
  ONE_LINK_TWO_HELPS_POLICY,
} from "./built-in-policies.js";
import { composePolicies } from "./compose-policies.js";
import { PolicySchema, type Policy } from "./policy.js";
import { DEFAULT_POLICY_PARAMETERS, PolicyParametersSchema } from "./policy-parameters.js";
import { findPolicy, resolvePolicy, tryResolvePolicy } from "./resolve-policy.js";

const rule = (id: string): Rule => ({
  id,
  group: "setup",
  severity: "error",
  title: { "zh-CN": "规则", en: "rule" },
  message: { "zh-CN": "{subject}", en: "{subject}" },
  source: { kind: "mechanism", title: { "zh-CN": "机制", en: "mechanism" }, confidence: "secondary" },
  check: () => [],
});
const CATALOGUE = [rule("ORG-001"), rule("ORG-002"), rule("FS-001"), rule("PAIR-001")];
const title = { "zh-CN": "测试", en: "test" };

describe("the built-in policies", () => {
  it("are valid policy data with valid default parameters", () => {
    for (const policy of BUILT_IN_POLICIES) expect(PolicySchema.parse(policy)).toEqual(policy);
    expect(PolicyParametersSchema.parse(DEFAULT_POLICY_PARAMETERS)).toEqual(DEFAULT_POLICY_PARAMETERS);
  });

  it("resolve against the catalogue", () => {
    for (const policy of BUILT_IN_POLICIES) expect(tryResolvePolicy(policy, { rules: RULES }).problems).toEqual([]);
  });

  it("give each version of the first-secretary policy its own parameters", () => {
    const v2015 = resolvePolicy(FIRST_SECRETARY_2015_POLICY, { rules: RULES }).parameters.firstSecretary;
    const v2017 = resolvePolicy(FIRST_SECRETARY_2017_POLICY, { rules: RULES }).parameters.firstSecretary;
    expect(v2015.targetDesignations).toEqual(["registered-poor", "weak-and-lax"]);
    expect([v2015.minTermYears, v2015.maxTermYears, v2015.teamMinSize]).toEqual([1, 3, 1]);
    // 2017 builds on 2015 and changes team size and term only
    expect([v2017.minTermYears, v2017.teamMinSize, v2017.targetDesignations]).toEqual([2, 3, ["registered-poor", "weak-and-lax"]]);
    expect(resolvePolicy(FIRST_SECRETARY_2017_POLICY, { rules: RULES }).applied).toEqual(["first-secretary@2015", "first-secretary@2017"]);
  });

  it("find policies by id (the latest version) or id@version", () => {
    expect(findPolicy("first-secretary", BUILT_IN_POLICIES)?.version).toBe("2021");
    expect(findPolicy("first-secretary@2015", BUILT_IN_POLICIES)?.version).toBe("2015");
    expect(findPolicy("nowhere", BUILT_IN_POLICIES)).toBeUndefined();
  });

  it("compose the national rules from setup and the 2021 first-secretary policy", () => {
    const national = resolvePolicy(NATIONAL_POLICY, { rules: CATALOGUE });
    expect(national.applied).toEqual(["party-organization@2019", "first-secretary@2021", "national@2021"]);
    expect(national.ruleIds).toEqual(["ORG-001", "ORG-002", "FS-001"]);
    expect(resolvePolicy(ONE_LINK_TWO_HELPS_POLICY, { rules: CATALOGUE }).ruleIds).toEqual(["FS-001", "PAIR-001"]);
  });
});

describe("resolvePolicy", () => {
  const base: Policy = { id: "local", version: "1", title, extends: ["national"], parameters: { setup: { branchMaxMembers: 60 } } };

  it("applies what a policy extends, then its own rules, exclusions, severities and parameters", () => {
    const resolved = resolvePolicy(
      { ...base, rules: ["PAIR-001"], withoutRules: ["ORG-002"], severities: { "ORG-001": "warning" } },
      { rules: CATALOGUE },
    );
    expect(resolved.ruleIds).toEqual(["ORG-001", "FS-001", "PAIR-001"]);
    expect(resolved.severities).toEqual({ "ORG-001": "warning" });
    expect(resolved.parameters.setup.branchMaxMembers).toBe(60);
    expect(resolved.parameters.setup.branchMinFullMembers).toBe(DEFAULT_POLICY_PARAMETERS.setup.branchMinFullMembers);
  });

  it("extends registered policies besides the built-in ones", () => {
    const county: Policy = { ...base, id: "county", extends: ["local"], parameters: { setup: { branchMaxMembers: 70 } } };
    const resolved = resolvePolicy(county, { rules: CATALOGUE, policies: [base] });
    expect(resolved.parameters.setup.branchMaxMembers).toBe(70);
    expect(resolved.applied.at(-2)).toBe("local@1");
  });

  it("names every problem instead of guessing, and throws a typed error when asked to resolve", () => {
    const broken: Policy = { ...base, extends: ["nowhere"], rules: ["XYZ-001"], parameters: { setup: { branchMaxMembers: -1 } } };
    const { problems } = tryResolvePolicy(broken, { rules: CATALOGUE });
    expect(problems.map((problem) => problem.code)).toEqual(["policy.unknown_extends", "policy.unknown_rule", "policy.parameters_invalid"]);
    expect(() => resolvePolicy(broken, { rules: CATALOGUE })).toThrow(expect.objectContaining({ code: "invalid_policy" }));
    try {
      resolvePolicy(broken, { rules: CATALOGUE });
    } catch (error) {
      expect(isDangjianError(error)).toBe(true);
    }
  });

  it("reports a cycle of policies extending each other", () => {
    const a: Policy = { id: "a", version: "1", title, extends: ["b"] };
    const b: Policy = { id: "b", version: "1", title, extends: ["a"] };
    expect(tryResolvePolicy(a, { rules: CATALOGUE, policies: [a, b] }).problems.map((problem) => problem.code)).toContain("policy.extends_cycle");
  });
});

describe("composePolicies", () => {
  it("unions rules, lets later severities and parameters win, and stays valid policy data", () => {
    const composed = composePolicies(
      { id: "composed", version: "1", title },
      { id: "x", version: "1", title, rules: ["ORG-*"], severities: { "ORG-001": "warning" }, parameters: { setup: { branchMaxMembers: 40, jointBranchMaxUnits: 4 } } },
      { id: "y", version: "1", title, rules: ["FS-001"], severities: { "ORG-001": "info" }, parameters: { setup: { branchMaxMembers: 45 } } },
    );
    expect(PolicySchema.parse(composed)).toEqual(composed);
    const resolved = resolvePolicy(composed, { rules: CATALOGUE });
    expect(resolved.ruleIds).toEqual(["ORG-001", "ORG-002", "FS-001"]);
    expect(resolved.severities["ORG-001"]).toBe("info");
    expect([resolved.parameters.setup.branchMaxMembers, resolved.parameters.setup.jointBranchMaxUnits]).toEqual([45, 4]);
  });
});

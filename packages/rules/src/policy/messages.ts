import { defineMessages } from "@dangjian/core";

/**
 * The issue codes of {@link parsePolicy}.
 *
 * @category Policies
 */
export type PolicyIssueCode = "policy.unknown_extends" | "policy.extends_cycle" | "policy.unknown_rule" | "policy.parameters_invalid";

/**
 * The zh-CN and en messages of policy issues.
 *
 * @category Policies
 */
export const policyMessages = defineMessages<PolicyIssueCode>({
  "policy.unknown_extends": {
    severity: "error",
    "zh-CN": "政策 {policy} 继承的 {name} 不是内置或已登记的政策",
    en: "Policy {policy} extends {name}, which is neither built in nor registered",
  },
  "policy.extends_cycle": {
    severity: "error",
    "zh-CN": "政策继承关系构成循环：{chain}",
    en: "Policies extend each other in a cycle: {chain}",
  },
  "policy.unknown_rule": {
    severity: "error",
    "zh-CN": "政策 {policy} 引用的规则 {selector} 不在规则目录中",
    en: "Policy {policy} names rule {selector}, which is not in the rule catalogue",
  },
  "policy.parameters_invalid": {
    severity: "error",
    "zh-CN": "政策参数无效：{detail}",
    en: "The policy's parameters are invalid: {detail}",
  },
});

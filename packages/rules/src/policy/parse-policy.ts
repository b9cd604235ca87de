import { createIssue, fromZodIssues, type Issue, type ParseResult } from "@dangjian/core";
import { RULES } from "../catalogue/rules.js";
import { policyMessages } from "./messages.js";
import { PolicySchema, type Policy } from "./policy.js";
import { tryResolvePolicy, type ResolvedPolicy, type ResolvePolicyOptions } from "./resolve-policy.js";

/**
 * What {@link parsePolicy} returns: the resolved policy or the issues, and the policy as read when its shape
 * was valid.
 *
 * @category Policies
 */
export type PolicyParseResult = ParseResult<ResolvedPolicy> & {
  /** The policy as read, when its shape was valid. */
  readonly policy?: Policy;
};

/**
 * Reads a policy from data (a JSON file, a configuration system) without throwing: shape issues located by
 * JSON pointer, then what resolving it finds (unknown policies it extends, cycles, unknown rules, invalid
 * parameters), every message in zh-CN and en.
 *
 * @param input - the policy as data
 * @param options - other policies it may extend; the rule catalogue (the built-in {@link RULES} by default)
 * @returns the resolved policy, or the issues
 * @example
 * ```ts
 * const result = parsePolicy(JSON.parse(text));
 * if (result.ok) evaluate(index, result.value, { asOf: "2024-06-30" });
 * else for (const issue of result.issues) console.log(issue.path, issue.message["zh-CN"]);
 * ```
 * @category Policies
 */
export function parsePolicy(
  input: unknown,
  options: Partial<ResolvePolicyOptions> = {},
): PolicyParseResult {
  const shape = PolicySchema.safeParse(input);
  if (!shape.success) return { ok: false, issues: fromZodIssues(shape.error.issues, input, []) };
  const resolved = tryResolvePolicy(shape.data, { policies: options.policies ?? [], rules: options.rules ?? RULES });
  const issues: Issue[] = resolved.problems.map((problem) => {
    const policy = `${shape.data.id}@${shape.data.version}`;
    switch (problem.code) {
      case "policy.unknown_extends":
        return createIssue(problem.code, policyMessages[problem.code], {
          path: ["extends", (shape.data.extends ?? []).indexOf(problem.name)],
          params: { policy, name: problem.name },
        });
      case "policy.extends_cycle":
        return createIssue(problem.code, policyMessages[problem.code], { path: ["extends"], params: { chain: problem.chain.join(" → ") } });
      case "policy.unknown_rule":
        return createIssue(problem.code, policyMessages[problem.code], { path: ["rules"], params: { policy: problem.policy, selector: problem.selector } });
      case "policy.parameters_invalid":
        return createIssue(problem.code, policyMessages[problem.code], { path: ["parameters"], params: { detail: problem.detail } });
    }
  });
  if (resolved.policy === undefined) return { ok: false, issues, policy: shape.data };
  return { ok: true, value: resolved.policy, issues, policy: shape.data };
}

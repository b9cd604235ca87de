import { DangjianError, type LocalizedText } from "@dangjian/core";
import type { Rule } from "../rule/rule.js";
import type { Severity } from "../severity/severity.js";
import { BUILT_IN_POLICIES } from "./built-in-policies.js";
import { mergeParameterOverrides } from "./compose-policies.js";
import type { Policy } from "./policy.js";
import { DEFAULT_POLICY_PARAMETERS, PolicyParametersSchema, type PolicyParameters } from "./policy-parameters.js";

/**
 * A policy with everything it extends applied: the rules it applies, their severities and every parameter.
 *
 * @category Policies
 */
export interface ResolvedPolicy {
  /** The policy's id. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** The ids of the rules it applies, in catalogue order. */
  readonly ruleIds: readonly string[];
  /** The severity of each rule whose severity the policy changes. */
  readonly severities: Readonly<Record<string, Severity>>;
  /** Every parameter. */
  readonly parameters: PolicyParameters;
  /** The policies applied, as `id@version`, the earliest first, this one last. */
  readonly applied: readonly string[];
}

/**
 * Options of {@link resolvePolicy}.
 *
 * @category Policies
 */
export interface ResolvePolicyOptions {
  /** Policies `extends` may name besides the built-in ones. */
  readonly policies?: readonly Policy[];
  /** The rule catalogue that `ORG-*` selectors expand against. */
  readonly rules: readonly Rule[];
}

/**
 * Why a policy could not be resolved.
 *
 * @category Policies
 */
export type PolicyProblem =
  | {
      /** It extends a policy that is neither built in nor given. */
      readonly code: "policy.unknown_extends";
      /** The name it gives. */
      readonly name: string;
      /** The policies from the one resolved to the one that names it. */
      readonly chain: readonly string[];
    }
  | {
      /** Policies extend each other in a cycle. */
      readonly code: "policy.extends_cycle";
      /** The cycle, as `id@version` names. */
      readonly chain: readonly string[];
    }
  | {
      /** It names a rule that is not in the catalogue. */
      readonly code: "policy.unknown_rule";
      /** The rule id as given. */
      readonly selector: string;
      /** The policy that names it, as `id@version`. */
      readonly policy: string;
    }
  | {
      /** A parameter, after merging, is invalid. */
      readonly code: "policy.parameters_invalid";
      /** Which parameters and why. */
      readonly detail: string;
    };

/**
 * What {@link tryResolvePolicy} returns: the resolved policy when it could be resolved, and the problems.
 *
 * @category Policies
 */
export interface PolicyResolution {
  /** The resolved policy; absent when a problem prevents it. */
  readonly policy?: ResolvedPolicy;
  /** Every problem found. */
  readonly problems: readonly PolicyProblem[];
}

/**
 * Finds a policy by `id` (its latest version) or `id@version`.
 *
 * @param name - the name as `extends` gives it
 * @param registry - the policies to look in
 * @returns the policy, or undefined
 * @category Policies
 * @example
 * ```ts
 * findPolicy("first-secretary@2017", BUILT_IN_POLICIES)?.version; // "2017"
 * ```
 */
export function findPolicy(name: string, registry: readonly Policy[]): Policy | undefined {
  const [id, version] = name.split("@");
  const candidates = registry.filter((policy) => policy.id === id && (version === undefined || policy.version === version));
  return candidates.sort((a, b) => b.version.localeCompare(a.version, "en", { numeric: true }))[0];
}

function matches(selector: string, ruleId: string): boolean {
  return selector.endsWith("*") ? ruleId.startsWith(selector.slice(0, -1)) : selector === ruleId;
}

/**
 * Resolves a policy without throwing: the resolved policy, or the problems that prevent it.
 *
 * @param policy - the policy
 * @param options - other policies it may extend, and the rule catalogue
 * @returns the resolved policy or the problems
 * @category Policies
 * @example
 * ```ts
 * const { problems } = tryResolvePolicy({ ...NATIONAL_POLICY, extends: ["nowhere"] }, { rules: RULES });
 * problems[0]?.code; // "policy.unknown_extends"
 * ```
 */
export function tryResolvePolicy(
  policy: Policy,
  options: ResolvePolicyOptions,
): PolicyResolution {
  const registry = [...BUILT_IN_POLICIES, ...(options.policies ?? [])];
  const problems: PolicyProblem[] = [];
  const layers: Policy[] = [];
  const visit = (current: Policy, chain: readonly string[]): void => {
    const name = `${current.id}@${current.version}`;
    if (chain.includes(name)) {
      problems.push({ code: "policy.extends_cycle", chain: [...chain, name] });
      return;
    }
    for (const parent of current.extends ?? []) {
      const found = findPolicy(parent, registry);
      if (found === undefined) problems.push({ code: "policy.unknown_extends", name: parent, chain: [...chain, name] });
      else visit(found, [...chain, name]);
    }
    if (!layers.some((layer) => layer.id === current.id && layer.version === current.version)) layers.push(current);
  };
  visit(policy, []);
  const enabled = new Set<string>();
  const severities: Record<string, Severity> = {};
  for (const layer of layers) {
    for (const selector of [...(layer.rules ?? []), ...(layer.withoutRules ?? [])]) {
      // a group selector may match nothing in a smaller catalogue; a named rule must exist
      if (!selector.endsWith("*") && !options.rules.some((rule) => matches(selector, rule.id))) {
        problems.push({ code: "policy.unknown_rule", selector, policy: `${layer.id}@${layer.version}` });
      }
    }
    for (const rule of options.rules) {
      if ((layer.rules ?? []).some((selector) => matches(selector, rule.id))) enabled.add(rule.id);
      if ((layer.withoutRules ?? []).some((selector) => matches(selector, rule.id))) enabled.delete(rule.id);
    }
    Object.assign(severities, layer.severities ?? {});
  }
  const overrides = mergeParameterOverrides(...layers.map((layer) => layer.parameters));
  const merged: Record<string, unknown> = {};
  for (const [group, defaults] of Object.entries(DEFAULT_POLICY_PARAMETERS)) {
    merged[group] = { ...defaults, ...(overrides as Record<string, object | undefined>)[group] };
  }
  const parameters = PolicyParametersSchema.safeParse(merged);
  if (!parameters.success) {
    problems.push({
      code: "policy.parameters_invalid",
      detail: parameters.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    });
  }
  if (problems.length > 0 || !parameters.success) return { problems };
  return {
    problems,
    policy: {
      id: policy.id,
      version: policy.version,
      title: policy.title,
      ruleIds: options.rules.filter((rule) => enabled.has(rule.id)).map((rule) => rule.id),
      severities,
      parameters: parameters.data,
      applied: layers.map((layer) => `${layer.id}@${layer.version}`),
    },
  };
}

/**
 * Resolves a policy: applies what it extends (built-in policies and those given), expands rule selectors
 * against the catalogue, and fills every parameter from the defaults. For a policy read from a file, use
 * {@link parsePolicy}, which reports problems as issues instead.
 *
 * @param policy - the policy
 * @param options - other policies it may extend, and the rule catalogue
 * @returns the resolved policy
 * @throws DangjianError `invalid_policy` when it extends an unknown policy or itself, names an unknown rule, or
 *   sets an invalid parameter
 * @example
 * ```ts
 * resolvePolicy(NATIONAL_POLICY, { rules: RULES }).parameters.setup.branchMinFullMembers; // 3
 * ```
 * @category Policies
 */
export function resolvePolicy(policy: Policy, options: ResolvePolicyOptions): ResolvedPolicy {
  const result = tryResolvePolicy(policy, options);
  if (result.policy === undefined) {
    throw new DangjianError("invalid_policy", `policy ${policy.id}@${policy.version} cannot be resolved: ${JSON.stringify(result.problems)}`);
  }
  return result.policy;
}

import type { LocalizedText } from "@dangjian/core";
import type { Policy } from "./policy.js";
import type { PolicyParameterOverrides } from "./policy-parameters.js";

/**
 * Merges parameter overrides group by group, field by field; later ones win.
 *
 * @param layers - overrides, earliest first
 * @returns the merged overrides
 * @example
 * ```ts
 * mergeParameterOverrides({ setup: { branchMaxMembers: 50 } }, { setup: { branchMaxMembers: 60 } }).setup?.branchMaxMembers; // 60
 * ```
 * @category Policies
 */
export function mergeParameterOverrides(...layers: readonly (PolicyParameterOverrides | undefined)[]): PolicyParameterOverrides {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const layer of layers) {
    if (layer === undefined) continue;
    for (const [group, fields] of Object.entries(layer)) {
      if (fields === undefined) continue;
      merged[group] = { ...merged[group], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as PolicyParameterOverrides;
}

/**
 * Composes policies into one: it extends all that they extend, applies the rules any of them applies (less
 * those any of them drops), and takes severities and parameters from the later policy where they differ.
 *
 * @param identity - the composed policy's id, version and title
 * @param policies - the policies, the earliest first
 * @returns the composed policy, as data
 * @example
 * ```ts
 * const policy = composePolicies(
 *   { id: "county", version: "2024", title: { "zh-CN": "县规定", en: "County rules" } },
 *   NATIONAL_POLICY,
 *   { ...ONE_LINK_TWO_HELPS_POLICY, parameters: { coverage: { collectiveIncomeFloorYuan: 100_000 } } },
 * );
 * ```
 * @category Policies
 */
export function composePolicies(
  identity: { readonly id: string; readonly version: string; readonly title: LocalizedText },
  ...policies: readonly Policy[]
): Policy {
  const unique = (lists: readonly (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((list) => list ?? []))];
  const composed: Policy = {
    id: identity.id,
    version: identity.version,
    title: identity.title,
    extends: unique(policies.map((policy) => policy.extends)),
    rules: unique(policies.map((policy) => policy.rules)),
    withoutRules: unique(policies.map((policy) => policy.withoutRules)),
    severities: Object.assign({}, ...policies.map((policy) => policy.severities ?? {})),
    parameters: mergeParameterOverrides(...policies.map((policy) => policy.parameters)),
  };
  return composed;
}

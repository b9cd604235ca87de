import { DangjianError, isCalendarDate } from "@dangjian/core";
import { RULES } from "../catalogue/rules.js";
import { ONE_LINK_TWO_HELPS_POLICY } from "../policy/built-in-policies.js";
import { resolvePolicy, type ResolvedPolicy } from "../policy/resolve-policy.js";
import { PLANNED_PAIRING_KINDS, type PlanPairingsRequest } from "./plan-request.js";

/**
 * Checks a request and resolves its policy; programmer errors throw.
 *
 * @param request - the request
 * @returns the resolved policy
 * @internal
 */
export function resolvePlanRequest(request: PlanPairingsRequest): ResolvedPolicy {
  if (request === null || typeof request !== "object") {
    throw new DangjianError("invalid_argument", `a planning request must be an object, received ${String(request)}`);
  }
  if (!(PLANNED_PAIRING_KINDS as readonly unknown[]).includes(request.kind)) {
    throw new DangjianError("invalid_argument", `kind must be one of ${PLANNED_PAIRING_KINDS.join(", ")}, received ${String(request.kind)}`);
  }
  if (typeof request.asOf !== "string" || !isCalendarDate(request.asOf)) {
    throw new DangjianError("invalid_argument", `asOf must be a day as YYYY-MM-DD, received ${String(request.asOf)}`);
  }
  const policy = request.policy ?? ONE_LINK_TWO_HELPS_POLICY;
  return "ruleIds" in policy ? policy : resolvePolicy(policy, { policies: request.policies ?? [], rules: RULES });
}

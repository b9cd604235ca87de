import type { OrganizationKind } from "@dangjian/core";

/**
 * The kinds the branch regulations' size and committee rules apply to: a branch of one unit and a joint branch.
 *
 * @internal
 */
export const BRANCH_KINDS: ReadonlySet<OrganizationKind> = new Set<OrganizationKind>(["branch", "joint-branch"]);

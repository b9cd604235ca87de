import type { Rule } from "../../rule/rule.js";
import { TMP_001 } from "./tmp-001/rule.js";
import { TMP_002 } from "./tmp-002/rule.js";
import { TMP_003 } from "./tmp-003/rule.js";
import { TMP_004 } from "./tmp-004/rule.js";
import { TMP_005 } from "./tmp-005/rule.js";

/**
 * The rules of the group temporary-branch: approval, designated leaders, the work a temporary branch may not do,
 * its end with its task body, and regular branches for long tasks (2018 branch regulations).
 *
 * @category Rules
 */
export const TEMPORARY_BRANCH_RULES: readonly Rule[] = [TMP_001, TMP_002, TMP_003, TMP_004, TMP_005];

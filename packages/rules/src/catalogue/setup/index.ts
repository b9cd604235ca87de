import type { Rule } from "../../rule/rule.js";
import { ORG_001 } from "./org-001/rule.js";
import { ORG_002 } from "./org-002/rule.js";
import { ORG_003 } from "./org-003/rule.js";
import { ORG_004 } from "./org-004/rule.js";
import { ORG_005 } from "./org-005/rule.js";
import { ORG_006 } from "./org-006/rule.js";
import { ORG_007 } from "./org-007/rule.js";
import { ORG_008 } from "./org-008/rule.js";
import { ORG_009 } from "./org-009/rule.js";
import { ORG_010 } from "./org-010/rule.js";
import { ORG_011 } from "./org-011/rule.js";
import { ORG_012 } from "./org-012/rule.js";

/**
 * The organization-setup rules (ORG): branches, joint branches, committees, village thresholds, secretaries.
 *
 * @category Rules
 */
export const SETUP_RULES: readonly Rule[] = [ORG_001, ORG_002, ORG_003, ORG_004, ORG_005, ORG_006, ORG_007, ORG_008, ORG_009, ORG_010, ORG_011, ORG_012];

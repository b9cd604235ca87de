import type { Rule } from "../../rule/rule.js";
import { FS_001 } from "./fs-001/rule.js";
import { FS_002 } from "./fs-002/rule.js";
import { FS_003 } from "./fs-003/rule.js";
import { FS_004 } from "./fs-004/rule.js";
import { FS_005 } from "./fs-005/rule.js";
import { FS_006 } from "./fs-006/rule.js";
import { FS_007 } from "./fs-007/rule.js";

/**
 * The rules of the group first-secretary: first secretaries of target villages, their eligibility and terms,
 * the village work teams, and rotation (2015 notice, 2017 guidance, 2021 opinion).
 *
 * @category Rules
 */
export const FIRST_SECRETARY_RULES: readonly Rule[] = [FS_001, FS_002, FS_003, FS_004, FS_005, FS_006, FS_007];

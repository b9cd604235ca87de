import type { Rule } from "../../rule/rule.js";
import { PAIR_001 } from "./pair-001/rule.js";
import { PAIR_002 } from "./pair-002/rule.js";
import { PAIR_003 } from "./pair-003/rule.js";
import { PAIR_004 } from "./pair-004/rule.js";
import { PAIR_005 } from "./pair-005/rule.js";
import { PAIR_006 } from "./pair-006/rule.js";
import { PAIR_007 } from "./pair-007/rule.js";

/**
 * The rules of the group pairing (一联双帮三治): villages and households that need help are paired, cadres and
 * organizations within their capacities, helpers still in existence, aims that answer each village's problems, and
 * one-to-one branch pairings.
 *
 * @category Rules
 */
export const PAIRING_RULES: readonly Rule[] = [PAIR_001, PAIR_002, PAIR_003, PAIR_004, PAIR_005, PAIR_006, PAIR_007];

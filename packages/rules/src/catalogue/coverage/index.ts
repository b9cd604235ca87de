import type { Rule } from "../../rule/rule.js";
import { COV_001 } from "./cov-001/rule.js";
import { COV_002 } from "./cov-002/rule.js";
import { COV_003 } from "./cov-003/rule.js";

/**
 * The rules of the group coverage (全覆盖): a training center in every township, a cooperative chaired by the Party
 * secretary in every village, and every village's collective income at or above the floor.
 *
 * @category Rules
 */
export const COVERAGE_RULES: readonly Rule[] = [COV_001, COV_002, COV_003];

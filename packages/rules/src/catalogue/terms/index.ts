import type { Rule } from "../../rule/rule.js";
import { TERM_001 } from "./term-001/rule.js";
import { TERM_002 } from "./term-002/rule.js";

/**
 * The rules of the group terms: elections held when terms run out (2018 opinion on the terms of primary Party
 * organizations).
 *
 * @category Rules
 */
export const TERM_RULES: readonly Rule[] = [TERM_001, TERM_002];

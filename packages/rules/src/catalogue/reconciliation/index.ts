import type { Rule } from "../../rule/rule.js";
import { REC_001 } from "./rec-001/rule.js";

/**
 * The rules of the group reconciliation: reported figures checked against the records they count.
 *
 * @category Rules
 */
export const RECONCILIATION_RULES: readonly Rule[] = [REC_001];

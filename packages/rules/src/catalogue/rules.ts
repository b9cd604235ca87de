import type { Rule } from "../rule/rule.js";
import { SETUP_RULES } from "./setup/index.js";
import { TERM_RULES } from "./terms/index.js";
import { TEMPORARY_BRANCH_RULES } from "./temporary-branch/index.js";
import { FIRST_SECRETARY_RULES } from "./first-secretary/index.js";
import { PAIRING_RULES } from "./pairing/index.js";
import { COVERAGE_RULES } from "./coverage/index.js";
import { RECONCILIATION_RULES } from "./reconciliation/index.js";

/**
 * The rule catalogue: every built-in rule, in id order within each group.
 *
 * @category Rules
 */
export const RULES: readonly Rule[] = [
  ...SETUP_RULES,
  ...TERM_RULES,
  ...TEMPORARY_BRANCH_RULES,
  ...FIRST_SECRETARY_RULES,
  ...PAIRING_RULES,
  ...COVERAGE_RULES,
  ...RECONCILIATION_RULES,
];

import { z } from "zod";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * The three governances (三治) a pairing aims at: tackle poverty, weakness and disorder.
 *
 * @category Pairings
 */
export const GOVERNANCE_AIMS = ["tackle-poverty", "tackle-weakness", "tackle-disorder"] as const;

/**
 * One of the three governances.
 *
 * @category Pairings
 */
export const GovernanceAimSchema = z.enum(GOVERNANCE_AIMS);

/**
 * One of the three governances.
 *
 * @category Pairings
 */
export type GovernanceAim = z.infer<typeof GovernanceAimSchema>;

/**
 * The zh-CN and en labels of the three governances.
 *
 * @category Pairings
 */
export const governanceAimLabels = defineEnumLabels("GovernanceAim", GOVERNANCE_AIMS, {
  "tackle-poverty": { "zh-CN": "治穷", en: "tackle poverty" },
  "tackle-weakness": { "zh-CN": "治弱", en: "tackle weakness" },
  "tackle-disorder": { "zh-CN": "治乱", en: "tackle disorder" },
});

import { z } from "zod";
import { RecordIdSchema, RecordBaseShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * The status of a household in the poverty and revitalization campaigns.
 *
 * @category Households
 */
export const HOUSEHOLD_STATUSES = ["registered-poor", "out-of-poverty", "monitored", "other"] as const;

/**
 * The status of a household.
 *
 * @category Households
 */
export const HouseholdStatusSchema = z.enum(HOUSEHOLD_STATUSES);

/**
 * The status of a household.
 *
 * @category Households
 */
export type HouseholdStatus = z.infer<typeof HouseholdStatusSchema>;

/**
 * The zh-CN and en labels of every household status.
 *
 * @category Households
 */
export const householdStatusLabels = defineEnumLabels("HouseholdStatus", HOUSEHOLD_STATUSES, {
  "registered-poor": { "zh-CN": "建档立卡贫困户", en: "registered poor household" },
  "out-of-poverty": { "zh-CN": "脱贫户", en: "household out of poverty" },
  monitored: { "zh-CN": "监测户", en: "monitored household" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * A household in a village, for cadre–household pairing (结对认亲).
 *
 * @example
 * ```ts
 * const household: Household = { id: "hh-1", villageId: "village-1", status: "registered-poor", size: 4 };
 * ```
 * @category Households
 */
export const HouseholdSchema = z.object({
  /** The household's identifier. */
  id: RecordIdSchema,
  /** The village it lives in: a village-level region. */
  villageId: RecordIdSchema,
  /** The household's name as recorded. */
  name: z.string().min(1).optional(),
  /** Its status: registered poor (建档立卡贫困户), out of poverty (脱贫户), monitored (监测户) or other. */
  status: HouseholdStatusSchema,
  /** The number of people in the household, a positive integer. */
  size: z.number().int().positive().optional(),
  ...RecordBaseShape,
});

/**
 * A household.
 *
 * @category Households
 */
export type Household = z.infer<typeof HouseholdSchema>;

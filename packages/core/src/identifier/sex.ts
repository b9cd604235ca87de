import { z } from "zod";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * The two sexes a resident ID number encodes: an odd sequence digit is male, an even one female.
 *
 * @example
 * ```ts
 * SEXES.includes("female"); // true
 * ```
 * @category Identifiers
 */
export const SEXES = ["male", "female"] as const;

/**
 * A sex as a resident ID number encodes it.
 *
 * @example
 * ```ts
 * SexSchema.parse("male"); // "male"
 * ```
 * @category Identifiers
 */
export const SexSchema = z.enum(SEXES);

/**
 * A sex as a resident ID number encodes it.
 *
 * @category Identifiers
 */
export type Sex = z.infer<typeof SexSchema>;

/**
 * The zh-CN and en labels of both sexes.
 *
 * @example
 * ```ts
 * labelOf(sexLabels, "female", "zh-CN"); // "女"
 * ```
 * @category Identifiers
 */
export const sexLabels = defineEnumLabels("Sex", SEXES, {
  male: { "zh-CN": "男", en: "male" },
  female: { "zh-CN": "女", en: "female" },
});

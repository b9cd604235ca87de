import { z } from "zod";
import { createIssue } from "../issue/message.js";
import { toZodIssue } from "../issue/zod-bridge.js";
import { regionCodeMessages } from "./messages.js";
import { parseRegionCode } from "./parse-region-code.js";

// only for JSON Schema: the refinement below reports first and says more
const CANONICAL_SHAPE = /^[0-9]{6}(?:[0-9]{3}){0,2}$/;

/**
 * A region code in canonical form: 6 digits for province (`630000`), prefecture (`632200`) and
 * county (`632221`) per GB/T 2260, 9 digits for a township (`632222202`), 12 for a village.
 * The 12-digit padded form of a higher level (`632200000000`) is refused: parse it with
 * {@link parseRegionCode} to get the canonical code. Each zod issue raised carries our issue,
 * with its `region_code.*` code and bilingual message (see {@link toZodIssue}).
 *
 * @example
 * ```ts
 * RegionCodeSchema.safeParse("632222202").success; // true
 * RegionCodeSchema.safeParse("632200000000").success; // false
 * ```
 * @category Regions
 */
export const RegionCodeSchema = z
  .string()
  .superRefine((text, context) => {
    const result = parseRegionCode(text);
    const issues = result.ok && result.value.code !== text
      ? [createIssue("region_code.not_canonical", regionCodeMessages["region_code.not_canonical"], { params: { text, code: result.value.code } })]
      : result.issues.filter((issue) => issue.severity === "error");
    // aborting, so the shape check below never repeats what was already said
    for (const issue of issues) context.addIssue({ ...toZodIssue(issue, text), continue: false });
  })
  .regex(CANONICAL_SHAPE);

/**
 * A region code in canonical form.
 *
 * @category Regions
 */
export type RegionCode = z.infer<typeof RegionCodeSchema>;

import { z } from "zod";
import { QuantitySchema, type Quantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { checkQuantityBounds } from "./quantity.js";
import { toZodIssue } from "../issue/zod-bridge.js";

/**
 * A quantity as exchanged: either its text ("400余名"), which is parsed, or the full quantity object,
 * whose bounds are checked. Either way the parsed value is a {@link Quantity}.
 *
 * @example
 * ```ts
 * QuantityInputSchema.parse("400余名").min; // 400
 * ```
 * @category Quantities
 */
export const QuantityInputSchema = z
  .union([z.string(), QuantitySchema])
  .transform((input, ctx): Quantity => {
    if (typeof input === "string") {
      const result = parseQuantity(input);
      if (result.ok) return result.value;
      for (const issue of result.issues) ctx.issues.push(toZodIssue(issue, input));
      return z.NEVER;
    }
    const problems = checkQuantityBounds(input);
    if (problems.length > 0) {
      for (const issue of problems) ctx.issues.push(toZodIssue(issue, input));
      return z.NEVER;
    }
    return Object.freeze({ ...input }) as Quantity;
  });

/**
 * A quantity as exchanged: its text or the full object.
 *
 * @category Quantities
 */
export type QuantityInput = z.input<typeof QuantityInputSchema>;

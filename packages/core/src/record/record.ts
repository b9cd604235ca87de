import { z } from "zod";
import { CalendarDateSchema } from "../calendar/calendar-date.js";

/**
 * A record identifier: a non-empty string without surrounding whitespace, unique within its record type.
 * For coded regions the identifier is best the official code itself.
 *
 * @example
 * ```ts
 * RecordIdSchema.parse("org-haiyan-county-committee");
 * ```
 * @category Records
 */
export const RecordIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/, { error: "identifiers have no surrounding whitespace" });

/**
 * A record identifier.
 *
 * @category Records
 */
export type RecordId = z.infer<typeof RecordIdSchema>;

/**
 * Where a fact comes from: a document of the dataset, optionally the exact quote and where in the document it stands.
 *
 * @example
 * ```ts
 * const source: SourceRef = { documentId: "haibei-report", quote: "设定党员先锋岗52个" };
 * ```
 * @category Provenance
 */
export const SourceRefSchema = z.object({
  documentId: RecordIdSchema,
  quote: z.string().min(1).optional(),
  locator: z.string().min(1).optional(),
});

/**
 * Where a fact comes from.
 *
 * @category Provenance
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * The fields every record may carry besides its own: provenance and a free note.
 *
 * @category Records
 */
export const RecordBaseShape = {
  sources: z.array(SourceRefSchema).optional(),
  note: z.string().optional(),
};

/**
 * The life of a record in calendar days: from (inclusive) and to (inclusive); either may be unknown.
 *
 * @category Records
 */
export const LifespanShape = {
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
};

/**
 * A span of calendar days, both ends inclusive and optional.
 *
 * @category Records
 */
export const PeriodSchema = z.object(LifespanShape);

/**
 * A span of calendar days.
 *
 * @category Records
 */
export type Period = z.infer<typeof PeriodSchema>;

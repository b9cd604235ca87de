import { z } from "zod";
import { CalendarDateSchema } from "../calendar/calendar-date.js";

/**
 * A record identifier: a non-empty string without surrounding whitespace, unique within its record type.
 * For coded regions the identifier is best the official code itself.
 *
 * @example
 * ```ts
 * RecordIdSchema.parse("org-county-committee");
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
 * const source: SourceRef = { documentId: "report-2022", quote: "设定党员先锋岗52个" };
 * ```
 * @category Provenance
 */
export const SourceRefSchema = z.object({
  /** The cited document: the `id` of a record in the dataset's `documents`. */
  documentId: RecordIdSchema,
  /** The words the fact is taken from, verbatim from the document (原文引文). */
  quote: z.string().min(1).optional(),
  /** Where the quote stands in the document, free-form: a page, a paragraph (`第1段`), a table cell. */
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
  /** Where the record's facts come from (出处); each `documentId` must name a document of the dataset. */
  sources: z.array(SourceRefSchema).optional(),
  /** A free-text note for human readers, e.g. why a code is not given; no check reads it. */
  note: z.string().optional(),
};

/**
 * The life of a record in calendar days: from (inclusive) and to (inclusive); either may be unknown.
 *
 * @category Records
 */
export const LifespanShape = {
  /** The first day of the span, `YYYY-MM-DD`, inclusive; absent when unknown. */
  from: CalendarDateSchema.optional(),
  /** The last day of the span, `YYYY-MM-DD`, inclusive; absent means it still runs (or the end is unknown). */
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

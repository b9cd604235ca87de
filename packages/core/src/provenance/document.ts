import { z } from "zod";
import { RecordIdSchema, RecordBaseShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * PartialDateSchema.parse("2022-08");
 * ```
 * @category Provenance
 */
export const PartialDateSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$|${z.regexes.date.source}`), {
    error: "expected YYYY, YYYY-MM or a real day as YYYY-MM-DD",
  });

/**
 * A date known to the year, the month or the day.
 *
 * @category Provenance
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Kinds of source documents.
 *
 * @category Provenance
 */
export const DOCUMENT_KINDS = ["news-report", "regulation", "policy", "statistical-bulletin", "work-record", "other"] as const;

/**
 * A kind of source document.
 *
 * @category Provenance
 */
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/**
 * A kind of source document.
 *
 * @category Provenance
 */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/**
 * The zh-CN and en labels of every document kind.
 *
 * @category Provenance
 */
export const documentKindLabels = defineEnumLabels("DocumentKind", DOCUMENT_KINDS, {
  "news-report": { "zh-CN": "新闻报道", en: "news report" },
  regulation: { "zh-CN": "党内法规", en: "regulation" },
  policy: { "zh-CN": "政策文件", en: "policy document" },
  "statistical-bulletin": { "zh-CN": "统计公报", en: "statistical bulletin" },
  "work-record": { "zh-CN": "工作台账", en: "work record" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * A source document the dataset cites: title, publisher, date as far as known, and where its text is.
 *
 * @example
 * ```ts
 * const report: SourceDocument = {
 *   id: "report-2022",
 *   kind: "news-report",
 *   title: "党旗飘扬在一线 攻坚克难当先锋",
 *   date: "2022-08",
 *   dateApproximate: true,
 * };
 * ```
 * @category Provenance
 */
export const SourceDocumentSchema = z.object({
  /** The document's identifier, which `sources[].documentId` cites. */
  id: RecordIdSchema,
  /** What sort of document it is: news report, regulation (党内法规), policy, statistical bulletin, work record (工作台账). */
  kind: DocumentKindSchema.optional(),
  /** The title as published, in the document's language. */
  title: z.string().min(1),
  /** Who published it: the newspaper, website or issuing body. */
  publisher: z.string().min(1).optional(),
  /** The authors or reporters as bylined, in the document's order. */
  authors: z.array(z.string().min(1)).optional(),
  /** The publication date to the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: PartialDateSchema.optional(),
  /** True when `date` is inferred (e.g. from the events reported) rather than printed on the document. */
  dateApproximate: z.boolean().optional(),
  /** Where the document can be read online, as an absolute URL. */
  url: z.url().optional(),
  /** A local copy of the document's text, as a path relative to the dataset file. */
  textFile: z.string().min(1).optional(),
  /** The document's language as a BCP 47 tag, e.g. `zh-CN`. */
  language: z.string().min(2).optional(),
  ...RecordBaseShape,
});

/**
 * A source document the dataset cites.
 *
 * @category Provenance
 */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

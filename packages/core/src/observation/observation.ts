import { z } from "zod";
import { RecordIdSchema, RecordBaseShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { PartialDateSchema } from "../provenance/document.js";
import { IndicatorCodeSchema } from "../indicator/indicator.js";
import { QuantityInputSchema } from "../quantity/quantity-input.js";

/**
 * The record types an observation's scope may be.
 *
 * @category Observations
 */
export const SCOPE_TYPES = ["organization", "region", "host-unit", "campaign"] as const;

/**
 * The record type of an observation's scope.
 *
 * @category Observations
 */
export const ScopeTypeSchema = z.enum(SCOPE_TYPES);

/**
 * The record type of an observation's scope.
 *
 * @category Observations
 */
export type ScopeType = z.infer<typeof ScopeTypeSchema>;

/**
 * The zh-CN and en labels of every scope type.
 *
 * @category Observations
 */
export const scopeTypeLabels = defineEnumLabels("ScopeType", SCOPE_TYPES, {
  organization: { "zh-CN": "党组织", en: "organization" },
  region: { "zh-CN": "行政区域", en: "region" },
  "host-unit": { "zh-CN": "单位", en: "unit" },
  campaign: { "zh-CN": "工作机制", en: "campaign" },
});

/**
 * What an observation is about: an organization, a region, a host unit or a campaign.
 *
 * @category Observations
 */
export const ObservationScopeSchema = z.object({
  /** The record type the figure is about: organization, region, host unit or campaign. */
  type: ScopeTypeSchema,
  /** The id of that record. */
  id: RecordIdSchema,
});

/**
 * What an observation is about.
 *
 * @category Observations
 */
export type ObservationScope = z.infer<typeof ObservationScopeSchema>;

/**
 * The span an observed figure covers, to the year, month or day.
 *
 * @category Observations
 */
export const ObservationPeriodSchema = z.object({
  /** The start of the span, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive; absent when unknown. */
  from: PartialDateSchema.optional(),
  /** The end of the span, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive; absent when unknown. */
  to: PartialDateSchema.optional(),
});

/**
 * The span an observed figure covers.
 *
 * @category Observations
 */
export type ObservationPeriod = z.infer<typeof ObservationPeriodSchema>;

/**
 * A reported figure: an indicator, a scope, a period or an as-of date, the quantity as stated
 * (loose: "400余名"), and the source sentence.
 *
 * @example
 * ```ts
 * const posts: Observation = {
 *   id: "obs-county-vanguard-posts", indicator: "site.vanguard-post.count",
 *   scope: { type: "region", id: "632223" }, asOf: "2022-08", value: "52个",
 *   sources: [{ documentId: "report-2022", quote: "设定党员先锋岗52个" }],
 * };
 * ```
 * @category Observations
 */
export const ObservationSchema = z.object({
  /** The observation's identifier. */
  id: RecordIdSchema,
  /** The code of the indicator it reports; declared in the dataset's `indicators` or passed to the parser. */
  indicator: IndicatorCodeSchema,
  /** What the figure is about: an organization, a region, a host unit or a campaign. */
  scope: ObservationScopeSchema,
  /** The date the figure stands at (截至), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; for a count at a point in time. */
  asOf: PartialDateSchema.optional(),
  /** The span the figure covers, for a count over time. */
  period: ObservationPeriodSchema.optional(),
  /** The figure as stated (`400余名`) or as a quantity object; parsed to bounds that keep what the text said. */
  value: QuantityInputSchema,
  ...RecordBaseShape,
});

/**
 * A reported figure, with its quantity parsed.
 *
 * @category Observations
 */
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * A reported figure as exchanged, with its quantity as text or object.
 *
 * @category Observations
 */
export type ObservationInput = z.input<typeof ObservationSchema>;

import { z } from "zod";
import { LocalizedTextSchema } from "../label/localized-text.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * How an indicator rolls up a tree: summed, the largest, the smallest, or not at all.
 *
 * @category Indicators
 */
export const AGGREGATIONS = ["sum", "max", "min", "none"] as const;

/**
 * How an indicator rolls up.
 *
 * @category Indicators
 */
export const AggregationSchema = z.enum(AGGREGATIONS);

/**
 * How an indicator rolls up.
 *
 * @category Indicators
 */
export type Aggregation = z.infer<typeof AggregationSchema>;

/**
 * The zh-CN and en labels of every aggregation.
 *
 * @category Indicators
 */
export const aggregationLabels = defineEnumLabels("Aggregation", AGGREGATIONS, {
  sum: { "zh-CN": "求和", en: "sum" },
  max: { "zh-CN": "取最大值", en: "maximum" },
  min: { "zh-CN": "取最小值", en: "minimum" },
  none: { "zh-CN": "不汇总", en: "not aggregated" },
});

/**
 * The record types an indicator can be derived from by counting.
 *
 * @category Indicators
 */
export const COUNTABLE_RECORD_TYPES = [
  "organizations",
  "hostUnits",
  "people",
  "memberships",
  "postHoldings",
  "teams",
  "sites",
  "activities",
  "pairings",
  "households",
] as const;

/**
 * A record type an indicator can count.
 *
 * @category Indicators
 */
export const CountableRecordTypeSchema = z.enum(COUNTABLE_RECORD_TYPES);

/**
 * A record type an indicator can count.
 *
 * @category Indicators
 */
export type CountableRecordType = z.infer<typeof CountableRecordTypeSchema>;

/**
 * The zh-CN and en labels of every countable record type.
 *
 * @category Indicators
 */
export const countableRecordTypeLabels = defineEnumLabels("CountableRecordType", COUNTABLE_RECORD_TYPES, {
  organizations: { "zh-CN": "党组织", en: "organizations" },
  hostUnits: { "zh-CN": "单位", en: "host units" },
  people: { "zh-CN": "人员", en: "people" },
  memberships: { "zh-CN": "组织关系", en: "memberships" },
  postHoldings: { "zh-CN": "任职记录", en: "post holdings" },
  teams: { "zh-CN": "队伍", en: "teams" },
  sites: { "zh-CN": "阵地岗区", en: "sites" },
  activities: { "zh-CN": "活动", en: "activities" },
  pairings: { "zh-CN": "结对关系", en: "pairings" },
  households: { "zh-CN": "家庭户", en: "households" },
});

/**
 * How a derived figure is counted from records: which record type, which field values must match.
 *
 * @category Indicators
 */
export const DerivationSchema = z.object({
  /** The collection whose records are counted, e.g. `sites`. */
  records: CountableRecordTypeSchema,
  /** The field values a record must have to be counted, e.g. `{ kind: "vanguard-post" }`. */
  where: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/**
 * How a derived figure is counted from records.
 *
 * @category Indicators
 */
export type Derivation = z.infer<typeof DerivationSchema>;

/**
 * An indicator code: lower-case words joined by dots and hyphens, e.g. `site.vanguard-post.count`.
 *
 * @category Indicators
 */
export const IndicatorCodeSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, {
  error: "indicator codes are lower-case words joined by dots and hyphens",
});

/**
 * How a narrative sentence states a figure: a clause in each language with `{value}` where the figure goes and,
 * optionally, `{scope}` where the name of what it is about goes.
 *
 * @category Indicators
 */
export const IndicatorPhraseSchema = z.object({
  /** The clause in zh-CN, e.g. `设定党员先锋岗{value}`. */
  "zh-CN": z.string().regex(/\{value\}/, { error: "a phrase says where the figure goes with {value}" }),
  /** The clause in en, e.g. `set up {value} Party member vanguard posts`. */
  en: z.string().regex(/\{value\}/, { error: "a phrase says where the figure goes with {value}" }),
});

/**
 * How a narrative sentence states a figure.
 *
 * @category Indicators
 */
export type IndicatorPhrase = z.infer<typeof IndicatorPhraseSchema>;

/**
 * An indicator: what a reported figure counts, in which unit, and how it rolls up.
 *
 * @example
 * ```ts
 * const vanguardPosts: Indicator = {
 *   code: "site.vanguard-post.count",
 *   label: { "zh-CN": "党员先锋岗", en: "Party member vanguard posts" },
 *   unit: "个",
 *   countsWhat: { "zh-CN": "设定的党员先锋岗数", en: "vanguard posts set up" },
 *   aggregation: "sum",
 *   derivation: { records: "sites", where: { kind: "vanguard-post" } },
 * };
 * ```
 * @category Indicators
 */
export const IndicatorSchema = z.object({
  /** The indicator's code, lower-case words joined by dots and hyphens (`site.vanguard-post.count`); observations cite it. */
  code: IndicatorCodeSchema,
  /** Its name in zh-CN and en, as reports show it. */
  label: LocalizedTextSchema,
  /** The unit its figures are stated in, a Chinese counter or money unit: 个 名 面 支 次 户 万元 … */
  unit: z.string().min(1),
  /** What exactly one unit counts, in zh-CN and en (`配发的3号党旗面数`). */
  countsWhat: LocalizedTextSchema,
  /** How its figures roll up the tree: sum, max, min, or none. */
  aggregation: AggregationSchema,
  /** How to count the figure from records, so a reported figure can be reconciled with the derived one. */
  derivation: DerivationSchema.optional(),
  /**
   * How a sentence of a narrative states one of its figures, in zh-CN and en, with `{value}` where the figure goes
   * and optionally `{scope}` where the name of what it is about goes (`设定党员先锋岗{value}` / `set up {value}
   * Party member vanguard posts`). Without it a narrative names the indicator by its label.
   */
  phrase: IndicatorPhraseSchema.optional(),
});

/**
 * An indicator.
 *
 * @category Indicators
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

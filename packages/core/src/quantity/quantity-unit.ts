import { z } from "zod";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * What a unit measures. Only quantities of the same dimension can be added or compared:
 * `count` (things counted with a general classifier: 个 面 支 条 项 …), `persons` (名 人 位),
 * `households` (户), `money` (元 千元 万元 亿元, in yuan), `occasions` (次 场 轮), `person-times` (人次),
 * `batches` (批 批次), `days` (天), `hours` (小时).
 *
 * @category Quantities
 */
export const QUANTITY_DIMENSIONS = [
  "count",
  "persons",
  "households",
  "money",
  "occasions",
  "person-times",
  "batches",
  "days",
  "hours",
] as const;

/**
 * What a unit measures.
 *
 * @category Quantities
 */
export const QuantityDimensionSchema = z.enum(QUANTITY_DIMENSIONS);

/**
 * What a unit measures.
 *
 * @category Quantities
 */
export type QuantityDimension = z.infer<typeof QuantityDimensionSchema>;

/**
 * The zh-CN and en labels of every quantity dimension.
 *
 * @category Quantities
 */
export const quantityDimensionLabels = defineEnumLabels("QuantityDimension", QUANTITY_DIMENSIONS, {
  count: { "zh-CN": "个数", en: "count" },
  persons: { "zh-CN": "人数", en: "persons" },
  households: { "zh-CN": "户数", en: "households" },
  money: { "zh-CN": "金额（元）", en: "money (yuan)" },
  occasions: { "zh-CN": "次数", en: "occasions" },
  "person-times": { "zh-CN": "人次", en: "person-times" },
  batches: { "zh-CN": "批次数", en: "batches" },
  days: { "zh-CN": "天数", en: "days" },
  hours: { "zh-CN": "小时数", en: "hours" },
});

/**
 * Every unit a quantity can carry, written as in Chinese text; the code is the unit itself.
 * 年, 月, 日, 号 and 期 are left out on purpose: in reports they mostly name a date or an ordinal
 * ("2022年", "3号党旗", "二期"), and reading them as amounts would give a wrong number.
 *
 * @category Quantities
 */
export const QUANTITY_UNITS = [
  "个",
  "面",
  "支",
  "条",
  "项",
  "处",
  "所",
  "座",
  "件",
  "家",
  "村",
  "类",
  "间",
  "张",
  "本",
  "台",
  "辆",
  "篇",
  "份",
  "名",
  "人",
  "位",
  "户",
  "元",
  "千元",
  "万元",
  "亿元",
  "次",
  "场",
  "轮",
  "人次",
  "批",
  "批次",
  "天",
  "小时",
] as const;

/**
 * A unit of a quantity.
 *
 * @category Quantities
 */
export const QuantityUnitSchema = z.enum(QUANTITY_UNITS);

/**
 * A unit of a quantity, written as in Chinese text (`"个"`, `"名"`, `"万元"`).
 *
 * @category Quantities
 */
export type QuantityUnit = z.infer<typeof QuantityUnitSchema>;

/**
 * The zh-CN and en labels of every quantity unit, for the label catalogue.
 *
 * @category Quantities
 */
export const quantityUnitLabels = defineEnumLabels("QuantityUnit", QUANTITY_UNITS, {
  个: { "zh-CN": "个", en: "items (个)" },
  面: { "zh-CN": "面", en: "pieces, of flags and other flat things (面)" },
  支: { "zh-CN": "支", en: "teams or troops (支)" },
  条: { "zh-CN": "条", en: "items, of leads, rules, roads (条)" },
  项: { "zh-CN": "项", en: "items, of measures or tasks (项)" },
  处: { "zh-CN": "处", en: "places (处)" },
  所: { "zh-CN": "所", en: "institutions, of schools or clinics (所)" },
  座: { "zh-CN": "座", en: "buildings or structures (座)" },
  件: { "zh-CN": "件", en: "items or cases (件)" },
  家: { "zh-CN": "家", en: "enterprises or establishments (家)" },
  村: { "zh-CN": "村", en: "villages (村)" },
  类: { "zh-CN": "类", en: "kinds (类)" },
  间: { "zh-CN": "间", en: "rooms (间)" },
  张: { "zh-CN": "张", en: "sheets (张)" },
  本: { "zh-CN": "本", en: "volumes (本)" },
  台: { "zh-CN": "台", en: "machines (台)" },
  辆: { "zh-CN": "辆", en: "vehicles (辆)" },
  篇: { "zh-CN": "篇", en: "articles (篇)" },
  份: { "zh-CN": "份", en: "copies (份)" },
  名: { "zh-CN": "名", en: "persons (名)" },
  人: { "zh-CN": "人", en: "persons (人)" },
  位: { "zh-CN": "位", en: "persons (位)" },
  户: { "zh-CN": "户", en: "households (户)" },
  元: { "zh-CN": "元", en: "yuan" },
  千元: { "zh-CN": "千元", en: "thousand yuan" },
  万元: { "zh-CN": "万元", en: "ten thousand yuan" },
  亿元: { "zh-CN": "亿元", en: "hundred million yuan" },
  次: { "zh-CN": "次", en: "times" },
  场: { "zh-CN": "场", en: "sessions or events (场)" },
  轮: { "zh-CN": "轮", en: "rounds" },
  人次: { "zh-CN": "人次", en: "person-times" },
  批: { "zh-CN": "批", en: "batches (批)" },
  批次: { "zh-CN": "批次", en: "batches (批次)" },
  天: { "zh-CN": "天", en: "days" },
  小时: { "zh-CN": "小时", en: "hours" },
});

/**
 * The English word for a measure unit, in the singular and the plural.
 *
 * @category Quantities
 */
export interface QuantityUnitEnglish {
  /** Written after the number 1: "1 time". */
  readonly one: string;
  /** Written after any other number: "122 times". */
  readonly other: string;
}

/**
 * What the SDK knows about a unit besides its labels.
 *
 * @category Quantities
 */
export interface QuantityUnitInfo {
  /** What the unit measures; units of one dimension add and compare. */
  readonly dimension: QuantityDimension;
  /** The power of ten that turns an amount in this unit into the dimension's base unit (万元: 4, into yuan). */
  readonly exponent: number;
  /** The English word written after the number, or null for a classifier that English leaves out. */
  readonly english: QuantityUnitEnglish | null;
}

const classifier = (dimension: QuantityDimension): QuantityUnitInfo => ({ dimension, exponent: 0, english: null });
const measure = (dimension: QuantityDimension, one: string, other: string, exponent = 0): QuantityUnitInfo => ({
  dimension,
  exponent,
  english: { one, other },
});

/**
 * The dimension, base-unit exponent and English rendering of every unit. Classifiers (个 名 面 支 户 …) render
 * as nothing in English, because the noun they count follows in the sentence ("nearly 10,000" Party members);
 * measure units that the number alone would lose are written: money in yuan, 次 "times", 人次, 批次, 天, 小时.
 *
 * @example
 * ```ts
 * quantityUnitInfo["万元"]; // { dimension: "money", exponent: 4, english: { one: "yuan", other: "yuan" } }
 * ```
 * @category Quantities
 */
export const quantityUnitInfo: { readonly [U in QuantityUnit]: QuantityUnitInfo } = {
  个: classifier("count"),
  面: classifier("count"),
  支: classifier("count"),
  条: classifier("count"),
  项: classifier("count"),
  处: classifier("count"),
  所: classifier("count"),
  座: classifier("count"),
  件: classifier("count"),
  家: classifier("count"),
  村: classifier("count"),
  类: classifier("count"),
  间: classifier("count"),
  张: classifier("count"),
  本: classifier("count"),
  台: classifier("count"),
  辆: classifier("count"),
  篇: classifier("count"),
  份: classifier("count"),
  名: classifier("persons"),
  人: classifier("persons"),
  位: classifier("persons"),
  户: classifier("households"),
  元: measure("money", "yuan", "yuan"),
  千元: measure("money", "yuan", "yuan", 3),
  万元: measure("money", "yuan", "yuan", 4),
  亿元: measure("money", "yuan", "yuan", 8),
  次: measure("occasions", "time", "times"),
  场: classifier("occasions"),
  轮: measure("occasions", "round", "rounds"),
  人次: measure("person-times", "person-time", "person-times"),
  批: measure("batches", "batch", "batches"),
  批次: measure("batches", "batch", "batches"),
  天: measure("days", "day", "days"),
  小时: measure("hours", "hour", "hours"),
};

/**
 * The unit a sum of different units of one dimension is given in.
 *
 * @category Quantities
 */
export const quantityDimensionBaseUnits: { readonly [D in QuantityDimension]: QuantityUnit } = {
  count: "个",
  persons: "人",
  households: "户",
  money: "元",
  occasions: "次",
  "person-times": "人次",
  batches: "批次",
  days: "天",
  hours: "小时",
};

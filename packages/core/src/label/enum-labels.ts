import type { LabelTable, Locale } from "./localized-text.js";
import { DEFAULT_LOCALE } from "./localized-text.js";

/**
 * A domain enum with its values and their labels in both languages, as listed in the label catalogue.
 *
 * @category Labels
 */
export interface EnumLabels<Value extends string = string> {
  /** The enum's name in the API, e.g. `OrganizationKind`. */
  readonly name: string;
  /** Every value, in the order the schema lists them. */
  readonly values: readonly Value[];
  /** The zh-CN and en label of each value. */
  readonly labels: LabelTable<Value>;
}

/**
 * Declares an enum's label table for the label catalogue.
 *
 * @param name - the enum's name in the API
 * @param values - every value of the enum
 * @param labels - the zh-CN and en label of each value
 * @returns the enum with its labels
 * @example
 * ```ts
 * const sexes = defineEnumLabels("Sex", ["male", "female"] as const, {
 *   male: { "zh-CN": "男", en: "male" },
 *   female: { "zh-CN": "女", en: "female" },
 * });
 * ```
 * @category Labels
 */
export function defineEnumLabels<const Value extends string>(
  name: string,
  values: readonly Value[],
  labels: LabelTable<Value>,
): EnumLabels<Value> {
  return { name, values, labels };
}

/**
 * The label of one enum value in one locale; the raw value when the enum does not know it.
 *
 * @param table - the enum's labels
 * @param value - the value to label
 * @param locale - the language wanted; zh-CN when omitted
 * @returns the label
 * @example
 * ```ts
 * labelOf(organizationKindLabels, "temporary-branch", "zh-CN"); // "临时党支部"
 * ```
 * @category Labels
 */
export function labelOf<Value extends string>(
  table: EnumLabels<Value>,
  value: Value,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const text = Object.hasOwn(table.labels, value) ? table.labels[value] : undefined;
  return text ? text[locale] : value;
}

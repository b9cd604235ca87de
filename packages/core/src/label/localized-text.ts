import { z } from "zod";

/**
 * The two languages every label and message is written in, as BCP 47 tags.
 *
 * @category Labels
 */
export const LOCALES = ["zh-CN", "en"] as const;

/**
 * A language the SDK speaks: `"zh-CN"` (default) or `"en"`. Chosen per call, never globally.
 *
 * @category Labels
 */
export type Locale = (typeof LOCALES)[number];

/**
 * The default locale of every function that takes a `locale` option.
 *
 * @category Labels
 */
export const DEFAULT_LOCALE: Locale = "zh-CN";

/**
 * A text in both languages of the SDK.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { "zh-CN": "党支部", en: "Party branch" };
 * ```
 * @category Labels
 */
export const LocalizedTextSchema = z.object({
  /** The text in Simplified Chinese, the default locale; never empty. */
  "zh-CN": z.string().min(1),
  /** The text in English; never empty. */
  en: z.string().min(1),
});

/**
 * A text in both languages of the SDK.
 *
 * @category Labels
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * The zh-CN and en labels of every value of an enum, in one table.
 *
 * @category Labels
 */
export type LabelTable<Value extends string> = { readonly [V in Value]: LocalizedText };

/**
 * Picks the text of a label or message in one locale.
 *
 * @param text - a text in both languages
 * @param locale - the language wanted; zh-CN when omitted
 * @returns the text in that language
 * @example
 * ```ts
 * localize({ "zh-CN": "党支部", en: "Party branch" }, "en"); // "Party branch"
 * ```
 * @category Labels
 */
export function localize(text: LocalizedText, locale: Locale = DEFAULT_LOCALE): string {
  return text[locale];
}

import type { Locale, LocalizedText } from "@dangjian/core";

/**
 * Picks the text of a locale and fills its `{name}` placeholders.
 *
 * @param locale - the locale
 * @param text - the text in both languages
 * @param params - values for the placeholders
 * @returns the text
 * @category CLI
 */
export function say(locale: Locale, text: LocalizedText, params: Readonly<Record<string, string | number>> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

import type { Locale } from "./localized-text.js";

/**
 * A record that has a Chinese name and may have an English one.
 *
 * @category Labels
 */
export interface NamedRecord {
  /** The record's id, shown when it has no name at all. */
  readonly id: string;
  /** The name as used in Chinese. */
  readonly name?: string | undefined;
  /** The name in English. */
  readonly nameEn?: string | undefined;
}

/**
 * The name of a record in a locale: the English name in `en` when there is one, else the Chinese name,
 * else the id, so output never shows an empty cell.
 *
 * @param record - a region, organization, host unit, campaign, team, site or activity
 * @param locale - the language of the output
 * @returns the name to show
 * @example
 * ```ts
 * nameOf({ id: "630100", name: "西宁市", nameEn: "Xining" }, "en"); // "Xining"
 * nameOf({ id: "630100", name: "西宁市" }, "en"); // "西宁市"
 * ```
 * @category Labels
 */
export function nameOf(record: NamedRecord, locale: Locale): string {
  if (locale === "en" && record.nameEn !== undefined) return record.nameEn;
  return record.name ?? record.id;
}

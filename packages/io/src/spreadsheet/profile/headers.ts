import type { CollectionName, Locale } from "@dangjian/core";
import { HEADER_CATALOGUE, SHARED_HEADERS, type ColumnHeader } from "./header-catalogue.js";
import { sheetColumns, type SheetColumn } from "./columns.js";

/**
 * Normalizes a header, sheet name or label for matching: NFKC (full-width letters and brackets become
 * half-width), trimmed, inner spaces collapsed, lower case, a trailing `*` (a template's "required" mark) dropped.
 *
 * @param text - the text as written in the file
 * @returns the text to match on
 * @example
 * ```ts
 * normalizeName(" Parent  ID *"); // "parent id"
 * ```
 * @category Spreadsheet
 */
export function normalizeName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim().replace(/\s*\*$/, "").toLowerCase();
}

/**
 * The zh-CN and en headers of a column: the catalogue's entry for the collection, else the shared one.
 *
 * @param collection - the collection
 * @param key - the column's dotted field path
 * @returns its headers, or undefined when the catalogue has none (a test keeps that from happening)
 * @example
 * ```ts
 * columnHeaders("organizations", "parentId"); // { "zh-CN": "上级党组织编号", en: "Parent organization ID" }
 * ```
 * @category Spreadsheet
 */
export function columnHeaders(collection: CollectionName, key: string): ColumnHeader | undefined {
  const own = HEADER_CATALOGUE[collection];
  if (Object.hasOwn(own, key)) return own[key];
  return Object.hasOwn(SHARED_HEADERS, key) ? SHARED_HEADERS[key] : undefined;
}

/**
 * The header a writer puts over a column, in a locale (the field path when the catalogue lacks it).
 *
 * @param collection - the collection
 * @param column - the column
 * @param locale - the language of the header
 * @returns the header text
 * @example
 * ```ts
 * columnHeader("observations", sheetColumns("observations")[2]!, "en"); // "Scope type"
 * ```
 * @category Spreadsheet
 */
export function columnHeader(collection: CollectionName, column: SheetColumn, locale: Locale): string {
  return columnHeaders(collection, column.key)?.[locale] ?? column.key;
}

const lookups = new Map<CollectionName, ReadonlyMap<string, SheetColumn>>();

/**
 * Finds the column a header names: its zh-CN header, its en header or its field path, matched after
 * {@link normalizeName}.
 *
 * @param collection - the collection of the sheet
 * @param header - the header as written
 * @returns the column, or undefined for an unknown header
 * @example
 * ```ts
 * findColumn("organizations", "上级党组织编号")?.key; // "parentId"
 * findColumn("organizations", "parentId")?.key; // "parentId"
 * ```
 * @category Spreadsheet
 */
export function findColumn(collection: CollectionName, header: string): SheetColumn | undefined {
  let lookup = lookups.get(collection);
  if (!lookup) {
    const map = new Map<string, SheetColumn>();
    for (const column of sheetColumns(collection)) {
      const headers = columnHeaders(collection, column.key);
      for (const name of [column.key, headers?.["zh-CN"], headers?.en]) {
        if (name !== undefined && !map.has(normalizeName(name))) map.set(normalizeName(name), column);
      }
    }
    lookup = map;
    lookups.set(collection, lookup);
  }
  return lookup.get(normalizeName(header));
}

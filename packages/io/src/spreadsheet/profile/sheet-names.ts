import { COLLECTION_NAMES, collectionLabels, type CollectionName, type Locale } from "@dangjian/core";
import { normalizeName } from "./headers.js";

/**
 * What a sheet (or CSV file) holds: the records of a collection, the dataset's own description (`meta`), or a
 * sheet the templates add for people (instructions, pick-lists), which readers skip without a word.
 *
 * @category Spreadsheet
 */
export type SheetRole =
  | {
      /** It holds a collection's records. */
      readonly role: "collection";
      /** The collection. */
      readonly collection: CollectionName;
    }
  | {
      /** It holds the format version and the dataset's own fields. */
      readonly role: "meta";
    }
  | {
      /** It is there for people (instructions, pick-lists) and is skipped. */
      readonly role: "aside";
    }
  | {
      /** Its name says nothing known: skipped with a warning. */
      readonly role: "unknown";
    };

/**
 * The names of the sheet that describes the dataset itself, in the order writers pick them: zh-CN, en.
 *
 * @category Spreadsheet
 */
export const META_SHEET_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "数据集信息", en: "meta" };

/**
 * The names of the template's instructions sheet, by locale.
 *
 * @category Spreadsheet
 */
export const INSTRUCTIONS_SHEET_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "填写说明", en: "instructions" };

/**
 * The name of the template's hidden sheet that holds the pick-lists of enum columns.
 *
 * @category Spreadsheet
 */
export const LISTS_SHEET_NAME = "lists";

const ASIDE = new Set([...Object.values(INSTRUCTIONS_SHEET_NAMES), "说明", LISTS_SHEET_NAME, "_lists"].map(normalizeName));
const META = new Set([...Object.values(META_SHEET_NAMES), "dataset", "数据集"].map(normalizeName));

let byName: ReadonlyMap<string, CollectionName> | undefined;

function collectionsByName(): ReadonlyMap<string, CollectionName> {
  if (!byName) {
    const map = new Map<string, CollectionName>();
    for (const collection of COLLECTION_NAMES) {
      const labels = collectionLabels.labels[collection];
      for (const name of [collection, labels["zh-CN"], labels.en]) map.set(normalizeName(name), collection);
    }
    byName = map;
  }
  return byName;
}

/**
 * Tells what a sheet holds from its name: the collection's name (`organizations`), its zh-CN label (`党组织`) or
 * its en label (`organization`); a CSV file by its base name without the extension.
 *
 * @param name - the sheet's name, or the CSV file's name or path
 * @returns what the sheet holds
 * @example
 * ```ts
 * sheetRole("党组织"); // { role: "collection", collection: "organizations" }
 * sheetRole("data/organizations.csv"); // { role: "collection", collection: "organizations" }
 * ```
 * @category Spreadsheet
 */
export function sheetRole(name: string): SheetRole {
  const base = normalizeName(name.replace(/^.*[\\/]/, "").replace(/\.(csv|txt|tsv)$/i, ""));
  const collection = collectionsByName().get(base);
  if (collection) return { role: "collection", collection };
  if (META.has(base)) return { role: "meta" };
  if (ASIDE.has(base)) return { role: "aside" };
  return { role: "unknown" };
}

/**
 * The sheet name a writer gives a collection: its zh-CN label in zh-CN (`党组织`), its name in en
 * (`organizations`). CSV files are always named by the collection's name.
 *
 * @param collection - the collection
 * @param locale - the language of the workbook
 * @returns the sheet's name
 * @example
 * ```ts
 * sheetName("organizations", "zh-CN"); // "党组织"
 * ```
 * @category Spreadsheet
 */
export function sheetName(collection: CollectionName, locale: Locale): string {
  return locale === "zh-CN" ? collectionLabels.labels[collection]["zh-CN"] : collection;
}

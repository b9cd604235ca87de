import { COLLECTION_NAMES, DEFAULT_LOCALE, type CollectionName, type Dataset, type Locale } from "@dangjian/core";
import { writeCell, type EnumStyle, type WrittenCell } from "./cell.js";
import { sheetColumns, type SheetColumn } from "./columns.js";
import { META_COLUMN_HEADERS, META_HEADERS } from "./header-catalogue.js";
import { columnHeader } from "./headers.js";
import { META_SHEET_NAMES, sheetName } from "./sheet-names.js";

/**
 * Options of the spreadsheet writers.
 *
 * @category Spreadsheet
 */
export interface SpreadsheetWriteOptions {
  /** The language of headers, sheet names and enum labels; zh-CN when omitted. */
  readonly locale?: Locale;
  /** Write enum values as labels in the locale (the default) or as codes. Readers take both. */
  readonly enums?: EnumStyle;
}

/**
 * One table to write: a collection's records, or the dataset sheet.
 *
 * @category Spreadsheet
 */
export interface WrittenTable {
  /** The collection, or `meta` for the dataset sheet. */
  readonly collection: CollectionName | "meta";
  /** The sheet's name in the locale. */
  readonly sheet: string;
  /** The columns, for a collection; empty for the dataset sheet. */
  readonly columns: readonly SheetColumn[];
  /** The header row. */
  readonly headers: readonly string[];
  /** The data rows. */
  readonly rows: readonly (readonly WrittenCell[])[];
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function metaTable(dataset: Dataset, locale: Locale): WrittenTable {
  const rows: WrittenCell[][] = [];
  for (const field of Object.keys(META_HEADERS)) {
    const value = field === "formatVersion" ? dataset.formatVersion : (dataset.meta as Record<string, unknown>)[field];
    if (value === undefined) continue;
    rows.push([META_HEADERS[field]?.[locale] ?? field, typeof value === "string" ? value : JSON.stringify(value)]);
  }
  return {
    collection: "meta",
    sheet: META_SHEET_NAMES[locale],
    columns: [],
    headers: [META_COLUMN_HEADERS.field[locale], META_COLUMN_HEADERS.value[locale]],
    rows,
  };
}

/**
 * The tables a dataset is written as: the dataset sheet first, then one table per collection that has
 * records, in the exchange document's order, with every column of the collection.
 *
 * @param dataset - the dataset
 * @param options - the locale and the enum style
 * @returns the tables
 * @example
 * ```ts
 * datasetTables(dataset, { locale: "en" }).map((table) => table.sheet); // ["meta", "organizations", …]
 * ```
 * @category Spreadsheet
 */
export function datasetTables(dataset: Dataset, options: SpreadsheetWriteOptions = {}): WrittenTable[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const tables = [metaTable(dataset, locale)];
  for (const collection of COLLECTION_NAMES) {
    const records = (dataset[collection] ?? []) as readonly unknown[];
    if (records.length === 0) continue;
    const columns = sheetColumns(collection);
    tables.push({
      collection,
      sheet: sheetName(collection, locale),
      columns,
      headers: columns.map((column) => columnHeader(collection, column, locale)),
      rows: records.map((record) => columns.map((column) => writeCell(column, valueAt(record, column.path), locale, options.enums))),
    });
  }
  return tables;
}

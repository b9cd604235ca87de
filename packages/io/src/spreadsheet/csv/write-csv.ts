import type { Dataset } from "@dangjian/core";
import { stringify } from "csv-stringify/sync";
import { datasetTables, type SpreadsheetWriteOptions } from "../profile/dataset-tables.js";
import { neutralizeFormula } from "./neutralize.js";

/**
 * One CSV file written: its name (`organizations.csv`) and its text.
 *
 * @category Spreadsheet
 */
export interface CsvTable {
  /** The file's name: the collection's name (`organizations.csv`), or `meta.csv` for the dataset's own fields. */
  readonly name: string;
  /** The file's text: UTF-8 with a byte order mark (so Excel opens it as UTF-8), RFC 4180, CRLF line ends. */
  readonly content: string;
}

/**
 * Writes a dataset as CSV files, one per collection that has records plus `meta.csv`, headers in the locale.
 * Text a spreadsheet would run as a formula is neutralized with a leading `'`, which {@link readCsvTables}
 * removes again, so a folder of CSV files reads back as the same dataset.
 *
 * @param dataset - the dataset, typically `parseDataset(…).dataset`
 * @param options - the locale of headers and enum labels, and whether enums are written as labels or codes
 * @returns the files, in the exchange document's order
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * for (const file of writeCsvTables(dataset, { locale: "en" })) await writeFile(`out/${file.name}`, file.content);
 * ```
 * @category Spreadsheet
 */
export function writeCsvTables(dataset: Dataset, options: SpreadsheetWriteOptions = {}): CsvTable[] {
  return datasetTables(dataset, options).map((table) => {
    const rows = table.rows.map((row) =>
      row.map((cell) => (cell === null ? "" : typeof cell === "string" ? neutralizeFormula(cell) : String(cell))),
    );
    const content = stringify([[...table.headers], ...rows], { bom: true, record_delimiter: "\r\n" });
    return { name: `${table.collection}.csv`, content };
  });
}

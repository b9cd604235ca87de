import type { CellValue } from "./cell.js";

/**
 * One row of a table as read from a sheet or a CSV file.
 *
 * @category Spreadsheet
 */
export interface TableRow {
  /** The row number, counted from 1 with the header as row 1 (the row number a spreadsheet shows). */
  readonly row: number;
  /** For CSV: the line of the file the row starts on, counted from 1. */
  readonly line?: number;
  /** The cells, in the order of the headers. */
  readonly cells: readonly CellValue[];
}

/**
 * A table read from one sheet of a workbook or one CSV file, before its records are built.
 *
 * @category Spreadsheet
 */
export interface SheetTable {
  /** The file it was read from. */
  readonly file?: string;
  /** The sheet's name, for a workbook; absent for CSV. */
  readonly sheet?: string;
  /** The name that says what it holds: the sheet's name, or the CSV file's name. */
  readonly name: string;
  /** The row number of the header row. */
  readonly headerRow: number;
  /** The header cells, as text. */
  readonly headers: readonly string[];
  /** The data rows. */
  readonly rows: readonly TableRow[];
  /** How locations name a column: its letter (`C`, for XLSX) or its header (for CSV). */
  readonly columnNaming: "letter" | "header";
}

/**
 * The spreadsheet letter of a column: A … Z, AA … for columns counted from 0.
 *
 * @param index - the column, counted from 0
 * @returns its letters
 * @example
 * ```ts
 * columnLetter(27); // "AB"
 * ```
 * @category Spreadsheet
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

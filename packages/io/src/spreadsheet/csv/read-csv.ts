import { createIssue, type Issue } from "@dangjian/core";
import { parse } from "csv-parse/sync";
import { spreadsheetMessages as messages } from "../profile/messages.js";
import { readTables, type SpreadsheetReadOptions, type SpreadsheetReadResult } from "../profile/read-tables.js";
import type { SheetTable, TableRow } from "../profile/table.js";
import { decodeText } from "../../encoding/index.js";
import { restoreNeutralized } from "./neutralize.js";

/**
 * One CSV file to read: its name (which says its collection: `organizations.csv`, `党组织.csv`) and its bytes.
 *
 * @category Spreadsheet
 */
export interface CsvFile {
  /** The file's name or path; its base name without `.csv` names the collection. */
  readonly name: string;
  /** The file's bytes, in UTF-8 (with or without a byte order mark), UTF-16 with a mark, or GB18030. */
  readonly bytes: Uint8Array;
}

interface Parsed {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // a tab-separated file (Excel's "Unicode text") has tabs and no commas in its header
  return firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
}

function readCsvFile(file: CsvFile, issues: Issue[]): SheetTable | undefined {
  const location = { file: file.name };
  // empty, binary, UTF-16 and GB18030 files are told apart, and named, the same way for every text format
  const decoded = decodeText(file.bytes, { file: file.name });
  issues.push(...decoded.issues);
  if (!decoded.ok) return undefined;
  const text = decoded.text;
  let parsed: Parsed[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error: { message?: string; lines?: number } | undefined) => {
        issues.push(
          createIssue("csv.unreadable", messages["csv.unreadable"], {
            path: "",
            params: { file: file.name, reason: error?.message ?? "" },
            location: error?.lines ? { file: file.name, line: error.lines } : location,
          }),
        );
      },
    }) as unknown as Parsed[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push(createIssue("csv.unreadable", messages["csv.unreadable"], { path: "", params: { file: file.name, reason }, location }));
    return undefined;
  }
  const [header, ...body] = parsed;
  // no header: the only line could not be read, and csv.unreadable already says why
  if (!header) return undefined;
  const headers = header.record.map((cell) => cell.trim());
  const rows: TableRow[] = [];
  let endLine = header.info.lines;
  body.forEach((entry, index) => {
    const row: TableRow = { row: index + 2, line: endLine + 1, cells: entry.record.map(restoreNeutralized) };
    endLine = entry.info.lines;
    const blank = entry.record.every((cell) => cell.trim() === "");
    if (blank || entry.record.length === headers.length) {
      rows.push(row);
      return;
    }
    issues.push(
      createIssue("csv.row_ragged", messages["csv.row_ragged"], {
        path: "",
        params: { fields: entry.record.length, headers: headers.length },
        location: { file: file.name, row: row.row, ...(row.line !== undefined ? { line: row.line } : {}) },
      }),
    );
  });
  return { file: file.name, name: file.name, headerRow: 1, headers, rows, columnNaming: "header" };
}

/**
 * Reads a set of CSV files, one per collection (`organizations.csv`, `people.csv` …, or by the zh-CN names
 * `党组织.csv` …; `meta.csv` for the dataset's own fields), into an exchange document, validates it with
 * `parseDataset` and locates every issue to its file, row, line and column header. Never throws on data:
 * empty and binary files (`file.empty`, `file.binary`), GB18030 or UTF-16 text (read, with the info issue
 * `file.encoding_detected`), ragged rows and broken quotes all become issues, and the valid rows survive.
 *
 * @param files - the files' names and bytes
 * @param options - the locale of the issues' `text`
 * @returns the document, the valid dataset and the located issues
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const result = readCsvTables([{ name: "organizations.csv", bytes: await readFile("organizations.csv") }]);
 * for (const issue of result.issues) console.log(issue.location?.row, issue.location?.column, issue.text);
 * ```
 * @category Spreadsheet
 */
export function readCsvTables(files: readonly CsvFile[], options: SpreadsheetReadOptions = {}): SpreadsheetReadResult {
  const issues: Issue[] = [];
  const tables: SheetTable[] = [];
  for (const file of files) {
    const table = readCsvFile(file, issues);
    if (table) tables.push(table);
  }
  const only = files.length === 1 ? files[0] : undefined;
  return readTables(tables, issues, { ...options, ...(only ? { fallback: { file: only.name } } : {}) });
}

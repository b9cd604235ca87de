import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LOCALE, createIssue, type Dataset, type Indicator, type Locale, type LocatedIssue } from "@dangjian/core";
import { fileMessages } from "../encoding/messages.js";
import type { TextEncodingName } from "../encoding/decode-text.js";
import { readJsonDocument } from "../json/read-json.js";
import { datasetFromNdjson } from "../ndjson/dataset.js";
import { readCsvTables } from "../spreadsheet/csv/read-csv.js";
import { readXlsxWorkbook } from "../spreadsheet/xlsx/read-xlsx.js";

/**
 * The formats {@link readDatasetFile} reads: the JSON exchange document, NDJSON, one CSV file, a folder of CSV
 * files (one per record type), an XLSX workbook.
 *
 * @category Files
 */
export type DatasetFileFormat = "json" | "ndjson" | "csv" | "csv-folder" | "xlsx";

/**
 * Options of {@link readDatasetFile}.
 *
 * @category Files
 */
export interface ReadDatasetFileOptions {
  /** The language of each issue's `text`; zh-CN when omitted. */
  readonly locale?: Locale;
  /** The format, when the file's extension and content should not decide. */
  readonly format?: DatasetFileFormat;
  /** Indicators known besides those the dataset declares (JSON and NDJSON), as for `parseDataset`. */
  readonly indicators?: readonly Indicator[];
}

/**
 * The result of {@link readDatasetFile}.
 *
 * @category Files
 */
export interface ReadDatasetFileResult {
  /** The format the file was read as. */
  readonly format: DatasetFileFormat;
  /** The text encoding, for JSON and NDJSON read from bytes (CSV files say theirs in an issue). */
  readonly encoding?: TextEncodingName;
  /** True when no issue is an error. */
  readonly ok: boolean;
  /**
   * False when nothing could be read at all (missing or unreadable path, empty or binary file, JSON that does not
   * parse, a workbook that does not open): a usage or input failure rather than invalid data.
   */
  readonly readable: boolean;
  /** The exchange document as read, before validation, when the file could be read. */
  readonly input?: unknown;
  /** The valid part of the data, when the file could be read. */
  readonly dataset?: Dataset;
  /** Every issue, each located by file (and sheet, row, line, column where it can be told) and JSON pointer. */
  readonly issues: readonly LocatedIssue[];
}

const EXTENSIONS: Readonly<Record<string, DatasetFileFormat>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
};

/** Codes that mean nothing could be read. */
const UNREADABLE: readonly string[] = ["file.unreadable", "file.empty", "file.binary", "json.syntax_error", "xlsx.unreadable", "csv.unreadable", "csv.empty", "csv.binary"];

async function head(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The format of a file by its content: a zip archive is a workbook; text whose first line is a JSON object with a
 * `type` is NDJSON; other text opening with `{` is a JSON document; anything else is read as CSV.
 *
 * @param bytes - the first bytes of the file (4 KB is plenty)
 * @returns the format
 * @example
 * ```ts
 * sniffDatasetFormat(new TextEncoder().encode('{"type":"organization","id":"org-1"}\n')); // "ndjson"
 * ```
 * @category Files
 */
export function sniffDatasetFormat(bytes: Uint8Array): Exclude<DatasetFileFormat, "csv-folder"> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{")) return "csv";
  const newline = trimmed.indexOf("\n");
  if (newline !== -1) {
    try {
      const first: unknown = JSON.parse(trimmed.slice(0, newline));
      if (first !== null && typeof first === "object" && "type" in first) return "ndjson";
    } catch {
      // the first line is not a whole object: a JSON document spread over lines
    }
  }
  return "json";
}

function anyUnreadable(issues: readonly LocatedIssue[]): boolean {
  return issues.some((issue) => UNREADABLE.includes(issue.code));
}

/**
 * Reads a dataset file of any supported format, chosen by the extension (`.json`, `.ndjson`/`.jsonl`, `.csv`,
 * `.xlsx`), by the content when the extension says nothing, or by `options.format`; a folder is read as one CSV
 * file per record type. Never throws: a missing or unreadable path gives `file.unreadable`, and every reader's
 * issues come back located. NDJSON is read whole here (`datasetFromNdjson`); stream large files through
 * `validateNdjson` instead.
 *
 * @param file - the path of the file or folder
 * @param options - the locale, a forced format, the known indicators
 * @returns the format, the document as read, the valid dataset and every issue
 * @example
 * ```ts
 * const result = await readDatasetFile("pairings.xlsx", { locale: "en" });
 * if (!result.readable) process.exitCode = 2;
 * else if (!result.ok) process.exitCode = 1;
 * ```
 * @category Files
 */
export async function readDatasetFile(file: string, options: ReadDatasetFileOptions = {}): Promise<ReadDatasetFileResult> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const failed = (format: DatasetFileFormat, error: unknown): ReadDatasetFileResult => {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    const issue = createIssue("file.unreadable", fileMessages["file.unreadable"], { path: "", params: { file, reason }, location: { file } });
    return { format, ok: false, readable: false, issues: [{ ...issue, text: issue.message[locale] }] };
  };
  let format: DatasetFileFormat;
  try {
    const info = await stat(file);
    if (options.format) format = options.format;
    else if (info.isDirectory()) format = "csv-folder";
    else format = EXTENSIONS[path.extname(file).toLowerCase()] ?? sniffDatasetFormat(await head(file, 4096));
  } catch (error) {
    return failed(options.format ?? EXTENSIONS[path.extname(file).toLowerCase()] ?? "json", error);
  }
  try {
    switch (format) {
      case "json": {
        const result = readJsonDocument(await readFile(file), { file, locale, ...(options.indicators ? { indicators: options.indicators } : {}) });
        return { format, ...result, readable: !anyUnreadable(result.issues) };
      }
      case "ndjson": {
        const result = await datasetFromNdjson(createReadStream(file), { file, locale, ...(options.indicators ? { indicators: options.indicators } : {}) });
        return { format, ...result, readable: !anyUnreadable(result.issues) };
      }
      case "csv":
      case "csv-folder": {
        const names = format === "csv" ? [file] : (await readdir(file)).filter((name) => name.toLowerCase().endsWith(".csv")).sort().map((name) => path.join(file, name));
        const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(name)) })));
        const result = readCsvTables(files, { locale });
        return { format, ...result, readable: !anyUnreadable(result.issues) };
      }
      case "xlsx": {
        const result = await readXlsxWorkbook(new Uint8Array(await readFile(file)), { file, locale });
        return { format, ...result, readable: !anyUnreadable(result.issues) };
      }
    }
  } catch (error) {
    return failed(format, error);
  }
}

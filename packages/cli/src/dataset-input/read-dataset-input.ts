import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createIssue, defineMessages, parseDataset, type Dataset, type Locale, type LocatedIssue } from "@dangjian/core";
import { datasetFromNdjson, readCsvTables, readJsonDocument, readXlsxWorkbook, type CsvFile } from "@dangjian/io";
import { usageError } from "../exit-code/exit-code.js";
import { fileErrorText, type FileFormat, type InputFile } from "./input-format.js";

/**
 * What the command read from one input (a file, or several CSV files read as one dataset).
 *
 * @category CLI
 */
export interface FileSummary {
  /** The file or folder as the user named it. */
  readonly file: string;
  /** Its format. */
  readonly format: FileFormat;
  /** The text encoding detected, for text files (`utf-8`, `utf-8-bom`, `gb18030`). */
  readonly encoding?: string;
}

/**
 * A dataset read from one or more inputs: the valid records, every issue located, and what was read.
 *
 * @category CLI
 */
export interface DatasetInput {
  /** The inputs as the user named them, joined with commas (a folder stays one name). */
  readonly name: string;
  /**
   * The exchange document as read, before validation (quantities still as text, enum labels turned into
   * codes): what `convert` writes as JSON. Absent when the input could not be read.
   */
  readonly document?: Readonly<Record<string, unknown>>;
  /** What was read. */
  readonly files: readonly FileSummary[];
  /** The records that passed every check. */
  readonly dataset: Dataset;
  /** Every issue, each with its location. */
  readonly issues: readonly LocatedIssue[];
}

/**
 * Options of {@link readDatasetInput}.
 *
 * @category CLI
 */
export interface ReadDatasetInputOptions {
  /** The language of issue texts. */
  readonly locale: Locale;
  /** Called as bytes or lines are read, for the progress bar. */
  readonly onProgress?: (done: number, total?: number) => void;
}

/**
 * The largest JSON, CSV or XLSX file read whole (256 MiB); larger data streams as NDJSON.
 *
 * @category CLI
 */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

const messages = defineMessages({
  "file.too_large": {
    severity: "error",
    "zh-CN": "文件有 {megabytes} MB，超过整体读取的上限 {limit} MB；请改用 NDJSON（每行一条记录）流式校验",
    en: "The file is {megabytes} MB, above the {limit} MB read whole; stream it as NDJSON (one record a line) instead",
  },
});

async function readBytes(input: InputFile): Promise<Uint8Array> {
  try {
    return await readFile(input.path);
  } catch (error) {
    throw usageError(`${input.name}: ${fileErrorText(error)}`);
  }
}

function localized(issues: readonly LocatedIssue[] | readonly Omit<LocatedIssue, "text">[], locale: Locale): LocatedIssue[] {
  return issues.map((issue) => ({ ...issue, text: issue.message[locale] }));
}

const emptyDataset = (): Dataset => parseDataset({ formatVersion: "1.0" }).dataset;

function tooLarge(input: InputFile, locale: Locale): DatasetInput | undefined {
  if (input.size <= MAX_WHOLE_FILE_BYTES) return undefined;
  const params = { megabytes: Math.round(input.size / 1024 / 1024), limit: MAX_WHOLE_FILE_BYTES / 1024 / 1024 };
  const issue = createIssue("file.too_large", messages["file.too_large"], { location: { file: input.name }, params });
  return { name: input.name, files: [{ file: input.name, format: input.format }], dataset: emptyDataset(), issues: localized([issue], locale) };
}

async function readXlsx(input: InputFile, options: ReadDatasetInputOptions): Promise<DatasetInput> {
  const bytes = await readBytes(input);
  const result = await readXlsxWorkbook(bytes, { file: input.name, locale: options.locale });
  return { name: input.name, document: result.input, files: [{ file: input.name, format: "xlsx" }], dataset: result.dataset, issues: result.issues };
}

async function csvFilesOf(input: InputFile): Promise<InputFile[]> {
  if (!input.folder) return [input];
  let names: string[];
  try {
    names = await readdir(input.path);
  } catch (error) {
    throw usageError(`${input.name}: ${fileErrorText(error)}`);
  }
  const csv = names.filter((name) => /\.(csv|tsv)$/i.test(name)).sort();
  if (csv.length === 0) throw usageError(`${input.name}: the folder holds no .csv file / 文件夹中没有 .csv 文件`);
  const files: InputFile[] = [];
  for (const name of csv) {
    const file = path.join(input.path, name);
    const size = await stat(file).then((info) => info.size, () => 0);
    files.push({ name: path.join(input.name, name), path: file, format: "csv", folder: false, size });
  }
  return files;
}

async function readCsv(inputs: readonly InputFile[], options: ReadDatasetInputOptions): Promise<DatasetInput> {
  const files: InputFile[] = [];
  for (const input of inputs) files.push(...(await csvFilesOf(input)));
  const large = files.map((file) => tooLarge(file, options.locale)).find((found) => found !== undefined);
  if (large !== undefined) return large;
  const csvFiles: CsvFile[] = [];
  for (const file of files) csvFiles.push({ name: file.name, bytes: await readBytes(file) });
  const result = readCsvTables(csvFiles, { locale: options.locale });
  const name = inputs.map((input) => input.name).join(", ");
  return { name, document: result.input, files: files.map((file) => ({ file: file.name, format: "csv" })), dataset: result.dataset, issues: result.issues };
}

async function readJson(input: InputFile, options: ReadDatasetInputOptions): Promise<DatasetInput> {
  const bytes = await readBytes(input);
  const result = readJsonDocument(bytes, { file: input.name, locale: options.locale });
  return { name: input.name, files: [{ file: input.name, format: "json", encoding: result.encoding }], dataset: result.dataset ?? emptyDataset(), issues: result.issues };
}

/**
 * The bytes of a file as a stream, reporting how many were read for the progress bar.
 *
 * @param input - the file
 * @param onProgress - called with the bytes read and the file's size
 * @returns the chunks
 * @category CLI
 */
export async function* fileChunks(input: InputFile, onProgress?: (done: number, total?: number) => void): AsyncGenerator<Uint8Array> {
  let done = 0;
  try {
    for await (const chunk of createReadStream(input.path)) {
      done += (chunk as Uint8Array).length;
      onProgress?.(done, input.size);
      yield chunk as Uint8Array;
    }
  } catch (error) {
    if (isFileSystemError(error)) throw usageError(`${input.name}: ${fileErrorText(error)}`);
    throw error;
  }
}

function isFileSystemError(error: unknown): boolean {
  return typeof error === "object" && error !== null && typeof (error as { syscall?: unknown }).syscall === "string";
}

async function readNdjson(input: InputFile, options: ReadDatasetInputOptions): Promise<DatasetInput> {
  const result = await datasetFromNdjson(fileChunks(input, options.onProgress), { file: input.name, locale: options.locale });
  const encoding = result.encoding === undefined ? {} : { encoding: result.encoding };
  return { name: input.name, files: [{ file: input.name, format: "ndjson", ...encoding }], dataset: result.dataset, issues: result.issues };
}

/**
 * Reads one dataset from its inputs: one JSON, NDJSON or XLSX file, or CSV files and folders together.
 * Never throws on bad data; bad data gives located issues.
 *
 * @param inputs - the inputs of one dataset
 * @param options - the locale of issue texts, a progress callback
 * @returns the dataset, the issues and what was read
 * @throws CliFailure (exit 2) when a file cannot be read or its format is not supported yet
 * @category CLI
 */
export async function readDatasetInput(inputs: readonly InputFile[], options: ReadDatasetInputOptions): Promise<DatasetInput> {
  const [first] = inputs;
  if (first === undefined) throw usageError("no input given / 未指定输入");
  const large = inputs.map((input) => tooLarge(input, options.locale)).find((found) => found !== undefined);
  if (large !== undefined && first.format !== "ndjson") return large;
  switch (first.format) {
    case "json":
      return readJson(first, options);
    case "xlsx":
      return readXlsx(first, options);
    case "csv":
      return readCsv(inputs, options);
    case "ndjson":
      return readNdjson(first, options);
  }
}

/**
 * Groups inputs into datasets: every JSON, NDJSON and XLSX file is a dataset of its own; all CSV files and
 * folders together are one dataset (one file per record type).
 *
 * @param inputs - the inputs in the order given
 * @returns the groups, each read by {@link readDatasetInput}
 * @category CLI
 */
export function groupInputs(inputs: readonly InputFile[]): InputFile[][] {
  const csv = inputs.filter((input) => input.format === "csv");
  const groups: InputFile[][] = [];
  let csvPlaced = false;
  for (const input of inputs) {
    if (input.format !== "csv") groups.push([input]);
    else if (!csvPlaced) {
      groups.push(csv);
      csvPlaced = true;
    }
  }
  return groups;
}

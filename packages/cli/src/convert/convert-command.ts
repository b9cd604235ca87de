import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { COLLECTION_NAMES, type Locale } from "@dangjian/core";
import { writeCsvTables, writeXlsxWorkbook } from "@dangjian/io";
import { usageError } from "../exit-code/exit-code.js";
import { fileErrorText, formatOfName, type FileFormat } from "../dataset-input/input-format.js";
import { locateInput } from "../dataset-input/input-format.js";
import { readDatasetInput, type DatasetInput } from "../dataset-input/read-dataset-input.js";
import { countIssues, countsText, issueLine } from "../output/issue-line.js";
import { localeOption, readLocale } from "../options/options.js";
import { createProgress } from "../progress/progress-bar.js";
import type { CommandContext } from "../run-cli/command-context.js";
import { datasetNdjsonLines } from "./ndjson-lines.js";

/**
 * Where `convert` writes: a file by its extension, or a folder of CSV files (a path ending in `/`, without an
 * extension, or an existing folder).
 *
 * @param out - the output path as the user wrote it
 * @param cwd - the folder relative paths start from
 * @returns the format to write
 * @throws CliFailure (exit 2) for a single `.csv` file or an unknown extension
 * @category CLI
 */
export async function outputFormatOf(out: string, cwd: string): Promise<FileFormat> {
  const existing = await stat(path.resolve(cwd, out)).catch(() => undefined);
  if (existing?.isDirectory() === true || out.endsWith("/") || out.endsWith(path.sep) || path.extname(out) === "") return "csv";
  const format = formatOfName(out);
  if (format === "csv") throw usageError(`${out}: CSV output is a folder of files, one per record type; give a folder / CSV 输出是一个文件夹`);
  if (format === undefined) throw usageError(`${out}: unknown output type; use .json, .ndjson, .xlsx or a folder / 无法识别的输出类型`);
  return format;
}

async function writeTo(target: string, name: string, content: string | Uint8Array): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  } catch (error) {
    throw usageError(`${name}: ${fileErrorText(error)}`);
  }
}

/**
 * The exchange document to write: `formatVersion`, `meta` when it says something, then every collection that
 * has records, in the document's order.
 *
 * @param document - the document as read, or a dataset
 * @returns the document, without empty collections
 * @category CLI
 */
export function exchangeDocument(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const written: Record<string, unknown> = { formatVersion: document["formatVersion"] ?? "1.0" };
  const meta = document["meta"];
  if (typeof meta === "object" && meta !== null && Object.keys(meta).length > 0) written["meta"] = meta;
  for (const collection of COLLECTION_NAMES) {
    const records = document[collection];
    if (Array.isArray(records) && records.length > 0) written[collection] = records;
  }
  return written;
}

/**
 * Writes a dataset in a format: the JSON document, NDJSON, a folder of CSV files or an XLSX workbook.
 *
 * @param read - the dataset, and the document as read when there is one
 * @param format - the format
 * @param out - the output path as the user wrote it
 * @param cwd - the folder relative paths start from
 * @param locale - the language of headers and labels in CSV and XLSX
 * @category CLI
 */
export async function writeDatasetOutput(read: Pick<DatasetInput, "dataset" | "document">, format: FileFormat, out: string, cwd: string, locale: Locale): Promise<void> {
  const target = path.resolve(cwd, out);
  const { dataset } = read;
  // JSON and NDJSON keep the document as written (quantities as text), not the parsed values
  const document = exchangeDocument(read.document ?? dataset);
  switch (format) {
    case "json":
      return writeTo(target, out, `${JSON.stringify(document, null, 2)}\n`);
    case "ndjson":
      return writeTo(target, out, datasetNdjsonLines(document).map((line) => `${line}\n`).join(""));
    case "xlsx":
      return writeTo(target, out, await writeXlsxWorkbook(dataset, { locale }));
    case "csv":
      for (const table of writeCsvTables(dataset, { locale })) await writeTo(path.join(target, table.name), path.join(out, table.name), table.content);
      return;
  }
}

/**
 * Defines `dangjian convert <in> <out>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineConvertCommand(command: Command, context: CommandContext): void {
  command
    .summary("convert between JSON, NDJSON, CSV and XLSX / 转换格式")
    .description(
      "convert a dataset between JSON, NDJSON, a folder of CSV files and XLSX (by extension; a folder for CSV); refuses invalid data\n" +
        "在 JSON、NDJSON、CSV 文件夹和 XLSX 之间转换（按扩展名；CSV 为文件夹）；数据有错误时不转换",
    )
    .argument("<in>", "the dataset to read / 输入")
    .argument("<out>", "where to write: .json, .ndjson, .xlsx, or a folder for CSV / 输出")
    .addOption(localeOption())
    .addOption(new Option("--headers <locale>", "language of CSV/XLSX headers and labels (default: --locale) / 表头语言").choices(["zh-CN", "en"]))
    .action(async (input: string, out: string, options: { locale: string; headers?: string }) => {
      const locale = readLocale(options.locale);
      const headers = readLocale(options.headers ?? locale);
      const format = await outputFormatOf(out, context.cwd);
      const located = await locateInput(input, context.cwd);
      const progress = createProgress(context.io.stderr, context.terminal.stderrIsTTY, input);
      let read;
      try {
        read = await readDatasetInput([located], { locale, onProgress: (done, total) => progress.update(done, total) });
      } finally {
        progress.finish();
      }
      const counts = countIssues(read.issues);
      if (counts.error > 0) {
        for (const issue of read.issues) context.io.stderr.write(`${issueLine(issue, locale, context.terminal.stderrColour)}\n`);
        context.io.stderr.write(
          locale === "zh-CN"
            ? `${input}：${countsText(counts, locale)}；数据有错误，未转换\n`
            : `${input}: ${countsText(counts, locale)}; not converted because the data has errors\n`,
        );
        context.setExitCode(1);
        return;
      }
      await writeDatasetOutput(read, format, out, context.cwd, headers);
      const records = COLLECTION_NAMES.reduce((sum, name) => sum + (read.dataset[name]?.length ?? 0), 0);
      context.io.stderr.write(locale === "zh-CN" ? `已写入 ${out}（${records} 条记录）\n` : `wrote ${out} (${records} records)\n`);
    });
}

import path from "node:path";
import { Option, type Command } from "commander";
import { COLLECTION_NAMES, type Locale } from "@dangjian/core";
import { columnHeader, sheetColumns, writeTemplateWorkbook } from "@dangjian/io";
import { localeOption, readLocale, writeResult } from "../options/options.js";
import type { CommandContext } from "../run-cli/command-context.js";
import { usageError } from "../exit-code/exit-code.js";

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One file of the CSV template.
 *
 * @category CLI
 */
export interface TemplateFile {
  /** The file's name (`organizations.csv`). */
  readonly name: string;
  /** Its text, with the byte order mark. */
  readonly content: string;
}

/**
 * The CSV template: one header-only file per record type (`organizations.csv` …), UTF-8 with a byte order
 * mark so Excel opens it as UTF-8, headers in the locale.
 *
 * @param locale - the language of the headers
 * @returns the files' names and texts
 * @category CLI
 */
export function csvTemplateFiles(locale: Locale): TemplateFile[] {
  return COLLECTION_NAMES.map((collection) => ({
    name: `${collection}.csv`,
    content: `\uFEFF${sheetColumns(collection).map((column) => csvCell(columnHeader(collection, column, locale))).join(",")}\r\n`,
  }));
}

/**
 * Defines `dangjian template [--format xlsx|csv] [--out] [--locale]`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineTemplateCommand(command: Command, context: CommandContext): void {
  command
    .summary("write an empty spreadsheet template / 生成空白填报表")
    .description(
      "write an empty spreadsheet to fill in: a sheet per record type with headers, drop-down lists for coded values and an instructions sheet\n" +
        "生成空白填报表：每类记录一张表，含表头、代码值下拉列表和填写说明",
    )
    .addOption(new Option("--format <format>", "xlsx workbook or a folder of csv files / 格式").choices(["xlsx", "csv"]).default("xlsx"))
    .option("--out <path>", "the file (xlsx) or folder (csv) to write / 输出文件或文件夹")
    .addOption(localeOption())
    .action(async (options: { format: "xlsx" | "csv"; out?: string; locale: string }) => {
      const locale = readLocale(options.locale);
      if (options.format === "xlsx") {
        await writeResult(await writeTemplateWorkbook({ locale }), options.out, context.io, context.terminal.stdoutIsTTY, context.cwd);
        return;
      }
      if (options.out === undefined) throw usageError("--format csv needs --out <folder> / CSV 模板需要 --out 文件夹");
      for (const table of csvTemplateFiles(locale)) {
        await writeResult(table.content, path.join(options.out, table.name), context.io, context.terminal.stdoutIsTTY, context.cwd);
      }
    });
}

import { readFile } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { REPORT_FORMATS, buildReport, parseReportSpec, render, type ReportFormat, type ReportScope, type ReportSpecInput } from "@dangjian/reporting";
import { usageError } from "../exit-code/exit-code.js";
import { fileErrorText } from "../dataset-input/input-format.js";
import { loadDataset } from "../dataset-input/load-dataset.js";
import { asOfOption, localeOption, readAsOf, readLocale, writeResult } from "../options/options.js";
import type { CommandContext } from "../run-cli/command-context.js";
import type { Locale } from "@dangjian/core";

/**
 * Reads `--scope type:id` (`region:632200`, `organization:org-1`) into a report scope.
 *
 * @param value - the option's value
 * @returns the scope
 * @throws CliFailure (exit 2) for another form
 * @category CLI
 */
export function readScopeOption(value: string): ReportScope {
  const match = /^(organization|region):(.+)$/.exec(value.trim());
  if (match === null) throw usageError(`--scope: ${value} is not region:<id> or organization:<id> / 范围应写作 region:<编号> 或 organization:<编号>`);
  return { type: match[1] as "organization" | "region", id: match[2] as string };
}

async function readSpec(file: string, cwd: string, locale: Locale): Promise<ReportSpecInput> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw usageError(`${file}: ${fileErrorText(error)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw usageError(`${file}: not valid JSON / 不是有效的 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseReportSpec(input);
  if (!result.ok) throw usageError(`${file}: ${result.issues.map((issue) => `${issue.path || "/"} ${issue.message[locale]}`).join("; ")}`);
  return input as ReportSpecInput;
}

/**
 * Defines `dangjian report <dataset>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineReportCommand(command: Command, context: CommandContext): void {
  command
    .summary("build and render a report / 生成报告")
    .description(
      "build a report (figures, roll-ups, coverage, reconciliation, findings, narrative) and render it\n" +
        "生成报告（数据、汇总、覆盖、核对、问题、叙述）并输出为 Markdown、HTML、CSV、XLSX 或 JSON",
    )
    .argument("<dataset>", "a .json, .ndjson, .xlsx file or a folder of .csv files / 数据集文件或 CSV 文件夹")
    .option("--spec <file>", "a report spec .json (scope, period, sections, policy …) / 报告规格文件")
    .option("--scope <type:id>", "the scope when there is no spec: region:<id> or organization:<id> / 报告范围")
    .addOption(new Option("--format <format>", "output format / 输出格式").choices([...REPORT_FORMATS]).default("markdown"))
    .option("--table <id>", "csv: the id of the table to write / CSV：要输出的表")
    .addOption(new Option("--personal-data <mode>", "show or mask personal data / 是否显示个人信息").choices(["masked", "visible"]))
    .addOption(localeOption())
    .addOption(asOfOption())
    .option("--out <file>", "write to a file instead of stdout (xlsx needs it on a terminal) / 写入文件")
    .action(
      async (
        file: string,
        options: { spec?: string; scope?: string; format: ReportFormat; table?: string; personalData?: "masked" | "visible"; locale: string; asOf?: string; out?: string },
      ) => {
        const locale = readLocale(options.locale);
        if (options.spec === undefined && options.scope === undefined) throw usageError("report needs --spec <file> or --scope region:<id> / 需要 --spec 或 --scope");
        if (options.format === "xlsx" && options.out === undefined && context.terminal.stdoutIsTTY) {
          throw usageError("xlsx output needs --out <file> or a redirected stdout / XLSX 输出需要 --out 或重定向标准输出");
        }
        const spec: ReportSpecInput = options.spec === undefined ? { scope: readScopeOption(options.scope ?? "") } : await readSpec(options.spec, context.cwd, locale);
        const withScope = options.spec !== undefined && options.scope !== undefined ? { ...spec, scope: readScopeOption(options.scope) } : spec;
        const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf);
        const withAsOf = asOf === undefined ? withScope : { ...withScope, asOf };
        const withPersonalData = options.personalData === undefined ? withAsOf : { ...withAsOf, personalData: options.personalData };
        const loaded = await loadDataset(file, context, locale);
        const report = buildReport(loaded.index, withPersonalData);
        const rendered = await render(report, options.format, { locale, ...(options.table === undefined ? {} : { table: options.table }) });
        await writeResult(rendered, options.out, context.io, context.terminal.stdoutIsTTY, context.cwd);
      },
    );
}

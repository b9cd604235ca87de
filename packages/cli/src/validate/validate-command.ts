import { createReadStream } from "node:fs";
import { Option, type Command } from "commander";
import { COLLECTION_NAMES, type Dataset, type IssueSeverity, type Locale, type LocatedIssue } from "@dangjian/core";
import { validateNdjson } from "@dangjian/io";
import { fileChunks, groupInputs, locateInput, readDatasetInput, type FileSummary, type InputFile } from "../dataset-input/index.js";
import { countIssues, countsText, issueLine, paint, reaches, type IssueCounts } from "../output/index.js";
import { localeOption, readLocale } from "../options/options.js";
import { createProgress, type Progress } from "../progress/progress-bar.js";
import type { CommandContext } from "../run-cli/command-context.js";

/**
 * What validating one dataset (a file, or CSV files together) found.
 *
 * @category CLI
 */
export interface DatasetValidation {
  /** The inputs as the user named them. */
  readonly name: string;
  /** The files read, with their format and encoding. */
  readonly files: readonly FileSummary[];
  /** The records that passed every check. */
  readonly records: number;
  /** The issues by severity. */
  readonly counts: IssueCounts;
  /** Whether an issue reached `--fail-on`. */
  readonly failed: boolean;
  /** NDJSON read twice, references checked against the whole file first. */
  readonly passes?: 1 | 2;
}

/**
 * What `dangjian validate --format json` prints: one object with every dataset, every issue and the counts.
 *
 * @category CLI
 */
export interface ValidationOutput {
  /** True when nothing reached `--fail-on`. */
  readonly ok: boolean;
  /** The lowest severity that fails. */
  readonly failOn: IssueSeverity;
  /** Each dataset read: its files, its valid records and its counts. */
  readonly datasets: readonly DatasetValidation[];
  /** The issues of every dataset by severity. */
  readonly counts: IssueCounts;
  /** Every issue with all its fields: code, severity, path, message, text, params, location. */
  readonly issues: readonly LocatedIssue[];
}

/**
 * Counts the records of a dataset.
 *
 * @param dataset - the dataset
 * @returns how many records it holds
 * @category CLI
 */
export function recordCount(dataset: Dataset): number {
  return COLLECTION_NAMES.reduce((sum, name) => sum + (dataset[name]?.length ?? 0), 0);
}

function summaryLine(result: DatasetValidation, locale: Locale, colour: boolean): string {
  const [only] = result.files;
  const names = result.files.length === 1 && only?.encoding !== undefined ? `${result.name} (${only.encoding})` : result.name;
  const verdict = result.failed ? paint(colour, "red", locale === "zh-CN" ? "未通过" : "invalid") : paint(colour, "green", locale === "zh-CN" ? "通过" : "valid");
  const recordText = locale === "zh-CN" ? `${result.records} 条有效记录` : `${result.records} valid record${result.records === 1 ? "" : "s"}`;
  return `${names}: ${verdict}; ${recordText}; ${countsText(result.counts, locale)}`;
}

interface Options {
  readonly locale: Locale;
  readonly failOn: IssueSeverity;
  readonly twoPass: boolean;
}

// NDJSON streams: issues are handed on as found and records are never held, so memory stays flat
async function validateNdjsonFile(input: InputFile, options: Options, progress: Progress, onIssue: (issue: LocatedIssue) => void): Promise<DatasetValidation> {
  const summary = await validateNdjson(fileChunks(input, (done, total) => progress.update(done, total)), {
    file: input.name,
    locale: options.locale,
    onIssue,
    keepIssues: 0,
    ...(options.twoPass ? { referenceSource: createReadStream(input.path) } : {}),
  });
  const counts = summary.severities;
  const failed = (Object.keys(counts) as IssueSeverity[]).some((severity) => counts[severity] > 0 && reaches(severity, options.failOn));
  const encoding = summary.encoding === undefined ? {} : { encoding: summary.encoding };
  return { name: input.name, files: [{ file: input.name, format: "ndjson", ...encoding }], records: summary.valid, counts, failed, passes: summary.passes };
}

async function validateGroup(group: InputFile[], options: Options, progress: Progress, onIssue: (issue: LocatedIssue) => void): Promise<DatasetValidation> {
  const [first] = group;
  if (first?.format === "ndjson") return validateNdjsonFile(first, options, progress, onIssue);
  const read = await readDatasetInput(group, { locale: options.locale, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  for (const issue of read.issues) onIssue(issue);
  return {
    name: read.name,
    files: read.files,
    records: recordCount(read.dataset),
    counts: countIssues(read.issues),
    failed: read.issues.some((issue) => reaches(issue.severity, options.failOn)),
  };
}

/**
 * Defines `dangjian validate <file...>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineValidateCommand(command: Command, context: CommandContext): void {
  command
    .summary("validate JSON, NDJSON, CSV or XLSX files / 校验数据文件")
    .description(
      "validate exchange files: JSON, NDJSON (streamed), CSV (several files or a folder form one dataset), XLSX;\n" +
        "every issue with its location (file, sheet, row, column; line; JSON pointer)\n" +
        "校验交换文件：JSON、NDJSON（流式）、CSV（多个文件或一个文件夹为一个数据集）、XLSX；每个问题都标明位置",
    )
    .argument("<file...>", "files or folders to validate / 要校验的文件或文件夹")
    .addOption(localeOption())
    .addOption(new Option("--format <format>", "output: text, or json for machines / 输出格式").choices(["text", "json"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "lowest severity that fails (exit 1) / 导致失败的最低级别").choices(["error", "warning", "info"]).default("error"))
    .option(
      "--two-pass",
      "NDJSON: read the file twice, ids first, so references to records further down are checked without holding them / NDJSON：读两遍，先收集编号",
      false,
    )
    .action(async (files: string[], raw: { locale: string; format: "text" | "json"; failOn: IssueSeverity; twoPass: boolean }) => {
      const options: Options = { locale: readLocale(raw.locale), failOn: raw.failOn, twoPass: raw.twoPass };
      const { locale } = options;
      const inputs: InputFile[] = [];
      for (const file of files) inputs.push(await locateInput(file, context.cwd));
      const { stdout } = context.io;
      const colour = context.terminal.stdoutColour;
      const issues: LocatedIssue[] = [];
      const results: DatasetValidation[] = [];
      for (const group of groupInputs(inputs)) {
        const progress = createProgress(context.io.stderr, context.terminal.stderrIsTTY, group.map((input) => input.name).join(", "));
        // text goes out as found (NDJSON streams); JSON is one object at the end
        const onIssue =
          raw.format === "json"
            ? (issue: LocatedIssue) => void issues.push(issue)
            : (issue: LocatedIssue) => {
                progress.finish();
                stdout.write(`${issueLine(issue, locale, colour)}\n`);
              };
        try {
          const result = await validateGroup(group, options, progress, onIssue);
          results.push(result);
        } finally {
          progress.finish();
        }
        const last = results.at(-1);
        if (raw.format === "text" && last !== undefined) stdout.write(`${summaryLine(last, locale, colour)}\n`);
      }
      const failed = results.some((result) => result.failed);
      context.setExitCode(failed ? 1 : 0);
      if (raw.format === "json") {
        const counts = { error: 0, warning: 0, info: 0 };
        for (const result of results) for (const severity of ["error", "warning", "info"] as const) counts[severity] += result.counts[severity];
        const output: ValidationOutput = { ok: !failed, failOn: options.failOn, datasets: results, counts, issues };
        stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      }
    });
}

import { indexDataset, type DatasetIndex, type Locale } from "@dangjian/core";
import { countIssues, countsText } from "../output/issue-line.js";
import { paint } from "../output/terminal.js";
import { createProgress } from "../progress/progress-bar.js";
import type { CommandContext } from "../run-cli/command-context.js";
import { locateInput } from "./input-format.js";
import { readDatasetInput, type DatasetInput } from "./read-dataset-input.js";

/**
 * A dataset read for `report`, `check`, `plan` or `convert`, with its index.
 *
 * @category CLI
 */
export interface LoadedDataset extends DatasetInput {
  /** The index of its valid records. */
  readonly index: DatasetIndex;
}

/**
 * Reads the `<dataset>` argument (a file, or a folder of CSV files) and indexes its valid records. When the
 * data has errors, one line on stderr says so and points to `dangjian validate`; the records with errors are
 * left out.
 *
 * @param name - the path as the user wrote it
 * @param context - streams, terminal, working folder
 * @param locale - the language of issue texts
 * @returns the dataset, its issues and its index
 * @throws CliFailure (exit 2) when the input cannot be read
 * @category CLI
 */
export async function loadDataset(name: string, context: CommandContext, locale: Locale): Promise<LoadedDataset> {
  const input = await locateInput(name, context.cwd);
  const progress = createProgress(context.io.stderr, context.terminal.stderrIsTTY, name);
  let read: DatasetInput;
  try {
    read = await readDatasetInput([input], { locale, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.finish();
  }
  const counts = countIssues(read.issues);
  if (counts.error > 0) {
    const text =
      locale === "zh-CN"
        ? `${name}：${countsText(counts, locale)}；有错误的记录已略去（用 dangjian validate ${name} 查看）`
        : `${name}: ${countsText(counts, locale)}; records with errors are left out (see dangjian validate ${name})`;
    context.io.stderr.write(`${paint(context.terminal.stderrColour, "yellow", text)}\n`);
  }
  return { ...read, index: indexDataset(read.dataset) };
}

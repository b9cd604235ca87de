import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Command } from "commander";
import { writeResult } from "../options/options.js";
import type { CommandContext } from "../run-cli/command-context.js";

/**
 * Where the committed JSON Schema of the exchange document lives: the file `@dangjian/core` exports as
 * `@dangjian/core/schema/dataset.schema.json`, resolved the way any Node program would.
 *
 * @returns the absolute path of the schema file
 * @category CLI
 */
export function datasetSchemaFile(): string {
  return createRequire(import.meta.url).resolve("@dangjian/core/schema/dataset.schema.json");
}

/**
 * Defines `dangjian schema [--out file]`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineSchemaCommand(command: Command, context: CommandContext): void {
  command
    .summary("print the JSON Schema / 输出 JSON Schema")
    .description(
      "print the JSON Schema (draft 2020-12) of the exchange document, as committed in @dangjian/core\n" +
        "输出交换文档的 JSON Schema（draft 2020-12）",
    )
    .option("--out <file>", "write to a file instead of stdout / 写入文件而不是标准输出")
    .action(async (options: { out?: string }) => {
      const text = await readFile(datasetSchemaFile(), "utf8");
      await writeResult(text, options.out, context.io, context.terminal.stdoutIsTTY, context.cwd);
    });
}

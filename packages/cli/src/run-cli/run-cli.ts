import process from "node:process";
import { Command, CommanderError } from "commander";
import { isDangjianError } from "@dangjian/core";
import { EXIT_CODES, isCliFailure } from "../exit-code/exit-code.js";
import { paint, terminalOf } from "../output/terminal.js";
import { defineValidateCommand } from "../validate/validate-command.js";
import { defineReportCommand } from "../report/report-command.js";
import { defineCheckCommand } from "../check/check-command.js";
import { definePlanCommand } from "../plan/plan-command.js";
import { defineConvertCommand } from "../convert/convert-command.js";
import { defineSchemaCommand } from "../schema/schema-command.js";
import { defineTemplateCommand } from "../template/template-command.js";
import { defineQuantityCommand } from "../quantity/quantity-command.js";
import type { CliIo } from "./cli-io.js";
import type { CommandContext } from "./command-context.js";

declare const __DANGJIAN_CLI_VERSION__: string | undefined;

/**
 * The version of the command, as its package.json says (set at build time).
 *
 * @category CLI
 */
export const CLI_VERSION: string = typeof __DANGJIAN_CLI_VERSION__ === "string" ? __DANGJIAN_CLI_VERSION__ : "0.0.0-dev";

// commander's own exits: help and version asked for are success; every other is a usage error
const SUCCESSFUL_EXITS = new Set(["commander.helpDisplayed", "commander.version"]);

function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}

/**
 * Runs the `dangjian` command in-process: parses `argv` (the arguments after the program name), runs the
 * command, writes to the given streams and returns the exit code instead of exiting. Never throws and never
 * prints a stack trace: an unexpected error is one line on stderr and exit 2.
 *
 * Exit codes: 0 success; 1 invalid data or findings at or above `--fail-on`; 2 a usage error or input that
 * cannot be read.
 *
 * @param argv - the arguments, e.g. `["validate", "members.xlsx", "--locale", "en"]`
 * @param io - stdout, stderr, the environment, whether they are terminals, the working folder
 * @returns the exit code
 * @example
 * ```ts
 * const code = await runCli(["validate", "data.json"], { stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 * @category CLI
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const terminal = terminalOf(io);
  let exitCode: number = EXIT_CODES.ok;
  const context: CommandContext = {
    io,
    terminal,
    cwd: io.cwd ?? process.cwd(),
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command("dangjian")
    .description(
      "Validate, check, report on and convert grassroots Party-building exchange data (JSON, NDJSON, CSV, XLSX).\n" +
        "校验、检查、汇报和转换基层党建交换数据（JSON、NDJSON、CSV、XLSX）。\n\n" +
        "Exit codes / 退出码: 0 success 成功; 1 invalid data or findings 数据无效或有问题; 2 usage error or unreadable input 用法错误或无法读取输入",
    )
    .version(CLI_VERSION, "-V, --version", "print the version / 显示版本")
    .helpOption("-h, --help", "show help / 显示帮助")
    .helpCommand("help [command]", "show help for a command / 显示命令帮助")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      getOutHasColors: () => terminal.stdoutColour,
      getErrHasColors: () => terminal.stderrColour,
      outputError: (text, write) => write(paint(terminal.stderrColour, "red", text)),
    });
  defineValidateCommand(program.command("validate"), context);
  defineReportCommand(program.command("report"), context);
  defineCheckCommand(program.command("check"), context);
  definePlanCommand(program.command("plan"), context);
  defineConvertCommand(program.command("convert"), context);
  defineSchemaCommand(program.command("schema"), context);
  defineTemplateCommand(program.command("template"), context);
  defineQuantityCommand(program.command("quantity"), context);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return exitOf(error, io, terminal.stderrColour);
  }
}

function exitOf(error: unknown, io: CliIo, colour: boolean): number {
  const report = (text: string) => void io.stderr.write(`${paint(colour, "red", `dangjian: ${firstLine(text)}`)}\n`);
  if (error instanceof CommanderError) {
    // commander has printed its message already
    return SUCCESSFUL_EXITS.has(error.code) ? EXIT_CODES.ok : EXIT_CODES.usage;
  }
  if (isCliFailure(error)) {
    report(error.message);
    return error.exitCode;
  }
  if (isDangjianError(error)) {
    report(`[${error.code}] ${error.message}`);
    return EXIT_CODES.usage;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  report(`unexpected error / 意外错误: ${message}`);
  return EXIT_CODES.usage;
}

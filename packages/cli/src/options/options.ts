import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Option } from "commander";
import { isCalendarDate, LOCALES, type CalendarDate, type Locale } from "@dangjian/core";
import { usageError } from "../exit-code/exit-code.js";
import type { CliIo } from "../run-cli/cli-io.js";
import { fileErrorText } from "../dataset-input/input-format.js";

/**
 * The `--locale` option: the language of messages, zh-CN by default.
 *
 * @returns the option
 * @category CLI
 */
export function localeOption(): Option {
  return new Option("--locale <locale>", "language of messages / 信息语言").choices([...LOCALES]).default("zh-CN");
}

/**
 * The `--as-of <date>` option: the day the rules judge at, today when omitted.
 *
 * @returns the option
 * @category CLI
 */
export function asOfOption(): Option {
  return new Option("--as-of <date>", "the day to judge at, YYYY-MM-DD; today when omitted / 判断日期，默认今天");
}

/**
 * Reads `--as-of`: a real calendar day (2023-02-30 is refused), or today in the local time zone.
 *
 * @param value - the option's value
 * @param today - the clock, for tests
 * @returns the day
 * @throws CliFailure (exit 2) for a value that is not a day
 * @category CLI
 */
export function readAsOf(value: string | undefined, today: () => Date = () => new Date()): CalendarDate {
  if (value === undefined) {
    const now = today();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  if (!isCalendarDate(value)) throw usageError(`--as-of: ${value} is not a day as YYYY-MM-DD / 不是有效日期`);
  return value;
}

/**
 * Narrows the `--locale` value commander checked against its choices.
 *
 * @param value - the option's value
 * @returns the locale
 * @category CLI
 */
export function readLocale(value: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : "zh-CN";
}

/**
 * Writes a result to `--out` (creating its folder) or to stdout. Bytes go to stdout only when it is not a
 * terminal, so a workbook never garbles a screen.
 *
 * @param content - text or bytes
 * @param out - the `--out` path, if given
 * @param io - the streams
 * @param stdoutIsTTY - whether stdout is a terminal
 * @param cwd - the folder relative paths start from
 * @throws CliFailure (exit 2) when the file cannot be written, or bytes would go to a terminal
 * @category CLI
 */
export async function writeResult(content: string | Uint8Array, out: string | undefined, io: CliIo, stdoutIsTTY: boolean, cwd: string): Promise<void> {
  if (out === undefined || out === "-") {
    if (typeof content !== "string" && stdoutIsTTY) {
      throw usageError("binary output needs --out <file> or a redirected stdout / 二进制输出需要 --out 或重定向标准输出");
    }
    io.stdout.write(content);
    return;
  }
  const target = path.resolve(cwd, out);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  } catch (error) {
    throw usageError(`${out}: ${fileErrorText(error)}`);
  }
}

/**
 * The exit codes of the `dangjian` command, the contract a pipeline relies on.
 *
 * - `ok` (0): success; warnings may have been printed.
 * - `invalid` (1): the data is invalid, or findings reached the `--fail-on` severity.
 * - `usage` (2): a usage error (unknown command or option, a bad value) or input that cannot be read.
 *
 * @category CLI
 */
export const EXIT_CODES = {
  /** Success: the data is valid, or the work is done. */
  ok: 0,
  /** Invalid data, or findings at or above `--fail-on`. */
  invalid: 1,
  /** A usage error, or input that cannot be read. */
  usage: 2,
} as const;

/**
 * One of {@link EXIT_CODES}.
 *
 * @category CLI
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

const BRAND = Symbol.for("@dangjian/cli/CliFailure");

/**
 * A failure the command reports as one line on stderr with its exit code, never as a stack trace: a usage
 * error, a file that cannot be read, a format that is not supported.
 *
 * @category CLI
 */
export class CliFailure extends Error {
  /** The exit code the command ends with. */
  readonly exitCode: ExitCode;

  /**
   * @param exitCode - the exit code to end with
   * @param message - the one line shown to the user
   */
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = "CliFailure";
    this.exitCode = exitCode;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether a value is a {@link CliFailure} (by brand, so two copies of the package agree).
 *
 * @param value - anything caught
 * @returns whether it is a CliFailure
 * @category CLI
 */
export function isCliFailure(value: unknown): value is CliFailure {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * A usage error: a bad option value, a missing argument, a format that is not supported. Exit 2.
 *
 * @param message - the one line shown to the user
 * @returns the failure to throw
 * @category CLI
 */
export function usageError(message: string): CliFailure {
  return new CliFailure(EXIT_CODES.usage, message);
}

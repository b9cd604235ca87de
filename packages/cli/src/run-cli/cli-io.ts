/**
 * A stream the command writes to: `process.stdout`, `process.stderr`, or a fake in tests.
 *
 * @category CLI
 */
export interface OutputStream {
  /** Writes text or bytes. */
  write(chunk: string | Uint8Array): unknown;
}

/**
 * Whether stdout and stderr are terminals, which decides colour, the progress bar and whether binary
 * output may go to stdout.
 *
 * @category CLI
 */
export interface TerminalFlags {
  /** stdout is a terminal. */
  readonly stdout?: boolean;
  /** stderr is a terminal. */
  readonly stderr?: boolean;
}

/**
 * The world the command runs in, passed in so tests run it in-process with fake streams.
 *
 * @category CLI
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: OutputStream;
  /** Where issues of the command itself, the progress bar and summaries go. */
  readonly stderr: OutputStream;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`); none when omitted. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Which streams are terminals; a boolean sets both; neither when omitted. */
  readonly isTTY?: boolean | TerminalFlags;
  /** The folder relative paths are resolved against; `process.cwd()` when omitted. */
  readonly cwd?: string;
}

import type { Terminal } from "../output/terminal.js";
import type { CliIo } from "./cli-io.js";

/**
 * What every command's action gets: the streams, what the terminal allows, the working folder, and where to
 * put the exit code it ends with.
 *
 * @category CLI
 */
export interface CommandContext {
  /** The streams and environment. */
  readonly io: CliIo;
  /** Colour and terminal flags. */
  readonly terminal: Terminal;
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** Records the exit code (0 or 1) the command ends with when nothing fails. */
  readonly setExitCode: (code: 0 | 1) => void;
}

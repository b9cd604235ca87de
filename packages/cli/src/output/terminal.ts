import type { CliIo } from "../run-cli/cli-io.js";

/**
 * What the command may do on its streams: colour on stdout and stderr, a progress bar on stderr, binary
 * output on stdout.
 *
 * @category CLI
 */
export interface Terminal {
  /** stdout is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** stderr is a terminal. */
  readonly stderrIsTTY: boolean;
  /** Colour on stdout. */
  readonly stdoutColour: boolean;
  /** Colour on stderr. */
  readonly stderrColour: boolean;
}

// NO_COLOR disables colour whatever its value (no-color.org); FORCE_COLOR=0 too; a dumb terminal has none
function colourAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env["NO_COLOR"] !== undefined) return false;
  if (env["FORCE_COLOR"] === "0" || env["FORCE_COLOR"] === "false") return false;
  return env["TERM"] !== "dumb";
}

/**
 * Reads what the streams allow: colour only on a terminal and never with `NO_COLOR` (any value) or
 * `FORCE_COLOR=0`.
 *
 * @param io - the streams, environment and terminal flags
 * @returns the terminal's capabilities
 * @example
 * ```ts
 * terminalOf({ stdout, stderr, env: { NO_COLOR: "" }, isTTY: true }).stdoutColour; // false
 * ```
 * @category CLI
 */
export function terminalOf(io: CliIo): Terminal {
  const flags = typeof io.isTTY === "boolean" ? { stdout: io.isTTY, stderr: io.isTTY } : (io.isTTY ?? {});
  const stdoutIsTTY = flags.stdout === true;
  const stderrIsTTY = flags.stderr === true;
  const allowed = colourAllowed(io.env ?? {});
  return { stdoutIsTTY, stderrIsTTY, stdoutColour: stdoutIsTTY && allowed, stderrColour: stderrIsTTY && allowed };
}

const STYLES: { readonly [S in Style]: readonly [number, number] } = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/**
 * A colour or weight of text.
 *
 * @category CLI
 */
export type Style = "red" | "yellow" | "cyan" | "green" | "dim" | "bold";

/**
 * Wraps text in an ANSI style when colour is on, else returns it unchanged.
 *
 * @param on - whether colour is on for the stream
 * @param style - the style
 * @param text - the text
 * @returns the text, styled or not
 * @category CLI
 */
export function paint(on: boolean, style: Style, text: string): string {
  if (!on) return text;
  const [open, close] = STYLES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

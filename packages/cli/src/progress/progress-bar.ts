import type { OutputStream } from "../run-cli/cli-io.js";

/**
 * A progress display for long work; silent when stderr is not a terminal.
 *
 * @category CLI
 */
export interface Progress {
  /** Shows how far the work is: a share when the total is known, else a count. */
  update(done: number, total?: number): void;
  /** Clears the bar so the next output starts on a clean line. */
  finish(): void;
}

const WIDTH = 24;
const SILENT: Progress = { update: () => undefined, finish: () => undefined };

/**
 * A progress bar on stderr, redrawn in place and at most every 100 ms, only when stderr is a terminal.
 *
 * @param stderr - where to draw it
 * @param enabled - whether stderr is a terminal
 * @param label - what is being done (`members.ndjson`)
 * @param now - the clock, for tests
 * @returns the progress display
 * @category CLI
 */
export function createProgress(stderr: OutputStream, enabled: boolean, label: string, now: () => number = Date.now): Progress {
  if (!enabled) return SILENT;
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - last < 100) return;
      last = time;
      drawn = true;
      if (total === undefined || total <= 0) {
        stderr.write(`\r${label} ${done.toLocaleString("en")}`);
        return;
      }
      const share = Math.min(1, Math.max(0, done / total));
      const filled = Math.round(share * WIDTH);
      stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%`);
    },
    finish() {
      if (drawn) stderr.write("\r\u001b[2K");
      drawn = false;
    },
  };
}

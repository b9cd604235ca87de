import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/index.js";

/** The fixtures folder. */
export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** A fixture's absolute path. */
export const fixture = (name: string): string => path.join(fixtures, name);

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Uint8Array;
}

function collector() {
  const chunks: Uint8Array[] = [];
  return {
    chunks,
    stream: {
      write(chunk: string | Uint8Array) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
        return true;
      },
    },
  };
}

/** Runs the command in-process with fake streams; not a terminal and no environment unless given. */
export async function run(argv: readonly string[], io: Partial<Pick<CliIo, "env" | "isTTY" | "cwd">> = {}): Promise<RunResult> {
  const out = collector();
  const err = collector();
  const code = await runCli(argv, { stdout: out.stream, stderr: err.stream, env: io.env ?? {}, isTTY: io.isTTY ?? false, cwd: io.cwd ?? fixtures });
  const stdoutBytes = Buffer.concat(out.chunks);
  return { code, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err.chunks).toString("utf8"), stdoutBytes };
}

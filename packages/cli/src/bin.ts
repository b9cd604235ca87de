#!/usr/bin/env node
import process from "node:process";

// a closed pipe (`dangjian schema | head`) is not an error worth a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  // loaded here, not imported at the top, so even a broken install is one line on stderr rather than a stack
  const { runCli } = await import("./index.js");
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  });
} catch (error) {
  process.stderr.write(`dangjian: cannot start / 无法启动: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  process.exitCode = 2;
}

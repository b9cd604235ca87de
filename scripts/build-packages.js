#!/usr/bin/env node
// Builds the published packages quietly with turbo (cached: a no-op when nothing changed); the build's log is
// shown only when it fails. Run by `pnpm install` (the root `prepare` script, with --after-install: a failed
// build is reported but does not fail the install, so `pnpm test` still runs and counts it) and by `pnpm start`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Builds packages/* with turbo.
 * @returns {{ ok: boolean, log: string }}
 */
export function buildPackages() {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };
  const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], { encoding: "utf8", env });
  return { ok: build.status === 0, log: `${build.stdout ?? ""}${build.stderr ?? ""}${build.error ? String(build.error) : ""}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const afterInstall = process.argv.includes("--after-install");
  const { ok, log } = buildPackages();
  if (!ok) {
    process.stderr.write(log);
    if (afterInstall) process.stderr.write("\nThe packages did not build; `pnpm test` reports it, `pnpm start` tries again.\n");
    process.exit(afterInstall ? 0 : 1);
  }
}

// The main job: build the packages quietly (their log is shown only when the build fails), then run the
// Haibei example with the arguments given to `pnpm start`.
import { spawnSync } from "node:child_process";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], {
  encoding: "utf8",
  env,
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
const run = spawnSync(process.execPath, ["examples/haibei/src/main.js", ...args], { stdio: "inherit", env });
process.exit(run.status ?? 1);

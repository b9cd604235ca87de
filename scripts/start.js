// The main job: build the packages (a cached no-op after `pnpm install`, which builds them), then run the Haibei
// example with the arguments given to `pnpm start`.
import { spawnSync } from "node:child_process";
import { buildPackages } from "./build-packages.js";

const build = buildPackages();
if (!build.ok) {
  process.stderr.write(build.log);
  process.exit(1);
}
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
const run = spawnSync(process.execPath, ["examples/haibei/src/main.js", ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);

import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const define = { __DANGJIAN_CLI_VERSION__: JSON.stringify(version) };

// `clean` removes dist/ before every build, so only the first config may clean: two cleaning configs run
// at the same time and each deletes the other's output
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    splitting: false,
    sourcemap: true,
    clean: true,
    shims: true,
    target: "es2022",
    platform: "node",
    tsconfig: "tsconfig.build.json",
    define,
  },
  {
    // the executable: ESM only, with its shebang kept; it loads dist/index.js at run time rather than bundling
    // a second copy, so a failure to load is caught and shown as one line
    entry: { bin: "src/bin.ts" },
    external: ["./index.js"],
    format: ["esm"],
    splitting: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "node",
    tsconfig: "tsconfig.build.json",
    define,
  },
]);

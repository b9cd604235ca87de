import { readFileSync } from "node:fs";
import { defineProject } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineProject({
  resolve: { conditions: ["@dangjian/source"] },
  define: { __DANGJIAN_CLI_VERSION__: JSON.stringify(version) },
  test: { name: "cli", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

import { defineConfig } from "vitest/config";

// Every package and example that has its own vitest config is a project; scripts/test-all.js runs
// them all under three time zones.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"],
  },
});

import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@dangjian/source"] },
  test: { name: "io", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@dangjian/source"] },
  test: { name: "reporting", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "example-haibei", include: ["src/**/*.test.js"] },
});

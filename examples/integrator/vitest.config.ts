import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "example-integrator", include: ["src/**/*.test.js"] },
});

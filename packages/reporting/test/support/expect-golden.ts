import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * Compares a rendering with its golden file under `__golden__/`, byte for byte; `UPDATE_GOLDEN=1` rewrites the
 * file instead. For tests only, not exported from the package.
 *
 * @param name - the golden file's name
 * @param actual - the rendering
 * @internal
 */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(`../../src/render/__golden__/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`the golden file __golden__/${name} is missing; write it with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

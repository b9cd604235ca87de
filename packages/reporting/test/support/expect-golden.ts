import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * Compares a rendering with its golden file under `__golden__/`, byte for byte; `UPDATE_GOLDEN=1` rewrites the
 * file instead. For tests only, not exported from the package.
 *
 * @param name - the golden file's name
 * @param actual - the rendering
 * @param folder - the folder holding `__golden__/`; the renderers' by default
 * @internal
 */
export function expectGolden(name: string, actual: string, folder: URL = new URL("../../src/render/", import.meta.url)): void {
  const file = new URL(`__golden__/${name}`, folder);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`the golden file __golden__/${name} is missing; write it with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

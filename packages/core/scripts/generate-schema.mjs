#!/usr/bin/env node
// Writes schema/dataset.schema.json from the built package (`pnpm --filter @dangjian/core schema` builds
// first). Plain ESM on dist because Node 20 cannot run TypeScript and the repo has no TS runner.
// test/json-schema-committed.test.ts fails when the committed file differs from a fresh generation.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist", "index.js");
const out = path.join(root, "schema", "dataset.schema.json");

if (!existsSync(dist)) {
  console.error(`${path.relative(process.cwd(), dist)} is missing: build the package first (pnpm --filter @dangjian/core build).`);
  process.exit(1);
}
const { toDatasetJsonSchema } = await import(pathToFileURL(dist).href);
// the same serialization the test compares with: two-space JSON and a trailing newline
const text = JSON.stringify(toDatasetJsonSchema(), null, 2) + "\n";
const before = existsSync(out) ? readFileSync(out, "utf8") : undefined;
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`${path.relative(process.cwd(), out)} ${before === text ? "unchanged" : "written"} (${text.length} bytes)`);

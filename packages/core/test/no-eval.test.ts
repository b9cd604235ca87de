// parseDataset where code generation from strings is forbidden (a strict CSP, or Node's
// --disallow-code-generation-from-strings): z.compile's `new Function` throws an EvalError, which zod
// wraps in ZodCompileUnsupportedError at compile time; record-schema.ts catches it and keeps the
// interpreted schema. zod's own object JIT probe (util.allowsEval) swallows the EvalError too.
// The child runs the BUILT package, so this needs packages/core/dist (pnpm test builds first).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { packageRoot, readFixtures } from "./support/fixtures.js";

const dist = path.join(packageRoot, "dist", "index.js");
const missing = !existsSync(dist);
const child = path.join(packageRoot, "test", "support", "no-eval-child.mjs");

const files = [
  ...readFixtures("should-pass").map((fixture) => fixture.file),
  ...readFixtures("should-fail").map((fixture) => fixture.file),
  path.join(packageRoot, "../../examples/haibei/data/haibei.dataset.json"),
].filter((file) => existsSync(file));

interface Report {
  codeGeneration: boolean;
  zodAllowsEval: boolean;
  compiled: Record<string, boolean>;
  results: { file: string; ok: boolean; dataset: unknown; issues: unknown[] }[];
}

function runChild(flags: string[]): Report {
  const output = execFileSync(process.execPath, [...flags, child, dist, ...files], {
    cwd: packageRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Report;
}

describe.skipIf(missing)(
  missing ? "no code generation (SKIPPED: packages/core/dist is missing; run pnpm --filter @dangjian/core build)" : "no code generation",
  () => {
    it("parses every fixture with the same issues and the same dataset as with code generation", async () => {
      const strict = runChild(["--disallow-code-generation-from-strings"]);
      expect(strict.codeGeneration, "the flag did not forbid new Function").toBe(false);
      expect(strict.zodAllowsEval, "zod's JIT probe should report false, not throw").toBe(false);
      expect(Object.values(strict.compiled).every((compiled) => !compiled), "no record schema can be compiled").toBe(true);

      const core = (await import(pathToFileURL(dist).href)) as typeof import("../src/index.js");
      const names = core.COLLECTION_NAMES;
      expect(names.filter((name) => !core.isRecordSchemaCompiled(name)), "in-process, every record schema is compiled").toEqual([]);
      for (const result of strict.results) {
        const inProcess = core.parseDataset(JSON.parse(readFileSync(result.file, "utf8")), { locale: "en" });
        const expected = JSON.parse(JSON.stringify({ ok: inProcess.ok, dataset: inProcess.dataset, issues: inProcess.issues })) as unknown;
        expect({ ok: result.ok, dataset: result.dataset, issues: result.issues }, path.basename(result.file)).toEqual(expected);
      }
      expect(strict.results.length).toBe(files.length);
    });
  },
);

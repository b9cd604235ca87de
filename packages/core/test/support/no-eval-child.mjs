// Child process of test/no-eval.test.ts, run as `node --disallow-code-generation-from-strings`.
// Imports the built package, parses each fixture file named on the command line, and prints one JSON
// object: whether code generation is really off, what zod and our record schemas decided, and the results.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { z } from "zod";

const [dist, ...files] = process.argv.slice(2);
let codeGeneration = true;
try {
  new Function("return 1");
} catch (error) {
  codeGeneration = !(error instanceof EvalError);
}
const core = await import(pathToFileURL(dist).href);
const results = files.map((file) => {
  const { ok, dataset, issues } = core.parseDataset(JSON.parse(readFileSync(file, "utf8")), { locale: "en" });
  return { file, ok, dataset, issues };
});
const compiled = Object.fromEntries(core.COLLECTION_NAMES.map((name) => [name, core.isRecordSchemaCompiled(name)]));
process.stdout.write(JSON.stringify({ codeGeneration, zodAllowsEval: z.core.util.allowsEval.value, compiled, results }));

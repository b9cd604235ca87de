import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";

/** The package folder (packages/core). */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the committed JSON Schema lives. */
export const committedSchemaFile = path.join(packageRoot, "schema", "dataset.schema.json");

/** One fixture document. */
export interface Fixture {
  readonly name: string;
  readonly file: string;
  readonly document: unknown;
}

/** Every `*.json` of fixtures/should-pass or fixtures/should-fail, sorted by name. */
export function readFixtures(folder: "should-pass" | "should-fail"): Fixture[] {
  const dir = path.join(packageRoot, "fixtures", folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { name: name.replace(/\.json$/, ""), file, document: JSON.parse(readFileSync(file, "utf8")) as unknown };
    });
}

/** The committed schema, parsed. */
export function readCommittedSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(committedSchemaFile, "utf8")) as Record<string, unknown>;
}

/**
 * Ajv 2020 as an integrator should configure it for our schema, in strict mode. Two options, both needed:
 * - `allowUnionTypes`: zod writes a union of primitives as `type: ["string", "number", "boolean"]`, which is
 *   plain JSON Schema; Ajv's strict mode only asks to opt in to it.
 * - `formats`: strict mode refuses unknown formats and ajv-formats is not a dependency. `date` is accepted
 *   as is because the same schema node carries the full date `pattern` (leap years included), so the
 *   format adds nothing; `uri` is checked with the WHATWG URL parser, which is what zod's `z.url()` uses
 *   (an RFC 3986 checker in another language may differ on edge cases).
 */
export function createAjv(): Ajv2020 {
  return new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: false,
    formats: {
      date: true,
      uri: (text: string) => URL.canParse(text.trim()),
    },
  });
}

/** The committed schema compiled with {@link createAjv}. */
export function compileCommittedSchema(): ValidateFunction {
  return createAjv().compile(readCommittedSchema());
}

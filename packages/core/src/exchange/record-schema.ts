import { z } from "zod";
import { RECORD_SCHEMAS, type CollectionName } from "./dataset.js";

interface Entry {
  readonly schema: z.ZodType;
  readonly compiled: boolean;
}

type Compiler = (schema: z.ZodType, options?: { strict?: boolean }) => z.ZodType;

const cache = new Map<CollectionName, Entry>();

function compile(schema: z.ZodType): Entry {
  const compiler = (z as { compile?: Compiler }).compile;
  // zod before 4.6 has no compiler: the interpreted schema is the only path
  if (typeof compiler !== "function") return { schema, compiled: false };
  try {
    // strict, so a refusal throws instead of handing back the interpreted schema silently: we want to know
    const compiled = compiler(schema, { strict: true });
    // first use, here rather than on a caller's record: zod 4.6 evaluates the generated code eagerly, but a
    // compiler that did so lazily would raise its EvalError now, where it falls back cleanly
    compiled.safeParse(undefined);
    return { schema: compiled, compiled: true };
  } catch {
    // code generation forbidden (--disallow-code-generation-from-strings, a strict CSP: zod wraps the
    // EvalError in ZodCompileUnsupportedError) or a schema the compiler does not model: same results, slower
    return { schema, compiled: false };
  }
}

function entry(collection: CollectionName): Entry {
  let found = cache.get(collection);
  if (!found) {
    found = compile(RECORD_SCHEMAS[collection]);
    cache.set(collection, found);
  }
  return found;
}

/**
 * The schema that validates one record of a collection, compiled once on first use when zod can compile
 * (zod 4.6 and later, where `new Function` is allowed), interpreted otherwise. Both give the same data and
 * the same issues: the compiled schema hands every record it rejects to the interpreted one.
 *
 * @param collection - the collection's name
 * @returns the record schema
 * @example
 * ```ts
 * recordSchema("organizations").safeParse({ id: "org-1", name: "某支部", kind: "branch" }).success; // true
 * ```
 * @category Exchange
 */
export function recordSchema(collection: CollectionName): z.ZodType {
  return entry(collection).schema;
}

/**
 * Whether {@link recordSchema} runs zod's compiled fast path for a collection: false on zod before 4.6,
 * where code generation from strings is forbidden, or where the compiler refuses the schema.
 *
 * @param collection - the collection's name
 * @returns true when the record schema is compiled
 * @example
 * ```ts
 * if (!isRecordSchemaCompiled("people")) console.warn("validating people on zod's interpreted path");
 * ```
 * @category Exchange
 */
export function isRecordSchemaCompiled(collection: CollectionName): boolean {
  return entry(collection).compiled;
}

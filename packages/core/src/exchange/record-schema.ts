import { z } from "zod";
import { RECORD_SCHEMAS, type CollectionName } from "./dataset.js";

const cache = new Map<CollectionName, z.ZodType>();

function compile(schema: z.ZodType): z.ZodType {
  const compiler = (z as { compile?: (schema: z.ZodType) => z.ZodType }).compile;
  if (typeof compiler !== "function") return schema;
  try {
    return compiler(schema);
  } catch {
    // where code generation is forbidden (a strict CSP), the interpreted schema gives the same results
    return schema;
  }
}

/**
 * The schema that validates one record of a collection, compiled once on first use when zod can compile
 * (zod 4.6 and later, where `new Function` is allowed), interpreted otherwise.
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
  let schema = cache.get(collection);
  if (!schema) {
    schema = compile(RECORD_SCHEMAS[collection]);
    cache.set(collection, schema);
  }
  return schema;
}

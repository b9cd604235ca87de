import type { Issue } from "./issue.js";

/**
 * The result of parsing untrusted input: never thrown, always with the issues found.
 * When `ok` is true the value is usable; warnings and infos may still be in `issues`.
 *
 * @example
 * ```ts
 * const result = parseQuantity("400余名");
 * if (result.ok) console.log(result.value.min); // 400
 * else console.log(result.issues.map((issue) => issue.message.en));
 * ```
 * @category Issues
 */
export type ParseResult<Value> =
  | { readonly ok: true; readonly value: Value; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly value?: undefined; readonly issues: readonly Issue[] };

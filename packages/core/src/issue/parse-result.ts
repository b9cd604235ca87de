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
  | {
      /** True: the input was usable and `value` holds it. */
      readonly ok: true;
      /** The parsed value. */
      readonly value: Value;
      /** Every issue found, in both languages; no errors, but warnings and infos may be here. */
      readonly issues: readonly Issue[];
    }
  | {
      /** False: the input could not be used; `issues` says why. */
      readonly ok: false;
      /** Never set when parsing failed. */
      readonly value?: undefined;
      /** Every issue found, at least one of them; together they say why the input was refused. */
      readonly issues: readonly Issue[];
    };

import { DangjianError } from "./dangjian-error.js";

/**
 * Throws the programmer error for a non-string argument; data never reaches this, only misuse does.
 *
 * @param value - the argument received
 * @param where - the function and parameter, for the message
 * @returns nothing; narrows `value` to string
 * @internal
 */
export function requireString(value: unknown, where: string): asserts value is string {
  if (typeof value !== "string") {
    throw new DangjianError("invalid_argument", `${where} must be a string, got ${value === null ? "null" : typeof value}`);
  }
}

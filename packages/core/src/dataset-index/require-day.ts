import { DangjianError } from "../error/dangjian-error.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Throws the programmer error for an `asOf` that is not a `YYYY-MM-DD` string; data never reaches this.
 * Only the form is checked (a regular expression, cheap enough for calls in a loop over every organization).
 *
 * @param day - the argument received
 * @param where - the function and parameter, for the message
 * @returns nothing; narrows `day` to string
 * @internal
 */
export function requireDay(day: unknown, where: string): asserts day is string {
  if (typeof day !== "string" || !DAY.test(day)) {
    throw new DangjianError("invalid_argument", `${where} must be a YYYY-MM-DD string, got ${JSON.stringify(day) ?? typeof day}`);
  }
}

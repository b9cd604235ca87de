import type { Issue } from "../issue/issue.js";
import type { ParseResult } from "../issue/parse-result.js";
import { requireString } from "../error/require-string.js";
import type { ParseIdentifierOptions } from "./identifier-options.js";
import { identifierIssue } from "./identifier-options.js";

/**
 * A mainland China mobile phone number.
 *
 * @category Identifiers
 */
export interface ParsedPhoneNumber {
  /** The 11-digit national number, e.g. `13800138000`. */
  readonly number: string;
  /** The number in E.164 form, e.g. `+8613800138000`. */
  readonly e164: string;
}

const DIGIT = /^[0-9]$/;
const SEPARATOR = /^[ -]$/;
const MOBILE = /^1[3-9]/;

/**
 * Parses a mainland China mobile phone number: 11 digits starting with 13 to 19, optionally
 * preceded by `+86`. Spaces and hyphens between digits are ignored (`138 0013 8000`,
 * `+86-138-0013-8000`), since spreadsheets and forms group digits that way; anything else that is
 * not a digit is an error. Landlines and other countries' numbers are not accepted. Issues never
 * repeat the number.
 *
 * @param text - the number as written
 * @param options - where the number sits in the input, for issue paths
 * @returns the national and E.164 forms, or the issues found (`phone.*`)
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * const result = parsePhoneNumber("+86 138 0013 8000");
 * if (result.ok) result.value.number; // "13800138000"
 * ```
 * @category Identifiers
 */
export function parsePhoneNumber(text: string, options: ParseIdentifierOptions = {}): ParseResult<ParsedPhoneNumber> {
  requireString(text, "parsePhoneNumber(text)");
  const issues: Issue[] = [];
  const characters = Array.from(text);
  let start = 0;
  if (characters[0] === "+") {
    if (characters[1] !== "8" || characters[2] !== "6") {
      return { ok: false, issues: [identifierIssue("phone.country_code", options)] };
    }
    start = 3;
  }
  let digits = "";
  for (let index = start; index < characters.length; index++) {
    const character = characters[index] ?? "";
    if (DIGIT.test(character)) digits += character;
    else if (!SEPARATOR.test(character)) {
      issues.push(identifierIssue("phone.character", options, { character, position: index + 1 }));
      break;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  if (digits.length !== 11) return { ok: false, issues: [identifierIssue("phone.length", options, { length: digits.length })] };
  if (!MOBILE.test(digits)) {
    return { ok: false, issues: [identifierIssue("phone.prefix", options, { prefix: digits.slice(0, 2) })] };
  }
  return { ok: true, value: { number: digits, e164: "+86" + digits }, issues };
}

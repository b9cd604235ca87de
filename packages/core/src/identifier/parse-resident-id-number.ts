import type { Issue } from "../issue/issue.js";
import type { ParseResult } from "../issue/parse-result.js";
import type { CalendarDate } from "../calendar/calendar-date.js";
import { isCalendarDate } from "../calendar/calendar-date.js";
import { DangjianError } from "../error/dangjian-error.js";
import { parseRegionCode } from "../region-code/parse-region-code.js";
import { requireString } from "../error/require-string.js";
import type { ParseIdentifierOptions } from "./identifier-options.js";
import { identifierIssue } from "./identifier-options.js";
import { residentIdCheckCharacter } from "./resident-id-check-character.js";
import type { Sex } from "./sex.js";

/**
 * A resident ID number taken apart (GB 11643-1999).
 *
 * @category Identifiers
 */
export interface ParsedResidentIdNumber {
  /** The whole number, 18 characters, a final `x` written `X`. */
  readonly number: string;
  /** Positions 1–6, the address code: the GB/T 2260 code of the county of household registration at issue. */
  readonly regionCode: string;
  /** Positions 7–14, the birth date as `YYYY-MM-DD`. */
  readonly birthDate: CalendarDate;
  /** Positions 15–17, the sequence number, leading zeros kept. */
  readonly sequence: string;
  /** The sex the sequence encodes: odd is male, even is female. */
  readonly sex: Sex;
  /** Position 18, the check character (`0`–`9` or `X`). */
  readonly checkCharacter: string;
}

/**
 * Options of {@link parseResidentIdNumber}.
 *
 * @category Identifiers
 */
export interface ParseResidentIdNumberOptions extends ParseIdentifierOptions {
  /** A birth date after this day is an error; not checked when omitted (the SDK never reads the clock). */
  readonly asOf?: CalendarDate;
}

const DIGIT = /^[0-9]$/;

/**
 * Parses a resident ID number (公民身份号码, GB 11643-1999) and checks it with ISO 7064 MOD 11-2.
 *
 * Errors: a length other than 18, a non-digit in positions 1–17 or other than a digit or `X` in
 * position 18, a birth date that is not a real day (or after `asOf`), a wrong check character.
 * An address code that is not a region code is only a warning, since residence permits and
 * abolished counties use codes outside today's list. A lower-case `x` is accepted and returned as
 * `X`. Issues never repeat the whole number; the old 15-digit form is not accepted.
 *
 * @param text - the number as written
 * @param options - `asOf` to reject birth dates after a day, and `path` for issue paths
 * @returns the parts of the number, or the issues found (`resident_id.*`)
 * @throws DangjianError `invalid_argument` when `text` is not a string or `asOf` is not a `YYYY-MM-DD` day
 * @example
 * ```ts
 * const result = parseResidentIdNumber("11010519491231002x");
 * if (result.ok) result.value.birthDate; // "1949-12-31"
 * ```
 * @category Identifiers
 */
export function parseResidentIdNumber(
  text: string,
  options: ParseResidentIdNumberOptions = {},
): ParseResult<ParsedResidentIdNumber> {
  requireString(text, "parseResidentIdNumber(text)");
  const { asOf } = options;
  if (asOf !== undefined && (typeof asOf !== "string" || !isCalendarDate(asOf))) {
    throw new DangjianError("invalid_argument", "parseResidentIdNumber(text, { asOf }) must be a YYYY-MM-DD day");
  }
  const issues: Issue[] = [];
  const characters = Array.from(text);
  const last = characters.length - 1;
  if (characters.length !== 18) issues.push(identifierIssue("resident_id.length", options, { length: characters.length }));
  const bad = characters.findIndex(
    (character, index) => !DIGIT.test(character) && !(index === last && (character === "X" || character === "x")),
  );
  if (bad >= 0) issues.push(identifierIssue("resident_id.character", options, { character: characters[bad], position: bad + 1 }));
  if (issues.length > 0) return { ok: false, issues };

  const number = text.toUpperCase();
  const regionCode = number.slice(0, 6);
  if (!parseRegionCode(regionCode).ok) issues.push(identifierIssue("resident_id.region_code_invalid", options, { regionCode }));
  const birthDigits = number.slice(6, 14);
  const birthDate = `${birthDigits.slice(0, 4)}-${birthDigits.slice(4, 6)}-${birthDigits.slice(6, 8)}`;
  if (!isCalendarDate(birthDate)) {
    issues.push(identifierIssue("resident_id.birth_date_invalid", options, { birthDate: birthDigits }));
  } else if (asOf !== undefined && birthDate > asOf) {
    issues.push(identifierIssue("resident_id.birth_date_after_as_of", options, { birthDate, asOf }));
  }
  const checkCharacter = number.charAt(17);
  const expected = residentIdCheckCharacter(number.slice(0, 17));
  if (expected !== checkCharacter) {
    issues.push(identifierIssue("resident_id.check_mismatch", options, { expected, found: checkCharacter }));
  }
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };

  const sequence = number.slice(14, 17);
  const value: ParsedResidentIdNumber = {
    number,
    regionCode,
    birthDate,
    sequence,
    sex: Number(sequence.charAt(2)) % 2 === 1 ? "male" : "female",
    checkCharacter,
  };
  return { ok: true, value, issues };
}

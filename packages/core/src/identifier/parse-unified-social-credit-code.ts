import type { Issue } from "../issue/issue.js";
import type { ParseResult } from "../issue/parse-result.js";
import { parseRegionCode } from "../region-code/parse-region-code.js";
import { requireString } from "../error/require-string.js";
import type { ParseIdentifierOptions } from "./identifier-options.js";
import { identifierIssue } from "./identifier-options.js";
import { organizationCodeCheckCharacter } from "./organization-code-check-character.js";
import {
  UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS,
  unifiedSocialCreditCodeCheckCharacter,
} from "./unified-social-credit-code-check-character.js";

/**
 * A unified social credit code taken apart (GB 32100-2015).
 *
 * @category Identifiers
 */
export interface ParsedUnifiedSocialCreditCode {
  /** The whole code, 18 characters, upper case. */
  readonly code: string;
  /** Position 1, the registration authority (登记管理部门代码), e.g. `9` for market regulation, `N` for agriculture. */
  readonly registrationAuthority: string;
  /** Position 2, the organization category (机构类别代码), whose meaning depends on the authority. */
  readonly category: string;
  /** Positions 3–8, the GB/T 2260 code of the registering authority's region. */
  readonly regionCode: string;
  /** Positions 9–17, the subject identifier: the organization code (GB 11714), check character included. */
  readonly organizationCode: string;
  /** Position 18, the check character. */
  readonly checkCharacter: string;
}

/**
 * Parses a unified social credit code (统一社会信用代码, GB 32100-2015) and checks both its check
 * characters.
 *
 * - Lower-case letters are accepted and the code is returned upper case, since the alphabet has no
 *   case distinction and people type codes in either case.
 * - A wrong length, a character outside `0-9A-Z` minus I, O, S, V, Z, or a wrong check character
 *   (position 18) is an error.
 * - A wrong check character of the embedded organization code (position 17, GB 11714) is only a
 *   warning: some early pilot-region codes were issued that way and are still valid registrations.
 * - Positions 3–8 that are not a region code give a warning; the meaning of the first two characters
 *   is not checked, since sources disagree on most authority codes.
 *
 * @param text - the code as written
 * @param options - where the code sits in the input, for issue paths
 * @returns the parts of the code, or the issues found (`uscc.*`)
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * const result = parseUnifiedSocialCreditCode("91350100M000100Y43");
 * if (result.ok) result.value.organizationCode; // "M000100Y4"
 * ```
 * @category Identifiers
 */
export function parseUnifiedSocialCreditCode(
  text: string,
  options: ParseIdentifierOptions = {},
): ParseResult<ParsedUnifiedSocialCreditCode> {
  requireString(text, "parseUnifiedSocialCreditCode(text)");
  const issues: Issue[] = [];
  const characters = Array.from(text);
  if (characters.length !== 18) issues.push(identifierIssue("uscc.length", options, { length: characters.length }));
  const bad = characters.findIndex((character) => !UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS.includes(upper(character)));
  if (bad >= 0) issues.push(identifierIssue("uscc.character", options, { character: characters[bad], position: bad + 1 }));
  if (issues.length > 0) return { ok: false, issues };

  const code = characters.map(upper).join("");
  const checkCharacter = code.charAt(17);
  const expected = unifiedSocialCreditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== checkCharacter) {
    issues.push(identifierIssue("uscc.check_mismatch", options, { expected, found: checkCharacter }));
  }
  const organizationCode = code.slice(8, 17);
  const organizationExpected = organizationCodeCheckCharacter(organizationCode.slice(0, 8));
  if (organizationExpected !== organizationCode.charAt(8)) {
    issues.push(
      identifierIssue("uscc.organization_code_check_mismatch", options, {
        expected: organizationExpected,
        found: organizationCode.charAt(8),
      }),
    );
  }
  const regionCode = code.slice(2, 8);
  if (!parseRegionCode(regionCode).ok) issues.push(identifierIssue("uscc.region_code_invalid", options, { regionCode }));
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };

  const value: ParsedUnifiedSocialCreditCode = {
    code,
    registrationAuthority: code.charAt(0),
    category: code.charAt(1),
    regionCode,
    organizationCode,
    checkCharacter,
  };
  return { ok: true, value, issues };
}

// only ASCII letters fold: "ı".toUpperCase() is "I" and "ſ".toUpperCase() is "S"
function upper(character: string): string {
  return character >= "a" && character <= "z" ? character.toUpperCase() : character;
}

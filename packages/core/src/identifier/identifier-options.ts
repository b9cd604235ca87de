import type { Issue } from "../issue/issue.js";
import type { IssueInit } from "../issue/message.js";
import { createIssue } from "../issue/message.js";
import type { IdentifierIssueCode } from "./messages.js";
import { identifierMessages } from "./messages.js";

/**
 * Options every identifier parser takes.
 *
 * @category Identifiers
 */
export interface ParseIdentifierOptions {
  /** Where the identifier sits in the input, put on every issue; the root (`""`) when omitted. */
  readonly path?: string | readonly PropertyKey[];
}

/**
 * Creates an identifier issue at the path the caller gave.
 *
 * @param code - the issue code
 * @param options - the parser's options, for the path
 * @param params - values for the message
 * @returns the issue
 * @internal
 */
export function identifierIssue(
  code: IdentifierIssueCode,
  options: ParseIdentifierOptions,
  params: Readonly<Record<string, unknown>> = {},
): Issue {
  const init: IssueInit = options.path === undefined ? { params } : { params, path: options.path };
  return createIssue(code, identifierMessages[code], init);
}

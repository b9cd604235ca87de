import type { Issue } from "./issue.js";

/**
 * A zod custom issue that carries one of our issues, so refinements inside schemas report
 * our stable code and bilingual message rather than zod's.
 *
 * @category Issues
 */
export type CarriedIssue = {
  /** Always `custom`. */
  readonly code: "custom";
  /** The English message, for zod's own formatters. */
  readonly message: string;
  /** The input that failed. */
  readonly input: unknown;
  /** The carried issue, under a key the dataset parser looks for. */
  readonly params: {
    /** The issue carried through zod. */
    readonly dangjian: Issue;
  };
  /** Path below the schema that raised it. */
  readonly path: PropertyKey[];
};

/**
 * Wraps one of our issues as a zod custom issue for `ctx.issues.push` in a refinement or transform.
 *
 * @param issue - the issue to carry
 * @param input - the value that failed
 * @returns a zod custom issue carrying it
 * @example
 * ```ts
 * ctx.issues.push(toZodIssue(issue, input));
 * ```
 * @category Issues
 */
export function toZodIssue(issue: Issue, input: unknown): CarriedIssue {
  return { code: "custom", message: issue.message.en, input, params: { dangjian: issue }, path: [] };
}

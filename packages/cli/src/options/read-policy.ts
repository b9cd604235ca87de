import { readFile } from "node:fs/promises";
import path from "node:path";
import { BUILT_IN_POLICIES, findPolicy, parsePolicy, resolvePolicy, RULES, type ResolvedPolicy } from "@dangjian/rules";
import type { Locale } from "@dangjian/core";
import { usageError } from "../exit-code/exit-code.js";
import { fileErrorText } from "../dataset-input/input-format.js";

/**
 * Reads the `--policy` option: a built-in policy by name (`national`, `first-secretary@2017`) or a policy
 * file (`*.json`), resolved against the built-in policies and rules.
 *
 * @param value - the option's value
 * @param cwd - the folder relative paths start from
 * @param locale - the language of the message when the policy is invalid
 * @returns the resolved policy
 * @throws CliFailure (exit 2) for an unknown name, a file that cannot be read, or a policy that is not valid
 * @category CLI
 */
export async function readPolicyOption(value: string, cwd: string, locale: Locale): Promise<ResolvedPolicy> {
  if (!value.toLowerCase().endsWith(".json")) {
    const policy = findPolicy(value, BUILT_IN_POLICIES);
    if (policy === undefined) {
      const names = [...new Set(BUILT_IN_POLICIES.map((known) => known.id))].join(", ");
      throw usageError(`--policy: no built-in policy named ${value}; known: ${names}, or a .json file / 没有名为 ${value} 的内置政策`);
    }
    return resolvePolicy(policy, { rules: RULES });
  }
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, value), "utf8");
  } catch (error) {
    throw usageError(`${value}: ${fileErrorText(error)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw usageError(`${value}: not valid JSON / 不是有效的 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parsePolicy(input);
  if (!result.ok) {
    const problems = result.issues.map((issue) => `${issue.path || "/"} ${issue.message[locale]}`).join("; ");
    throw usageError(`${value}: ${problems}`);
  }
  return result.value;
}

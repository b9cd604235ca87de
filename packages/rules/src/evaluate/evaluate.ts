import { DangjianError, isCalendarDate, renderMessage, type CalendarDate, type DatasetIndex, type Locale } from "@dangjian/core";
import { RULES } from "../catalogue/rules.js";
import { compareFindings } from "../finding/compare-findings.js";
import type { Finding } from "../finding/finding.js";
import type { Policy } from "../policy/policy.js";
import { resolvePolicy, type ResolvedPolicy } from "../policy/resolve-policy.js";
import type { Rule, RuleOutcome } from "../rule/rule.js";

/**
 * Options of {@link evaluate}.
 *
 * @category Evaluation
 */
export interface EvaluateOptions {
  /** The day to evaluate for, `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** The language of each finding's `text`; zh-CN when omitted. Both languages are always in `message`. */
  readonly locale?: Locale;
  /** Policies the policy may extend besides the built-in ones. */
  readonly policies?: readonly Policy[];
  /** The rule catalogue; the built-in {@link RULES} when omitted. */
  readonly rules?: readonly Rule[];
}

/**
 * How one rule fared: how many subjects it checked, and how many passed, broke it, or could not be told.
 *
 * @category Evaluation
 */
export interface RuleTally {
  /** The rule's id. */
  readonly ruleId: string;
  /** Subjects checked. */
  readonly checked: number;
  /** Subjects that hold. */
  readonly passed: number;
  /** Subjects that break the rule. */
  readonly breached: number;
  /** Subjects the data cannot decide. */
  readonly undetermined: number;
}

/**
 * What {@link evaluate} returns: the findings, sorted and stable, and a tally per rule applied.
 *
 * @category Evaluation
 */
export interface Evaluation {
  /** The policy as resolved. */
  readonly policy: ResolvedPolicy;
  /** The day evaluated for. */
  readonly asOf: CalendarDate;
  /** Every finding, gravest first, then by rule id and subject. */
  readonly findings: readonly Finding[];
  /** One tally per rule the policy applies, in catalogue order. */
  readonly tallies: readonly RuleTally[];
}

const UNDETERMINED = {
  "zh-CN": "{subject}：数据不足以判断是否符合“{title}”",
  en: "{subject}: the data cannot tell whether it meets “{title}”",
};

function findingOf(rule: Rule, outcome: RuleOutcome, policy: ResolvedPolicy, locale: Locale): Finding {
  const breach = outcome.verdict === "breach";
  const main = outcome.subject[0];
  const params = { subject: main?.name ?? "", ...outcome.evidence };
  const template = breach ? rule.message : (rule.undeterminedMessage ?? UNDETERMINED);
  const message = renderMessage(
    { severity: "error", "zh-CN": template["zh-CN"].replaceAll("{title}", rule.title["zh-CN"]), en: template.en.replaceAll("{title}", rule.title.en) },
    params,
  );
  return {
    ruleId: rule.id,
    severity: breach ? (policy.severities[rule.id] ?? rule.severity) : "info",
    outcome: breach ? "breach" : "undetermined",
    subject: outcome.subject,
    title: rule.title,
    message,
    text: message[locale],
    evidence: outcome.evidence,
    source: rule.source,
    policy: { id: policy.id, version: policy.version },
  };
}

/**
 * Evaluates a dataset against a policy as of a day: runs every rule the policy applies, turns each breach into
 * a finding at the rule's severity (or the policy's), and each "cannot tell" into an `info` finding, so a rule
 * never claims what the data cannot support. Findings are sorted (gravest first, then rule id, then subject)
 * and stable from run to run.
 *
 * @param index - the dataset's index
 * @param policy - the policy, as data (resolved here) or already resolved
 * @param options - the day, the locale of `text`, extra policies and rules
 * @returns the findings and a tally per rule
 * @throws DangjianError `invalid_argument` for an `asOf` that is not `YYYY-MM-DD`; `invalid_policy` for a
 *   policy that cannot be resolved (read policies from files with `parsePolicy` to get issues instead)
 * @example
 * ```ts
 * const index = indexDataset(parseDataset(input).dataset);
 * const { findings } = evaluate(index, NATIONAL_POLICY, { asOf: "2024-06-30", locale: "en" });
 * for (const finding of findings) console.log(finding.ruleId, finding.severity, finding.text);
 * ```
 * @category Evaluation
 */
export function evaluate(index: DatasetIndex, policy: Policy | ResolvedPolicy, options: EvaluateOptions): Evaluation {
  if (!isCalendarDate(options.asOf)) {
    throw new DangjianError("invalid_argument", `asOf must be a day as YYYY-MM-DD, received ${String(options.asOf)}`);
  }
  const rules = options.rules ?? RULES;
  const resolved = "ruleIds" in policy ? policy : resolvePolicy(policy, { policies: options.policies ?? [], rules });
  const locale = options.locale ?? "zh-CN";
  const context = { index, asOf: options.asOf, parameters: resolved.parameters };
  const findings: Finding[] = [];
  const tallies: RuleTally[] = [];
  for (const rule of rules) {
    if (!resolved.ruleIds.includes(rule.id)) continue;
    let checked = 0;
    let passed = 0;
    let breached = 0;
    let undetermined = 0;
    for (const outcome of rule.check(context)) {
      checked += 1;
      if (outcome.verdict === "pass") passed += 1;
      else {
        if (outcome.verdict === "breach") breached += 1;
        else undetermined += 1;
        findings.push(findingOf(rule, outcome, resolved, locale));
      }
    }
    tallies.push({ ruleId: rule.id, checked, passed, breached, undetermined });
  }
  findings.sort(compareFindings);
  return { policy: resolved, asOf: options.asOf, findings, tallies };
}

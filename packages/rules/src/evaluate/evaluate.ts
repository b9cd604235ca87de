import { DangjianError, isCalendarDate, type CalendarDate, type DatasetIndex, type Locale, type LocalizedText } from "@dangjian/core";
import { RULES } from "../catalogue/rules.js";
import type { Finding, PolicyReference } from "../finding/finding.js";
import type { Policy } from "../policy/policy.js";
import { resolvePolicy, type ResolvedPolicy } from "../policy/resolve-policy.js";
import type { Rule, RuleCheckSummary, RuleOutcome } from "../rule/rule.js";
import { SEVERITIES, type Severity } from "../severity/severity.js";
import { sortFindingsOfRule } from "../finding/compare-findings.js";
import { compileMessage, fillTemplate, type CompiledMessage } from "./message-template.js";
import { OUTCOME_CHUNKS, type JudgedOutcomes } from "../rule/judge-each.js";

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
 * How one rule fared: how many subjects it checked, and how many passed, broke it, or could not be told; and how
 * many it left unjudged because the dataset holds none of the data it needs about them.
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
  /**
   * Subjects left unjudged, outside `checked`, because the dataset holds none of the data the rule needs about
   * them: a branch without a single membership record, for the rules that count members (see
   * {@link RuleCheckSummary}). No finding is made for them.
   */
  readonly skipped: number;
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

/**
 * A rule's messages with its title filled in, compiled once per evaluation rather than once per finding.
 *
 * @internal
 */
interface RuleMessages {
  readonly breach: CompiledMessage;
  readonly undetermined: CompiledMessage;
}

function messagesOf(rule: Rule): RuleMessages {
  const withTitle = (template: LocalizedText): CompiledMessage =>
    compileMessage({ "zh-CN": template["zh-CN"].replaceAll("{title}", rule.title["zh-CN"]), en: template.en.replaceAll("{title}", rule.title.en) });
  return { breach: withTitle(rule.message), undetermined: withTitle(rule.undeterminedMessage ?? UNDETERMINED) };
}

function findingOf(rule: Rule, messages: RuleMessages, outcome: RuleOutcome, policy: ResolvedPolicy, reference: PolicyReference, locale: Locale): Finding {
  const breach = outcome.verdict === "breach";
  const subject = outcome.subject[0]?.name ?? "";
  const template = breach ? messages.breach : messages.undetermined;
  const message: LocalizedText = { "zh-CN": fillTemplate(template["zh-CN"], outcome.evidence, subject), en: fillTemplate(template.en, outcome.evidence, subject) };
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
    policy: reference,
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
  const groups: FindingGroup[] = [];
  const tallies: RuleTally[] = [];
  // one policy reference shared by every finding of the evaluation
  const reference: PolicyReference = { id: resolved.id, version: resolved.version };
  for (const rule of rules) {
    if (!resolved.ruleIds.includes(rule.id)) continue;
    const tally = { checked: 0, passed: 0, breached: 0, undetermined: 0 };
    let messages: RuleMessages | undefined;
    // a rule's findings of one severity are kept together: they are sorted among themselves alone
    const breaches: Finding[] = [];
    const undetermined: Finding[] = [];
    const take = (outcome: RuleOutcome): void => {
      tally.checked += 1;
      if (outcome.verdict === "pass") tally.passed += 1;
      else {
        if (outcome.verdict === "breach") tally.breached += 1;
        else tally.undetermined += 1;
        messages ??= messagesOf(rule);
        (outcome.verdict === "breach" ? breaches : undetermined).push(findingOf(rule, messages, outcome, resolved, reference, locale));
      }
    };
    const outcomes = rule.check(context);
    let summary: RuleCheckSummary | void;
    if (OUTCOME_CHUNKS in outcomes) {
      // the catalogue's rules hand their outcomes over a chunk at a time, without a generator step per outcome
      summary = (outcomes as JudgedOutcomes)[OUTCOME_CHUNKS]((chunk, count) => {
        for (let i = 0; i < count; i++) take(chunk[i]!);
      });
    } else {
      // stepped by hand to read what a generator returns at the end: the subjects it skipped
      const iterator = outcomes[Symbol.iterator]();
      let step = iterator.next();
      for (; step.done !== true; step = iterator.next()) take(step.value);
      summary = step.value;
    }
    tallies.push({ ruleId: rule.id, ...tally, skipped: summary?.skipped ?? 0 });
    if (breaches.length > 0) groups.push({ ruleId: rule.id, severity: breaches[0]!.severity, findings: breaches });
    if (undetermined.length > 0) groups.push({ ruleId: rule.id, severity: "info", findings: undetermined });
  }
  return { policy: resolved, asOf: options.asOf, findings: sortFindings(groups), tallies };
}

// the findings of one rule and severity, as evaluate collects them
interface FindingGroup {
  readonly ruleId: string;
  readonly severity: Severity;
  findings: Finding[];
}

/**
 * Sorts findings as `compareFindings` does: the groups by severity and rule, each group's findings among
 * themselves, which for a rule that visits its subjects in order is a check that they are sorted already.
 *
 * @param groups - the findings, by rule and severity
 * @returns every finding, sorted
 */
function sortFindings(groups: FindingGroup[]): Finding[] {
  const rank = (group: FindingGroup): number => SEVERITIES.indexOf(group.severity);
  groups.sort((a, b) => rank(a) - rank(b) || (a.ruleId === b.ruleId ? 0 : a.ruleId < b.ruleId ? -1 : 1));
  const sorted: Finding[] = [];
  for (let start = 0; start < groups.length; ) {
    // groups of the same rule and severity (a rule listed twice, or breaches of a rule the policy made info) sort as one
    let end = start + 1;
    let findings = groups[start]!.findings;
    while (end < groups.length && rank(groups[end]!) === rank(groups[start]!) && groups[end]!.ruleId === groups[start]!.ruleId) findings = findings.concat(groups[end++]!.findings);
    sortFindingsOfRule(findings);
    for (let i = 0; i < findings.length; i++) sorted.push(findings[i]!);
    start = end;
  }
  return sorted;
}

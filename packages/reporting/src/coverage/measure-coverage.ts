import type { CalendarDate, DatasetIndex, LocalizedText } from "@dangjian/core";
import { RULES, type FindingSubject, type ResolvedPolicy, type Rule, type RuleSource } from "@dangjian/rules";
import type { ReportScope } from "../scope/report-scope.js";
import { findingSubjectWithin } from "../findings/finding-within-scope.js";

/**
 * The rules whose subjects make the built-in coverage statements (全覆盖): every township has a training center
 * (COV-001), every village a cooperative chaired by its branch secretary (COV-002), every village's collective
 * income at or above the floor (COV-003), every target village a first secretary (FS-001).
 *
 * @category Coverage
 */
export const COVERAGE_RULE_IDS: readonly string[] = Object.freeze(["COV-001", "COV-002", "COV-003", "FS-001"]);

/**
 * How far a coverage statement holds: which subjects are covered, which are missing, which the data cannot
 * decide, and the ratio covered of those decided and undecided together.
 *
 * @category Coverage
 */
export interface CoverageResult {
  /** The rule the statement is checked by. */
  readonly ruleId: string;
  /** What is to be covered, as the rule states it. */
  readonly title: LocalizedText;
  /** What the rule rests on. */
  readonly source: RuleSource;
  /** Subjects that meet it. */
  readonly covered: readonly FindingSubject[];
  /** Subjects that do not. */
  readonly missing: readonly FindingSubject[];
  /** Subjects the data cannot decide. */
  readonly undetermined: readonly FindingSubject[];
  /** How many subjects the statement is about. */
  readonly total: number;
  /** Covered over total; null when there is nothing to cover. */
  readonly ratio: number | null;
}

/**
 * What {@link measureCoverage} measures.
 *
 * @category Coverage
 */
export interface CoverageRequest {
  /** The report's scope: only subjects within it count. */
  readonly scope: ReportScope;
  /** The day to judge for. */
  readonly asOf: CalendarDate;
  /** The policy whose parameters the rules use. */
  readonly policy: ResolvedPolicy;
  /** The rules to measure by, by id; {@link COVERAGE_RULE_IDS} when omitted. */
  readonly ruleIds?: readonly string[] | undefined;
  /** The rule catalogue; the built-in one when omitted. */
  readonly rules?: readonly Rule[] | undefined;
}

/**
 * Measures coverage statements (全覆盖): runs each rule over the index for the day and sorts its subjects within
 * the scope (judged by the main subject, see {@link findingSubjectWithin}) into covered, missing and
 * undetermined. The rules are run whether or not the policy applies them; the policy gives their parameters.
 *
 * @param index - the dataset's index
 * @param request - scope, day, policy and rules
 * @returns one result per rule, in the order asked; unknown rule ids are skipped
 * @example
 * ```ts
 * const [centers] = measureCoverage(index, { scope: { type: "region", id: "632200" }, asOf: "2022-08-31", policy: resolvePolicy("national") });
 * centers.ratio; // 1
 * ```
 * @category Coverage
 */
export function measureCoverage(index: DatasetIndex, request: CoverageRequest): CoverageResult[] {
  const catalogue = request.rules ?? RULES;
  const results: CoverageResult[] = [];
  for (const ruleId of request.ruleIds ?? COVERAGE_RULE_IDS) {
    const rule = catalogue.find((candidate) => candidate.id === ruleId);
    if (rule === undefined) continue;
    const covered: FindingSubject[] = [];
    const missing: FindingSubject[] = [];
    const undetermined: FindingSubject[] = [];
    for (const outcome of rule.check({ index, asOf: request.asOf, parameters: request.policy.parameters })) {
      const [main] = outcome.subject;
      if (main === undefined || !findingSubjectWithin(index, request.scope, main)) continue;
      (outcome.verdict === "pass" ? covered : outcome.verdict === "breach" ? missing : undetermined).push(main);
    }
    const total = covered.length + missing.length + undetermined.length;
    results.push({ ruleId, title: rule.title, source: rule.source, covered, missing, undetermined, total, ratio: total === 0 ? null : covered.length / total });
  }
  return results;
}


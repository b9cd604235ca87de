import type { CalendarDate, DatasetIndex, LocalizedText } from "@dangjian/core";
import type { FindingSubject } from "../finding/finding.js";
import type { PolicyParameters } from "../policy/policy-parameters.js";
import type { Severity } from "../severity/severity.js";
import type { RuleSource } from "../source/rule-source.js";

/**
 * The groups of the rule catalogue, each with its id prefix: organization setup (ORG), terms and elections
 * (TERM), temporary branches (TMP), first secretaries and work teams (FS), pairings of 一联双帮三治 (PAIR),
 * coverage statements (COV), reported figures against records (REC).
 *
 * @category Rules
 */
export type RuleGroup = "setup" | "terms" | "temporary-branch" | "first-secretary" | "pairing" | "coverage" | "reconciliation";

/**
 * What a rule decided for one subject: it holds (`pass`), it is broken (`breach`), or the data cannot tell
 * (`undetermined`, e.g. "近1万名" against a threshold of 9,500).
 *
 * @category Rules
 */
export type RuleVerdict = "pass" | "breach" | "undetermined";

/**
 * One decision of a rule about one subject, with the values it rests on. `params` fill the rule's message
 * (besides `subject`, the main subject's name, which is always available).
 *
 * @category Rules
 */
export interface RuleOutcome {
  /** Holds, broken, or cannot tell. */
  readonly verdict: RuleVerdict;
  /** The records the decision is about, the main one first. */
  readonly subject: readonly FindingSubject[];
  /** The values the decision rests on; they become the finding's evidence. */
  readonly evidence: Readonly<Record<string, unknown>>;
}

/**
 * What a rule sees: the index of the dataset, the day it is evaluated for, and the policy's parameters.
 *
 * @category Rules
 */
export interface RuleContext {
  /** The dataset's index. */
  readonly index: DatasetIndex;
  /** The day the rules are evaluated for, `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** Every parameter of the policy. */
  readonly parameters: PolicyParameters;
}

/**
 * What a rule's check may return once it has yielded every outcome: how many subjects it left unjudged because the
 * dataset holds none of the data the rule needs about them (a branch without a single membership record, for the
 * rules that count members). They are neither outcomes nor findings; {@link RuleTally} counts them as `skipped`.
 *
 * @category Rules
 */
export interface RuleCheckSummary {
  /** Subjects left unjudged for lack of data. */
  readonly skipped: number;
}

/**
 * A rule: a stable id, a severity, a title and messages in both languages, the source it rests on, and a check
 * that yields one outcome per subject it applies to (nothing at all where it does not apply, nor where the dataset
 * holds none of the data needed, which the check may count in its return value). Messages are templates filled with
 * the outcome's evidence and `{subject}`.
 *
 * @category Rules
 */
export interface Rule {
  /** The stable id (`ORG-001`). */
  readonly id: string;
  /** The catalogue group. */
  readonly group: RuleGroup;
  /** The severity of a breach. */
  readonly severity: Severity;
  /** What the rule requires, in both languages. */
  readonly title: LocalizedText;
  /** The message of a breach, with `{name}` placeholders filled from the evidence. */
  readonly message: LocalizedText;
  /** The message when the data cannot tell; a generic one when absent. */
  readonly undeterminedMessage?: LocalizedText;
  /** What the rule rests on. */
  readonly source: RuleSource;
  /**
   * Checks the dataset.
   *
   * A generator is the simplest way to write one; over millions of records, keep its loops in plain functions it
   * calls (V8 does not optimize a loop inside a generator while it runs), as the catalogue's rules do.
   *
   * @param context - the index, the day and the parameters
   * @returns one outcome per subject the rule applies to; a generator may end by returning how many subjects it
   *   skipped for lack of data
   */
  check(context: RuleContext): Iterable<RuleOutcome, RuleCheckSummary | void>;
}

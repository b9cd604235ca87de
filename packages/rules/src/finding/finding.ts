import type { LocalizedText } from "@dangjian/core";
import type { Severity } from "../severity/severity.js";
import type { RuleSource } from "../source/rule-source.js";

/**
 * The record types a finding can be about.
 *
 * @category Findings
 */
export type FindingSubjectType =
  | "organization"
  | "region"
  | "person"
  | "post"
  | "host-unit"
  | "household"
  | "pairing"
  | "observation"
  | "team"
  | "site"
  | "activity"
  | "campaign";

/**
 * A record a finding is about, with its name as the dataset gives it.
 *
 * @category Findings
 */
export interface FindingSubject {
  /** The record's type. */
  readonly type: FindingSubjectType;
  /** The record's id. */
  readonly id: string;
  /** The record's name, or its id when it has none. */
  readonly name: string;
}

/**
 * What a rule decided about a subject: it broke the rule, or the data cannot tell (loose quantities straddling
 * a threshold, a missing date).
 *
 * @category Findings
 */
export type FindingOutcome = "breach" | "undetermined";

/**
 * A finding: a rule that fired on a subject, with the values that made it fire and the rule's source. A finding
 * whose outcome is `undetermined` is always of severity `info`: a rule never claims what the data cannot support.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   ruleId: "ORG-001", severity: "error", outcome: "breach",
 *   subject: [{ type: "organization", id: "org-1", name: "某村党支部" }],
 *   title: { "zh-CN": "…", en: "…" }, message: { "zh-CN": "…", en: "…" }, text: "…",
 *   evidence: { fullMembers: 2 }, source: RULE_SOURCES.partyConstitution,
 *   policy: { id: "party-organization", version: "2019" },
 * };
 * ```
 * @category Findings
 */
export interface Finding {
  /** The rule's stable id (`ORG-001`). */
  readonly ruleId: string;
  /** How grave: the rule's severity for a breach, `info` when the data cannot tell. */
  readonly severity: Severity;
  /** A breach, or undetermined. */
  readonly outcome: FindingOutcome;
  /** The records it is about, the main one first. */
  readonly subject: readonly FindingSubject[];
  /** The rule's title in both languages. */
  readonly title: LocalizedText;
  /** What was found, in both languages, with the values filled in. */
  readonly message: LocalizedText;
  /** The message in the locale asked for. */
  readonly text: string;
  /** The values that made the rule fire (counts, dates, thresholds, the quantities compared). */
  readonly evidence: Readonly<Record<string, unknown>>;
  /** What the rule rests on. */
  readonly source: RuleSource;
  /** The policy (and its version) the rule was evaluated under. */
  readonly policy: PolicyReference;
}

/**
 * A policy named by id and version.
 *
 * @category Findings
 */
export interface PolicyReference {
  /** The policy's id. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
}

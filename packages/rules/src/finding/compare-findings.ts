import { SEVERITIES } from "../severity/severity.js";
import type { Finding, FindingSubject } from "./finding.js";

/**
 * Orders findings the way a reader wants them and the same way on every run: gravest first, then by rule id,
 * then by the subjects' ids, then by message.
 *
 * @param a - a finding
 * @param b - another finding
 * @returns a negative number when `a` comes first, positive when `b` does, 0 when they tie
 * @example
 * ```ts
 * findings.sort(compareFindings);
 * ```
 * @category Findings
 */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return compareFindingsOfRule(a, b);
}

/**
 * The order of {@link compareFindings} between findings of the same rule and severity: by the subjects' ids, then
 * by message.
 *
 * @param a - a finding
 * @param b - another finding of the same rule and severity
 * @returns a negative number when `a` comes first, positive when `b` does, 0 when they tie
 * @internal
 */
export function compareFindingsOfRule(a: Finding, b: Finding): number {
  const bySubjects = compareSubjects(a.subject, b.subject);
  if (bySubjects !== 0) return bySubjects;
  const textA = a.message.en;
  const textB = b.message.en;
  return textA === textB ? 0 : textA < textB ? -1 : 1;
}

/**
 * Compares two subject lists as their keys `type:id|type:id…` compare as strings, without building the keys
 * unless a type or id is a prefix of the other's (the keys are then built and compared).
 *
 * @param a - a finding's subjects
 * @param b - another finding's subjects
 * @returns a negative number, 0 or a positive number, as the keys compare
 * @internal
 */
export function compareSubjects(a: readonly FindingSubject[], b: readonly FindingSubject[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.type !== y.type) return differsBefore(x.type, y.type) ? (x.type < y.type ? -1 : 1) : compareKeys(a, b);
    if (x.id !== y.id) return differsBefore(x.id, y.id) ? (x.id < y.id ? -1 : 1) : compareKeys(a, b);
  }
  // the keys agree as far as the shorter goes: the shorter is a prefix of the longer
  return a.length - b.length;
}

/**
 * Sorts findings of one rule and severity as {@link compareFindingsOfRule} orders them, in place. When every
 * finding's first subject is of one type (as a rule's findings usually are), the sort reads the first subject's id
 * kept beside each finding and looks further only when the ids tie or one is a prefix of the other: millions of
 * findings are compared without reaching into each one.
 *
 * @param findings - findings of one rule and severity
 * @returns the same list, sorted
 * @internal
 */
export function sortFindingsOfRule(findings: Finding[]): Finding[] {
  const leadType = findings[0]?.subject[0]?.type;
  for (let i = 0; i < findings.length; i++) {
    if (findings[i]!.subject[0]?.type !== leadType || leadType === undefined) return findings.sort(compareFindingsOfRule);
  }
  const entries = new Array<LeadEntry>(findings.length);
  for (let i = 0; i < findings.length; i++) entries[i] = { id: findings[i]!.subject[0]!.id, finding: findings[i]! };
  entries.sort(compareLeads);
  for (let i = 0; i < entries.length; i++) findings[i] = entries[i]!.finding;
  return findings;
}

interface LeadEntry {
  readonly id: string;
  readonly finding: Finding;
}

// the first subjects share a type, so ids that differ at a character both have decide
function compareLeads(a: LeadEntry, b: LeadEntry): number {
  if (a.id !== b.id && differsBefore(a.id, b.id)) return a.id < b.id ? -1 : 1;
  return compareFindingsOfRule(a.finding, b.finding);
}

// whether two different texts differ at a character both have, which then decides, whatever follows either
function differsBefore(x: string, y: string): boolean {
  return x.length === y.length || !(x.length < y.length ? y.startsWith(x) : x.startsWith(y));
}

const keyOf = (subjects: readonly FindingSubject[]): string => subjects.map((subject) => `${subject.type}:${subject.id}`).join("|");

function compareKeys(a: readonly FindingSubject[], b: readonly FindingSubject[]): number {
  const keyA = keyOf(a);
  const keyB = keyOf(b);
  return keyA === keyB ? 0 : keyA < keyB ? -1 : 1;
}

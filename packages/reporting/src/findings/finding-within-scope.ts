import type { DatasetIndex, ObservationScope } from "@dangjian/core";
import type { Finding, FindingSubject } from "@dangjian/rules";
import { regionOfScope, withinScope, type ReportScope } from "../scope/report-scope.js";

const PLACEABLE: ReadonlySet<string> = new Set(["organization", "region", "host-unit", "campaign"]);

/**
 * Whether a finding's subject lies within a report's scope: an organization, region, host unit or campaign by
 * {@link withinScope} (in an organization report, a region when it lies in the organization's region); an
 * observation by its scope. Subjects of other types (people, posts, pairings …) cannot be placed: undefined.
 *
 * @param index - the dataset's index
 * @param scope - the report's scope
 * @param subject - the subject
 * @returns true or false, or undefined when the subject cannot be placed
 * @example
 * ```ts
 * findingSubjectWithin(index, { type: "region", id: "632200" }, { type: "region", id: "632223", name: "某县" }); // true
 * ```
 * @category Findings
 */
export function findingSubjectWithin(index: DatasetIndex, scope: ReportScope, subject: FindingSubject): boolean | undefined {
  if (subject.type === "observation") {
    const observation = index.observations.get(subject.id);
    return observation === undefined ? undefined : withinScope(index, scope, observation.scope);
  }
  if (!PLACEABLE.has(subject.type)) return undefined;
  const place = subject as unknown as ObservationScope;
  if (scope.type === "organization" && place.type === "region") {
    const region = regionOfScope(index, scope);
    return region !== undefined && withinScope(index, { type: "region", id: region }, place);
  }
  return withinScope(index, scope, place);
}

/**
 * Whether a finding belongs in a report about a scope: when any of its subjects lies within the scope, or none
 * of them can be placed (a finding about a person alone is shown rather than hidden).
 *
 * @param index - the dataset's index
 * @param scope - the report's scope
 * @param finding - the finding
 * @returns true when the report shows it
 * @example
 * ```ts
 * evaluation.findings.filter((finding) => findingWithinScope(index, scope, finding));
 * ```
 * @category Findings
 */
export function findingWithinScope(index: DatasetIndex, scope: ReportScope, finding: Pick<Finding, "subject">): boolean {
  const verdicts = finding.subject.map((subject) => findingSubjectWithin(index, scope, subject));
  return verdicts.includes(true) || verdicts.every((verdict) => verdict === undefined);
}

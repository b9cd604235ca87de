import type { DatasetIndex } from "@dangjian/core";
import type { FindingSubject, FindingSubjectType } from "../finding/finding.js";

const COLLECTIONS = {
  organization: "organizations",
  region: "regions",
  person: "people",
  post: "posts",
  "host-unit": "hostUnits",
  household: "households",
  pairing: "pairings",
  observation: "observations",
  team: "teams",
  site: "sites",
  activity: "activities",
  campaign: "campaigns",
} as const satisfies Record<FindingSubjectType, string>;

// a reported figure has no name: it is known by what it is about and what it counts
function observationSubject(index: DatasetIndex, id: string): FindingSubject {
  const observation = index.observations.get(id);
  if (observation === undefined) return { type: "observation", id, name: id };
  const scope = subjectOf(index, observation.scope.type, observation.scope.id);
  const label = index.indicatorOf(observation.indicator)?.label["zh-CN"] ?? observation.indicator;
  return { type: "observation", id, name: `${scope.name}“${label}”` };
}

/**
 * A finding subject for a record of the index, named as the dataset names it (the short name of an
 * organization when it has one; a reported figure by its scope and indicator, `某县“党员先锋岗”`), or by its id
 * when the record has no name.
 *
 * @param index - the dataset's index
 * @param type - the record's type
 * @param id - the record's id
 * @returns the subject
 * @example
 * ```ts
 * subjectOf(index, "organization", "org-branch"); // { type: "organization", id: "org-branch", name: "某村党支部" }
 * ```
 * @category Rules
 */
export function subjectOf(index: DatasetIndex, type: FindingSubjectType, id: string): FindingSubject {
  if (type === "observation") return observationSubject(index, id);
  const record = index.get(COLLECTIONS[type], id) as { shortName?: string; name?: string; title?: string } | undefined;
  const name = record?.shortName ?? record?.name ?? record?.title ?? id;
  return { type, id, name };
}

/**
 * A finding subject for a record already in hand, named as {@link subjectOf} names it, without looking it up: a
 * rule walking a collection builds its subjects this way.
 *
 * @param type - the record's type
 * @param record - the record
 * @returns the subject
 * @example
 * ```ts
 * subjectOfRecord("organization", { id: "org-branch", name: "某村党支部委员会", shortName: "某村党支部" });
 * // { type: "organization", id: "org-branch", name: "某村党支部" }
 * ```
 * @category Rules
 */
export function subjectOfRecord(
  type: FindingSubjectType,
  record: { readonly id: string; readonly shortName?: string | undefined; readonly name?: string | undefined; readonly title?: string | undefined },
): FindingSubject {
  return { type, id: record.id, name: record.shortName ?? record.name ?? record.title ?? record.id };
}

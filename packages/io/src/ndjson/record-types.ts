import type { CollectionName } from "@dangjian/core";

/**
 * The `type` of an NDJSON line for each collection: the singular of the collection's name. A line may also
 * give the collection's name itself (`"organizations"`); {@link collectionOfNdjsonType} accepts both.
 *
 * @category NDJSON
 */
export const NDJSON_RECORD_TYPES = {
  /** The type of a line of `documents`. */
  documents: "document",
  /** The type of a line of `regions`. */
  regions: "region",
  /** The type of a line of `organizations`. */
  organizations: "organization",
  /** The type of a line of `hostUnits`. */
  hostUnits: "hostUnit",
  /** The type of a line of `people`. */
  people: "person",
  /** The type of a line of `memberships`. */
  memberships: "membership",
  /** The type of a line of `posts`. */
  posts: "post",
  /** The type of a line of `postHoldings`. */
  postHoldings: "postHolding",
  /** The type of a line of `teams`. */
  teams: "team",
  /** The type of a line of `sites`. */
  sites: "site",
  /** The type of a line of `activities`. */
  activities: "activity",
  /** The type of a line of `campaigns`. */
  campaigns: "campaign",
  /** The type of a line of `pairings`. */
  pairings: "pairing",
  /** The type of a line of `households`. */
  households: "household",
  /** The type of a line of `indicators`. */
  indicators: "indicator",
  /** The type of a line of `observations`. */
  observations: "observation",
} as const satisfies { readonly [K in CollectionName]: string };

/**
 * The `type` of an NDJSON record line.
 *
 * @category NDJSON
 */
export type NdjsonRecordType = (typeof NDJSON_RECORD_TYPES)[CollectionName];

/**
 * The `type` of the optional first line that carries the document's `formatVersion` and `meta` fields.
 *
 * @category NDJSON
 */
export const NDJSON_META_TYPE = "meta";

let byType: Map<string, CollectionName> | undefined;

// built on first use, so importing the module runs nothing (the package is side-effect free)
function typeTable(): Map<string, CollectionName> {
  if (byType) return byType;
  byType = new Map<string, CollectionName>();
  for (const [collection, type] of Object.entries(NDJSON_RECORD_TYPES) as [CollectionName, string][]) {
    byType.set(type, collection);
    byType.set(collection, collection);
  }
  return byType;
}

/**
 * The collection an NDJSON line's `type` names: its singular (`organization`) or the collection's name
 * (`organizations`).
 *
 * @param type - the line's `type` value
 * @returns the collection, or undefined for an unknown type (and for `meta`)
 * @example
 * ```ts
 * collectionOfNdjsonType("person"); // "people"
 * collectionOfNdjsonType("people"); // "people"
 * ```
 * @category NDJSON
 */
export function collectionOfNdjsonType(type: unknown): CollectionName | undefined {
  return typeof type === "string" ? typeTable().get(type) : undefined;
}

import type { Issue } from "../issue/issue.js";
import type { Indicator } from "../indicator/indicator.js";
import type { CollectionName } from "./dataset.js";
import type { DraftDataset, DraftRecord } from "./draft.js";
import type { IdIndex, IntegrityState } from "./integrity-state.js";
import { checkDuplicates } from "./check-duplicates.js";
import { checkCycles, TREE_CYCLE_CODES, type TreeCollection } from "./check-cycles.js";
import { checkDates } from "./check-dates.js";
import { checkRegionLevel, checkRegionParent } from "./check-regions.js";
import { checkHostUnitIdentifiers, checkPersonIdentifiers } from "./check-identifiers.js";
import { checkHoldingLifetime, checkMembershipLifetime } from "./check-lifetimes.js";
import { checkHouseholdVillage, checkPairingSides } from "./check-target-kinds.js";
import { checkIndicatorRedefinition, checkObservationIndicator } from "./check-indicators.js";
import { createReferenceCheck, propagateWithin, type ResolvedReferenceCheck } from "./check-references.js";

/**
 * What the integrity checks need besides the records.
 *
 * @category Exchange
 */
export interface IntegrityContext {
  /** Indicators known besides those the dataset declares. */
  readonly indicators: readonly Indicator[];
}

/**
 * What the integrity checks found: the issues, and the records to leave out.
 *
 * @category Exchange
 */
export interface IntegrityResult {
  /** Every issue found. */
  readonly issues: Issue[];
  /** The records (by identity) that must not be in the parsed dataset. */
  readonly leftOut: Set<object>;
}

// every collection after all the collections it refers to, so a target's fate is final when its referrers are checked
const CHECK_ORDER: readonly CollectionName[] = [
  "documents",
  "regions",
  "hostUnits",
  "organizations",
  "people",
  "memberships",
  "posts",
  "postHoldings",
  "teams",
  "sites",
  "campaigns",
  "activities",
  "households",
  "pairings",
  "indicators",
  "observations",
];

type RecordChecks = { readonly [K in CollectionName]?: (state: IntegrityState, entry: DraftRecord<K>) => void };

// checks of one record alone (besides its dates)
const RECORD_CHECKS: RecordChecks = {
  regions: checkRegionLevel,
  hostUnits: checkHostUnitIdentifiers,
  people: checkPersonIdentifiers,
  pairings: checkPairingSides,
  indicators: checkIndicatorRedefinition,
  observations: checkObservationIndicator,
};

type TargetChecks = { readonly [K in CollectionName]?: ResolvedReferenceCheck<K> };

// checks of a record against the record one of its references resolves to, run as the reference resolves
const TARGET_CHECKS: TargetChecks = {
  regions: (state, entry, field, target) => {
    if (field === "parentId") checkRegionParent(state, entry, target as DraftRecord<"regions">);
  },
  memberships: (state, entry, field, target) => {
    if (field === "organizationId") checkMembershipLifetime(state, entry, target as DraftRecord<"organizations">);
  },
  postHoldings: (state, entry, field, target) => {
    if (field === "postId") checkHoldingLifetime(state, entry, target as DraftRecord<"posts">);
  },
  households: (state, entry, field, target) => {
    if (field === "villageId") checkHouseholdVillage(state, entry, target as DraftRecord<"regions">);
  },
};

function isTree(collection: CollectionName): collection is TreeCollection {
  return Object.hasOwn(TREE_CYCLE_CODES, collection);
}

function checkCollection<K extends CollectionName>(state: IntegrityState, collection: K): void {
  if (isTree(collection)) checkCycles(state, collection);
  const entries = state.draft[collection];
  const duplicates = state.duplicates[collection];
  const own = RECORD_CHECKS[collection] as ((state: IntegrityState, entry: DraftRecord<K>) => void) | undefined;
  const references = createReferenceCheck(state, collection, TARGET_CHECKS[collection] as ResolvedReferenceCheck<K> | undefined);
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position]!;
    // a later duplicate is already left out and named; checking it further would only repeat the first one's issues
    if (duplicates[position] === 1) continue;
    checkDates(state, collection, entry);
    own?.(state, entry);
    references(entry);
  }
  propagateWithin(state, collection);
}

/**
 * Checks what shape alone cannot, in time linear in the number of records and references (Maps and Sets, no
 * nested scans; an issue is built only when something is wrong):
 *
 * - duplicate ids in every collection (indicators by `code`): the first record stays, later ones are left out;
 * - references of every kind resolve to a record of the right type (parents, regions, host units, approving
 *   and successor organizations, affiliations, memberships, posts and holdings, team members and partners,
 *   sites, activity participants, campaigns, pairing sides by their `type`, households' villages, observation
 *   scopes, every `sources[].documentId`, employers) and an observation's indicator is declared by the dataset
 *   or the context;
 * - an observation's unit measures what its indicator's unit measures (warning), and a dataset that declares a
 *   known indicator with another unit or aggregation is told so (warning; the dataset's declaration applies);
 * - no cycles in the organization, host-unit, region and campaign trees: every record on a cycle is left out;
 * - region codes agree with the region's level and with the declared parent's code (or, without codes, the
 *   parent's level);
 * - dates in order, holdings within their post's life, memberships within their organization's life;
 * - pairing sides of the types their kind allows, households in village-level regions;
 * - resident ID, phone and unified social credit code valid when present (warnings: the record is kept).
 *
 * Every error leaves its record out. Leaving out cascades: a record that refers to a left-out record is left out
 * too, with `reference.target_left_out` naming the target, until nothing changes, so the records kept are
 * referentially whole: every reference among them resolves to a kept record. Issue paths are JSON pointers into
 * the input document (`/organizations/3/parentId`), using each draft record's `index`.
 *
 * @param draft - the records that passed the shape check
 * @param context - the indicators known besides the dataset's
 * @returns the issues and the records to leave out
 * @example
 * ```ts
 * const { issues, leftOut } = checkIntegrity(draft, { indicators: [] });
 * const kept = draft.organizations.filter((entry) => !leftOut.has(entry.record));
 * ```
 * @category Exchange
 */
export function checkIntegrity(draft: DraftDataset, context: IntegrityContext): IntegrityResult {
  const state: IntegrityState = {
    draft,
    ids: {} as IdIndex,
    duplicates: {} as IntegrityState["duplicates"],
    issues: [],
    leftOut: new Set(),
    knownIndicators: new Map(context.indicators.map((indicator) => [indicator.code, indicator])),
  };
  checkDuplicates(state);
  for (const collection of CHECK_ORDER) checkCollection(state, collection);
  return { issues: state.issues, leftOut: state.leftOut };
}

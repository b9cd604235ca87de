import type { CalendarDate } from "../calendar/calendar-date.js";
import type { HostUnit } from "../host-unit/host-unit.js";
import type { Membership } from "../membership/membership.js";
import type { OrganizationKind, PartyOrganization } from "../organization/organization.js";
import type { Post, PostHolding, PostRole } from "../post/post.js";
import type { Region } from "../region/region.js";
import type { Indicator } from "../indicator/indicator.js";
import { INDICATOR_CATALOGUE } from "../indicator/indicator-catalogue.js";
import { COLLECTION_NAMES, type CollectionName, type Dataset, type RecordOf } from "../exchange/dataset.js";
import { buildRecordTree, type RecordTree } from "./record-tree.js";
import { lazily, recordTreeOver } from "./record-tree-over.js";
import { coversDay } from "./covers-day.js";
import { isOrganizationAliveOn } from "./is-organization-alive-on.js";
import { organizationParentIdAsOf } from "./organization-parent-id-as-of.js";
import { fullMemberSinceOf } from "./full-member-since.js";
import { groupBy, groupOf } from "./group-by.js";
import { groupAt, groupByPosition } from "./group-by-position.js";
import { positionsById, RecordsById } from "./records-by-id.js";
import { requireDay } from "./require-day.js";

/**
 * Every collection of the dataset by id (indicators by `code`): `index.organizations.get("org-1")`.
 *
 * @category Index
 */
export type RecordMaps = { readonly [K in CollectionName]: ReadonlyMap<string, RecordOf<K>> };

/**
 * The in-memory view of a dataset, built once by {@link indexDataset}: lookups by id for every collection,
 * the organization, host-unit and region trees, members and posts by organization, holdings by post and by
 * person, and "as of a day" views of the organization tree and of membership. Everything downstream (rules,
 * planner, reporting) reads the index rather than scanning the raw arrays.
 *
 * Each collection keeps the position of its records by id (`positionOf`); its map by id reads through those
 * positions, in dataset order. Memberships, posts and holdings are grouped by the position of the organization,
 * person or post they refer to, so joins such as an organization's members or a post's seat cost no second lookup
 * by id. The positions of every collection but memberships and post holdings, those groups, the organizations by
 * kind and the children in the region tree are built up front; the rest (the positions of memberships and
 * holdings, regions by code, the children in the organization and host-unit trees, the trees' roots, posts and
 * seats by role, organizations with members or posts, the children of an organization on a day) on first use, and
 * kept. The dataset must not change once indexed.
 *
 * Days are `YYYY-MM-DD` strings compared as strings; every span is inclusive at both ends, a missing start means
 * "since before any day asked about" and a missing end "still running". A function given an `asOf` that is not
 * a `YYYY-MM-DD` string throws `DangjianError` (`invalid_argument`).
 *
 * @example
 * ```ts
 * const { dataset } = parseDataset(input);
 * const index = indexDataset(dataset);
 * index.organizations.get("org-branch")?.name;
 * index.organizationTree.descendantsOf("org-prefecture").length;
 * index.fullMemberCount("org-branch", "2022-07-01");
 * ```
 * @category Index
 */
export interface DatasetIndex extends RecordMaps {
  /** The dataset indexed. */
  readonly dataset: Dataset;
  /** Regions by their statistical code (regions without a code are not in it). */
  readonly regionsByCode: ReadonlyMap<string, Region>;
  /** Party organizations by their current affiliation (`parentId`). */
  readonly organizationTree: RecordTree<PartyOrganization>;
  /** Host units by `parentId`. */
  readonly hostUnitTree: RecordTree<HostUnit>;
  /** Regions by `parentId`. */
  readonly regionTree: RecordTree<Region>;
  /**
   * Any record by collection and id, typed by the collection.
   *
   * @param collection - the collection's name
   * @param id - the record's id (an indicator's code)
   * @returns the record, or undefined
   */
  get<K extends CollectionName>(collection: K, id: string): RecordOf<K> | undefined;
  /**
   * Where the record holding an id sits in its collection: `dataset[collection][position]` is the record (the first
   * one, should an id repeat). For data kept beside the dataset in arrays by position, without a map of its own.
   *
   * @param collection - the collection's name
   * @param id - the record's id (an indicator's code)
   * @returns the position, or undefined when no record holds the id
   */
  positionOf(collection: CollectionName, id: string): number | undefined;
  /**
   * The indicator a code names: the dataset's declaration, else the known indicators given to
   * {@link indexDataset} (the built-in catalogue by default).
   *
   * @param code - the indicator's code
   * @returns the indicator, or undefined
   */
  indicatorOf(code: string): Indicator | undefined;
  /**
   * Every membership in an organization, whatever its dates and status, in dataset order.
   *
   * @param organizationId - the organization's id
   * @returns its memberships
   */
  membershipsOf(organizationId: string): readonly Membership[];
  /**
   * The organizations with at least one membership, whatever its dates and status, each with its memberships, in
   * the order of their first membership in the dataset: a count of members over many organizations visits these
   * alone, without looking each organization up. Memberships of an organization the dataset does not have are left
   * out.
   *
   * @returns the organizations and their memberships, each organization once
   */
  organizationsWithMemberships(): readonly OrganizationMemberships[];
  /**
   * Every membership of a person, in dataset order.
   *
   * @param personId - the person's id
   * @returns the person's memberships
   */
  membershipsOfPerson(personId: string): readonly Membership[];
  /**
   * The memberships of an organization that cover a day, full and probationary.
   *
   * @param organizationId - the organization's id
   * @param asOf - the day
   * @returns the memberships running that day
   */
  membersAsOf(organizationId: string, asOf: CalendarDate): Membership[];
  /**
   * The number of people who are full members of an organization on a day: a full membership whose span covers
   * the day. Probationary members are never counted; a person with two such memberships counts once.
   *
   * @param organizationId - the organization's id
   * @param asOf - the day
   * @returns the count
   */
  fullMemberCount(organizationId: string, asOf: CalendarDate): number;
  /**
   * The day a person became a full member: the earliest `from` of the person's full memberships, or the
   * person's `fullMemberSince` when earlier (see {@link fullMemberSinceOf}).
   *
   * @param personId - the person's id
   * @returns the day, or undefined when nothing tells
   */
  fullMemberSince(personId: string): CalendarDate | undefined;
  /**
   * The organizations with at least one post, each with its posts (vacant or not), in the order of their first post
   * in the dataset: a rule about secretaries visits these alone, without looking each organization up. Posts of an
   * organization the dataset does not have are left out.
   *
   * @returns the organizations and their posts, each organization once
   */
  organizationsWithPosts(): readonly OrganizationPosts[];
  /**
   * The posts of an organization (`post.organizationId`), in dataset order.
   *
   * @param organizationId - the organization's id
   * @returns its posts, vacant or not
   */
  postsOf(organizationId: string): readonly Post[];
  /**
   * The posts of a role, in dataset order, vacant or not: a rule about first secretaries reads those alone rather
   * than every post.
   *
   * @param role - the role
   * @returns its posts
   */
  postsOfRole(role: PostRole): readonly Post[];
  /**
   * The posts of a role, in dataset order, vacant or not, each with its organization and its holdings, which the
   * index joined by position when it was built: a rule about secretaries or cooperative chairs reads these rather
   * than looking each post's organization and holdings up by id.
   *
   * @param role - the role
   * @returns its posts and what they are joined to
   */
  seatsOfRole(role: PostRole): readonly PostSeat[];
  /**
   * Every holding of a post, in dataset order.
   *
   * @param postId - the post's id
   * @returns its holdings
   */
  holdingsOf(postId: string): readonly PostHolding[];
  /**
   * Every post holding of a person, in dataset order.
   *
   * @param personId - the person's id
   * @returns the person's holdings
   */
  holdingsOfPerson(personId: string): readonly PostHolding[];
  /**
   * The holdings of a post that cover a day: who held the seat then (empty when it was vacant).
   *
   * @param postId - the post's id
   * @param asOf - the day
   * @returns the holdings running that day
   */
  holdersAsOf(postId: string, asOf: CalendarDate): PostHolding[];
  /**
   * The organizations of a kind, in dataset order, whatever their dates: a rule about temporary branches reads
   * those alone rather than every organization.
   *
   * @param kind - the kind
   * @returns its organizations
   */
  organizationsOfKind(kind: OrganizationKind): readonly PartyOrganization[];
  /**
   * Whether an organization exists on a day (see {@link isOrganizationAliveOn}).
   *
   * @param organizationId - the organization's id
   * @param asOf - the day
   * @returns true when it exists that day; false for an unknown id
   */
  isAliveOn(organizationId: string, asOf: CalendarDate): boolean;
  /**
   * An organization's parent on a day, by its affiliation history (see {@link organizationParentIdAsOf}).
   * Undefined when the organization or its parent does not exist that day.
   *
   * @param organizationId - the organization's id
   * @param asOf - the day
   * @returns the parent organization, or undefined
   */
  parentAsOf(organizationId: string, asOf: CalendarDate): PartyOrganization | undefined;
  /**
   * The organizations whose parent on a day is this organization, and which exist that day, in dataset order.
   *
   * @param organizationId - the organization's id
   * @param asOf - the day
   * @returns the children that day
   */
  childrenAsOf(organizationId: string, asOf: CalendarDate): PartyOrganization[];
  /**
   * The organization tree as it stood on a day: the organizations that existed, each under its parent of that
   * day. Built in linear time on each call; keep it when asking many questions about the same day.
   *
   * @param asOf - the day
   * @returns the tree of that day
   */
  organizationTreeAsOf(asOf: CalendarDate): RecordTree<PartyOrganization>;
}

/**
 * An organization with its memberships, as {@link DatasetIndex.organizationsWithMemberships} lists them.
 *
 * @category Index
 */
export interface OrganizationMemberships {
  /** The organization. */
  readonly organization: PartyOrganization;
  /** Its memberships, whatever their dates and status, in dataset order. */
  readonly memberships: readonly Membership[];
}

/**
 * An organization with its posts, as {@link DatasetIndex.organizationsWithPosts} lists them.
 *
 * @category Index
 */
export interface OrganizationPosts {
  /** The organization. */
  readonly organization: PartyOrganization;
  /** Its posts, vacant or not, in dataset order. */
  readonly posts: readonly Post[];
}

/**
 * A post with what it is joined to, as {@link DatasetIndex.seatsOfRole} lists them.
 *
 * @category Index
 */
export interface PostSeat {
  /** The post. */
  readonly post: Post;
  /** The organization the post belongs to (`post.organizationId`), when the dataset has it. */
  readonly organization: PartyOrganization | undefined;
  /** Every holding of the post, in dataset order (empty when it was never held). */
  readonly holdings: readonly PostHolding[];
}

/**
 * Options of {@link indexDataset}.
 *
 * @category Index
 */
export interface IndexDatasetOptions {
  /** Indicators known besides those the dataset declares, as given to `parseDataset`; the built-in catalogue when omitted. */
  readonly indicators?: readonly Indicator[];
}

// a record's id; an indicator's is its code
function keyOf(collection: CollectionName): (record: never) => string {
  return collection === "indicators" ? (indicator: Indicator) => indicator.code : (record: { id: string }) => record.id;
}

function recordsById<K extends CollectionName>(collection: K, records: readonly RecordOf<K>[]): RecordsById<RecordOf<K>> {
  const key = keyOf(collection) as (record: RecordOf<K>) => string;
  return new RecordsById(positionsById(records, key), records, key);
}

// the group of a record nothing refers to
const NO_RECORDS: readonly never[] = Object.freeze([]);

// up to this many memberships, repeated people are found by looking back rather than with a Set
const SMALL_GROUP = 16;

// link records, reached through their groups by organization, person and post rather than by their own id
const LAZY_MAPS: ReadonlySet<CollectionName> = new Set<CollectionName>(["memberships", "postHoldings"]);

/**
 * The people who are full members of an organization on a day, each once, from its memberships.
 *
 * @param memberships - the organization's memberships
 * @param asOf - the day
 * @returns the count
 * @internal
 */
function countFullMembers(memberships: readonly Membership[], asOf: CalendarDate): number {
  if (memberships.length > SMALL_GROUP) {
    const people = new Set<string>();
    for (const membership of memberships) if (membership.status === "full" && coversDay(membership, asOf)) people.add(membership.personId);
    return people.size;
  }
  let count = 0;
  for (let i = 0; i < memberships.length; i++) {
    const membership = memberships[i]!;
    if (membership.status !== "full" || !coversDay(membership, asOf)) continue;
    // a person with two full memberships running that day counts once: at the first of them
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) {
      const earlier = memberships[j]!;
      repeated = earlier.personId === membership.personId && earlier.status === "full" && coversDay(earlier, asOf);
    }
    if (!repeated) count += 1;
  }
  return count;
}

/**
 * Builds the in-memory index of a dataset once, in time linear in its size: one pass per collection for the maps
 * and groups built up front, and one more for each of the others on its first use (see {@link DatasetIndex}); each
 * query then costs what its answer holds. The dataset is expected to come
 * from `parseDataset` (referentially whole, without cycles); on other data, dangling ids simply find nothing.
 *
 * @param dataset - a parsed dataset
 * @param options - the indicators known besides the dataset's (the built-in catalogue by default)
 * @returns the index
 * @example
 * ```ts
 * const index = indexDataset(parseDataset(input).dataset);
 * const branch = index.organizations.get("org-branch");
 * const secretaries = index.postsOf("org-branch").filter((post) => post.role === "secretary");
 * const holders = secretaries.flatMap((post) => index.holdersAsOf(post.id, "2022-07-01"));
 * ```
 * @category Index
 */
export function indexDataset(dataset: Dataset, options: IndexDatasetOptions = {}): DatasetIndex {
  const knownIndicators = lazily(() => new Map((options.indicators ?? INDICATOR_CATALOGUE).map((indicator) => [indicator.code, indicator])));
  // every collection keeps the positions of its records by id: lookups by id read through them, and memberships,
  // posts and holdings are grouped by the position of what they refer to
  const maps: Partial<Record<CollectionName, RecordsById<unknown>>> = {};
  const lazyMaps = new Map<CollectionName, () => RecordsById<unknown>>();
  for (const collection of COLLECTION_NAMES) {
    const build = () => recordsById(collection, dataset[collection] as RecordOf<typeof collection>[]) as RecordsById<unknown>;
    if (LAZY_MAPS.has(collection)) lazyMaps.set(collection, lazily(build));
    else maps[collection] = build();
  }
  const lookups = maps as unknown as RecordMaps;
  const organizations = lookups.organizations;
  // the collections built up front first: positionOf and get are asked millions of times by rules
  const mapOf = <K extends CollectionName>(collection: K): RecordsById<RecordOf<K>> =>
    (maps[collection] ?? lazyMaps.get(collection)!()) as RecordsById<RecordOf<K>>;

  const regionsByCode = lazily(() => {
    const byCode = new Map<string, Region>();
    dataset.regions.forEach((region) => {
      if (region.code !== undefined && !byCode.has(region.code)) byCode.set(region.code, region);
    });
    return byCode;
  });

  const { organizations: organizationRecords, people: personRecords, posts: postRecords } = dataset;
  const organizationPositions = maps.organizations!.positions;
  const personPositions = maps.people!.positions;
  const postPositions = maps.posts!.positions;
  const membershipsByOrganization = groupByPosition(dataset.memberships, (membership) => membership.organizationId, organizationPositions, organizationRecords.length);
  const membershipsByPerson = groupByPosition(dataset.memberships, (membership) => membership.personId, personPositions, personRecords.length);
  // each post's organization position is kept for the seats
  const postsByOrganization = groupByPosition(postRecords, (post) => post.organizationId, organizationPositions, organizationRecords.length, true);
  const holdingsByPost = groupByPosition(dataset.postHoldings, (holding) => holding.postId, postPositions, postRecords.length);
  const holdingsByPerson = groupByPosition(dataset.postHoldings, (holding) => holding.personId, personPositions, personRecords.length);

  const regionsByParent = groupBy(lookups.regions, (region) => region.parentId);
  // joined by position: no organization is looked up by id
  const organizationsWithMemberships = lazily(() =>
    membershipsByOrganization.order.map((position): OrganizationMemberships => ({ organization: organizationRecords[position]!, memberships: membershipsByOrganization.at[position]! })),
  );
  const organizationsWithPosts = lazily(() =>
    postsByOrganization.order.map((position): OrganizationPosts => ({ organization: organizationRecords[position]!, posts: postsByOrganization.at[position]! })),
  );
  // the positions of the posts of each role, in one pass over the posts on first use
  const postPositionsByRole = lazily(() => {
    const byRole = new Map<PostRole, number[]>();
    for (let i = 0; i < postRecords.length; i++) {
      const role = postRecords[i]!.role;
      const list = byRole.get(role);
      if (list) list.push(i);
      else byRole.set(role, [i]);
    }
    return byRole;
  });
  const postsByRole = new Map<PostRole, readonly Post[]>();
  const postsOfRole = (role: PostRole): readonly Post[] => {
    let posts = postsByRole.get(role);
    if (posts === undefined) {
      posts = (postPositionsByRole().get(role) ?? NO_RECORDS).map((position) => postRecords[position]!);
      postsByRole.set(role, posts);
    }
    return posts;
  };
  // the seats of each role asked about, each post joined by position to its organization and holdings
  const seatsByRole = new Map<PostRole, readonly PostSeat[]>();
  const seatsOfRole = (role: PostRole): readonly PostSeat[] => {
    let seats = seatsByRole.get(role);
    if (seats === undefined) {
      // without repeated ids each post holds its own position; otherwise a post's holdings are those of its id
      const unique = postPositions.size === postRecords.length;
      seats = (postPositionsByRole().get(role) ?? NO_RECORDS).map((position): PostSeat => {
        const post = postRecords[position]!;
        const organizationPosition = postsByOrganization.targets![position]!;
        return {
          post,
          organization: organizationPosition < 0 ? undefined : organizationRecords[organizationPosition],
          holdings: holdingsByPost.at[unique ? position : postPositions.get(post.id)!] ?? NO_RECORDS,
        };
      });
      seatsByRole.set(role, seats);
    }
    return seats;
  };
  // one list per kind, without hashing an id: a rule about a rare kind never walks millions of branches
  const organizationsByKind = groupBy(dataset.organizations, (organization) => organization.kind);
  // every organization under its current parentId, shared by the organization tree and the children on a day
  const byCurrentParent = lazily(() => groupBy(organizations, (organization) => organization.parentId));
  // every organization that was ever a child of another, by the current parentId or an affiliation
  const possibleChildren = lazily((): ReadonlyMap<string, readonly PartyOrganization[]> => {
    // without any affiliation history the current parents are the only ones
    if (!dataset.organizations.some((organization) => organization.affiliations !== undefined && organization.affiliations.length > 0)) return byCurrentParent();
    const byParent = new Map<string, PartyOrganization[]>();
    organizations.forEach((organization) => {
      const parents: string[] = organization.parentId === undefined ? [] : [organization.parentId];
      for (const affiliation of organization.affiliations ?? []) if (!parents.includes(affiliation.parentId)) parents.push(affiliation.parentId);
      for (const parentId of parents) {
        const list = byParent.get(parentId);
        if (list) list.push(organization);
        else byParent.set(parentId, [organization]);
      }
    });
    return byParent;
  });

  const parentAsOf = (organizationId: string, asOf: CalendarDate): PartyOrganization | undefined => {
    const organization = organizations.get(organizationId);
    if (organization === undefined || !isOrganizationAliveOn(organization, asOf)) return undefined;
    const parentId = organizationParentIdAsOf(organization, asOf);
    const parent = parentId === undefined ? undefined : organizations.get(parentId);
    return parent !== undefined && isOrganizationAliveOn(parent, asOf) ? parent : undefined;
  };

  const index: DatasetIndex = {
    ...lookups,
    get memberships() {
      return mapOf("memberships");
    },
    get postHoldings() {
      return mapOf("postHoldings");
    },
    dataset,
    get regionsByCode() {
      return regionsByCode();
    },
    organizationTree: recordTreeOver(organizations, (organization) => organization.parentId, byCurrentParent),
    hostUnitTree: recordTreeOver(lookups.hostUnits, (unit) => unit.parentId),
    // the region tree is small and walked down by every reconciliation and report scope: its children up front
    regionTree: recordTreeOver(lookups.regions, (region) => region.parentId, () => regionsByParent),
    get: <K extends CollectionName>(collection: K, id: string) => mapOf(collection).get(id),
    positionOf: (collection, id) => mapOf(collection).positionOf(id),
    indicatorOf: (code) => lookups.indicators.get(code) ?? knownIndicators().get(code),
    membershipsOf: (organizationId) => groupAt(membershipsByOrganization, organizationPositions, organizationId),
    organizationsWithMemberships,
    membershipsOfPerson: (personId) => groupAt(membershipsByPerson, personPositions, personId),
    membersAsOf: (organizationId, asOf) => {
      requireDay(asOf, "membersAsOf(organizationId, asOf)");
      return groupAt(membershipsByOrganization, organizationPositions, organizationId).filter((membership) => coversDay(membership, asOf));
    },
    fullMemberCount: (organizationId, asOf) => {
      requireDay(asOf, "fullMemberCount(organizationId, asOf)");
      return countFullMembers(groupAt(membershipsByOrganization, organizationPositions, organizationId), asOf);
    },
    fullMemberSince: (personId) => {
      // the person and their memberships from one lookup of the person's position
      const position = personPositions.get(personId);
      if (position === undefined) return fullMemberSinceOf(undefined, groupAt(membershipsByPerson, personPositions, personId));
      return fullMemberSinceOf(personRecords[position], membershipsByPerson.at[position] ?? NO_RECORDS);
    },
    organizationsWithPosts,
    postsOf: (organizationId) => groupAt(postsByOrganization, organizationPositions, organizationId),
    postsOfRole,
    seatsOfRole,
    holdingsOf: (postId) => groupAt(holdingsByPost, postPositions, postId),
    holdingsOfPerson: (personId) => groupAt(holdingsByPerson, personPositions, personId),
    holdersAsOf: (postId, asOf) => {
      requireDay(asOf, "holdersAsOf(postId, asOf)");
      return groupAt(holdingsByPost, postPositions, postId).filter((holding) => coversDay(holding, asOf));
    },
    organizationsOfKind: (kind) => groupOf(organizationsByKind, kind),
    isAliveOn: (organizationId, asOf) => {
      requireDay(asOf, "isAliveOn(organizationId, asOf)");
      const organization = organizations.get(organizationId);
      return organization !== undefined && isOrganizationAliveOn(organization, asOf);
    },
    parentAsOf: (organizationId, asOf) => {
      requireDay(asOf, "parentAsOf(organizationId, asOf)");
      return parentAsOf(organizationId, asOf);
    },
    childrenAsOf: (organizationId, asOf) => {
      requireDay(asOf, "childrenAsOf(organizationId, asOf)");
      if (!organizations.has(organizationId)) return [];
      return groupOf(possibleChildren(), organizationId).filter((child) => parentAsOf(child.id, asOf)?.id === organizationId);
    },
    organizationTreeAsOf: (asOf) => {
      requireDay(asOf, "organizationTreeAsOf(asOf)");
      const alive = [...organizations.values()].filter((organization) => isOrganizationAliveOn(organization, asOf));
      return buildRecordTree(alive, (organization) => parentAsOf(organization.id, asOf)?.id);
    },
  };
  return index;
}

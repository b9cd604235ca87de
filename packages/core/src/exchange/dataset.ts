import { z } from "zod";
import { LocalizedTextSchema } from "../label/localized-text.js";
import { PartialDateSchema, SourceDocumentSchema } from "../provenance/document.js";
import { RegionSchema } from "../region/region.js";
import { PartyOrganizationSchema } from "../organization/organization.js";
import { HostUnitSchema } from "../host-unit/host-unit.js";
import { PersonSchema } from "../person/person.js";
import { MembershipSchema } from "../membership/membership.js";
import { PostSchema, PostHoldingSchema } from "../post/post.js";
import { TeamSchema } from "../team/team.js";
import { SiteSchema } from "../site/site.js";
import { ActivitySchema } from "../activity/activity.js";
import { CampaignSchema } from "../campaign/campaign.js";
import { PairingSchema } from "../pairing/pairing.js";
import { HouseholdSchema } from "../household/household.js";
import { IndicatorSchema } from "../indicator/indicator.js";
import { ObservationSchema } from "../observation/observation.js";

/**
 * The exchange format version this package reads and writes. Minor versions only add optional fields.
 *
 * @category Exchange
 */
export const FORMAT_VERSION = "1.0";

/**
 * The format versions this package can read.
 *
 * @category Exchange
 */
export const SUPPORTED_FORMAT_VERSIONS: readonly string[] = ["1.0"];

/**
 * What the exchange document says about itself.
 *
 * @category Exchange
 */
export const DatasetMetaSchema = z.object({
  /** The dataset's own identifier, e.g. `county-2022`. */
  id: z.string().min(1).optional(),
  /** Its title, as one text or in zh-CN and en. */
  title: z.union([z.string().min(1), LocalizedTextSchema]).optional(),
  /** What the dataset covers, in a sentence or two. */
  description: z.string().min(1).optional(),
  /** Who publishes the dataset. */
  publisher: z.string().min(1).optional(),
  /** When it was made, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  createdOn: PartialDateSchema.optional(),
  /** The license it is published under, best as an SPDX identifier (`CC-BY-4.0`). */
  license: z.string().min(1).optional(),
});

/**
 * What the exchange document says about itself.
 *
 * @category Exchange
 */
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/**
 * The schema of each record collection of the exchange document, keyed by the collection's name.
 *
 * @category Exchange
 */
export const RECORD_SCHEMAS = {
  /** The schema of a source document (来源文档). */
  documents: SourceDocumentSchema,
  /** The schema of a region (行政区域). */
  regions: RegionSchema,
  /** The schema of a Party organization (党组织). */
  organizations: PartyOrganizationSchema,
  /** The schema of a host unit (单位). */
  hostUnits: HostUnitSchema,
  /** The schema of a person (人员). */
  people: PersonSchema,
  /** The schema of a membership relationship (组织关系). */
  memberships: MembershipSchema,
  /** The schema of a post (职务岗位). */
  posts: PostSchema,
  /** The schema of a post holding (任职). */
  postHoldings: PostHoldingSchema,
  /** The schema of a team (队伍). */
  teams: TeamSchema,
  /** The schema of a site (阵地岗区). */
  sites: SiteSchema,
  /** The schema of an activity (活动). */
  activities: ActivitySchema,
  /** The schema of a campaign or mechanism (工作机制). */
  campaigns: CampaignSchema,
  /** The schema of a pairing (结对). */
  pairings: PairingSchema,
  /** The schema of a household (家庭户). */
  households: HouseholdSchema,
  /** The schema of an indicator (指标). */
  indicators: IndicatorSchema,
  /** The schema of an observation, a reported figure (观测数据). */
  observations: ObservationSchema,
} as const;

/**
 * The name of a record collection of the exchange document.
 *
 * @category Exchange
 */
export type CollectionName = keyof typeof RECORD_SCHEMAS;

/**
 * Every collection name, in the order the document lists them.
 *
 * @category Exchange
 */
export const COLLECTION_NAMES = Object.keys(RECORD_SCHEMAS) as CollectionName[];

/**
 * The exchange document: one JSON object with a format version, its metadata, and every record collection
 * (each optional). The same records stream as NDJSON with a `type` field.
 *
 * @example
 * ```ts
 * const doc: DatasetInput = {
 *   formatVersion: "1.0",
 *   regions: [{ id: "630100", code: "630100", name: "西宁市", level: "prefecture", parentId: "630000" }],
 * };
 * ```
 * @category Exchange
 */
export const DatasetSchema = z.object({
  /** The URL of the JSON Schema the document follows, for editors; the parser ignores it. */
  $schema: z.string().optional(),
  /** The format version, `MAJOR.MINOR` (`1.0`); an unsupported major is an error, a newer minor a warning. */
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  /** What the document says about itself; an invalid one is ignored with a warning. */
  meta: DatasetMetaSchema.optional(),
  /** The source documents (来源文档) the records cite. */
  documents: z.array(SourceDocumentSchema).optional(),
  /** The administrative divisions (行政区域), province down to village. */
  regions: z.array(RegionSchema).optional(),
  /** The Party organizations (党组织), a tree by affiliation. */
  organizations: z.array(PartyOrganizationSchema).optional(),
  /** The host units (单位) organizations are set up in, a tree of their own. */
  hostUnits: z.array(HostUnitSchema).optional(),
  /** The people (人员): members, cadres and workers. */
  people: z.array(PersonSchema).optional(),
  /** The membership relationships (组织关系) of members to organizations. */
  memberships: z.array(MembershipSchema).optional(),
  /** The posts (职务岗位), held or vacant. */
  posts: z.array(PostSchema).optional(),
  /** Who held which post when (任职). */
  postHoldings: z.array(PostHoldingSchema).optional(),
  /** The teams (队伍) members form for a task. */
  teams: z.array(TeamSchema).optional(),
  /** The sites (阵地岗区): vanguard posts, responsibility zones, demonstration sites … */
  sites: z.array(SiteSchema).optional(),
  /** The activities (活动), done on a day or over a period. */
  activities: z.array(ActivitySchema).optional(),
  /** The named campaigns and mechanisms (工作机制). */
  campaigns: z.array(CampaignSchema).optional(),
  /** The pairings (结对) of helpers with villages, households and communities. */
  pairings: z.array(PairingSchema).optional(),
  /** The households (家庭户) of cadre–household pairings. */
  households: z.array(HouseholdSchema).optional(),
  /** The indicators (指标) the observations report, besides those passed to the parser. */
  indicators: z.array(IndicatorSchema).optional(),
  /** The reported figures (观测数据). */
  observations: z.array(ObservationSchema).optional(),
});

/**
 * A parsed exchange document: every collection present (possibly empty), every quantity parsed.
 *
 * @category Exchange
 */
export type Dataset = {
  /** The format version the document declared, or {@link FORMAT_VERSION} when it was missing or unsupported. */
  readonly formatVersion: string;
  /** What the document says about itself; `{}` when it gave none or an invalid one. */
  readonly meta: DatasetMeta;
} & { readonly [K in CollectionName]: z.infer<(typeof RECORD_SCHEMAS)[K]>[] };

/**
 * An exchange document as written: quantities as text or objects, collections optional.
 *
 * @category Exchange
 */
export type DatasetInput = z.input<typeof DatasetSchema>;

/**
 * The record type held by a collection of the dataset.
 *
 * @category Exchange
 */
export type RecordOf<K extends CollectionName> = Dataset[K][number];

/**
 * An empty dataset of the current format version.
 *
 * @returns a dataset with every collection empty
 * @example
 * ```ts
 * const dataset = emptyDataset();
 * dataset.organizations.length; // 0
 * ```
 * @category Exchange
 */
export function emptyDataset(): Dataset {
  const dataset = { formatVersion: FORMAT_VERSION, meta: {} } as Record<string, unknown>;
  for (const name of COLLECTION_NAMES) dataset[name] = [];
  return dataset as Dataset;
}

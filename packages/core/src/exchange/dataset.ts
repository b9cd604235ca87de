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
  id: z.string().min(1).optional(),
  title: z.union([z.string().min(1), LocalizedTextSchema]).optional(),
  description: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  createdOn: PartialDateSchema.optional(),
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
  documents: SourceDocumentSchema,
  regions: RegionSchema,
  organizations: PartyOrganizationSchema,
  hostUnits: HostUnitSchema,
  people: PersonSchema,
  memberships: MembershipSchema,
  posts: PostSchema,
  postHoldings: PostHoldingSchema,
  teams: TeamSchema,
  sites: SiteSchema,
  activities: ActivitySchema,
  campaigns: CampaignSchema,
  pairings: PairingSchema,
  households: HouseholdSchema,
  indicators: IndicatorSchema,
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
 *   regions: [{ id: "632200", code: "632200", name: "海北藏族自治州", level: "prefecture", parentId: "630000" }],
 * };
 * ```
 * @category Exchange
 */
export const DatasetSchema = z.object({
  $schema: z.string().optional(),
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  meta: DatasetMetaSchema.optional(),
  documents: z.array(SourceDocumentSchema).optional(),
  regions: z.array(RegionSchema).optional(),
  organizations: z.array(PartyOrganizationSchema).optional(),
  hostUnits: z.array(HostUnitSchema).optional(),
  people: z.array(PersonSchema).optional(),
  memberships: z.array(MembershipSchema).optional(),
  posts: z.array(PostSchema).optional(),
  postHoldings: z.array(PostHoldingSchema).optional(),
  teams: z.array(TeamSchema).optional(),
  sites: z.array(SiteSchema).optional(),
  activities: z.array(ActivitySchema).optional(),
  campaigns: z.array(CampaignSchema).optional(),
  pairings: z.array(PairingSchema).optional(),
  households: z.array(HouseholdSchema).optional(),
  indicators: z.array(IndicatorSchema).optional(),
  observations: z.array(ObservationSchema).optional(),
});

/**
 * A parsed exchange document: every collection present (possibly empty), every quantity parsed.
 *
 * @category Exchange
 */
export type Dataset = {
  readonly formatVersion: string;
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

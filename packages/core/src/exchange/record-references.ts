import type { LocalizedText } from "../label/localized-text.js";
import type { PairingPartyType } from "../pairing/pairing.js";
import type { ScopeType } from "../observation/observation.js";
import type { SourceRef } from "../record/record.js";
import type { CollectionName, RecordOf } from "./dataset.js";

/**
 * Called once per reference of a record: the collection it must point into, the id, and where it sits
 * (`field`, then `index` when the field is an array or -1, then `sub` when the id is inside an object or "").
 *
 * @internal
 */
export type ReferenceVisitor = (target: CollectionName, id: string, field: string, index: number, sub: string) => void;

/**
 * The collection a pairing side of each type points into.
 *
 * @internal
 */
export const PAIRING_PARTY_COLLECTIONS: { readonly [T in PairingPartyType]: CollectionName } = {
  organization: "organizations",
  person: "people",
  "host-unit": "hostUnits",
  region: "regions",
  household: "households",
};

/**
 * The collection an observation scope of each type points into.
 *
 * @internal
 */
export const SCOPE_COLLECTIONS: { readonly [T in ScopeType]: CollectionName } = {
  organization: "organizations",
  region: "regions",
  "host-unit": "hostUnits",
  campaign: "campaigns",
};

function sources(list: readonly SourceRef[] | undefined, visit: ReferenceVisitor): void {
  if (list === undefined) return;
  for (let index = 0; index < list.length; index++) visit("documents", list[index]!.documentId, "sources", index, "documentId");
}

function one(target: CollectionName, id: string | undefined, field: string, visit: ReferenceVisitor): void {
  if (id !== undefined) visit(target, id, field, -1, "");
}

function many(target: CollectionName, ids: readonly string[] | undefined, field: string, visit: ReferenceVisitor): void {
  if (ids === undefined) return;
  for (let index = 0; index < ids.length; index++) visit(target, ids[index]!, field, index, "");
}

type Visitors = { readonly [K in CollectionName]: (record: RecordOf<K>, visit: ReferenceVisitor) => void };

const VISITORS: Visitors = {
  documents: (r, v) => sources(r.sources, v),
  regions: (r, v) => {
    one("regions", r.parentId, "parentId", v);
    sources(r.sources, v);
  },
  hostUnits: (r, v) => {
    one("hostUnits", r.parentId, "parentId", v);
    one("regions", r.regionId, "regionId", v);
    sources(r.sources, v);
  },
  organizations: (r, v) => {
    one("organizations", r.parentId, "parentId", v);
    one("regions", r.regionId, "regionId", v);
    many("hostUnits", r.hostUnitIds, "hostUnitIds", v);
    one("organizations", r.approvedById, "approvedById", v);
    one("hostUnits", r.taskBodyId, "taskBodyId", v);
    if (r.affiliations) {
      for (let index = 0; index < r.affiliations.length; index++) {
        v("organizations", r.affiliations[index]!.parentId, "affiliations", index, "parentId");
      }
    }
    one("organizations", r.successorId, "successorId", v);
    sources(r.sources, v);
  },
  people: (r, v) => {
    one("hostUnits", r.employerUnitId, "employerUnitId", v);
    sources(r.sources, v);
  },
  memberships: (r, v) => {
    v("people", r.personId, "personId", -1, "");
    v("organizations", r.organizationId, "organizationId", -1, "");
    sources(r.sources, v);
  },
  posts: (r, v) => {
    one("organizations", r.organizationId, "organizationId", v);
    one("hostUnits", r.hostUnitId, "hostUnitId", v);
    one("regions", r.regionId, "regionId", v);
    sources(r.sources, v);
  },
  postHoldings: (r, v) => {
    v("posts", r.postId, "postId", -1, "");
    v("people", r.personId, "personId", -1, "");
    one("hostUnits", r.sendingUnitId, "sendingUnitId", v);
    sources(r.sources, v);
  },
  teams: (r, v) => {
    one("organizations", r.organizationId, "organizationId", v);
    one("hostUnits", r.hostUnitId, "hostUnitId", v);
    one("regions", r.regionId, "regionId", v);
    many("people", r.memberIds, "memberIds", v);
    many("hostUnits", r.partnerUnitIds, "partnerUnitIds", v);
    sources(r.sources, v);
  },
  sites: (r, v) => {
    one("organizations", r.organizationId, "organizationId", v);
    one("regions", r.regionId, "regionId", v);
    one("hostUnits", r.hostUnitId, "hostUnitId", v);
    sources(r.sources, v);
  },
  activities: (r, v) => {
    many("organizations", r.organizationIds, "organizationIds", v);
    many("hostUnits", r.hostUnitIds, "hostUnitIds", v);
    many("teams", r.teamIds, "teamIds", v);
    many("people", r.personIds, "personIds", v);
    many("sites", r.siteIds, "siteIds", v);
    one("regions", r.regionId, "regionId", v);
    one("campaigns", r.campaignId, "campaignId", v);
    sources(r.sources, v);
  },
  campaigns: (r, v) => {
    one("campaigns", r.parentId, "parentId", v);
    one("organizations", r.organizationId, "organizationId", v);
    one("regions", r.regionId, "regionId", v);
    sources(r.sources, v);
  },
  pairings: (r, v) => {
    v(PAIRING_PARTY_COLLECTIONS[r.helper.type], r.helper.id, "helper", -1, "id");
    v(PAIRING_PARTY_COLLECTIONS[r.target.type], r.target.id, "target", -1, "id");
    one("campaigns", r.campaignId, "campaignId", v);
    one("hostUnits", r.sendingUnitId, "sendingUnitId", v);
    sources(r.sources, v);
  },
  households: (r, v) => {
    v("regions", r.villageId, "villageId", -1, "");
    sources(r.sources, v);
  },
  indicators: () => {},
  observations: (r, v) => {
    v(SCOPE_COLLECTIONS[r.scope.type], r.scope.id, "scope", -1, "id");
    sources(r.sources, v);
  },
};

/**
 * Calls `visit` for every reference of a record to another record, in field order. Indicator codes of
 * observations are not references here: they may name indicators outside the dataset.
 *
 * @param collection - the record's collection
 * @param record - the record
 * @param visit - called once per reference
 * @internal
 */
export function visitReferences<K extends CollectionName>(collection: K, record: RecordOf<K>, visit: ReferenceVisitor): void {
  (VISITORS[collection] as (record: RecordOf<K>, visit: ReferenceVisitor) => void)(record, visit);
}

/**
 * The collections whose records may refer to records of the same collection.
 *
 * @internal
 */
export const SELF_REFERENCING: ReadonlySet<CollectionName> = new Set<CollectionName>([
  "documents",
  "regions",
  "hostUnits",
  "organizations",
  "campaigns",
]);

const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  parentId: { "zh-CN": "上级", en: "parent" },
  regionId: { "zh-CN": "所在区域", en: "region" },
  hostUnitIds: { "zh-CN": "所在单位", en: "host unit" },
  hostUnitId: { "zh-CN": "所在单位", en: "host unit" },
  approvedById: { "zh-CN": "批准组织", en: "approving organization" },
  taskBodyId: { "zh-CN": "所服务的任务机构", en: "task body" },
  "affiliations.parentId": { "zh-CN": "历史上级", en: "former parent" },
  successorId: { "zh-CN": "继承组织", en: "successor" },
  "sources.documentId": { "zh-CN": "来源文档", en: "source document" },
  employerUnitId: { "zh-CN": "工作单位", en: "employer" },
  personId: { "zh-CN": "人员", en: "person" },
  organizationId: { "zh-CN": "党组织", en: "organization" },
  postId: { "zh-CN": "岗位", en: "post" },
  sendingUnitId: { "zh-CN": "派出单位", en: "sending unit" },
  memberIds: { "zh-CN": "成员", en: "member" },
  partnerUnitIds: { "zh-CN": "合作单位", en: "partner unit" },
  organizationIds: { "zh-CN": "参与党组织", en: "organization" },
  teamIds: { "zh-CN": "参与队伍", en: "team" },
  personIds: { "zh-CN": "参与人员", en: "person" },
  siteIds: { "zh-CN": "地点", en: "site" },
  campaignId: { "zh-CN": "所属工作机制", en: "campaign" },
  "helper.id": { "zh-CN": "帮扶方", en: "helper" },
  "target.id": { "zh-CN": "帮扶对象", en: "target" },
  villageId: { "zh-CN": "所在村", en: "village" },
  "scope.id": { "zh-CN": "统计范围", en: "scope" },
};

/**
 * The zh-CN and en name of a reference field, for messages ("the parent", "上级").
 *
 * @param field - the field
 * @param sub - the property inside an item or object, or ""
 * @returns the name in both languages
 * @internal
 */
export function referenceFieldLabel(field: string, sub: string): LocalizedText {
  const key = sub === "" ? field : `${field}.${sub}`;
  return (Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined) ?? { "zh-CN": key, en: key };
}

/**
 * The path of a reference below its record, as path segments.
 *
 * @param field - the field
 * @param index - the item's index in an array field, or -1
 * @param sub - the property inside an item or object, or ""
 * @returns the segments
 * @internal
 */
export function referencePath(field: string, index: number, sub: string): PropertyKey[] {
  const path: PropertyKey[] = [field];
  if (index >= 0) path.push(index);
  if (sub !== "") path.push(sub);
  return path;
}

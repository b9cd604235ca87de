import { collectionLabels, type CollectionName, type LocalizedText } from "@dangjian/core";

// The reference fields of each collection, as core's integrity checks read them (core keeps its table
// internal); a stream checks each against the ids read so far.

type Visit = (target: CollectionName, id: string, field: string, index: number, sub: string) => void;
type AnyRecord = Record<string, unknown>;

const PARTIES: Readonly<Record<string, CollectionName>> = {
  organization: "organizations",
  person: "people",
  "host-unit": "hostUnits",
  region: "regions",
  household: "households",
};

const SCOPES: Readonly<Record<string, CollectionName>> = {
  organization: "organizations",
  region: "regions",
  "host-unit": "hostUnits",
  campaign: "campaigns",
};

function one(r: AnyRecord, field: string, target: CollectionName, v: Visit): void {
  const id = r[field];
  if (typeof id === "string") v(target, id, field, -1, "");
}

function many(r: AnyRecord, field: string, target: CollectionName, v: Visit): void {
  const ids = r[field];
  if (!Array.isArray(ids)) return;
  for (let i = 0; i < ids.length; i++) if (typeof ids[i] === "string") v(target, ids[i] as string, field, i, "");
}

function inner(r: AnyRecord, field: string, sub: string, target: CollectionName, v: Visit): void {
  const list = r[field];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const id = (list[i] as AnyRecord | undefined)?.[sub];
    if (typeof id === "string") v(target, id, field, i, sub);
  }
}

function typed(r: AnyRecord, field: string, table: Readonly<Record<string, CollectionName>>, v: Visit): void {
  const side = r[field] as AnyRecord | undefined;
  const target = typeof side?.["type"] === "string" ? table[side["type"]] : undefined;
  if (target && typeof side?.["id"] === "string") v(target, side["id"], field, -1, "id");
}

const VISITORS: { readonly [K in CollectionName]: (r: AnyRecord, v: Visit) => void } = {
  documents: () => {},
  regions: (r, v) => one(r, "parentId", "regions", v),
  hostUnits: (r, v) => {
    one(r, "parentId", "hostUnits", v);
    one(r, "regionId", "regions", v);
  },
  organizations: (r, v) => {
    one(r, "parentId", "organizations", v);
    one(r, "regionId", "regions", v);
    many(r, "hostUnitIds", "hostUnits", v);
    one(r, "approvedById", "organizations", v);
    one(r, "taskBodyId", "hostUnits", v);
    inner(r, "affiliations", "parentId", "organizations", v);
    one(r, "successorId", "organizations", v);
  },
  people: (r, v) => one(r, "employerUnitId", "hostUnits", v),
  memberships: (r, v) => {
    one(r, "personId", "people", v);
    one(r, "organizationId", "organizations", v);
  },
  posts: (r, v) => {
    one(r, "organizationId", "organizations", v);
    one(r, "hostUnitId", "hostUnits", v);
    one(r, "regionId", "regions", v);
  },
  postHoldings: (r, v) => {
    one(r, "postId", "posts", v);
    one(r, "personId", "people", v);
    one(r, "sendingUnitId", "hostUnits", v);
  },
  teams: (r, v) => {
    one(r, "organizationId", "organizations", v);
    one(r, "hostUnitId", "hostUnits", v);
    one(r, "regionId", "regions", v);
    many(r, "memberIds", "people", v);
    many(r, "partnerUnitIds", "hostUnits", v);
  },
  sites: (r, v) => {
    one(r, "organizationId", "organizations", v);
    one(r, "regionId", "regions", v);
    one(r, "hostUnitId", "hostUnits", v);
  },
  activities: (r, v) => {
    many(r, "organizationIds", "organizations", v);
    many(r, "hostUnitIds", "hostUnits", v);
    many(r, "teamIds", "teams", v);
    many(r, "personIds", "people", v);
    many(r, "siteIds", "sites", v);
    one(r, "regionId", "regions", v);
    one(r, "campaignId", "campaigns", v);
  },
  campaigns: (r, v) => {
    one(r, "parentId", "campaigns", v);
    one(r, "organizationId", "organizations", v);
    one(r, "regionId", "regions", v);
  },
  pairings: (r, v) => {
    typed(r, "helper", PARTIES, v);
    typed(r, "target", PARTIES, v);
    one(r, "campaignId", "campaigns", v);
    one(r, "sendingUnitId", "hostUnits", v);
  },
  households: (r, v) => one(r, "villageId", "regions", v),
  indicators: () => {},
  observations: (r, v) => typed(r, "scope", SCOPES, v),
};

/**
 * Calls `visit` for every reference of a validated record to another record, sources included.
 *
 * @param collection - the record's collection
 * @param record - the record, valid for its schema
 * @param visit - called with the target collection, the id, the field, the item index (-1) and the sub-field ("")
 * @internal
 */
export function visitRecordReferences(collection: CollectionName, record: AnyRecord, visit: Visit): void {
  VISITORS[collection](record, visit);
  if (collection !== "indicators") inner(record, "sources", "documentId", "documents", visit);
}

const REFERENCED: { readonly [K in CollectionName]: boolean } = {
  documents: true,
  regions: true,
  hostUnits: true,
  organizations: true,
  people: true,
  memberships: false,
  posts: true,
  postHoldings: false,
  teams: true,
  sites: true,
  activities: false,
  campaigns: true,
  pairings: false,
  households: true,
  indicators: false,
  observations: false,
};

/**
 * Whether a reference can point into a collection: only such ids are read in a first pass.
 *
 * @param collection - the collection
 * @returns true when some reference field points into it
 * @internal
 */
export function isReferenced(collection: CollectionName): boolean {
  return REFERENCED[collection];
}

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
 * The zh-CN and en name of a reference field, as the exchange parser's messages name it.
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
 * The zh-CN and en (capitalized, to open a sentence) names of a collection's record type.
 *
 * @param collection - the collection
 * @returns the two names
 * @internal
 */
export function recordTypeNames(collection: CollectionName): { readonly zh: string; readonly en: string } {
  const label = collectionLabels.labels[collection];
  return { zh: label["zh-CN"], en: label.en.charAt(0).toUpperCase() + label.en.slice(1) };
}

import { defineEnumLabels } from "../label/enum-labels.js";
import { COLLECTION_NAMES } from "./dataset.js";

/**
 * The zh-CN and en names of the record in each collection, used in messages ("organization record org-1 …").
 *
 * @category Exchange
 */
export const collectionLabels = defineEnumLabels("CollectionName", COLLECTION_NAMES, {
  documents: { "zh-CN": "来源文档", en: "document" },
  regions: { "zh-CN": "行政区域", en: "region" },
  organizations: { "zh-CN": "党组织", en: "organization" },
  hostUnits: { "zh-CN": "单位", en: "host unit" },
  people: { "zh-CN": "人员", en: "person" },
  memberships: { "zh-CN": "组织关系", en: "membership" },
  posts: { "zh-CN": "职务岗位", en: "post" },
  postHoldings: { "zh-CN": "任职", en: "post holding" },
  teams: { "zh-CN": "队伍", en: "team" },
  sites: { "zh-CN": "阵地岗区", en: "site" },
  activities: { "zh-CN": "活动", en: "activity" },
  campaigns: { "zh-CN": "工作机制", en: "campaign" },
  pairings: { "zh-CN": "结对", en: "pairing" },
  households: { "zh-CN": "家庭户", en: "household" },
  indicators: { "zh-CN": "指标", en: "indicator" },
  observations: { "zh-CN": "观测数据", en: "observation" },
});

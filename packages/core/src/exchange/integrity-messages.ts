import { defineMessages } from "../issue/message.js";

/**
 * The code of an issue the integrity checks of `parseDataset` raise.
 *
 * @category Exchange
 */
export type IntegrityIssueCode =
  | "record.duplicate_id"
  | "reference.missing"
  | "reference.wrong_type"
  | "reference.target_left_out"
  | "organization.cycle"
  | "host_unit.cycle"
  | "region.cycle"
  | "campaign.cycle"
  | "region.level_code_mismatch"
  | "region.parent_code_mismatch"
  | "region.parent_level_mismatch"
  | "record.dates_out_of_order"
  | "post_holding.outside_post"
  | "membership.organization_not_alive"
  | "pairing.side_type_not_allowed"
  | "household.village_not_village"
  | "observation.indicator_unknown"
  | "observation.unit_mismatch"
  | "indicator.redefines_known"
  | "person.resident_id_invalid"
  | "person.phone_invalid"
  | "host_unit.uscc_invalid";

/**
 * The messages of every issue the integrity checks raise (duplicate ids, references, cycles, region codes,
 * dates, lifetimes, identifiers), in zh-CN and en, keyed by issue code. Every message names the record
 * (its type and id) and the offending value. An error leaves the record out; a warning keeps it.
 *
 * @example
 * ```ts
 * renderMessage(integrityMessages["reference.missing"], {
 *   recordType: "党组织", recordTypeEn: "Organization", id: "org-7",
 *   field: "上级", fieldEn: "parent", target: "org-99",
 * }).en;
 * // "Organization org-7: parent org-99 does not exist"
 * ```
 * @category Exchange
 */
export const integrityMessages = defineMessages<IntegrityIssueCode>({
  "record.duplicate_id": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的标识与 {firstPath} 处的记录重复，此条未被采用",
    en: "{recordTypeEn} {id}: the id is already used by the record at {firstPath}; this record was left out",
  },
  "reference.missing": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的{field} {target} 不存在",
    en: "{recordTypeEn} {id}: {fieldEn} {target} does not exist",
  },
  "reference.wrong_type": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的{field} {target} 是{actualType}，不是{expectedType}",
    en: "{recordTypeEn} {id}: {fieldEn} {target} is of type {actualTypeEn}, expected {expectedTypeEn}",
  },
  "reference.target_left_out": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的{field} {target} 未被采用，因此此条也未被采用",
    en: "{recordTypeEn} {id}: {fieldEn} {target} was left out, so this record is left out too",
  },
  "organization.cycle": {
    severity: "error",
    "zh-CN": "党组织 {id} 的上级关系构成循环（{cycle}），此条未被采用",
    en: "Organization {id}: its chain of parents is a cycle ({cycle}); left out",
  },
  "host_unit.cycle": {
    severity: "error",
    "zh-CN": "单位 {id} 的上级关系构成循环（{cycle}），此条未被采用",
    en: "Host unit {id}: its chain of parents is a cycle ({cycle}); left out",
  },
  "region.cycle": {
    severity: "error",
    "zh-CN": "行政区域 {id} 的上级关系构成循环（{cycle}），此条未被采用",
    en: "Region {id}: its chain of parents is a cycle ({cycle}); left out",
  },
  "campaign.cycle": {
    severity: "error",
    "zh-CN": "工作机制 {id} 的上级关系构成循环（{cycle}），此条未被采用",
    en: "Campaign {id}: its chain of parents is a cycle ({cycle}); left out",
  },
  "region.level_code_mismatch": {
    severity: "error",
    "zh-CN": "行政区域 {id} 的层级为{level}，但代码 {code} 是{codeLevel}代码",
    en: "Region {id}: the level is {levelEn}, but code {code} is a {codeLevelEn} code",
  },
  "region.parent_code_mismatch": {
    severity: "error",
    "zh-CN": "行政区域 {id}（代码 {code}）的上级应为{expected}，但声明的上级 {parentId} 的代码为 {parentCode}",
    en: "Region {id} (code {code}): the parent should be {expectedEn}, but the declared parent {parentId} has code {parentCode}",
  },
  "region.parent_level_mismatch": {
    severity: "error",
    "zh-CN": "行政区域 {id}（{level}）的上级 {parentId} 为{parentLevel}，应为{allowed}",
    en: "Region {id} ({levelEn}): parent {parentId} is {parentLevelEn}, expected {allowedEn}",
  },
  "record.dates_out_of_order": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的{earlierField} {earlier} 晚于{laterField} {later}",
    en: "{recordTypeEn} {id}: {earlierFieldEn} {earlier} is after {laterFieldEn} {later}",
  },
  "post_holding.outside_post": {
    severity: "error",
    "zh-CN": "任职 {id} 的任职期间（{span}）超出岗位 {postId} 的存续期间（{life}）",
    en: "Post holding {id}: its span ({spanEn}) is outside the life of post {postId} ({lifeEn})",
  },
  "membership.organization_not_alive": {
    severity: "error",
    "zh-CN": "组织关系 {id} 的期间（{span}）不在党组织 {organizationId} 的存续期间（{life}）内",
    en: "Membership {id}: its span ({spanEn}) is not within the life of organization {organizationId} ({lifeEn})",
  },
  "pairing.side_type_not_allowed": {
    severity: "error",
    "zh-CN": "结对 {id}（{kind}）的{side}不能是{type}，只能是{allowed}",
    en: "Pairing {id} ({kindEn}): the {sideEn} cannot be a {typeEn}, only {allowedEn}",
  },
  "household.village_not_village": {
    severity: "error",
    "zh-CN": "家庭户 {id} 的所在村 {villageId} 是{level}区域，不是村级",
    en: "Household {id}: village {villageId} is a {levelEn} region, not a village",
  },
  "observation.indicator_unknown": {
    severity: "error",
    "zh-CN": "观测数据 {id} 的指标 {indicator} 既不在数据集中，也不在已知指标中",
    en: "Observation {id}: indicator {indicator} is neither in the dataset nor among the known indicators",
  },
  "observation.unit_mismatch": {
    severity: "warning",
    "zh-CN": "观测数据 {id} 的单位 {unit} 与指标 {indicator} 的单位 {indicatorUnit} 计量的不是同一种量（记录保留）",
    en: "Observation {id}: its unit {unit} does not measure what the unit {indicatorUnit} of indicator {indicator} measures (record kept)",
  },
  "indicator.redefines_known": {
    severity: "warning",
    "zh-CN": "指标 {id} 与已知指标同码，但单位或汇总方式不同（{unit}、{aggregation}，已知为 {knownUnit}、{knownAggregation}）；本数据集按自己的定义",
    en: "Indicator {id} has the code of a known indicator but another unit or aggregation ({unit}, {aggregation}; known: {knownUnit}, {knownAggregation}); the dataset's own definition applies",
  },
  "person.resident_id_invalid": {
    severity: "warning",
    "zh-CN": "人员 {id} 的公民身份号码无效：{detail}（记录保留）",
    en: "Person {id}: the resident ID number is invalid: {detailEn} (record kept)",
  },
  "person.phone_invalid": {
    severity: "warning",
    "zh-CN": "人员 {id} 的手机号码无效：{detail}（记录保留）",
    en: "Person {id}: the phone number is invalid: {detailEn} (record kept)",
  },
  "host_unit.uscc_invalid": {
    severity: "warning",
    "zh-CN": "单位 {id} 的统一社会信用代码 {uscc} 无效：{detail}（记录保留）",
    en: "Host unit {id}: unified social credit code {uscc} is invalid: {detailEn} (record kept)",
  },
});

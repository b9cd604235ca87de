import { defineMessages } from "../issue/message.js";

/**
 * The code of an issue the exchange-document parser raises about the document's shape (the integrity checks
 * have their own codes, {@link IntegrityIssueCode}).
 *
 * @category Exchange
 */
export type ExchangeIssueCode =
  | "dataset.not_an_object"
  | "dataset.format_version_missing"
  | "dataset.format_version_unsupported"
  | "dataset.format_version_newer_minor"
  | "dataset.collection_not_array"
  | "dataset.meta_invalid"
  | "dataset.unknown_field"
  | "record.unknown_field"
  | "record.left_out"
  | "shape.invalid_type"
  | "shape.required"
  | "shape.too_small"
  | "shape.too_big"
  | "shape.invalid_format"
  | "shape.invalid_value"
  | "shape.invalid_union"
  | "shape.invalid";

/**
 * The messages of the exchange-document parser, in both languages, keyed by issue code.
 *
 * @category Exchange
 */
export const exchangeMessages = defineMessages<ExchangeIssueCode>({
  "dataset.not_an_object": {
    severity: "error",
    "zh-CN": "交换文档应为 JSON 对象，实际为 {received}",
    en: "The exchange document must be a JSON object, received {received}",
  },
  "dataset.format_version_missing": {
    severity: "error",
    "zh-CN": "缺少 formatVersion（格式版本），按 {assumed} 读取",
    en: "formatVersion is missing; read as {assumed}",
  },
  "dataset.format_version_unsupported": {
    severity: "error",
    "zh-CN": "格式版本 {version} 不受支持（支持：{supported}），按 {assumed} 尽力读取",
    en: "Format version {version} is not supported (supported: {supported}); read as {assumed} as far as possible",
  },
  "dataset.format_version_newer_minor": {
    severity: "warning",
    "zh-CN": "格式版本 {version} 比本程序支持的 {supported} 新，新增字段将被忽略",
    en: "Format version {version} is newer than {supported}; fields added since are ignored",
  },
  "dataset.collection_not_array": {
    severity: "error",
    "zh-CN": "{collection} 应为数组，实际为 {received}，其内容未读取",
    en: "{collection} must be an array, received {received}; its content was not read",
  },
  "dataset.meta_invalid": {
    severity: "warning",
    "zh-CN": "meta（文档说明）无效，已忽略：{detail}",
    en: "meta is invalid and was ignored: {detail}",
  },
  "dataset.unknown_field": {
    severity: "warning",
    "zh-CN": "文档顶层字段 {field} 不属于格式 {version}，已忽略",
    en: "Top-level field {field} is not part of format {version} and was ignored",
  },
  "record.unknown_field": {
    severity: "warning",
    "zh-CN": "字段 {field} 不属于{recordType}记录，已忽略",
    en: "Field {field} is not part of a {recordTypeEn} record and was ignored",
  },
  "record.left_out": {
    severity: "error",
    "zh-CN": "{recordType}记录 {id} 因上述错误未被采用",
    en: "{recordTypeEn} record {id} was left out because of the errors above",
  },
  "shape.invalid_type": {
    severity: "error",
    "zh-CN": "{field} 应为{expectedZh}，实际为{receivedZh}",
    en: "{field} must be {expected}, received {received}",
  },
  "shape.required": {
    severity: "error",
    "zh-CN": "缺少必填字段 {field}",
    en: "Required field {field} is missing",
  },
  "shape.too_small": {
    severity: "error",
    "zh-CN": "{field} 过小或过短：至少应为 {minimum}",
    en: "{field} is too small or too short: the minimum is {minimum}",
  },
  "shape.too_big": {
    severity: "error",
    "zh-CN": "{field} 过大或过长：至多为 {maximum}",
    en: "{field} is too big or too long: the maximum is {maximum}",
  },
  "shape.invalid_format": {
    severity: "error",
    "zh-CN": "{field} 的值 {value} 格式不正确：{formatZh}",
    en: "{field} has the value {value}, which is not {formatEn}",
  },
  "shape.invalid_value": {
    severity: "error",
    "zh-CN": "{field} 的值 {value} 不是允许的取值（{allowed}）",
    en: "{field} has the value {value}, which is not one of {allowed}",
  },
  "shape.invalid_union": {
    severity: "error",
    "zh-CN": "{field} 的值不符合任何允许的形式",
    en: "{field} matches none of the allowed forms",
  },
  "shape.invalid": {
    severity: "error",
    "zh-CN": "{field} 无效：{detail}",
    en: "{field} is invalid: {detail}",
  },
});

import { defineMessages } from "@dangjian/core";

/**
 * The code of an issue the NDJSON reader and validator raise about a line, before or beside the record checks
 * (those keep the exchange parser's codes: `shape.*`, `record.*`, `reference.*`).
 *
 * @category NDJSON
 */
export type NdjsonIssueCode =
  | "ndjson.line_too_long"
  | "ndjson.invalid_json"
  | "ndjson.not_an_object"
  | "ndjson.type_missing"
  | "ndjson.type_unknown"
  | "ndjson.meta_not_first"
  | "ndjson.issues_truncated"
  | "ndjson.reference_not_yet_seen"
  | "record.duplicate_id"
  | "reference.missing"
  | "reference.wrong_type";

/**
 * The messages of the NDJSON reader and validator, in both languages, keyed by issue code. The record checks
 * of a stream keep the exchange parser's codes; `record.duplicate_id` and `reference.missing` have their own
 * wording here because a stream cannot point back to the first record or forward to a later one.
 *
 * @category NDJSON
 */
export const ndjsonMessages = defineMessages<NdjsonIssueCode>({
  "ndjson.line_too_long": {
    severity: "error",
    "zh-CN": "第 {line} 行超过 {maxLength} 个字符的上限（至少 {length} 个字符），已跳过",
    en: "Line {line} is longer than the limit of {maxLength} characters (at least {length}); it was skipped",
  },
  "ndjson.invalid_json": {
    severity: "error",
    "zh-CN": "第 {line} 行第 {column} 列不是有效的 JSON：{detail}",
    en: "Line {line}, column {column} is not valid JSON: {detail}",
  },
  "ndjson.not_an_object": {
    severity: "error",
    "zh-CN": "第 {line} 行应为一个 JSON 对象，实际为 {received}",
    en: "Line {line} must hold one JSON object, received {received}",
  },
  "ndjson.type_missing": {
    severity: "error",
    "zh-CN": "第 {line} 行缺少 type 字段，无法确定记录类型（如 organization、person、membership）",
    en: "Line {line} has no type field, so its record type is unknown (e.g. organization, person, membership)",
  },
  "ndjson.type_unknown": {
    severity: "error",
    "zh-CN": "第 {line} 行的 type {type} 不是已知的记录类型（允许：{allowed}）",
    en: "Line {line}: type {type} is not a known record type (allowed: {allowed})",
  },
  "ndjson.meta_not_first": {
    severity: "warning",
    "zh-CN": "第 {line} 行的 meta 记录应位于第一条记录之前，已忽略",
    en: "Line {line}: the meta record must come before the first record; it was ignored",
  },
  "ndjson.issues_truncated": {
    severity: "info",
    "zh-CN": "问题过多，只保留了前 {kept} 条（共 {total} 条）",
    en: "Too many issues: only the first {kept} of {total} were kept",
  },
  "ndjson.reference_not_yet_seen": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的{field} {target} 未出现在此行之前（待查的向后引用已达上限 {maxPending}）；请把被引用的记录排在前面，或分两遍校验",
    en: "{recordTypeEn} {id}: {fieldEn} {target} does not appear before this line (the limit of {maxPending} forward references is reached); list referenced records first, or validate in two passes",
  },
  "record.duplicate_id": {
    severity: "error",
    "zh-CN": "{recordType} {id} 的标识已被前面的记录使用，此条未被采用",
    en: "{recordTypeEn} {id}: the id is already used by an earlier record; this record was left out",
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
});

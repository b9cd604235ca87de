import { defineMessages } from "@dangjian/core";

/**
 * The code of an issue the JSON document reader raises before the exchange parser sees the document.
 *
 * @category JSON
 */
export type JsonIssueCode = "json.syntax_error";

/**
 * The messages of the JSON document reader, in both languages, keyed by issue code.
 *
 * @category JSON
 */
export const jsonMessages = defineMessages<JsonIssueCode>({
  "json.syntax_error": {
    severity: "error",
    "zh-CN": "第 {line} 行第 {column} 列不是有效的 JSON，文档未读取：{detail}",
    en: "Line {line}, column {column} is not valid JSON, so the document was not read: {detail}",
  },
});

import type { LocalizedText } from "@dangjian/core";
import type { ColumnKind } from "../spreadsheet/profile/columns.js";

/**
 * How the instructions describe each kind of column.
 *
 * @internal
 */
export const KIND_WORDS: { readonly [K in ColumnKind]: LocalizedText } = {
  text: { "zh-CN": "文本", en: "text" },
  date: { "zh-CN": "日期，YYYY-MM-DD 或 Excel 日期", en: "date, YYYY-MM-DD or an Excel date" },
  "partial-date": {
    "zh-CN": "日期，YYYY、YYYY-MM 或 YYYY-MM-DD，或 Excel 日期",
    en: "date, YYYY, YYYY-MM or YYYY-MM-DD, or an Excel date",
  },
  number: { "zh-CN": "数字", en: "number" },
  boolean: { "zh-CN": "是/否（true/false、1/0）", en: "yes/no: true/false, 是/否, 1/0" },
  enum: { "zh-CN": "从下拉列表选择（也可填编码或英文名称）", en: "pick from the list (a code or the Chinese label also works)" },
  list: { "zh-CN": "多个值，以分号（;）或顿号（、）分隔", en: "several values separated by ; or 、" },
  quantity: { "zh-CN": "数量文字，如“400余名”“近1万户”", en: "a quantity as written, e.g. 400余名, 近1万户" },
  json: { "zh-CN": "JSON 文本，如 [{\"documentId\":\"doc-1\"}]", en: "JSON text, e.g. [{\"documentId\":\"doc-1\"}]" },
};

/**
 * The words of the template's instructions sheet.
 *
 * @internal
 */
export const TEMPLATE_WORDS = {
  title: { "zh-CN": "填写说明", en: "How to fill in this workbook" },
  rules: [
    {
      "zh-CN": "每个工作表是一类记录，表名即记录类型（如“党组织”或 organizations）；第一行为表头，中文或英文表头均可。不需要的工作表可以删除。",
      en: "Each sheet holds one record type, named after it (organizations or 党组织); row 1 is the header, in English or Chinese. Delete the sheets you do not need.",
    },
    {
      "zh-CN": "表头带 * 的列为必填列；其他列可留空，也可删除。",
      en: "Columns whose header ends in * are required; the others may stay empty or be deleted.",
    },
    {
      "zh-CN": "日期写作 YYYY-MM-DD（如 2023-06-30），也可用 Excel 日期；个别字段可只写年或年月（YYYY、YYYY-MM）。不存在的日期（如 2023-02-30）会被指出。",
      en: "Write dates as YYYY-MM-DD (2023-06-30) or use Excel dates; some fields take a year or a month (YYYY, YYYY-MM). A day that does not exist (2023-02-30) is reported.",
    },
    {
      "zh-CN": "数量照原文填写，如“400余名”“近1万户”“1.2万余面”“3至5个”。",
      en: "Write quantities as the source states them: 400余名, 近1万户, 1.2万余面, 3至5个.",
    },
    {
      "zh-CN": "下拉列表给出中文名称；也可以填写编码或英文名称。是/否列填 是、否（或 true、false、1、0）。",
      en: "The pick-lists give labels; a code or the Chinese label works too. Yes/no columns take true/false (or 是/否, 1/0).",
    },
    {
      "zh-CN": "多个值的列（编号列表等）用分号或顿号分隔；来源等嵌套字段填写 JSON 文本。",
      en: "List columns (ID lists …) take several values separated by ; or 、; nested fields such as sources take JSON text.",
    },
    {
      "zh-CN": "公式不会被计算：读取时只使用 Excel 保存的结果，并给出提示。",
      en: "Formulas are never evaluated: the result Excel saved is used, with a warning.",
    },
  ] as readonly LocalizedText[],
  columns: {
    sheet: { "zh-CN": "工作表", en: "Sheet" },
    headerZh: { "zh-CN": "中文表头", en: "Chinese header" },
    headerEn: { "zh-CN": "英文表头", en: "English header" },
    field: { "zh-CN": "字段", en: "Field" },
    required: { "zh-CN": "必填", en: "Required" },
    format: { "zh-CN": "格式", en: "Format" },
    values: { "zh-CN": "可选值", en: "Values" },
  },
  yes: { "zh-CN": "是", en: "yes" },
  invalidTitle: { "zh-CN": "不在列表中", en: "Not in the list" },
  invalidText: {
    "zh-CN": "该值不在下拉列表中；编码或英文名称也可接受，否则读取时会报错。",
    en: "The value is not in the list; a code or the Chinese label is accepted too, anything else is reported when read.",
  },
} as const;

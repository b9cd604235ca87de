import { defineMessages } from "@dangjian/core";

/**
 * The code of an issue the spreadsheet readers raise about a file, a sheet, a header or a cell, before the
 * records reach the exchange-document parser.
 *
 * @category Spreadsheet
 */
export type SpreadsheetIssueCode =
  | "spreadsheet.sheet_unknown"
  | "spreadsheet.no_tables"
  | "spreadsheet.header_unknown"
  | "spreadsheet.header_duplicate"
  | "spreadsheet.header_blank"
  | "spreadsheet.column_missing"
  | "spreadsheet.meta_field_unknown"
  | "csv.row_ragged"
  | "csv.unreadable"
  | "xlsx.unreadable"
  | "xlsx.formula"
  | "xlsx.formula_no_result"
  | "xlsx.cell_error";

/**
 * The messages of the spreadsheet readers, in both languages, keyed by issue code.
 *
 * @category Spreadsheet
 */
export const spreadsheetMessages = defineMessages<SpreadsheetIssueCode>({
  "spreadsheet.sheet_unknown": {
    severity: "warning",
    "zh-CN": "无法识别的表 {sheet}，已跳过；表名应为记录类型的名称，如 organizations 或 党组织",
    en: "Unknown sheet {sheet}, skipped; a sheet is named after its record type, such as organizations or 党组织",
  },
  "spreadsheet.no_tables": {
    severity: "error",
    "zh-CN": "没有找到可读取的表",
    en: "No table to read was found",
  },
  "spreadsheet.header_unknown": {
    severity: "warning",
    "zh-CN": "表 {sheet} 的列 {header} 无法识别，已忽略该列",
    en: "Sheet {sheet}: column {header} is not known and was ignored",
  },
  "spreadsheet.header_duplicate": {
    severity: "error",
    "zh-CN": "表 {sheet} 的列 {header} 与列 {firstHeader} 指同一字段 {field}，只读取了第一列",
    en: "Sheet {sheet}: column {header} names the same field {field} as column {firstHeader}; only the first was read",
  },
  "spreadsheet.header_blank": {
    severity: "warning",
    "zh-CN": "表 {sheet} 有一列填了数据但没有表头，已忽略该列",
    en: "Sheet {sheet}: a column holds data but has no header, and was ignored",
  },
  "spreadsheet.column_missing": {
    severity: "error",
    "zh-CN": "表 {sheet} 缺少必填列 {header}（{field}）",
    en: "Sheet {sheet} lacks the required column {headerEn} ({field})",
  },
  "spreadsheet.meta_field_unknown": {
    severity: "warning",
    "zh-CN": "数据集信息表中的字段 {field} 无法识别，已忽略",
    en: "The dataset sheet names an unknown field {field}, which was ignored",
  },
  "csv.row_ragged": {
    severity: "error",
    "zh-CN": "该行有 {fields} 个字段，而表头有 {headers} 列，整行未读取",
    en: "The row has {fields} fields where the header has {headers} columns; the row was left out",
  },
  "csv.unreadable": {
    severity: "error",
    "zh-CN": "文件 {file} 无法按 CSV 读取：{reason}",
    en: "File {file} cannot be read as CSV: {reason}",
  },
  "xlsx.unreadable": {
    severity: "error",
    "zh-CN": "文件 {file} 不是可读取的 XLSX 工作簿（文件为空、已损坏或被截断）",
    en: "File {file} is not a readable XLSX workbook (it is empty, corrupt or truncated)",
  },
  "xlsx.formula": {
    severity: "warning",
    "zh-CN": "单元格含公式 {formula}，已使用其保存的计算结果，公式本身不会被计算",
    en: "The cell holds the formula {formula}; its saved result was used, the formula itself is never evaluated",
  },
  "xlsx.formula_no_result": {
    severity: "warning",
    "zh-CN": "单元格含公式 {formula}，但文件没有保存计算结果，按空单元格处理",
    en: "The cell holds the formula {formula} but the file saved no result; it was read as empty",
  },
  "xlsx.cell_error": {
    severity: "warning",
    "zh-CN": "单元格的值为错误 {error}，按空单元格处理",
    en: "The cell holds the error value {error}; it was read as empty",
  },
});

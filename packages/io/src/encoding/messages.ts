import { defineMessages } from "@dangjian/core";

/**
 * The code of an issue raised about a file's bytes before its content is read: empty, binary, or in an
 * encoding other than UTF-8.
 *
 * @category Encoding
 */
export type FileIssueCode = "file.empty" | "file.binary" | "file.encoding_detected" | "file.encoding_invalid" | "file.unreadable";

/**
 * The messages about a file's bytes, in both languages, keyed by issue code.
 *
 * @category Encoding
 */
export const fileMessages = defineMessages<FileIssueCode>({
  "file.empty": {
    severity: "error",
    "zh-CN": "文件为空，没有可读取的内容",
    en: "The file is empty; there is nothing to read",
  },
  "file.binary": {
    severity: "error",
    "zh-CN": "这不是文本文件（前 {sniffed} 字节中有二进制内容），未读取",
    en: "This is not a text file (binary content in the first {sniffed} bytes); it was not read",
  },
  "file.encoding_detected": {
    severity: "info",
    "zh-CN": "文件不是 UTF-8 编码，已按 {encoding} 读取",
    en: "The file is not in UTF-8; it was read as {encoding}",
  },
  "file.unreadable": {
    severity: "error",
    "zh-CN": "无法读取文件 {file}：{reason}",
    en: "The file {file} cannot be read: {reason}",
  },
  "file.encoding_invalid": {
    severity: "warning",
    "zh-CN": "文件中有不符合 {encoding} 编码的字节，已替换为 �",
    en: "The file holds bytes that are not valid {encoding}; they were replaced with �",
  },
});

/**
 * Read and write dangjian exchange data as JSON, streaming NDJSON, CSV and XLSX, with every issue located to the
 * file, sheet, row, column and JSON pointer, in Chinese and English.
 *
 * @packageDocumentation
 */
export * from "./encoding/index.js";
export * from "./json/index.js";
export * from "./ndjson/index.js";
export * from "./read/index.js";
export * from "./spreadsheet/index.js";
export * from "./template/index.js";

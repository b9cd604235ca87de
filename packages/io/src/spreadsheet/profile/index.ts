export * from "./columns.js";
export * from "./header-catalogue.js";
export * from "./headers.js";
export * from "./enum-values.js";
export * from "./cell.js";
export * from "./sheet-names.js";
export * from "./messages.js";
export * from "./dataset-tables.js";
export type { SpreadsheetReadResult, SpreadsheetReadOptions } from "./read-tables.js";

export * from "./report.js";
export * from "./cells.js";

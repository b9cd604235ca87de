export * from "./flatten-table.js";

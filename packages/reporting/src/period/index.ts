export * from "./report-period.js";

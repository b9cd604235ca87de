export * from "./mask-personal-data.js";
export * from "./mask-report.js";

export * from "./report-spec.js";

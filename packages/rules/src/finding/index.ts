export * from "./finding.js";
export * from "./compare-findings.js";

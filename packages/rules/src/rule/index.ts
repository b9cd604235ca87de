export * from "./rule.js";
export * from "./subject-of.js";

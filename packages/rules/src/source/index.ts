export * from "./rule-source.js";
export * from "./sources.js";

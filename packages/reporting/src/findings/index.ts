export * from "./finding-within-scope.js";
export * from "./findings-section.js";
export * from "./subject-text.js";

export * from "./region-level.js";
export * from "./messages.js";
export * from "./parse-region-code.js";
export * from "./region-code-schema.js";
export * from "./region-level-of-code.js";
export * from "./parent-region-code.js";
export * from "./is-region-code-within.js";
export * from "./to-statistical-code.js";

export * from "./dataset.js";
export * from "./draft.js";
export * from "./messages.js";
export * from "./collection-labels.js";
export * from "./zod-issues.js";
export * from "./record-schema.js";
export * from "./check-integrity.js";
export * from "./parse-dataset.js";

export * from "./messages.js";
export * from "./record-types.js";
export * from "./read-lines.js";
export * from "./validate.js";
export * from "./dataset.js";

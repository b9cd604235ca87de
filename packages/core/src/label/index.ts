export * from "./localized-text.js";
export * from "./enum-labels.js";
export * from "./record-name.js";

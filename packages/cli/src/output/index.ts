export * from "./terminal.js";
export * from "./localized.js";
export * from "./issue-line.js";
export * from "./severity.js";

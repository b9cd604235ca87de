export * from "./render-options.js";
export * from "./render-words.js";
export * from "./cell-at.js";

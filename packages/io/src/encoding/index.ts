export * from "./messages.js";
export * from "./decode-text.js";

export * from "./messages.js";
export * from "./json-syntax.js";
export * from "./pointer-lines.js";
export * from "./read-json.js";

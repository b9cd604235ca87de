export * from "./issue.js";
export * from "./message.js";
export * from "./json-pointer.js";
export * from "./parse-result.js";
export * from "./zod-bridge.js";

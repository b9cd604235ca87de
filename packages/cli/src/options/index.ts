export * from "./options.js";
export * from "./read-policy.js";

export * from "./policy-parameters.js";
export * from "./policy.js";
export * from "./built-in-policies.js";
export * from "./compose-policies.js";
export * from "./resolve-policy.js";
export * from "./messages.js";
export * from "./parse-policy.js";

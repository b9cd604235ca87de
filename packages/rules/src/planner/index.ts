export * from "./plan-request.js";
export * from "./collect-pairing-candidates.js";
export * from "./plan-pairings.js";
export * from "./pairing-flow-instance.js";

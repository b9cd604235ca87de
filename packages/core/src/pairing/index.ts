export * from "./governance.js";
export * from "./pairing.js";

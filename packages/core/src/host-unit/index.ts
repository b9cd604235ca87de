export * from "./host-unit.js";

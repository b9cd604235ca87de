export * from "./severity.js";

export * from "./exit-code.js";

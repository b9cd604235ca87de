export * from "./indicator.js";

export * from "./narrate.js";

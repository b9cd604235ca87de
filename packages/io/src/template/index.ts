export * from "./write-template.js";

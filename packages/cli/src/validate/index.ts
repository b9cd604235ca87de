export * from "./validate-command.js";

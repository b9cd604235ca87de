export * from "./plan-command.js";

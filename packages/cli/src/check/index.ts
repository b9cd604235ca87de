export * from "./check-command.js";

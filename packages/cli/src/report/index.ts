export * from "./report-command.js";

export * from "./template-command.js";

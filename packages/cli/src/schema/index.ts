export * from "./schema-command.js";

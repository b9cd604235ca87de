export * from "./convert-command.js";
export * from "./ndjson-lines.js";

export * from "./quantity-command.js";

export * from "./dangjian-error.js";

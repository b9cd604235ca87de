export * from "./organization.js";

export * from "./campaign.js";

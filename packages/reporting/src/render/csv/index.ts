export * from "./render-csv.js";

export * from "./report-charts.js";

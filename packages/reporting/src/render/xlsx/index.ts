export * from "./render-xlsx.js";

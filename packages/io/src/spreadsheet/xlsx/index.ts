export * from "./read-xlsx.js";
export { writeXlsxWorkbook } from "./write-xlsx.js";

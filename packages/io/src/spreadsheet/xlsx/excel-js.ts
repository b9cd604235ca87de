type ExcelJs = typeof import("exceljs");

/**
 * Loads exceljs on first use, so that CSV and JSON users never load it. exceljs is CommonJS: Node's `import()`
 * gives it as `default`, a bundler may give its exports directly.
 *
 * @returns the exceljs module
 * @internal
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  const module = (await import("exceljs")) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
}

// Characters XML 1.0 cannot hold: written raw they make Excel "repair" the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Drops the characters an XLSX file cannot hold (control characters other than tab, LF and CR).
 *
 * @param text - a cell's text
 * @returns the text without them
 * @internal
 */
export function xlsxText(text: string): string {
  return text.replace(NOT_XML, "");
}

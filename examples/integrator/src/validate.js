#!/usr/bin/env node
// An integrator's check before sending data, written the way another system would: plain Node, no build step.
//
//   node src/validate.js data/members.dataset.json   # an exchange document: Ajv and the committed JSON Schema
//   node src/validate.js data/export                 # a spreadsheet export (XLSX, CSV files or a folder):
//   node src/validate.js members.xlsx --locale en    #   `dangjian validate`, every problem by sheet, row, column
//
// Exit code: 0 when the data is valid, 1 when it is not, 2 when it cannot be read.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const require = createRequire(import.meta.url);

/** The committed JSON Schema of the exchange document, as `@dangjian/core` ships it. */
export const schemaFile = require.resolve("@dangjian/core/schema/dataset.schema.json");

/**
 * Ajv for the dangjian schema (draft 2020-12), strict. `allowUnionTypes` because the schema writes a union of
 * primitives as `type: [...]`; `date` is accepted as is because the same node carries the full date pattern
 * (leap years included); `uri` is checked with the WHATWG URL parser, as the dangjian parser does.
 */
export function compileSchema() {
  const ajv = new Ajv2020.default({
    strict: true,
    allowUnionTypes: true,
    formats: { date: true, uri: (text) => URL.canParse(text.trim()) },
  });
  return ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
}

let validateWithSchema;

/**
 * Checks an exchange document's shape with Ajv.
 * @param {unknown} document - the parsed JSON document
 * @returns {{ valid: boolean, errors: { pointer: string, message: string }[] }}
 */
export function validateDocument(document) {
  validateWithSchema ??= compileSchema();
  const valid = validateWithSchema(document);
  const errors = (validateWithSchema.errors ?? []).map((error) => ({ pointer: error.instancePath || "/", message: error.message ?? "" }));
  return { valid, errors };
}

/** The `dangjian` executable of the installed @dangjian/cli. */
export function dangjianBin() {
  const packageFile = require.resolve("@dangjian/cli/package.json");
  const { bin } = JSON.parse(readFileSync(packageFile, "utf8"));
  return path.join(path.dirname(packageFile), typeof bin === "string" ? bin : bin.dangjian);
}

/**
 * Validates spreadsheet exports with `dangjian validate --format json` (the same as `npx dangjian validate`).
 * @param {string[]} files - XLSX files, CSV files or folders of CSV files
 * @param {{ locale?: "zh-CN" | "en" }} [options]
 * @returns {{ exitCode: number, report?: { ok: boolean, counts: object, issues: object[] }, message?: string }}
 */
export function validateSpreadsheet(files, options = {}) {
  const result = spawnSync(process.execPath, [dangjianBin(), "validate", ...files, "--format", "json", "--locale", options.locale ?? "zh-CN"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  // exit 2: a usage error or a file that cannot be read; stderr says which in one line
  if (result.status === 2 || result.stdout.trim() === "") return { exitCode: result.status ?? 2, message: result.stderr.trim() };
  return { exitCode: result.status ?? 2, report: JSON.parse(result.stdout) };
}

function where(location) {
  if (!location) return "";
  return [location.file, location.sheet && `sheet ${location.sheet}`, location.row && `row ${location.row}`, location.line && location.line !== location.row && `line ${location.line}`, location.column && `column ${location.column}`]
    .filter(Boolean)
    .join(", ");
}

function main(argv) {
  const locale = argv.includes("--locale") ? argv[argv.indexOf("--locale") + 1] : "zh-CN";
  const files = argv.filter((arg, i) => arg !== "--locale" && argv[i - 1] !== "--locale");
  if (files.length === 0) {
    console.error("usage: node src/validate.js <document.json | spreadsheet.xlsx | folder of csv files> [--locale en]");
    return 2;
  }
  if (files.length === 1 && files[0].endsWith(".json")) {
    let document;
    try {
      document = JSON.parse(readFileSync(files[0], "utf8"));
    } catch (error) {
      console.error(`${files[0]}: ${error.message}`);
      return 2;
    }
    const { valid, errors } = validateDocument(document);
    for (const error of errors) console.log(`${files[0]} ${error.pointer}: ${error.message}`);
    console.log(valid ? `${files[0]}: valid against the dangjian JSON Schema` : `${files[0]}: invalid`);
    return valid ? 0 : 1;
  }
  const { exitCode, report, message } = validateSpreadsheet(files, { locale });
  if (report === undefined) {
    console.error(message);
    return exitCode;
  }
  for (const issue of report.issues) console.log(`${where(issue.location)} ${issue.path}: ${issue.severity} ${issue.code} ${issue.text}`);
  console.log(`${files.join(", ")}: ${report.ok ? "valid" : "invalid"} (${report.counts.error} errors, ${report.counts.warning} warnings)`);
  return exitCode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

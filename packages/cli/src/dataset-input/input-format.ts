import { stat } from "node:fs/promises";
import path from "node:path";
import { usageError } from "../exit-code/exit-code.js";

/**
 * The file formats the command reads and writes: a JSON exchange document, NDJSON (one record a line with a
 * `type` field), CSV (one file per record type, or a folder of them) and XLSX (one sheet per record type).
 *
 * @category CLI
 */
export const FILE_FORMATS = ["json", "ndjson", "csv", "xlsx"] as const;

/**
 * One of {@link FILE_FORMATS}.
 *
 * @category CLI
 */
export type FileFormat = (typeof FILE_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
  ".tsv": "csv",
  ".xlsx": "xlsx",
};

/**
 * The format a file name says by its extension, or undefined.
 *
 * @param file - the file name or path
 * @returns the format, or undefined for an extension the command does not know
 * @example
 * ```ts
 * formatOfName("members.ndjson"); // "ndjson"
 * ```
 * @category CLI
 */
export function formatOfName(file: string): FileFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * A file or folder to read, with its format.
 *
 * @category CLI
 */
export interface InputFile {
  /** The path as the user wrote it, shown in issues. */
  readonly name: string;
  /** The absolute path. */
  readonly path: string;
  /** The format: by extension, `csv` for a folder. */
  readonly format: FileFormat;
  /** Whether it is a folder of CSV files. */
  readonly folder: boolean;
  /** Its size in bytes (0 for a folder). */
  readonly size: number;
}

/**
 * Finds an input on disk and tells its format; a folder is read as CSV files.
 *
 * @param name - the path as the user wrote it
 * @param cwd - the folder relative paths start from
 * @returns the input
 * @throws CliFailure (exit 2) when it does not exist, cannot be read or has an unknown extension
 * @category CLI
 */
export async function locateInput(name: string, cwd: string): Promise<InputFile> {
  const absolute = path.resolve(cwd, name);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw usageError(`${name}: ${fileErrorText(error)}`);
  }
  if (info.isDirectory()) return { name, path: absolute, format: "csv", folder: true, size: 0 };
  const format = formatOfName(name);
  if (format === undefined) {
    throw usageError(`${name}: unknown file type; use .json, .ndjson (.jsonl), .csv, .xlsx or a folder of .csv files / 无法识别的文件类型`);
  }
  return { name, path: absolute, format, folder: false, size: info.size };
}

/**
 * A file-system error as a short phrase (`no such file`), without a stack.
 *
 * @param error - what the file system threw
 * @returns the phrase
 * @category CLI
 */
export function fileErrorText(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ENOENT":
      return "no such file or folder / 文件不存在";
    case "EACCES":
    case "EPERM":
      return "permission denied / 无权读取";
    case "EISDIR":
      return "is a folder, a file was expected / 这是文件夹，需要文件";
    case "ENOTDIR":
      return "a part of the path is not a folder / 路径中有一段不是文件夹";
    default:
      return error instanceof Error ? error.message.split("\n")[0] ?? String(code) : String(error);
  }
}

import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetFile, sniffDatasetFormat } from "./read-dataset-file.js";

const folder = mkdtempSync(path.join(os.tmpdir(), "dangjian-io-read-"));
const write = (name: string, content: string | Uint8Array): string => {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
};

const ORGANIZATION = { id: "org-1", name: "第一党支部", kind: "branch" };

describe("readDatasetFile", () => {
  it("reads a JSON document by its extension", async () => {
    const file = write("a.json", JSON.stringify({ formatVersion: "1.0", organizations: [ORGANIZATION] }));
    const result = await readDatasetFile(file);
    expect(result).toMatchObject({ format: "json", encoding: "utf-8", ok: true, readable: true });
    expect(result.dataset?.organizations).toHaveLength(1);
  });

  it("reads NDJSON by its extension, and by its content without one", async () => {
    const text = JSON.stringify({ type: "organization", ...ORGANIZATION }) + "\n";
    for (const name of ["b.ndjson", "b.export"]) {
      const result = await readDatasetFile(write(name, text));
      expect(result).toMatchObject({ format: "ndjson", ok: true, readable: true });
      expect(result.dataset?.organizations.map((organization) => organization.id)).toEqual(["org-1"]);
    }
  });

  it("says the file cannot be read, without throwing, for a missing path, an empty or a binary file", async () => {
    const missing = await readDatasetFile(path.join(folder, "nope.json"), { locale: "en" });
    expect(missing).toMatchObject({ ok: false, readable: false });
    expect(missing.issues.map((issue) => issue.code)).toEqual(["file.unreadable"]);
    expect(missing.issues[0]?.text).toContain("ENOENT");
    const empty = await readDatasetFile(write("empty.json", ""));
    expect(empty.issues.map((issue) => issue.code)).toEqual(["file.empty"]);
    expect(empty.readable).toBe(false);
    const binary = await readDatasetFile(write("binary.ndjson", Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])));
    expect(binary.issues.map((issue) => issue.code)).toEqual(["file.binary"]);
    expect(binary.readable).toBe(false);
  });

  it("reads a folder as one CSV file per record type", async () => {
    const csvFolder = path.join(folder, "csv");
    mkdirSync(csvFolder);
    writeFileSync(path.join(csvFolder, "organizations.csv"), "id,name,kind\norg-1,第一党支部,branch\n");
    const result = await readDatasetFile(csvFolder);
    expect(result.format).toBe("csv-folder");
    expect(result.dataset?.organizations.map((organization) => organization.id)).toEqual(["org-1"]);
  });

  it("tells formats by content", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(sniffDatasetFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("xlsx");
    expect(sniffDatasetFormat(bytes('{\n  "formatVersion": "1.0"\n}'))).toBe("json");
    expect(sniffDatasetFormat(bytes('{"type":"person","id":"p-1","name":"张三"}\n{"type":"person"'))).toBe("ndjson");
    expect(sniffDatasetFormat(bytes("id,name\n"))).toBe("csv");
  });
});
